#include "engines/render/image.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <fstream>
#include <optional>
#include <string>

#include <fmt/format.h>
#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>

namespace kiln::render {

void acesFitted(const float in[3], float out[3]) {
  // Stephen Hill's fit (BakingLab, 2016): sRGB → ACES AP1 (with the RRT's
  // saturation), the RRT+ODT rational fit, then back to linear sRGB.
  static constexpr float kInput[3][3] = {
      {0.59719f, 0.35458f, 0.04823f}, {0.07600f, 0.90834f, 0.01566f}, {0.02840f, 0.13383f, 0.83777f}};
  static constexpr float kOutput[3][3] = {
      {1.60475f, -0.53108f, -0.07367f}, {-0.10208f, 1.10813f, -0.00605f}, {-0.00327f, -0.07276f, 1.07602f}};
  float v[3];
  for (int i = 0; i < 3; ++i) v[i] = kInput[i][0] * in[0] + kInput[i][1] * in[1] + kInput[i][2] * in[2];
  for (float& c : v) {
    const float a = c * (c + 0.0245786f) - 0.000090537f;
    const float b = c * (0.983729f * c + 0.4329510f) + 0.238081f;
    c = a / b;
  }
  for (int i = 0; i < 3; ++i) {
    out[i] = std::clamp(kOutput[i][0] * v[0] + kOutput[i][1] * v[1] + kOutput[i][2] * v[2], 0.0f, 1.0f);
  }
}

float linearToSrgb(float linear) {
  const float c = std::clamp(linear, 0.0f, 1.0f);
  return c <= 0.0031308f ? 12.92f * c : 1.055f * std::pow(c, 1.0f / 2.4f) - 0.055f;
}

Image8 toneMap(const HdrImage& hdr) {
  Image8 out{hdr.width, hdr.height, std::vector<uint8_t>(hdr.rgb.size())};
  for (size_t p = 0; p + 2 < hdr.rgb.size(); p += 3) {
    float in[3];
    for (int c = 0; c < 3; ++c) {
      const float v = hdr.rgb[p + c];
      in[c] = std::isfinite(v) ? std::max(v, 0.0f) : 0.0f;
    }
    float mapped[3];
    acesFitted(in, mapped);
    for (int c = 0; c < 3; ++c) {
      out.rgb[p + c] = static_cast<uint8_t>(std::lround(linearToSrgb(mapped[c]) * 255.0f));
    }
  }
  return out;
}

std::optional<ImageFormat> imageFormatFromPath(const std::filesystem::path& path) {
  std::string ext = path.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  if (ext == ".png") return ImageFormat::kPng;
  if (ext == ".jpg" || ext == ".jpeg") return ImageFormat::kJpeg;
  return std::nullopt;
}

Result<std::vector<uint8_t>> encodeImage(const Image8& image, ImageFormat format) {
  if (image.width <= 0 || image.height <= 0 ||
      image.rgb.size() != static_cast<size_t>(image.width) * image.height * 3) {
    return fail(ErrorCode::kInvalidArgument, "cannot encode an empty or inconsistent image");
  }
  // OpenCV codecs take BGR.
  cv::Mat bgr(image.height, image.width, CV_8UC3);
  for (int y = 0; y < image.height; ++y) {
    auto* row = bgr.ptr<uint8_t>(y);
    for (int x = 0; x < image.width; ++x) {
      const uint8_t* p = image.at(x, y);
      row[3 * x] = p[2];
      row[3 * x + 1] = p[1];
      row[3 * x + 2] = p[0];
    }
  }
  std::vector<uint8_t> bytes;
  std::vector<int> params;
  const char* ext = ".png";
  if (format == ImageFormat::kJpeg) {
    ext = ".jpg";
    params = {cv::IMWRITE_JPEG_QUALITY, 92};
  } else {
    params = {cv::IMWRITE_PNG_COMPRESSION, 6};
  }
  try {
    if (!cv::imencode(ext, bgr, bytes, params)) return fail(ErrorCode::kInternal, "the image encoder failed");
  } catch (const cv::Exception& e) {
    return fail(ErrorCode::kInternal, fmt::format("the image encoder failed: {}", e.what()));
  }
  return bytes;
}

Status writeImage(const Image8& image, const std::filesystem::path& path) {
  const auto format = imageFormatFromPath(path);
  if (!format) {
    return fail(ErrorCode::kInvalidArgument,
                fmt::format("cannot tell the image format of '{}'; use a .png, .jpg or .jpeg file name", path.string()),
                {{"parameter", "output"}});
  }
  auto bytes = encodeImage(image, *format);
  if (!bytes) return fail(bytes.error());
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) return fail(ErrorCode::kIo, fmt::format("cannot open '{}' for writing", path.string()));
  out.write(reinterpret_cast<const char*>(bytes->data()), static_cast<std::streamsize>(bytes->size()));
  if (!out) return fail(ErrorCode::kIo, fmt::format("cannot write '{}'", path.string()));
  return {};
}

Result<Image8> decodeImage(const std::vector<uint8_t>& bytes) {
  if (bytes.empty()) return fail(ErrorCode::kInvalidArgument, "the image is empty");
  cv::Mat bgr;
  try {
    bgr = cv::imdecode(bytes, cv::IMREAD_COLOR);
  } catch (const cv::Exception& e) {
    return fail(ErrorCode::kInvalidArgument, fmt::format("the image cannot be decoded: {}", e.what()));
  }
  if (bgr.empty()) return fail(ErrorCode::kInvalidArgument, "the bytes are not a PNG or JPEG image");
  if (int64_t{bgr.cols} * bgr.rows > int64_t{4096} * 4096) {
    return fail(ErrorCode::kTooLarge, "the image is larger than 4096 x 4096 pixels");
  }
  Image8 image{bgr.cols, bgr.rows, std::vector<uint8_t>(static_cast<size_t>(bgr.cols) * bgr.rows * 3)};
  for (int y = 0; y < bgr.rows; ++y) {
    const auto* row = bgr.ptr<uint8_t>(y);
    for (int x = 0; x < bgr.cols; ++x) {
      uint8_t* p = image.at(x, y);
      p[0] = row[3 * x + 2];
      p[1] = row[3 * x + 1];
      p[2] = row[3 * x];
    }
  }
  return image;
}

}  // namespace kiln::render
