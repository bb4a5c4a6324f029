#pragma once
// Internal helpers shared by the SDF node implementations.

#include <algorithm>
#include <cmath>

#include "geometry/sdf.h"

namespace kiln::geometry::detail {

/// Euclidean distance from p to the box (0 inside); a lower bound of the
/// distance to anything the box contains, which is what bounds culling needs.
inline float boxDistance(const Box& box, const Vec3& p) {
  const Vec3 outside = (box.min - p).cwiseMax(p - box.max).cwiseMax(0.0f);
  return outside.norm();
}

/// A node whose bounds are computed once at construction: meshing asks for
/// child bounds in the inner loop of every union.
class BoundedNode : public SdfNode {
 public:
  Box bounds() const final { return bounds_; }

 protected:
  explicit BoundedNode(const Box& bounds) : bounds_(bounds) {}
  Box bounds_;
};

/// A node that has no material of its own: sample() reports slot 0.
class PrimitiveNode : public BoundedNode {
 public:
  SdfSample sample(const Vec3& p) const final { return {distance(p), 0}; }

 protected:
  using BoundedNode::BoundedNode;
};

/// Exact distance to a closed 2D polygon (Quilez, "2D distance functions"),
/// negative inside by the crossing-number rule. Fewer than three vertices
/// enclose nothing, so the result is then the (positive) distance to them.
/// With `skip_axis_edges`, edges lying on x = 0 are not surface (the axis of a
/// solid of revolution) and only count for the inside test.
float polygonDistance(const std::vector<Vec2>& polygon, const Vec2& p, bool skip_axis_edges = false);

}  // namespace kiln::geometry::detail
