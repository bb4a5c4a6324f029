#pragma once
// Turntables: N path-traced frames with the camera orbiting the model at a
// fixed elevation and distance, and the MP4 made from them.
//
// Frame i looks from azimuth start + i·360/N (start = the render options'
// camera azimuth, the 3/4 view by default). The lights, ground and room are
// laid out relative to the camera, so the picture is that of the model
// spinning on a turntable under fixed studio lights. The camera distance is
// the automatic framing distance taken over the whole orbit, so the model
// keeps its size on screen and never leaves the frame.
//
// Determinism: every frame uses the render options' seed, so the same mesh,
// options and seed give the same frames; sharing the seed also keeps the
// residual noise still on screen between frames instead of flickering.

#include <functional>
#include <vector>

#include "core/result.h"
#include "engines/render/image.h"
#include "engines/render/mp4_encoder.h"
#include "engines/render/render.h"
#include "geometry/mesh.h"

namespace kiln::render {

inline constexpr int kMaxTurntableFrames = 3600;

struct TurntableOptions {
  /// Size, samples, lighting, scene, seed, starting azimuth, elevation and
  /// field of view of every frame. `render.progress` receives the progress
  /// of the whole turntable in (0, 1]; `render.is_canceled` is polled during
  /// and between frames. `render.camera_distance` 0 = framed automatically.
  RenderOptions render;
  /// Frames in one full turn, 1 to kMaxTurntableFrames.
  int frames = 36;
};

/// The camera distance (mm) that frames `bounds` from every azimuth of the
/// orbit described by `options` (the largest automatic framing distance).
float turntableCameraDistance(const geometry::Box& bounds, const TurntableOptions& options);

/// Called with each finished frame in order (index 0 … frames−1); a failure
/// stops the turntable and is returned.
using FrameSink = std::function<Status(int index, const Image8& frame)>;

/// Renders the frames of a turntable of `mesh` and hands each to `sink` as
/// soon as it is done (so a long turntable need not be held in memory).
/// Fails like renderMesh (invalid mesh or options, kCanceled), with
/// kInvalidArgument for a frame count out of range, or with the sink's error.
Status renderTurntable(const geometry::Mesh& mesh, const TurntableOptions& options,
                       const FrameSink& sink);

/// A turntable of `mesh` encoded as an MP4 (see mp4_encoder.h): one frame per
/// step, played at `video.fps`. Fails like renderTurntable and Mp4Encoder.
Result<std::vector<uint8_t>> renderTurntableMp4(const geometry::Mesh& mesh,
                                                const TurntableOptions& options,
                                                const Mp4Options& video);

}  // namespace kiln::render
