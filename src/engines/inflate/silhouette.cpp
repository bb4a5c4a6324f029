// GrabCut: Rother, Kolmogorov & Blake, "GrabCut: interactive foreground
// extraction using iterated graph cuts", SIGGRAPH 2004 (cv::grabCut).
#include "engines/inflate/silhouette.h"

#include <algorithm>
#include <array>
#include <vector>

#include <opencv2/imgproc.hpp>

namespace kiln::engines::inflate {
namespace {

constexpr int kCells = 32;               // CIELAB cells per axis (8 levels of the 8-bit encoding each)
constexpr double kCommonFraction = 0.001;  // of the band's pixels, for a colour to count as background
constexpr double kMaxHoleFraction = 0.02;  // holes below this share of the object are filled
// Fewest contrasting pixels worth segmenting (k-means needs samples; fewer is a speck).
constexpr int kMinSeedPixels = 64;
// Any fixed value: GrabCut seeds its colour models with k-means++ from cv::theRNG().
constexpr uint64_t kGrabCutSeed = 0x6b696c6e'67726162ULL;

// Sets the calling thread's cv::RNG for the lifetime of the guard.
class SeededRng {
 public:
  explicit SeededRng(uint64_t seed) : saved_(cv::theRNG().state) { cv::theRNG().state = seed; }
  ~SeededRng() { cv::theRNG().state = saved_; }
  SeededRng(const SeededRng&) = delete;
  SeededRng& operator=(const SeededRng&) = delete;

