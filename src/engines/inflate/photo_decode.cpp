// Header sizes per the PNG (ISO 15948 §11.2.2 IHDR), JPEG (ITU T.81 §B.2.2
// frame header) and WebP container (RFC 9649 §2.5–2.7) specifications.
#include "engines/inflate/photo_decode.h"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

namespace kiln::engines::inflate {
namespace {

constexpr const char* kHowToFix = "use a PNG, JPEG or WebP photo";

uint32_t be16(std::span<const uint8_t> b, size_t at) { return (uint32_t{b[at]} << 8) | b[at + 1]; }
uint32_t be32(std::span<const uint8_t> b, size_t at) { return (be16(b, at) << 16) | be16(b, at + 2); }
uint32_t le16(std::span<const uint8_t> b, size_t at) { return uint32_t{b[at]} | (uint32_t{b[at + 1]} << 8); }
uint32_t le24(std::span<const uint8_t> b, size_t at) { return le16(b, at) | (uint32_t{b[at + 2]} << 16); }

std::unexpected<Error> unreadable(std::string_view what) {
  return fail(ErrorCode::kInvalidArgument, fmt::format("the photo {}; {}", what, kHowToFix),
              {{"field", "input.images"}});
}

// Walks the JPEG marker segments up to the first start-of-frame.
Result<PhotoHeader> jpegHeader(std::span<const uint8_t> b) {
  size_t at = 2;
  while (at + 4 <= b.size()) {
    if (b[at] != 0xFF) return unreadable("is a damaged JPEG (a marker is missing)");
    const uint8_t marker = b[at + 1];
    if (marker == 0xFF) {  // fill byte
      ++at;
      continue;
    }
    if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {  // segments without a length
      at += 2;
      continue;
    }
    const uint32_t length = be16(b, at + 2);
    if (length < 2) return unreadable("is a damaged JPEG (a segment has no length)");
    const bool start_of_frame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
    if (start_of_frame) {
      if (at + 9 > b.size()) break;
      return PhotoHeader{"jpeg", static_cast<int>(be16(b, at + 7)), static_cast<int>(be16(b, at + 5))};
    }
    if (marker == 0xD9 || marker == 0xDA) break;  // end of image, or scan data before any frame header
    at += 2 + length;
  }
  return unreadable("is a JPEG whose size could not be read (it is truncated or damaged)");
}

Result<PhotoHeader> webpHeader(std::span<const uint8_t> b) {
  if (b.size() < 30) return unreadable("is a truncated WebP file");
  const std::string_view chunk(reinterpret_cast<const char*>(b.data() + 12), 4);
  if (chunk == "VP8X") return PhotoHeader{"webp", static_cast<int>(le24(b, 24) + 1), static_cast<int>(le24(b, 27) + 1)};
  if (chunk == "VP8L") {
    if (b[20] != 0x2F) return unreadable("is a damaged WebP file");
    const uint32_t bits = le16(b, 21) | (le16(b, 23) << 16);
    return PhotoHeader{"webp", static_cast<int>((bits & 0x3FFF) + 1), static_cast<int>(((bits >> 14) & 0x3FFF) + 1)};
  }
  if (chunk == "VP8 ") {
    if (b[23] != 0x9D || b[24] != 0x01 || b[25] != 0x2A) return unreadable("is a damaged WebP file");
    return PhotoHeader{"webp", static_cast<int>(le16(b, 26) & 0x3FFF), static_cast<int>(le16(b, 28) & 0x3FFF)};
  }
  return unreadable("is a WebP file of a kind kiln cannot read");
}

// Keeps alpha only when it separates something: 0.5 % of the pixels each
// side of half coverage. Fully opaque PNGs (screenshots, exports) are common
// and must be segmented by colour instead.
bool alphaSeparates(const cv::Mat1b& alpha) {
  const double total = static_cast<double>(alpha.total());
  const double opaque = cv::countNonZero(alpha >= 128);
  return opaque >= 0.005 * total && total - opaque >= 0.005 * total;
}

}  // namespace

Result<PhotoHeader> readPhotoHeader(std::span<const uint8_t> b) {
  if (b.empty()) return unreadable("is empty");
  Result<PhotoHeader> header = unreadable("is not a PNG, JPEG or WebP image");
  static constexpr uint8_t kPng[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
  if (b.size() >= 8 && std::equal(kPng, kPng + 8, b.begin())) {
    if (b.size() < 24 || std::string_view(reinterpret_cast<const char*>(b.data() + 12), 4) != "IHDR") {
      return unreadable("is a truncated or damaged PNG file");
    }
    const uint32_t w = be32(b, 16), h = be32(b, 20);
    header = PhotoHeader{"png", static_cast<int>(std::min<uint32_t>(w, INT32_MAX)),
                         static_cast<int>(std::min<uint32_t>(h, INT32_MAX))};
  } else if (b.size() >= 3 && b[0] == 0xFF && b[1] == 0xD8 && b[2] == 0xFF) {
    header = jpegHeader(b);
  } else if (b.size() >= 12 && std::string_view(reinterpret_cast<const char*>(b.data()), 4) == "RIFF" &&
             std::string_view(reinterpret_cast<const char*>(b.data() + 8), 4) == "WEBP") {
    header = webpHeader(b);
  }
  if (!header) return header;
  if (header->width <= 0 || header->height <= 0) {
    return fail(ErrorCode::kInvalidArgument,
                fmt::format("the photo says it is {}x{} pixels, which holds no image; {}", header->width,
                            header->height, kHowToFix),
                {{"field", "input.images"}});
  }
  const int64_t pixels = int64_t{header->width} * header->height;
  if (header->width > kMaxPhotoSidePx || header->height > kMaxPhotoSidePx || pixels > kMaxPhotoPixels) {
    return fail(ErrorCode::kInvalidArgument,
                fmt::format("the photo is {}x{} pixels; the limit is {} pixels a side and {} megapixels — "
                            "scale it down (1024 to 2048 pixels a side is plenty) and upload it again",
                            header->width, header->height, kMaxPhotoSidePx, kMaxPhotoPixels / 1'000'000),
                {{"field", "input.images"},
                 {"width", header->width},
                 {"height", header->height},
                 {"max_side", kMaxPhotoSidePx},
                 {"max_pixels", kMaxPhotoPixels}});
  }
  return header;
}

cv::Size fitLongSide(cv::Size size, int max_side_px) {
  const int long_side = std::max(size.width, size.height);
  if (long_side <= max_side_px) return size;
  const double s = static_cast<double>(max_side_px) / long_side;
  return {std::max(1, static_cast<int>(std::lround(size.width * s))),
          std::max(1, static_cast<int>(std::lround(size.height * s)))};
}

Result<DecodedPhoto> decodePhoto(std::span<const uint8_t> encoded, int max_side_px) {
  auto header = readPhotoHeader(encoded);
  if (!header) return fail(header.error());
  // JPEG decodes straight to 1/2, 1/4 or 1/8 size (libjpeg's DCT scaling)
  // when that still leaves max_side_px; PNG and WebP keep their alpha.
  const bool jpeg = header->format == "jpeg";
  int flags = cv::IMREAD_UNCHANGED;
  if (jpeg) {
    flags = cv::IMREAD_COLOR;
    const int long_side = std::max(header->width, header->height);
    if (long_side >= 8 * max_side_px) flags = cv::IMREAD_REDUCED_COLOR_8;
    else if (long_side >= 4 * max_side_px) flags = cv::IMREAD_REDUCED_COLOR_4;
    else if (long_side >= 2 * max_side_px) flags = cv::IMREAD_REDUCED_COLOR_2;
  }
  cv::Mat image;
  try {
    // imdecode only reads its input; the header wraps the caller's bytes without copying.
    const cv::Mat bytes(1, static_cast<int>(encoded.size()), CV_8U, const_cast<uint8_t*>(encoded.data()));
    image = cv::imdecode(bytes, flags);
  } catch (const cv::Exception&) {
    image.release();
  }
  if (image.empty()) return unreadable(fmt::format("could not be decoded as {} (it is damaged or truncated)", header->format));

  if (image.depth() == CV_16U) image.convertTo(image, CV_8U, 1.0 / 257.0);
  if (image.depth() != CV_8U) return unreadable("uses a pixel format kiln cannot read");
  cv::Mat bgr;
  cv::Mat alpha;
  switch (image.channels()) {
    case 1: cv::cvtColor(image, bgr, cv::COLOR_GRAY2BGR); break;
    case 2: {
      cv::Mat planes[2];
      cv::split(image, planes);
      cv::cvtColor(planes[0], bgr, cv::COLOR_GRAY2BGR);
      alpha = planes[1];
      break;
    }
    case 3: bgr = image; break;
    case 4: {
      cv::cvtColor(image, bgr, cv::COLOR_BGRA2BGR);
      cv::extractChannel(image, alpha, 3);
      break;
    }
    default: return unreadable("has a channel layout kiln cannot read");
  }

  DecodedPhoto photo;
  photo.source_width = header->width;
  photo.source_height = header->height;
  photo.format = header->format;
  const cv::Size size = fitLongSide(bgr.size(), max_side_px);
  if (size != bgr.size()) {
    cv::resize(bgr, bgr, size, 0, 0, cv::INTER_AREA);
    if (!alpha.empty()) cv::resize(alpha, alpha, size, 0, 0, cv::INTER_AREA);
  }
  photo.bgr = bgr;
  if (!alpha.empty() && alphaSeparates(alpha)) {
    photo.alpha = alpha;
    // Colour under transparent pixels is arbitrary (often black, or the
    // unpremultiplied remains of an edit): show mid grey there instead.
    cv::Mat3f colour;
    photo.bgr.convertTo(colour, CV_32F);
    cv::Mat1f a;
    photo.alpha.convertTo(a, CV_32F, 1.0 / 255.0);
    cv::Mat3f a3;
    cv::merge(std::vector<cv::Mat>{a, a, a}, a3);
    const cv::Mat3f grey(colour.size(), cv::Vec3f(128, 128, 128));
    cv::Mat3f mixed = colour.mul(a3) + grey.mul(cv::Scalar(1, 1, 1) - a3);
    mixed.convertTo(photo.bgr, CV_8U);
  }
  return photo;
}

}  // namespace kiln::engines::inflate
