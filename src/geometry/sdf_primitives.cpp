// Exact primitive distances after Quilez, "3D distance functions" (iquilezles.org/articles/distfunctions).
#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

#include "geometry/sdf.h"
#include "geometry/sdf_node.h"

namespace kiln::geometry {

namespace {

using detail::PrimitiveNode;

Box symmetricBox(const Vec3& half) { return {-half, half}; }

class SphereNode final : public PrimitiveNode {
 public:
  explicit SphereNode(float radius)
      : PrimitiveNode(symmetricBox(Vec3::Constant(radius))), radius_(radius) {}
  float distance(const Vec3& p) const override { return p.norm() - radius_; }

 private:
  float radius_;
};

float boxFieldDistance(const Vec3& p, const Vec3& half) {
  const Vec3 q = p.cwiseAbs() - half;
  return q.cwiseMax(0.0f).norm() + std::min(q.maxCoeff(), 0.0f);
}

class BoxNode final : public PrimitiveNode {
 public:
  BoxNode(const Vec3& half, float radius)
      : PrimitiveNode(symmetricBox(half)), inner_(half - Vec3::Constant(radius)), radius_(radius) {}
  float distance(const Vec3& p) const override { return boxFieldDistance(p, inner_) - radius_; }

 private:
  Vec3 inner_;
  float radius_;
};

class CapsuleNode final : public PrimitiveNode {
 public:
  CapsuleNode(const Vec3& a, const Vec3& b, float radius)
      : PrimitiveNode(Box{a.cwiseMin(b) - Vec3::Constant(radius), a.cwiseMax(b) + Vec3::Constant(radius)}),
        a_(a), ab_(b - a), inv_length2_(ab_.squaredNorm() > 0.0f ? 1.0f / ab_.squaredNorm() : 0.0f),
        radius_(radius) {}
  float distance(const Vec3& p) const override {
    const Vec3 pa = p - a_;
    const float h = std::clamp(pa.dot(ab_) * inv_length2_, 0.0f, 1.0f);
    return (pa - ab_ * h).norm() - radius_;
  }

 private:
  Vec3 a_, ab_;
  float inv_length2_;
  float radius_;
};

class CylinderNode final : public PrimitiveNode {
 public:
  CylinderNode(float radius, float half_height)
      : PrimitiveNode(symmetricBox(Vec3(radius, half_height, radius))), radius_(radius), half_height_(half_height) {}
  float distance(const Vec3& p) const override {
    const Vec2 d(std::hypot(p.x(), p.z()) - radius_, std::abs(p.y()) - half_height_);
    return std::min(std::max(d.x(), d.y()), 0.0f) + d.cwiseMax(0.0f).norm();
  }

 private:
  float radius_, half_height_;
};

// Quilez's sdCappedCone, centred: bottom radius at y = -h, top at y = +h.
class ConeNode final : public PrimitiveNode {
 public:
  ConeNode(float radius_bottom, float radius_top, float height)
      : PrimitiveNode(Box{Vec3(-std::max(radius_bottom, radius_top), 0.0f, -std::max(radius_bottom, radius_top)),
                          Vec3(std::max(radius_bottom, radius_top), height, std::max(radius_bottom, radius_top))}),
        r1_(radius_bottom), r2_(radius_top), h_(0.5f * height) {}
  float distance(const Vec3& p_world) const override {
    const Vec2 q(std::hypot(p_world.x(), p_world.z()), p_world.y() - h_);
    const Vec2 k1(r2_, h_);
    const Vec2 k2(r2_ - r1_, 2.0f * h_);
    const Vec2 ca(q.x() - std::min(q.x(), q.y() < 0.0f ? r1_ : r2_), std::abs(q.y()) - h_);
    const float k2_len2 = k2.squaredNorm();
    const float t = k2_len2 > 0.0f ? std::clamp((k1 - q).dot(k2) / k2_len2, 0.0f, 1.0f) : 0.0f;
    const Vec2 cb = q - k1 + k2 * t;
    const float s = (cb.x() < 0.0f && ca.y() < 0.0f) ? -1.0f : 1.0f;
    return s * std::sqrt(std::min(ca.squaredNorm(), cb.squaredNorm()));
  }