 private:
  uint64_t saved_;
};

cv::Mat1b bandMask(cv::Size size) {
  const int band = borderBandPx(size);
  cv::Mat1b band_mask(size, uchar{255});
  // Empty (not out of bounds) when the band is wider than the photo.
  const cv::Rect inner = cv::Rect(band, band, size.width - 2 * band, size.height - 2 * band) &
                         cv::Rect(0, 0, size.width, size.height);
  band_mask(inner).setTo(0);
  return band_mask;
}

int cellOf(const cv::Vec3b& lab) { return ((lab[0] >> 3) * kCells + (lab[1] >> 3)) * kCells + (lab[2] >> 3); }

cv::Mat1b reduceTo(const cv::Mat1b& image, cv::Size size) {
  if (image.size() == size) return image.clone();
  cv::Mat1b out;
  cv::resize(image, out, size, 0, 0, cv::INTER_AREA);
  return out;
}

}  // namespace

int borderBandPx(cv::Size size) { return std::max(2, static_cast<int>(0.03 * std::max(size.width, size.height))); }

cv::Mat1b borderContrastMask(const cv::Mat3b& bgr) {
  cv::Mat3b lab;
  cv::cvtColor(bgr, lab, cv::COLOR_BGR2Lab);
  const cv::Mat1b band = bandMask(bgr.size());
  std::vector<uint32_t> counts(kCells * kCells * kCells, 0);
  size_t band_pixels = 0;
  for (int y = 0; y < lab.rows; ++y) {
    for (int x = 0; x < lab.cols; ++x) {
      if (band(y, x) == 0) continue;
      ++counts[static_cast<size_t>(cellOf(lab(y, x)))];
      ++band_pixels;
    }
  }
  // A cell is background when it and its 26 neighbours hold enough band pixels.
  const double needed = std::max(3.0, kCommonFraction * static_cast<double>(band_pixels));
  std::vector<uint8_t> background(counts.size(), 0);
  for (int l = 0; l < kCells; ++l) {
    for (int a = 0; a < kCells; ++a) {
      for (int b = 0; b < kCells; ++b) {
        uint64_t sum = 0;
        for (int dl = std::max(0, l - 1); dl <= std::min(kCells - 1, l + 1); ++dl) {
          for (int da = std::max(0, a - 1); da <= std::min(kCells - 1, a + 1); ++da) {
            for (int db = std::max(0, b - 1); db <= std::min(kCells - 1, b + 1); ++db) {
              sum += counts[static_cast<size_t>((dl * kCells + da) * kCells + db)];
            }
          }
        }
        background[static_cast<size_t>((l * kCells + a) * kCells + b)] = static_cast<double>(sum) >= needed ? 1 : 0;
      }
    }
  }
  cv::Mat1b mask(bgr.size());
  for (int y = 0; y < lab.rows; ++y) {
    for (int x = 0; x < lab.cols; ++x) {
      mask(y, x) = background[static_cast<size_t>(cellOf(lab(y, x)))] != 0 ? 0 : 255;
    }
  }
  return mask;
}

void cleanMask(cv::Mat1b& mask) {
  const int radius = std::max(1, static_cast<int>(0.005 * std::max(mask.cols, mask.rows)));
  const cv::Mat disc = cv::getStructuringElement(cv::MORPH_ELLIPSE, cv::Size(2 * radius + 1, 2 * radius + 1));
  cv::morphologyEx(mask, mask, cv::MORPH_OPEN, disc);
  cv::morphologyEx(mask, mask, cv::MORPH_CLOSE, disc);
}

void keepLargestComponent(cv::Mat1b& mask, double max_hole_fraction) {
  cv::Mat1i labels;
  cv::Mat stats, centroids;
  const int count = cv::connectedComponentsWithStats(mask, labels, stats, centroids, 8, CV_32S);
  int largest = 0;
  for (int i = 1; i < count; ++i) {
    if (largest == 0 || stats.at<int>(i, cv::CC_STAT_AREA) > stats.at<int>(largest, cv::CC_STAT_AREA)) largest = i;
  }
  if (largest == 0) {
    mask.setTo(0);
    return;
  }
  mask = labels == largest;
  const double object_area = stats.at<int>(largest, cv::CC_STAT_AREA);

  // Holes: 4-connected background pieces that do not reach the image edge.
  cv::Mat1b background = mask == 0;
  const int holes = cv::connectedComponentsWithStats(background, labels, stats, centroids, 4, CV_32S);
  std::vector<uint8_t> fill(static_cast<size_t>(holes), 0);
  for (int i = 1; i < holes; ++i) {
    const int x = stats.at<int>(i, cv::CC_STAT_LEFT), y = stats.at<int>(i, cv::CC_STAT_TOP);
    const int w = stats.at<int>(i, cv::CC_STAT_WIDTH), h = stats.at<int>(i, cv::CC_STAT_HEIGHT);
    const bool reaches_edge = x == 0 || y == 0 || x + w == mask.cols || y + h == mask.rows;
    fill[static_cast<size_t>(i)] =
        !reaches_edge && stats.at<int>(i, cv::CC_STAT_AREA) < max_hole_fraction * object_area ? 1 : 0;
  }
  for (int y = 0; y < mask.rows; ++y) {
    for (int x = 0; x < mask.cols; ++x) {
      if (fill[static_cast<size_t>(labels(y, x))] != 0) mask(y, x) = 255;
    }
  }
}

Silhouette segmentObject(const DecodedPhoto& photo, int max_side_px, int iterations) {
  const cv::Size size = fitLongSide(photo.bgr.size(), max_side_px);
  Silhouette result;
  if (photo.hasAlpha()) {
    result.source = SilhouetteSource::kAlpha;
    result.mask = reduceTo(photo.alpha, size) >= 128;
    keepLargestComponent(result.mask, kMaxHoleFraction);
    return result;
  }

  cv::Mat3b bgr;
  cv::resize(photo.bgr, bgr, size, 0, 0, cv::INTER_AREA);
  const cv::Mat1b contrast = borderContrastMask(bgr);
  const cv::Mat1b band = bandMask(size);
  cv::Mat1b seed(size, uchar{cv::GC_PR_BGD});
  seed.setTo(cv::GC_PR_FGD, contrast);
  seed.setTo(cv::GC_BGD, band);
  // Nothing differs from the border: there is no object to cut out (GrabCut
  // started from the bare rectangle would return a patch of backdrop).
  if (cv::countNonZero(seed == cv::GC_PR_FGD) < kMinSeedPixels) {
    result.mask = cv::Mat1b(size, uchar{0});
    return result;
  }

  result.source = SilhouetteSource::kGrabCut;
  try {
    const SeededRng rng(kGrabCutSeed);
    cv::Mat background_model, foreground_model;
    cv::grabCut(bgr, seed, cv::Rect(), background_model, foreground_model, iterations, cv::GC_INIT_WITH_MASK);
    result.mask = (seed == cv::GC_FGD) | (seed == cv::GC_PR_FGD);
  } catch (const cv::Exception&) {
    // Degenerate colour statistics (e.g. a single flat colour): the contrast mask is the best answer.
    result.mask = contrast.clone();
    result.mask.setTo(0, band);
  }
  cleanMask(result.mask);
  keepLargestComponent(result.mask, kMaxHoleFraction);
  return result;
}

}  // namespace kiln::engines::inflate
