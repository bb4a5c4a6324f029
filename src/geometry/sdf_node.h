#pragma once
// Internal helpers shared by the SDF node implementations.

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <vector>

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

/// Nothing: every point is outside, infinitely far (what a union of no parts is).
class EmptyNode final : public PrimitiveNode {
 public:
  EmptyNode() : PrimitiveNode(Box{}) {}
  float distance(const Vec3&) const override { return std::numeric_limits<float>::max(); }
};

/// Exact distance to a closed 2D polygon (Quilez, "2D distance functions"),
/// negative inside by the crossing-number rule. Fewer than three vertices
/// enclose nothing, so the result is then the (positive) distance to them.
/// With `skip_axis_edges`, edges lying on x = 0 are not surface (the axis of a
/// solid of revolution) and only count for the inside test.
float polygonDistance(const std::vector<Vec2>& polygon, const Vec2& p, bool skip_axis_edges = false);

/// polygonDistance for a polygon sampled millions of times (lathe profiles,
/// extruded outlines): the edges are bucketed by height, so a query reads the
/// edges of its own slab for the inside test and widens slab by slab only
/// while a nearer edge is still possible. Same edge arithmetic, same minimum,
/// so the result equals polygonDistance bit for bit.
class PolygonField {
 public:
  PolygonField(std::vector<Vec2> polygon, bool skip_axis_edges);
  float distance(const Vec2& p) const;
  const std::vector<Vec2>& polygon() const { return polygon_; }

 private:
  struct Edge {
    Vec2 from, to;  // polygon[i], polygon[j] of polygonDistance's loop
    bool surface;   // false for an axis edge: counts for inside, not distance
  };
  int slabOf(float y) const;
  std::vector<Vec2> polygon_;
  std::vector<Edge> edges_;
  std::vector<std::uint32_t> slab_start_;  // slab k's edges: slab_edges_[slab_start_[k] .. slab_start_[k+1])
  std::vector<std::uint32_t> slab_edges_;
  float y0_ = 0.0f, height_ = 1.0f, inv_height_ = 1.0f;
  int slabs_ = 0;
};

}  // namespace kiln::geometry::detail
