// Pre-check signals: variance of the Laplacian (Pech-Pacheco et al., "Diatom
// autofocusing in brightfield microscopy", ICPR 2000), here normalised by the
// gradient energy so it measures edge width rather than contrast; Canny edge
// density in the border band; connected components of the foreground.
#include "engines/inflate/photo_check.h"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>
#include <opencv2/imgproc.hpp>

#include "engines/inflate/photo_decode.h"
#include "engines/inflate/silhouette.h"

namespace kiln::engines {
namespace {

using inflate::DecodedPhoto;

// Edge band: pixels whose gradient is at least this share of the strongest.
constexpr float kEdgeShareOfStrongest = 0.25f;
// Below this strongest gradient (grey levels per pixel) there are no edges to judge.
constexpr float kMinStrongestGradient = 4.0f;
// Border band of the busy-background check, as a share of the long side.
constexpr double kBusyBandShare = 0.08;
// The busy-background check looks at the photo reduced to this long side.
constexpr int kBusyCheckSidePx = 256;

double sharpnessOf(const cv::Mat1b& grey, bool& has_edges) {
  cv::Mat1f dx, dy, laplacian;
  cv::Sobel(grey, dx, CV_32F, 1, 0, 3, 1.0 / 8.0);
  cv::Sobel(grey, dy, CV_32F, 0, 1, 3, 1.0 / 8.0);
  cv::Laplacian(grey, laplacian, CV_32F, 1);
  cv::Mat1f magnitude;
  cv::magnitude(dx, dy, magnitude);
  // The strongest edge, robust to a single hot pixel.
  cv::Mat1f smoothed;
  cv::blur(magnitude, smoothed, cv::Size(3, 3));
  double strongest = 0.0;
  cv::minMaxLoc(smoothed, nullptr, &strongest);
  has_edges = strongest >= kMinStrongestGradient;
  if (!has_edges) return 0.0;
  cv::Mat1b band = magnitude >= kEdgeShareOfStrongest * static_cast<float>(strongest);
  cv::dilate(band, band, cv::Mat());
  double laplacian_sum = 0.0, laplacian_sq = 0.0, gradient_sq = 0.0;
  size_t count = 0;
  for (int y = 0; y < grey.rows; ++y) {
    for (int x = 0; x < grey.cols; ++x) {
      if (band(y, x) == 0) continue;
      const double l = laplacian(y, x);
      laplacian_sum += l;
      laplacian_sq += l * l;
      gradient_sq += static_cast<double>(dx(y, x)) * dx(y, x) + static_cast<double>(dy(y, x)) * dy(y, x);
      ++count;
    }
  }
  if (count == 0 || gradient_sq <= 0.0) return 0.0;
  const double n = static_cast<double>(count);
  const double variance = laplacian_sq / n - (laplacian_sum / n) * (laplacian_sum / n);
  return variance / (gradient_sq / n);
}

double borderEdgeDensity(const cv::Mat1b& photo_grey) {
  // Clutter is structure a few pixels across at this scale; grain (sensor or
  // render noise, JPEG blocks) is not, and averaging it away first keeps a
  // grainy plain backdrop from counting as busy.
  cv::Mat1b grey = photo_grey;
  const cv::Size size = inflate::fitLongSide(photo_grey.size(), kBusyCheckSidePx);
  if (size != photo_grey.size()) cv::resize(photo_grey, grey, size, 0, 0, cv::INTER_AREA);
  cv::Mat1b edges;
  cv::Canny(grey, edges, 50, 150);
  const int band = std::max(2, static_cast<int>(kBusyBandShare * std::max(grey.cols, grey.rows)));
  // Empty (not out of bounds) when the band is wider than the photo.
  const cv::Rect inner = cv::Rect(band, band, grey.cols - 2 * band, grey.rows - 2 * band) &
                         cv::Rect(0, 0, grey.cols, grey.rows);
  const double total = static_cast<double>(grey.total()) - inner.area();
  if (total <= 0.0) return 0.0;
  const double inside_edges = cv::countNonZero(edges(inner));
  return (cv::countNonZero(edges) - inside_edges) / total;
}

PhotoProblem blurProblem(double sharpness) {
  return {"blur",
          fmt::format("The photo is blurred (sharpness {:.2f}, needs {:.2f}): hold the camera steady or rest it on "
                      "something, let it focus on the object, and add light. Or pass skip_validation to use it anyway.",
                      sharpness, kMinSharpness),
          sharpness, kMinSharpness};
}

}  // namespace

nlohmann::json PhotoReport::toJson() const {
  nlohmann::json list = nlohmann::json::array();
  for (const auto& p : problems) {
    list.push_back({{"check", p.check}, {"message", p.message}, {"value", p.value}, {"threshold", p.threshold}});
  }
  return {{"usable", usable},
          {"width", width},
          {"height", height},
          {"problems", list},
          {"measures",
           {{"sharpness", measures.sharpness},
            {"border_edge_density", measures.border_edge_density},
            {"objects", measures.objects},
            {"object_fraction", measures.object_fraction},
            {"alpha", measures.alpha}}}};
}

PhotoReport checkDecodedPhoto(const DecodedPhoto& photo) {
  PhotoReport report;
  report.width = photo.source_width;
  report.height = photo.source_height;
  cv::Mat3b bgr = photo.bgr;
  cv::Mat1b alpha = photo.alpha;
  const cv::Size size = inflate::fitLongSide(bgr.size(), kPhotoCheckSidePx);
  if (size != bgr.size()) {
    cv::resize(bgr, bgr, size, 0, 0, cv::INTER_AREA);
    if (!alpha.empty()) cv::resize(alpha, alpha, size, 0, 0, cv::INTER_AREA);
  }
  cv::Mat1b grey;
  cv::cvtColor(bgr, grey, cv::COLOR_BGR2GRAY);
  PhotoMeasures& m = report.measures;

  bool has_edges = false;
  m.sharpness = sharpnessOf(grey, has_edges);
  if (has_edges && m.sharpness < kMinSharpness) report.problems.push_back(blurProblem(m.sharpness));

  // With alpha, the backdrop is whatever was cut away: never busy.
  m.alpha = !alpha.empty();
  m.border_edge_density = m.alpha ? 0.0 : borderEdgeDensity(grey);
  if (m.border_edge_density > kMaxBorderEdgeDensity) {
    report.problems.push_back(
        {"busy_background",
         fmt::format("The background is busy ({:.0f}% of the photo's border is edges, at most {:.0f}%), so the "
                     "object cannot be told apart from it: shoot it against a plain wall, a sheet or a large piece "
                     "of paper. Or pass skip_validation to try anyway.",
                     100.0 * m.border_edge_density, 100.0 * kMaxBorderEdgeDensity),
         m.border_edge_density, kMaxBorderEdgeDensity});
    report.usable = false;
    return report;
  }

  cv::Mat1b foreground;
  if (m.alpha) {
    foreground = alpha >= 128;
  } else {
    foreground = inflate::borderContrastMask(bgr);
    inflate::cleanMask(foreground);
  }
  const double total = static_cast<double>(foreground.total());
  m.object_fraction = cv::countNonZero(foreground) / total;
  if (m.object_fraction < kMinObjectFraction) {
    report.problems.push_back(
        {"no_object",
         fmt::format("No object stands out from the photo's border ({:.1f}% of the photo differs from it): the "
                     "photo is empty, the object blends into the background, or it runs off the edges. Photograph "
                     "the whole object with plain background of a different colour all around it, the object "
                     "filling a third to two thirds of the frame. Or pass skip_validation to try anyway.",
                     100.0 * m.object_fraction),
         m.object_fraction, kMinObjectFraction});
  } else if (m.object_fraction > kMaxObjectFraction) {
    report.problems.push_back(
        {"no_object",
         fmt::format("Almost all of the photo ({:.0f}%) differs from its border, so there is no background to "
                     "separate the object from (a frame or margin around the picture, or the object filling it): "
                     "photograph the object with plain background showing all around it. Or pass skip_validation "
                     "to try anyway.",
                     100.0 * m.object_fraction),
         m.object_fraction, kMaxObjectFraction});
  } else {
    cv::Mat1i labels;
    cv::Mat stats, centroids;
    const int count = cv::connectedComponentsWithStats(foreground, labels, stats, centroids, 8, CV_32S);
    int largest = 0;
    for (int i = 1; i < count; ++i) largest = std::max(largest, stats.at<int>(i, cv::CC_STAT_AREA));
    const double large = std::max(kMinObjectFraction * total, kMinPieceOfLargest * largest);
    for (int i = 1; i < count; ++i) {
      if (stats.at<int>(i, cv::CC_STAT_AREA) >= large) ++m.objects;
    }
    if (m.objects > 1) {
      report.problems.push_back(
          {"several_objects",
           fmt::format("The photo shows {} separate objects: photograph one object on its own. Or pass "
                       "skip_validation to model only the largest.",
                       m.objects),
           static_cast<double>(m.objects), 1.0});
    }
  }
  report.usable = report.problems.empty();
  return report;
}

Result<PhotoReport> checkPhoto(std::span<const uint8_t> encoded) {
  auto photo = inflate::decodePhoto(encoded, kPhotoCheckSidePx);
  if (!photo) return fail(photo.error());
  return checkDecodedPhoto(*photo);
}

}  // namespace kiln::engines
