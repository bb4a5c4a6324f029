#include "engines/inflate/inflated_solid.h"

#include <algorithm>
#include <cmath>
#include <memory>
#include <vector>

#include <opencv2/imgproc.hpp>

#include "geometry/sdf_node.h"

namespace kiln::engines::inflate {
namespace {

using geometry::Box;
using geometry::Vec3;

// A float image sampled bilinearly at continuous pixel coordinates (pixel
// centres at integers), clamped to its edge.
class Grid {
 public:
  Grid() = default;
  explicit Grid(const cv::Mat1f& image)
      : cols_(image.cols), rows_(image.rows), values_(static_cast<size_t>(image.total())) {
    for (int y = 0; y < rows_; ++y) std::copy(image[y], image[y] + cols_, values_.begin() + static_cast<ptrdiff_t>(y) * cols_);
  }
  int cols() const { return cols_; }
  int rows() const { return rows_; }
  float at(int x, int y) const { return values_[static_cast<size_t>(y) * static_cast<size_t>(cols_) + static_cast<size_t>(x)]; }

  float bilinear(float u, float v) const {
    u = std::clamp(u, 0.0f, static_cast<float>(cols_ - 1));
    v = std::clamp(v, 0.0f, static_cast<float>(rows_ - 1));
    const int x0 = std::min(static_cast<int>(u), cols_ - 2 < 0 ? 0 : cols_ - 2);
    const int y0 = std::min(static_cast<int>(v), rows_ - 2 < 0 ? 0 : rows_ - 2);
    const int x1 = std::min(x0 + 1, cols_ - 1), y1 = std::min(y0 + 1, rows_ - 1);
    const float tx = u - static_cast<float>(x0), ty = v - static_cast<float>(y0);
    const float top = at(x0, y0) + (at(x1, y0) - at(x0, y0)) * tx;
    const float bottom = at(x0, y1) + (at(x1, y1) - at(x0, y1)) * tx;
    return top + (bottom - top) * ty;
  }

 private:
  int cols_ = 0;
  int rows_ = 0;
  std::vector<float> values_;
};

class InflatedSolidNode final : public geometry::detail::PrimitiveNode {
 public:
  InflatedSolidNode(const Box& bounds, Grid planar, Grid thickness_sq, float mm_per_px, int pad_px, cv::Size mask_size,
                    float min_sq, float z_top, float lipschitz)
      : PrimitiveNode(bounds),
        planar_(std::move(planar)),
        thickness_sq_(std::move(thickness_sq)),
        px_per_mm_(1.0f / mm_per_px),
        mm_per_px_(mm_per_px),
        pad_px_(static_cast<float>(pad_px)),
        half_cols_(0.5f * static_cast<float>(mask_size.width)),
        half_rows_(0.5f * static_cast<float>(mask_size.height)),
        thickness_scale_x_(static_cast<float>(thickness_sq_.cols()) / static_cast<float>(mask_size.width)),
        thickness_scale_y_(static_cast<float>(thickness_sq_.rows()) / static_cast<float>(mask_size.height)),
        min_sq_(min_sq),
        z_top_(z_top),
        inv_lipschitz_(1.0f / lipschitz) {}

  float distance(const Vec3& p) const override {
    // Mask pixel coordinates (centres at integers).
    const float u = p.x() * px_per_mm_ + half_cols_ - 0.5f;
    const float v = half_rows_ - 0.5f - p.y() * px_per_mm_;

    // Planar part: the bilinear signed distance has slope up to √2 (near a
    // cone's apex), and clamping to the grid adds the distance to it: divide
    // by √3 so the sum stays 1-Lipschitz.
    const float gu = u + pad_px_, gv = v + pad_px_;
    const float cu = std::clamp(gu, 0.0f, static_cast<float>(planar_.cols() - 1));
    const float cv = std::clamp(gv, 0.0f, static_cast<float>(planar_.rows() - 1));
    const float outside_px = std::hypot(gu - cu, gv - cv);
    constexpr float kInvSqrt3 = 0.57735027f;
    const float planar = (planar_.bilinear(cu, cv) + outside_px) * mm_per_px_ * kInvSqrt3;

    // Thickness part: (z² − f²)/L, continued linearly above the solid's top.
    const float tu = (u + 0.5f) * thickness_scale_x_ - 0.5f;
    const float tv = (v + 0.5f) * thickness_scale_y_ - 0.5f;
    const float f_sq = std::max(thickness_sq_.bilinear(tu, tv), min_sq_);
    const float az = std::abs(p.z());
    const float zc = std::min(az, z_top_);
    const float thickness = (zc * zc - f_sq + std::max(az - z_top_, 0.0f) * 2.0f * z_top_) * inv_lipschitz_;
    return std::max(planar, thickness);
  }

