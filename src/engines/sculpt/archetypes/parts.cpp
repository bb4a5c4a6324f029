#include "engines/sculpt/archetypes/parts.h"

#include <algorithm>
#include <cmath>

namespace kiln::engines::sculpt::parts {

std::vector<Vec2> sampleProfile(const std::function<float(float)>& radius, float height, int samples) {
  std::vector<Vec2> pts;
  pts.reserve(static_cast<size_t>(samples) + 1);
  for (int i = 0; i <= samples; ++i) {
    const float t = static_cast<float>(i) / static_cast<float>(samples);
    pts.emplace_back(std::max(radius(t), 0.5f), t * height);
  }
  return pts;
}

Sdf latheSolid(const std::vector<Vec2>& outer) {
  std::vector<Vec2> poly;
  poly.emplace_back(0.0f, outer.front().y());
  poly.insert(poly.end(), outer.begin(), outer.end());
  poly.emplace_back(0.0f, outer.back().y());
  return geometry::revolve(std::move(poly));
}

Sdf latheVessel(const std::vector<Vec2>& outer, float wall, float floor) {
  std::vector<Vec2> poly;
  poly.emplace_back(0.0f, outer.front().y());
  poly.insert(poly.end(), outer.begin(), outer.end());
  // Back down the inside, offset horizontally by the wall, stopping at the floor.
  for (auto it = outer.rbegin(); it != outer.rend(); ++it) {
    if (it->y() < floor) break;
    poly.emplace_back(std::max(it->x() - wall, 0.3f), it->y());
  }
  const float floor_r = std::max(outer.front().x() - wall, 0.3f);
  poly.emplace_back(floor_r, floor);
  poly.emplace_back(0.0f, floor);
  return geometry::revolve(std::move(poly));
}

Sdf limb(const Vec3& a, const Vec3& b, float ra, float rb) {
  return geometry::sweep({a, b}, ra, rb);
}

Sdf curvedLimb(const std::vector<Vec3>& control, float r_start, float r_end) {
  return geometry::sweep(geometry::catmullRom(control, 6), r_start, r_end);
}

Sdf loopHandle(const Vec3& top, const Vec3& bottom, const Vec3& direction, float reach, float tube) {
  const Vec3 dir = direction.normalized();
  const Vec3 mid = (top + bottom) * 0.5f;
  const float half = (top - bottom).norm() * 0.5f;
  const Vec3 up = (top - bottom).normalized();
  std::vector<Vec3> control;
  constexpr int kSteps = 8;
  for (int i = 0; i <= kSteps; ++i) {
    // A half ellipse from top to bottom: angle 0 at the top, pi at the bottom.
    const float a = static_cast<float>(M_PI) * static_cast<float>(i) / kSteps;
    control.push_back(mid + up * (half * std::cos(a)) + dir * (reach * std::sin(a)));
  }
  // Sink the ends slightly into the body so the joint is solid.
  control.front() -= dir * tube;
  control.back() -= dir * tube;
  return geometry::sweep(geometry::catmullRom(control, 3), tube);
}

}  // namespace kiln::engines::sculpt::parts
