#pragma once
// Decoding of uploaded photos (PNG, JPEG, WebP) for the photo pre-check and
// the inflate engine. The size in the file header is checked before any
// pixel is allocated; the decoded photo is immediately reduced to a small
// working copy, since every later step runs at a few hundred pixels.

#include <cstdint>
#include <span>
#include <string>

#include <opencv2/core.hpp>

#include "core/result.h"

namespace kiln::engines::inflate {

/// Largest accepted photo: 8192 pixels a side and 40 megapixels in all.
inline constexpr int kMaxPhotoSidePx = 8192;
inline constexpr int64_t kMaxPhotoPixels = 40'000'000;

/// Format and size as stated by a file header.
struct PhotoHeader {
  std::string format;  // "png", "jpeg" or "webp"
  int width = 0;
  int height = 0;
};

/// Reads the format and pixel size from the first bytes of a PNG, JPEG or
/// WebP file without decoding it. Fails with kInvalidArgument (a message
/// saying what to upload instead) for other or truncated data, a zero size,
/// or a size over kMaxPhotoSidePx a side or kMaxPhotoPixels in all.
Result<PhotoHeader> readPhotoHeader(std::span<const uint8_t> encoded);

/// A decoded photo, reduced for analysis.
struct DecodedPhoto {
  /// 8-bit sRGB colour (BGR order, OpenCV's), area-downscaled so the long
  /// side is at most the requested size (never upscaled). Where `alpha` is
  /// set, transparent pixels are composited over mid grey.
  cv::Mat3b bgr;
  /// Coverage 0–255 at the size of `bgr`, or empty when the file has no
  /// alpha channel or its alpha does not separate anything (fewer than 0.5 %
  /// of the pixels transparent, or fewer than 0.5 % opaque).
  cv::Mat1b alpha;
  int source_width = 0;  // size of the photo as stored
  int source_height = 0;
  std::string format;    // "png", "jpeg" or "webp"

  bool hasAlpha() const { return !alpha.empty(); }
};

/// `size` scaled down so its long side is at most `max_side_px` (never up),
/// rounded, at least one pixel a side.
cv::Size fitLongSide(cv::Size size, int max_side_px);

/// Decodes `encoded` (checked first with readPhotoHeader) to at most
/// `max_side_px` on the long side. 16-bit and grey images are converted to
/// 8-bit colour; JPEG EXIF orientation is applied. Fails with
/// kInvalidArgument when the header is refused or the data does not decode.
Result<DecodedPhoto> decodePhoto(std::span<const uint8_t> encoded, int max_side_px);

}  // namespace kiln::engines::inflate
