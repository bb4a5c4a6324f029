#pragma once
// Images of the renderer: linear HDR radiance, 8-bit sRGB display images,
// the tone mapping between them, and PNG / JPEG encoding (OpenCV imgcodecs).

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace kiln::render {

/// Linear RGB floats, row-major from the top-left pixel, 3 floats per pixel.
struct HdrImage {
  int width = 0;
  int height = 0;
  std::vector<float> rgb;

  const float* at(int x, int y) const { return &rgb[3 * (static_cast<size_t>(y) * width + x)]; }
  float* at(int x, int y) { return &rgb[3 * (static_cast<size_t>(y) * width + x)]; }
};

/// sRGB-encoded 8-bit RGB, row-major from the top-left pixel, 3 bytes per pixel.
struct Image8 {
  int width = 0;
  int height = 0;
  std::vector<uint8_t> rgb;

  const uint8_t* at(int x, int y) const { return &rgb[3 * (static_cast<size_t>(y) * width + x)]; }
  uint8_t* at(int x, int y) { return &rgb[3 * (static_cast<size_t>(y) * width + x)]; }
};

/// The ACES filmic curve (Hill's fitted RRT+ODT) on linear Rec.709 RGB; output in [0, 1].
void acesFitted(const float in[3], float out[3]);
/// Linear [0, 1] → sRGB-encoded [0, 1] (IEC 61966-2-1 transfer function).
float linearToSrgb(float linear);
/// Tone maps (ACES fitted) and encodes to 8-bit sRGB. Non-finite values become black.
Image8 toneMap(const HdrImage& hdr);

enum class ImageFormat { kPng, kJpeg };
/// ".png" → PNG; ".jpg" / ".jpeg" → JPEG (case-insensitive); nullopt otherwise.
std::optional<ImageFormat> imageFormatFromPath(const std::filesystem::path& path);

/// Encodes as PNG (lossless) or JPEG (quality 92). kInvalidArgument for an empty image, kInternal if the codec fails.
Result<std::vector<uint8_t>> encodeImage(const Image8& image, ImageFormat format);
/// Encodes by the path's extension and writes the file (kInvalidArgument for
/// an unknown extension, kIo when the file cannot be written).
Status writeImage(const Image8& image, const std::filesystem::path& path);
/// Decodes a PNG or JPEG into 8-bit RGB (for tests and tools); refuses images over 4096 x 4096 pixels.
Result<Image8> decodeImage(const std::vector<uint8_t>& bytes);

}  // namespace kiln::render