 private:
  float r1_, r2_, h_;
};

class TorusNode final : public PrimitiveNode {
 public:
  TorusNode(float major, float minor)
      : PrimitiveNode(symmetricBox(Vec3(major + minor, minor, major + minor))), major_(major), minor_(minor) {}
  float distance(const Vec3& p) const override {
    return std::hypot(std::hypot(p.x(), p.z()) - major_, p.y()) - minor_;
  }

 private:
  float major_, minor_;
};

// Quilez's first-order ellipsoid bound k0 (k0 - 1) / k1: exact on the surface,
// close to the true distance near it.
class EllipsoidNode final : public PrimitiveNode {
 public:
  explicit EllipsoidNode(const Vec3& radii)
      : PrimitiveNode(symmetricBox(radii)), inv_r_(radii.cwiseInverse()),
        inv_r2_(radii.cwiseProduct(radii).cwiseInverse()), min_radius_(radii.minCoeff()) {}
  float distance(const Vec3& p) const override {
    const float k0 = p.cwiseProduct(inv_r_).norm();
    const float k1 = p.cwiseProduct(inv_r2_).norm();
    if (k1 <= 0.0f) return -min_radius_;
    // Quilez's estimate k0(k0-1)/k1 is close to the true distance but can
    // overshoot it for flat ellipsoids, which would let the narrow-band
    // mesher skip blocks that hold surface (holes). min_radius·(k0-1) is a
    // guaranteed bound (x → x/r is 1/min_radius-Lipschitz); of the two,
    // the smaller magnitude is still a bound and the tighter one.
    const float estimate = k0 * (k0 - 1.0f) / k1;
    const float bound = min_radius_ * (k0 - 1.0f);
    return std::abs(estimate) < std::abs(bound) ? estimate : bound;
  }

 private:
  Vec3 inv_r_, inv_r2_;
  float min_radius_;
};

Box polygonBox2d(const std::vector<Vec2>& polygon) {
  Box box;
  for (const Vec2& v : polygon) box.extend(Vec3(v.x(), v.y(), 0.0f));
  return box;
}

class RevolveNode final : public PrimitiveNode {
 public:
  // Points left of the axis are moved onto it: the profile is a half-plane section.
  explicit RevolveNode(std::vector<Vec2> profile)
      : PrimitiveNode(revolveBox(profile)), profile_(onAxisSide(std::move(profile)), true) {}
  float distance(const Vec3& p) const override {
    return profile_.distance(Vec2(std::hypot(p.x(), p.z()), p.y()));
  }

 private:
  static Box revolveBox(const std::vector<Vec2>& profile) {
    if (profile.size() < 3) return Box{};
    const Box b = polygonBox2d(profile);
    const float r = std::max(std::abs(b.min.x()), std::abs(b.max.x()));
    return {Vec3(-r, b.min.y(), -r), Vec3(r, b.max.y(), r)};
  }
  static std::vector<Vec2> onAxisSide(std::vector<Vec2> profile) {
    for (Vec2& v : profile) v.x() = std::max(v.x(), 0.0f);
    return profile;
  }
  detail::PolygonField profile_;
};

class ExtrudeNode final : public PrimitiveNode {
 public:
  ExtrudeNode(std::vector<Vec2> polygon, float half_depth)
      : PrimitiveNode(extrudeBox(polygon, half_depth)), polygon_(std::move(polygon), false), half_depth_(half_depth) {}
  float distance(const Vec3& p) const override {
    const Vec2 w(polygon_.distance(Vec2(p.x(), p.y())), std::abs(p.z()) - half_depth_);
    return std::min(std::max(w.x(), w.y()), 0.0f) + w.cwiseMax(0.0f).norm();
  }

