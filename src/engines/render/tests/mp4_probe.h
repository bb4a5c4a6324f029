#pragma once
// Test helpers that read an MP4 back: its top-level boxes, and its video
// decoded with libavformat/libavcodec (independent of the encoder's code path).

#include <cstdint>
#include <string>
#include <vector>

namespace kiln::render::testing {

/// Types of the top-level ISO BMFF boxes in order ("ftyp", "moov", "mdat"…);
/// empty when a box size runs past the end or is malformed.
std::vector<std::string> topLevelBoxes(const std::vector<uint8_t>& mp4);

struct DecodedVideo {
  std::string error;         // empty on success
  std::string codec;         // e.g. "h264"
  std::string pixel_format;  // e.g. "yuv420p"
  int width = 0;
  int height = 0;
  double fps = 0.0;
  /// The luma plane of each decoded frame, width × height bytes, in display order.
  std::vector<std::vector<uint8_t>> luma;
};

/// Demuxes and decodes every video frame of `mp4`.
DecodedVideo decodeMp4(const std::vector<uint8_t>& mp4);

/// Mean absolute difference of two equally sized byte planes (255 when sizes differ).
double meanAbsDifference(const std::vector<uint8_t>& a, const std::vector<uint8_t>& b);

}  // namespace kiln::render::testing
