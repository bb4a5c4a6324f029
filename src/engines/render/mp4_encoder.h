#pragma once
// RGB frames → an MP4 file (H.264 video, yuv420p) with the FFmpeg libraries
// (libavcodec, libavformat). ISO/IEC 14496-14 (MP4), ITU-T H.264, ITU-R BT.709.
//
// Encoder choice: libx264 when libavcodec has it, else libavcodec's default
// H.264 encoder, else an error. The file is muxed into a private temporary
// file with "+faststart" (the moov index before the media data, so a browser
// can start playing while downloading) and returned as bytes.
//
// Determinism: libx264 runs with one thread (threads=1; frame- and
// slice-threading make rate-control decisions depend on scheduling) and the
// muxer with the bitexact flag (no version strings or creation times), so the
// same frames and options give the same bytes with the same FFmpeg and x264
// builds. Other H.264 encoders may not be deterministic. One exception seen
// with x264 0.164: tiny, noise-like frames (96×64) varied with the heap's
// contents; frames of 128×128 and more were reproducible in every trial.

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "core/result.h"
#include "engines/render/image.h"

namespace kiln::render {

struct Mp4Options {
  /// Frames per second, 1 to 120.
  int fps = 24;
  /// Constant-quality factor on x264's CRF scale, 0 (lossless) to 51 (worst);
  /// 18–23 is visually near-transparent for rendered frames. Other encoders
  /// get an equivalent bit rate.
  int crf = 20;
};

/// Streams frames into an MP4. Lifecycle: create() → addFrame() per frame →
/// finish() once; after finish() or any failure the encoder is spent.
/// Owns every FFmpeg handle it opens and its temporary file, all released on
/// destruction. Not thread-safe; one encoder per thread.
class Mp4Encoder {
 public:
  /// Opens an encoder for frames of `width` × `height` pixels. Odd sizes are
  /// rounded down to even (yuv420p needs even sides), cropping the last
  /// column or row. Fails with kInvalidArgument for sides under 2 or over
  /// kMaxImageSide, or options out of range; kUnavailable when libavcodec has
  /// no H.264 encoder; kIo / kInternal when FFmpeg cannot open the output.
  static Result<std::unique_ptr<Mp4Encoder>> create(int width, int height,
                                                    const Mp4Options& options);
  ~Mp4Encoder();
  Mp4Encoder(const Mp4Encoder&) = delete;
  Mp4Encoder& operator=(const Mp4Encoder&) = delete;

  /// Encodes one frame; it must have the width and height given to create().
  Status addFrame(const Image8& frame);
  /// Flushes the encoder, writes the index and returns the whole MP4 file.
  /// Fails with kInvalidArgument when no frame was added.
  Result<std::vector<uint8_t>> finish();

  /// The encoded (even) size.
  int width() const;
  int height() const;
  /// The libavcodec encoder in use, e.g. "libx264".
  const std::string& encoderName() const;
  int framesAdded() const;

 private:
  struct Impl;
  explicit Mp4Encoder(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

/// Encodes `frames` (all the same size, at least one) as one MP4; see Mp4Encoder.
Result<std::vector<uint8_t>> encodeMp4(const std::vector<Image8>& frames,
                                       const Mp4Options& options);

}  // namespace kiln::render
