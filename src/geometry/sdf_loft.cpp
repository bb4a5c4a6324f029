// A loft between elliptical cross-sections stacked along Y: the section
// parameters (radii and centre) are interpolated with Catmull-Rom splines in
// y, and the field is the 2D ellipse distance estimate of Quilez ("ellipse
// distance", iquilezles.org) combined with flat caps like an extrusion.
// Because the section changes with height the 2D distance is not a true 3D
// distance; it is divided by the steepest slope of the section so it stays a
// bound (meshing skips blocks on that basis).
#include <algorithm>
#include <cmath>

#include "geometry/sdf.h"
#include "geometry/sdf_node.h"

namespace kiln::geometry {
namespace {

float catmull(float p0, float p1, float p2, float p3, float t) {
  const float t2 = t * t, t3 = t2 * t;
  return 0.5f * ((2.0f * p1) + (-p0 + p2) * t + (2.0f * p0 - 5.0f * p1 + 4.0f * p2 - p3) * t2 +
                 (-p0 + 3.0f * p1 - 3.0f * p2 + p3) * t3);
}

class LoftNode final : public detail::PrimitiveNode {
 public:
  explicit LoftNode(std::vector<LoftSection> sections)
      : PrimitiveNode(loftBox(sections)), sections_(std::move(sections)) {
    // Steepest change of any section parameter per mm of height, sampled.
    float slope = 0.0f;
    const float y0 = sections_.front().y, y1 = sections_.back().y;
    constexpr int kSamples = 256;
    LoftSection prev = at(y0);
    for (int i = 1; i <= kSamples; ++i) {
      const float y = y0 + (y1 - y0) * static_cast<float>(i) / kSamples;
      const LoftSection s = at(y);
      const float dy = std::max((y1 - y0) / kSamples, 1e-6f);
      slope = std::max({slope, std::abs(s.radius_x - prev.radius_x) / dy, std::abs(s.radius_z - prev.radius_z) / dy,
                        std::abs(s.center_x - prev.center_x) / dy, std::abs(s.center_z - prev.center_z) / dy});
      prev = s;
    }
    inverse_lipschitz_ = 1.0f / std::sqrt(1.0f + slope * slope);
  }

  float distance(const Vec3& p) const override {
    const float y0 = sections_.front().y, y1 = sections_.back().y;
    const LoftSection s = at(std::clamp(p.y(), y0, y1));
    const float rx = std::max(s.radius_x, 1e-3f), rz = std::max(s.radius_z, 1e-3f);
    const float qx = p.x() - s.center_x, qz = p.z() - s.center_z;
    const float k0 = std::hypot(qx / rx, qz / rz);
    const float k1 = std::hypot(qx / (rx * rx), qz / (rz * rz));
    // Quilez's estimate can overshoot the true distance for flat sections
    // (the mesher would then skip blocks that hold surface); min(r)·(k0 − 1)
    // is a guaranteed bound. The smaller magnitude of the two is a bound too.
    const float estimate = k1 > 1e-9f ? k0 * (k0 - 1.0f) / k1 : -std::min(rx, rz);
    const float bound = std::min(rx, rz) * (k0 - 1.0f);
    const float d2 = std::abs(estimate) < std::abs(bound) ? estimate : bound;
    const float dy = std::max(y0 - p.y(), p.y() - y1);
    const float inside = std::min(std::max(d2, dy), 0.0f);
    const float outside = std::hypot(std::max(d2, 0.0f), std::max(dy, 0.0f));
    return (inside + outside) * inverse_lipschitz_;
  }

 private:
  LoftSection at(float y) const {
    const size_t n = sections_.size();
    size_t i = 0;
    while (i + 2 < n && y > sections_[i + 1].y) ++i;
    const LoftSection& a = sections_[i];
    const LoftSection& b = sections_[i + 1];
    const LoftSection& pa = sections_[i == 0 ? 0 : i - 1];
    const LoftSection& nb = sections_[std::min(i + 2, n - 1)];
    const float t = b.y > a.y ? std::clamp((y - a.y) / (b.y - a.y), 0.0f, 1.0f) : 0.0f;
    LoftSection s;
    s.y = y;
    s.radius_x = std::max(catmull(pa.radius_x, a.radius_x, b.radius_x, nb.radius_x, t), 0.0f);
    s.radius_z = std::max(catmull(pa.radius_z, a.radius_z, b.radius_z, nb.radius_z, t), 0.0f);
    s.center_x = catmull(pa.center_x, a.center_x, b.center_x, nb.center_x, t);
    s.center_z = catmull(pa.center_z, a.center_z, b.center_z, nb.center_z, t);
    return s;
  }

  static Box loftBox(const std::vector<LoftSection>& sections) {
    // Catmull-Rom can overshoot the control values a little: pad by a quarter
    // of the largest radius.
    Box box;
    float pad = 0.0f;
    for (const auto& s : sections) {
      box.extend(Vec3(s.center_x - s.radius_x, s.y, s.center_z - s.radius_z));
      box.extend(Vec3(s.center_x + s.radius_x, s.y, s.center_z + s.radius_z));
      pad = std::max({pad, s.radius_x, s.radius_z});
    }
    box.min -= Vec3(pad * 0.25f, 0, pad * 0.25f);
    box.max += Vec3(pad * 0.25f, 0, pad * 0.25f);
    return box;
  }

  std::vector<LoftSection> sections_;
  float inverse_lipschitz_ = 1.0f;
};

}  // namespace

Sdf loft(std::vector<LoftSection> sections) {
  std::sort(sections.begin(), sections.end(), [](const LoftSection& a, const LoftSection& b) { return a.y < b.y; });
  sections.erase(std::unique(sections.begin(), sections.end(),
                             [](const LoftSection& a, const LoftSection& b) { return a.y == b.y; }),
                 sections.end());
  if (sections.size() < 2) return unite(std::vector<Sdf>{});
  return Sdf(std::make_shared<LoftNode>(std::move(sections)));
}

}  // namespace kiln::geometry
