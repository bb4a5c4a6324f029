#include "engines/inflate/photo_colors.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <vector>

#include <opencv2/imgproc.hpp>

namespace kiln::engines::inflate {
namespace {

// IEC 61966-2-1 sRGB decoding.
float srgbToLinear(float c) {
  return c <= 0.04045f ? c / 12.92f : std::pow((c + 0.055f) / 1.055f, 2.4f);
}

}  // namespace

cv::Mat3b fillBackgroundFromObject(const cv::Mat3b& bgr, const cv::Mat1b& mask) {
  if (cv::countNonZero(mask) == 0) return bgr.clone();
  // The edge ring mixes object and background (antialiasing, resampling):
  // take colours from one pixel further in, unless that leaves nothing.
  cv::Mat1b source;
  cv::erode(mask, source, cv::Mat());
  if (cv::countNonZero(source) == 0) source = mask.clone();
  // distanceTransform labels every pixel with its nearest zero pixel; make
  // the source pixels the zeros, each with its own label.
  cv::Mat1f distance;
  cv::Mat1i labels;
  cv::distanceTransform(source == 0, distance, labels, cv::DIST_L2, cv::DIST_MASK_5, cv::DIST_LABEL_PIXEL);
  std::vector<cv::Vec3b> colour_of(static_cast<size_t>(source.total()) + 1);
  for (int y = 0; y < source.rows; ++y) {
    for (int x = 0; x < source.cols; ++x) {
      if (source(y, x) != 0) colour_of[static_cast<size_t>(labels(y, x))] = bgr(y, x);
    }
  }
  cv::Mat3b filled = bgr.clone();
  for (int y = 0; y < source.rows; ++y) {
    for (int x = 0; x < source.cols; ++x) {
      if (source(y, x) == 0) filled(y, x) = colour_of[static_cast<size_t>(labels(y, x))];
    }
  }
  return filled;
}

void colorVerticesFromPhoto(geometry::Mesh& mesh, const cv::Mat3b& photo, float mm_per_px) {
  std::array<float, 256> linear{};
  for (int i = 0; i < 256; ++i) linear[static_cast<size_t>(i)] = srgbToLinear(static_cast<float>(i) / 255.0f);
  const float half_cols = 0.5f * static_cast<float>(photo.cols), half_rows = 0.5f * static_cast<float>(photo.rows);
  mesh.colors.resize(mesh.vertexCount());
  for (size_t v = 0; v < mesh.vertexCount(); ++v) {
    const geometry::Vec3& p = mesh.positions[v];
    const float u = std::clamp(p.x() / mm_per_px + half_cols - 0.5f, 0.0f, static_cast<float>(photo.cols - 1));
    const float w = std::clamp(half_rows - 0.5f - p.y() / mm_per_px, 0.0f, static_cast<float>(photo.rows - 1));
    const int x0 = static_cast<int>(u), y0 = static_cast<int>(w);
    const int x1 = std::min(x0 + 1, photo.cols - 1), y1 = std::min(y0 + 1, photo.rows - 1);
    const float tx = u - static_cast<float>(x0), ty = w - static_cast<float>(y0);
    geometry::Vec4 colour(0, 0, 0, 1);
    for (int c = 0; c < 3; ++c) {
      // Blend the four texels in linear light, the space the colour is stored in.
      const auto lin = [&](int x, int y) { return linear[photo(y, x)[2 - c]]; };
      const float top = lin(x0, y0) + (lin(x1, y0) - lin(x0, y0)) * tx;
      const float bottom = lin(x0, y1) + (lin(x1, y1) - lin(x0, y1)) * tx;
      colour[c] = top + (bottom - top) * ty;
    }
    mesh.colors[v] = colour;
  }
}

}  // namespace kiln::engines::inflate