 private:
  Grid planar_;        // signed distance to the silhouette, mask pixels, padded by pad_px_
  Grid thickness_sq_;  // (depth · half-thickness)², mm²
  float px_per_mm_;
  float mm_per_px_;
  float pad_px_;
  float half_cols_;
  float half_rows_;
  float thickness_scale_x_;
  float thickness_scale_y_;
  float min_sq_;
  float z_top_;
  float inv_lipschitz_;
};

}  // namespace

geometry::Sdf inflatedSolid(const InflatedSolidInput& in) {
  const float pitch = in.mm_per_px;
  // Signed distance to the silhouette's edge (pixel edges, hence the ½),
  // on a grid padded far enough to cover where the mesher looks.
  const int pad = static_cast<int>(std::ceil(in.reach_mm / pitch)) + 2;
  cv::Mat1b padded;
  cv::copyMakeBorder(in.mask, padded, pad, pad, pad, pad, cv::BORDER_CONSTANT, cv::Scalar(0));
  cv::Mat1f inside, outside;
  cv::distanceTransform(padded, inside, cv::DIST_L2, cv::DIST_MASK_PRECISE);
  cv::distanceTransform(padded == 0, outside, cv::DIST_L2, cv::DIST_MASK_PRECISE);
  cv::Mat1f planar(padded.size());
  for (int y = 0; y < padded.rows; ++y) {
    for (int x = 0; x < padded.cols; ++x) {
      planar(y, x) = padded(y, x) != 0 ? 0.5f - inside(y, x) : outside(y, x) - 0.5f;
    }
  }

  // (depth · half-thickness)² in mm², and its steepest slope G for the bound.
  const cv::Mat1f& t = in.half_thickness_px;
  const float cell_x = pitch * static_cast<float>(in.mask.cols) / static_cast<float>(t.cols);
  const float cell_y = pitch * static_cast<float>(in.mask.rows) / static_cast<float>(t.rows);
  cv::Mat1f thickness_sq(t.size());
  float max_sq = 0.0f;
  for (int y = 0; y < t.rows; ++y) {
    for (int x = 0; x < t.cols; ++x) {
      const float f = in.depth * t(y, x) * cell_x;
      thickness_sq(y, x) = f * f;
      max_sq = std::max(max_sq, f * f);
    }
  }
  // A bilinear cell's slope along x is a blend of its two x-edge differences
  // (likewise y), so the largest edge differences bound the gradient.
  float slope_x = 0.0f, slope_y = 0.0f;
  for (int y = 0; y < t.rows; ++y) {
    for (int x = 0; x < t.cols; ++x) {
      if (x + 1 < t.cols) slope_x = std::max(slope_x, std::abs(thickness_sq(y, x + 1) - thickness_sq(y, x)) / cell_x);
      if (y + 1 < t.rows) slope_y = std::max(slope_y, std::abs(thickness_sq(y + 1, x) - thickness_sq(y, x)) / cell_y);
    }
  }
  const float min_sq = in.min_half_thickness_mm * in.min_half_thickness_mm;
  const float max_f = std::sqrt(std::max(max_sq, min_sq));
  // ∂/∂z of z² is 2|z| ≤ 2·max f up to the top of the solid; above it the
  // field continues with that slope, so ψ is 1-Lipschitz everywhere with
  // L = √(G² + 4·max f²) and its zero set is still |z| = f.
  const float z_top = max_f;
  const float lipschitz = std::sqrt(slope_x * slope_x + slope_y * slope_y + 4.0f * z_top * z_top);

  const cv::Rect box = cv::boundingRect(in.mask);
  Box bounds;
  const float half_cols = 0.5f * static_cast<float>(in.mask.cols), half_rows = 0.5f * static_cast<float>(in.mask.rows);
  bounds.extend(Vec3((static_cast<float>(box.x) - half_cols) * pitch, (half_rows - static_cast<float>(box.y + box.height)) * pitch, -max_f));
  bounds.extend(Vec3((static_cast<float>(box.x + box.width) - half_cols) * pitch, (half_rows - static_cast<float>(box.y)) * pitch, max_f));

  return geometry::Sdf(std::make_shared<InflatedSolidNode>(bounds, Grid(planar), Grid(thickness_sq), pitch, pad,
                                                           in.mask.size(), min_sq, z_top, lipschitz));
}

}  // namespace kiln::engines::inflate
