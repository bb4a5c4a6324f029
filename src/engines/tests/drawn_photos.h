#pragma once
// Photos drawn in code for the inflate engine's tests: shaded objects on
// light backdrops, with the exact object mask they were drawn from.

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <functional>
#include <vector>

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

namespace kiln::engines::testing {

struct DrawnPhoto {
  cv::Mat3b bgr;
  cv::Mat1b mask;  // 255 where the object was drawn
};

/// A studio backdrop: light grey, a little brighter at the top.
inline cv::Mat3b backdrop(int size) {
  cv::Mat3b image(size, size);
  for (int y = 0; y < size; ++y) {
    const double t = static_cast<double>(y) / size;
    const auto v = static_cast<uchar>(std::lround(238.0 - 18.0 * t));
    image.row(y).setTo(cv::Vec3b(v, v, static_cast<uchar>(std::min(255, v + 3))));
  }
  return image;
}

/// Paints a solid of revolution seen from the side: for each row y in
/// [top, bottom], a half-width radius(y) around centre_x, shaded like a lit
/// cylinder (brightest left of centre) in `colour` (BGR). Edge pixels are
/// blended with what is underneath by their coverage.
inline void paintTurned(DrawnPhoto& photo, int centre_x, int top, int bottom,
                        const std::function<double(double)>& radius, cv::Vec3b colour) {
  for (int y = top; y <= bottom; ++y) {
    const double t = static_cast<double>(y - top) / std::max(1, bottom - top);
    const double r = radius(t);
    for (int x = static_cast<int>(centre_x - r) - 1; x <= static_cast<int>(centre_x + r) + 1; ++x) {
      if (x < 0 || x >= photo.bgr.cols) continue;
      const double dx = x + 0.5 - centre_x;
      const double coverage = std::clamp(r - std::abs(dx) + 0.5, 0.0, 1.0);
      if (coverage <= 0.0) continue;
      const double s = std::clamp(dx / std::max(r, 1.0), -1.0, 1.0);
      // Lambert shading with the light from the upper left.
      const double light = 0.45 + 0.55 * std::max(0.0, std::sqrt(1.0 - s * s) * 0.9 - s * 0.35);
      cv::Vec3b& px = photo.bgr(y, x);
      for (int c = 0; c < 3; ++c) {
        const double shaded = std::min(255.0, colour[c] * light);
        px[c] = static_cast<uchar>(std::lround(coverage * shaded + (1.0 - coverage) * px[c]));
      }
      if (coverage >= 0.5) photo.mask(y, x) = 255;
    }
  }
}

/// A terracotta vase, 1024² by default: narrow foot, round belly, neck, lip.
inline DrawnPhoto drawVase(int size = 1024, cv::Vec3b colour = cv::Vec3b(60, 110, 200)) {
  DrawnPhoto photo{backdrop(size), cv::Mat1b(size, size, uchar{0})};
  const double k = size / 1024.0;
  paintTurned(photo, size / 2, static_cast<int>(170 * k), static_cast<int>(860 * k),
              [k](double t) {
                const double belly = std::sin(std::clamp((t - 0.1) / 0.9, 0.0, 1.0) * M_PI);
                const double neck = t < 0.25 ? 0.25 - t : 0.0;
                return k * (95.0 + 185.0 * belly * (t > 0.3 ? 1.0 : t / 0.3) + 220.0 * neck);
              },
              colour);
  return photo;
}

/// A mug with a handle whose opening shows the backdrop.
inline DrawnPhoto drawMug(int size = 1024, cv::Vec3b colour = cv::Vec3b(150, 120, 30)) {
  DrawnPhoto photo{backdrop(size), cv::Mat1b(size, size, uchar{0})};
  const double k = size / 1024.0;
  const cv::Point handle_centre(static_cast<int>(650 * k), static_cast<int>(500 * k));
  const cv::Size handle_axes(static_cast<int>(150 * k), static_cast<int>(160 * k));
  const int handle_width = static_cast<int>(55 * k);
  const auto handle_colour = cv::Scalar(colour[0] * 0.8, colour[1] * 0.8, colour[2] * 0.8);
  cv::ellipse(photo.bgr, handle_centre, handle_axes, 0, -90, 90, handle_colour, handle_width, cv::LINE_AA);
  cv::ellipse(photo.mask, handle_centre, handle_axes, 0, -90, 90, cv::Scalar(255), handle_width, cv::LINE_8);
  paintTurned(photo, static_cast<int>(470 * k), static_cast<int>(250 * k), static_cast<int>(780 * k),
              [k](double) { return 210.0 * k; }, colour);
  return photo;
}

/// A flat-coloured disc of `radius` pixels in the middle.
inline DrawnPhoto drawDisc(int size, int radius, cv::Vec3b colour = cv::Vec3b(40, 90, 210)) {
  DrawnPhoto photo{backdrop(size), cv::Mat1b(size, size, uchar{0})};
  cv::circle(photo.bgr, cv::Point(size / 2, size / 2), radius, cv::Scalar(colour[0], colour[1], colour[2]), -1,
             cv::LINE_AA);
  cv::circle(photo.mask, cv::Point(size / 2, size / 2), radius, cv::Scalar(255), -1, cv::LINE_8);
  return photo;
}

/// Two discs side by side with backdrop between them.
inline cv::Mat3b drawTwoObjects(int size = 1024) {
  cv::Mat3b image = backdrop(size);
  cv::circle(image, cv::Point(size * 3 / 10, size / 2), size / 6, cv::Scalar(40, 90, 210), -1, cv::LINE_AA);
  cv::circle(image, cv::Point(size * 7 / 10, size / 2), size / 7, cv::Scalar(160, 100, 40), -1, cv::LINE_AA);
  return image;
}

/// Per-pixel random colour (television static), seeded.
inline cv::Mat3b noise(int size, uint64_t seed = 7) {
  cv::Mat3b image(size, size);
  cv::RNG rng(seed);
  rng.fill(image, cv::RNG::UNIFORM, 0, 256);
  return image;
}

/// The vase drawn over static instead of a backdrop.
inline cv::Mat3b drawVaseOnNoise(int size = 1024) {
  DrawnPhoto vase = drawVase(size);
  cv::Mat3b image = noise(size);
  vase.bgr.copyTo(image, vase.mask);
  return image;
}

inline std::vector<uint8_t> encode(const cv::Mat& image, const char* extension = ".png") {
  std::vector<uint8_t> bytes;
  cv::imencode(extension, image, bytes);
  return bytes;
}

}  // namespace kiln::engines::testing