 private:
  static Box extrudeBox(const std::vector<Vec2>& polygon, float half_depth) {
    if (polygon.size() < 3) return Box{};
    Box b = polygonBox2d(polygon);
    b.min.z() = -half_depth;
    b.max.z() = half_depth;
    return b;
  }
  detail::PolygonField polygon_;
  float half_depth_;
};

// One span of a sweep: Quilez's exact sdRoundCone between spheres (a, ra) and
// (b, rb), evaluated in double because it squares squared lengths.
struct RoundCone {
  Eigen::Vector3d a, ba;
  double ra, rb, l2, rr, a2, il2;
  Box box;
  bool degenerate;  // one end sphere contains the other (or a == b)

  RoundCone(const Vec3& from, const Vec3& to, float r_from, float r_to) {
    a = from.cast<double>();
    ba = (to - from).cast<double>();
    ra = r_from;
    rb = r_to;
    l2 = ba.squaredNorm();
    rr = ra - rb;
    a2 = l2 - rr * rr;
    degenerate = a2 <= 1e-12 * std::max(l2, 1.0);
    il2 = l2 > 0.0 ? 1.0 / l2 : 0.0;
    box = Box{from.cwiseMin(to) - Vec3::Constant(std::max(r_from, r_to)),
              from.cwiseMax(to) + Vec3::Constant(std::max(r_from, r_to))};
  }

  double distance(const Vec3& p_float) const {
    const Eigen::Vector3d pa = p_float.cast<double>() - a;
    if (degenerate) {
      return std::min(pa.norm() - ra, (pa - ba).norm() - rb);
    }
    const double y = pa.dot(ba);
    const double z = y - l2;
    const double x2 = (pa * l2 - ba * y).squaredNorm();
    const double y2 = y * y * l2;
    const double z2 = z * z * l2;
    const double k = (rr > 0.0 ? 1.0 : (rr < 0.0 ? -1.0 : 0.0)) * rr * rr * x2;
    const double sign_z = z > 0.0 ? 1.0 : (z < 0.0 ? -1.0 : 0.0);
    const double sign_y = y > 0.0 ? 1.0 : (y < 0.0 ? -1.0 : 0.0);
    if (sign_z * a2 * z2 > k) return std::sqrt(x2 + z2) * il2 - rb;
    if (sign_y * a2 * y2 < k) return std::sqrt(x2 + y2) * il2 - ra;
    return (std::sqrt(x2 * a2 * il2) + y * rr) * il2 - ra;
  }
};

// Outside its box a span is at least the box distance away; a point inside
// the box can be anywhere below zero.
inline bool cannotBeat(float box_distance, double best) { return box_distance > 0.0f && box_distance >= best; }

class SweepNode final : public PrimitiveNode {
 public:
  explicit SweepNode(std::vector<RoundCone> spans)
      : PrimitiveNode(spansBox(spans)), spans_(std::move(spans)), run_boxes_(runBoxes(spans_)) {}
  float distance(const Vec3& p) const override {
    // Spans whose box is already farther than the best distance cannot win
    // (inside one span, any span whose box holds p still can: it may reach
    // deeper). Spans come in runs of kRun along the path, each run with its box: the
    // run with the nearest box is measured first, then only runs (and spans)
    // whose box is nearer than the best so far. The minimum is the same in
    // any order.
    double best = std::numeric_limits<double>::max();
    const size_t runs = run_boxes_.size();
    if (runs == 0) return std::numeric_limits<float>::max();
    auto measureRun = [&](size_t r) {
      const size_t end = std::min(spans_.size(), (r + 1) * kRun);
      for (size_t i = r * kRun; i < end; ++i) {
        if (cannotBeat(detail::boxDistance(spans_[i].box, p), best)) continue;
        best = std::min(best, spans_[i].distance(p));
      }
    };
    if (runs > kMaxRuns) {
      for (size_t r = 0; r < runs; ++r) {
        if (!cannotBeat(detail::boxDistance(run_boxes_[r], p), best)) measureRun(r);
      }
      return static_cast<float>(best);
    }
    std::array<float, kMaxRuns> run_distance;
    size_t nearest = 0;
    for (size_t r = 0; r < runs; ++r) {
      run_distance[r] = detail::boxDistance(run_boxes_[r], p);
      if (run_distance[r] < run_distance[nearest]) nearest = r;
    }
    measureRun(nearest);
    for (size_t r = 0; r < runs; ++r) {
      if (r != nearest && !cannotBeat(run_distance[r], best)) measureRun(r);
    }
    return static_cast<float>(best);
  }

 private:
  static Box spansBox(const std::vector<RoundCone>& spans) {
    Box box;
    for (const RoundCone& s : spans) box.extend(s.box);
    return box;
  }
  static std::vector<Box> runBoxes(const std::vector<RoundCone>& spans) {
    std::vector<Box> boxes((spans.size() + kRun - 1) / kRun);
    for (size_t i = 0; i < spans.size(); ++i) boxes[i / kRun].extend(spans[i].box);
    return boxes;
  }
  static constexpr size_t kRun = 8;
  static constexpr size_t kMaxRuns = 256;
  std::vector<RoundCone> spans_;
  std::vector<Box> run_boxes_;
};

}  // namespace

namespace {

// One edge's share of polygonDistance: the squared distance from p to the
// edge a→b, and whether the edge flips the crossing-number sign. Both
// implementations call this, so they agree bit for bit.
inline float edgeDistance2(const Vec2& a, const Vec2& b, const Vec2& p) {
  const Vec2 e = b - a;
  const Vec2 w = p - a;
  const float e2 = e.squaredNorm();
  const Vec2 q = w - e * (e2 > 0.0f ? std::clamp(w.dot(e) / e2, 0.0f, 1.0f) : 0.0f);
  return q.squaredNorm();
}

inline bool edgeFlipsSign(const Vec2& a, const Vec2& b, const Vec2& p) {
  const Vec2 e = b - a;
  const Vec2 w = p - a;
  const bool c0 = p.y() >= a.y();
  const bool c1 = p.y() < b.y();
  const bool c2 = e.x() * w.y() > e.y() * w.x();
  return (c0 && c1 && c2) || (!c0 && !c1 && !c2);
}

}  // namespace

float detail::polygonDistance(const std::vector<Vec2>& polygon, const Vec2& p, bool skip_axis_edges) {
  const size_t n = polygon.size();
  if (n == 0) return std::numeric_limits<float>::max();
  float d = std::numeric_limits<float>::max();
  float s = 1.0f;
  for (size_t i = 0, j = n - 1; i < n; j = i, ++i) {
    const bool on_axis = skip_axis_edges && polygon[i].x() == 0.0f && polygon[j].x() == 0.0f;
    if (!on_axis) d = std::min(d, edgeDistance2(polygon[i], polygon[j], p));
    if (edgeFlipsSign(polygon[i], polygon[j], p)) s = -s;
  }
  return n < 3 ? std::sqrt(d) : s * std::sqrt(d);
}

detail::PolygonField::PolygonField(std::vector<Vec2> polygon, bool skip_axis_edges) : polygon_(std::move(polygon)) {
  const size_t n = polygon_.size();
  if (n == 0) return;
  float y_min = std::numeric_limits<float>::max(), y_max = std::numeric_limits<float>::lowest();
  edges_.reserve(n);
  for (size_t i = 0, j = n - 1; i < n; j = i, ++i) {
    const bool on_axis = skip_axis_edges && polygon_[i].x() == 0.0f && polygon_[j].x() == 0.0f;
    edges_.push_back({polygon_[i], polygon_[j], !on_axis});
    y_min = std::min(y_min, polygon_[i].y());
    y_max = std::max(y_max, polygon_[i].y());
  }
  // About one edge per slab for a profile running up the axis; a polygon of
  // non-finite points keeps a single slab (the plain loop).
  slabs_ = std::isfinite(y_min) && std::isfinite(y_max) && y_max > y_min
               ? static_cast<int>(std::clamp<size_t>(n / 2, 1, 512))
               : 1;
  y0_ = std::isfinite(y_min) ? y_min : 0.0f;
  height_ = slabs_ > 1 ? (y_max - y_min) / static_cast<float>(slabs_) : 1.0f;
  inv_height_ = 1.0f / height_;
  std::vector<std::vector<std::uint32_t>> slabs(static_cast<size_t>(slabs_));
  for (size_t k = 0; k < edges_.size(); ++k) {
    const Edge& edge = edges_[k];
    const int first = slabOf(std::min(edge.from.y(), edge.to.y()));
    const int last = slabOf(std::max(edge.from.y(), edge.to.y()));
    for (int s = first; s <= last; ++s) slabs[static_cast<size_t>(s)].push_back(static_cast<std::uint32_t>(k));
  }
  slab_start_.push_back(0);
  for (const auto& slab : slabs) {
    slab_edges_.insert(slab_edges_.end(), slab.begin(), slab.end());
    slab_start_.push_back(static_cast<std::uint32_t>(slab_edges_.size()));
  }
}

// Monotone in y (subtraction, scaling and floor all are), so an edge whose
// height range holds y is filed in the slab slabOf(y) names.
int detail::PolygonField::slabOf(float y) const {
  if (slabs_ <= 1 || !(y > y0_)) return 0;
  const float k = std::floor((y - y0_) * inv_height_);
  return k >= static_cast<float>(slabs_ - 1) ? slabs_ - 1 : static_cast<int>(k);
}

float detail::PolygonField::distance(const Vec2& p) const {
  if (edges_.empty()) return std::numeric_limits<float>::max();
  if (slabs_ <= 1 || !std::isfinite(p.y())) {
    return detail::polygonDistance(polygon_, p, !std::all_of(edges_.begin(), edges_.end(),
                                                             [](const Edge& e) { return e.surface; }));
  }
  const int home = slabOf(p.y());
  float d = std::numeric_limits<float>::max();
  float s = 1.0f;
  // Every edge that can flip the sign spans p.y, so it is filed in p's slab.
  for (std::uint32_t i = slab_start_[home]; i < slab_start_[home + 1]; ++i) {
    const Edge& edge = edges_[slab_edges_[i]];
    if (edge.surface) d = std::min(d, edgeDistance2(edge.from, edge.to, p));
    if (edgeFlipsSign(edge.from, edge.to, p)) s = -s;
  }
  // An edge filed only beyond slabs [lo, hi] lies wholly above or below them,
  // at least the vertical gap away; widen towards the nearer gap until that
  // gap (less a rounding margin) cannot beat the best edge found.
  const float margin =
      1e-3f * height_ + 1e-5f * (std::abs(y0_) + std::abs(p.y()) + height_ * static_cast<float>(slabs_));
  int lo = home, hi = home;
  while (lo > 0 || hi < slabs_ - 1) {
    const float below = lo > 0 ? p.y() - (y0_ + static_cast<float>(lo) * height_) : std::numeric_limits<float>::max();
    const float above =
        hi < slabs_ - 1 ? (y0_ + static_cast<float>(hi + 1) * height_) - p.y() : std::numeric_limits<float>::max();
    const float gap = std::min(below, above) - margin;
    if (gap > 0.0f && gap * gap >= d) break;
    const int k = below <= above ? --lo : ++hi;
    for (std::uint32_t i = slab_start_[k]; i < slab_start_[k + 1]; ++i) {
      const Edge& edge = edges_[slab_edges_[i]];
      if (edge.surface) d = std::min(d, edgeDistance2(edge.from, edge.to, p));
    }
  }
  return polygon_.size() < 3 ? std::sqrt(d) : s * std::sqrt(d);
}

Sdf sphere(float radius) { return Sdf(std::make_shared<SphereNode>(radius)); }

Sdf box(const Vec3& half_size) { return Sdf(std::make_shared<BoxNode>(half_size, 0.0f)); }

Sdf roundBox(const Vec3& half_size, float radius) {
  const float r = std::clamp(radius, 0.0f, half_size.minCoeff());
  return Sdf(std::make_shared<BoxNode>(half_size, r));
}

Sdf capsule(const Vec3& a, const Vec3& b, float radius) {
  return Sdf(std::make_shared<CapsuleNode>(a, b, radius));
}

Sdf cylinder(float radius, float half_height) {
  return Sdf(std::make_shared<CylinderNode>(radius, half_height));
}

Sdf cone(float radius_bottom, float radius_top, float height) {
  return Sdf(std::make_shared<ConeNode>(radius_bottom, radius_top, height));
}

Sdf torus(float major, float minor) { return Sdf(std::make_shared<TorusNode>(major, minor)); }

Sdf ellipsoid(const Vec3& radii) { return Sdf(std::make_shared<EllipsoidNode>(radii)); }

Sdf revolve(std::vector<Vec2> profile) {
  if (profile.size() < 3) return Sdf(std::make_shared<detail::EmptyNode>());
  return Sdf(std::make_shared<RevolveNode>(std::move(profile)));
}

Sdf extrude(std::vector<Vec2> polygon, float half_depth) {
  if (polygon.size() < 3) return Sdf(std::make_shared<detail::EmptyNode>());
  return Sdf(std::make_shared<ExtrudeNode>(std::move(polygon), half_depth));
}

Sdf sweep(std::vector<Vec3> path, float radius) { return sweep(std::move(path), radius, radius); }

Sdf sweep(std::vector<Vec3> path, float radius_start, float radius_end) {
  if (path.empty()) return Sdf(std::make_shared<detail::EmptyNode>());
  // The radius varies linearly with arc length.
  std::vector<double> arc(path.size(), 0.0);
  for (size_t i = 1; i < path.size(); ++i) arc[i] = arc[i - 1] + (path[i] - path[i - 1]).norm();
  const double total = arc.back();
  auto radiusAt = [&](size_t i) {
    const double t = total > 0.0 ? arc[i] / total : 0.0;
    return static_cast<float>(radius_start + (radius_end - radius_start) * t);
  };
  std::vector<RoundCone> spans;
  for (size_t i = 1; i < path.size(); ++i) {
    if (path[i] == path[i - 1]) continue;
    spans.emplace_back(path[i - 1], path[i], radiusAt(i - 1), radiusAt(i));
  }
  if (spans.empty()) spans.emplace_back(path[0], path[0], radius_start, radius_start);
  return Sdf(std::make_shared<SweepNode>(std::move(spans)));
}

std::vector<Vec3> catmullRom(const std::vector<Vec3>& control_points, int samples_per_segment) {
  const size_t n = control_points.size();
  if (n < 2) return control_points;
  const int steps = std::max(samples_per_segment, 1);
  std::vector<Vec3> out;
  out.reserve((n - 1) * static_cast<size_t>(steps) + 1);
  // Uniform Catmull-Rom with the end points repeated as phantom neighbours.
  for (size_t i = 0; i + 1 < n; ++i) {
    const Vec3& p0 = control_points[i == 0 ? 0 : i - 1];
    const Vec3& p1 = control_points[i];
    const Vec3& p2 = control_points[i + 1];
    const Vec3& p3 = control_points[std::min(i + 2, n - 1)];
    for (int s = 0; s < steps; ++s) {
      const float t = static_cast<float>(s) / static_cast<float>(steps);
      const float t2 = t * t;
      const float t3 = t2 * t;
      out.push_back(0.5f * ((2.0f * p1) + (p2 - p0) * t + (2.0f * p0 - 5.0f * p1 + 4.0f * p2 - p3) * t2 +
                            (3.0f * p1 - p0 - 3.0f * p2 + p3) * t3));
    }
  }
  out.push_back(control_points.back());
  return out;
}

}  // namespace kiln::geometry
