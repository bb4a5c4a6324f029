#pragma once
// Signed distance field modelling kernel. An Sdf is an immutable expression
// tree of primitives and operators; distance(p) < 0 inside, > 0 outside, in
// millimetres. Primitive distances are exact; operators (smooth booleans,
// displacement, rounding of non-exact fields) return distance *bounds*, so
// mesh only at the zero level (Quilez, "distance functions"; REFERENCES.md).
//
// Primitives are centred at the origin with Y up unless stated otherwise.
// Every node also carries a material slot so a meshed surface can be split
// into material primitives: sample(p).material is the slot of the part that
// is nearest at p (for smooth unions, the one that dominates the blend).

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

#include "geometry/mesh.h"

namespace kiln::geometry {

/// A sample of the field: distance bound (mm) and the material slot there.
struct SdfSample {
  float distance;
  uint32_t material;
};

/// One node of an SDF expression tree. Implementations must be pure and
/// thread-safe: meshing evaluates one tree from many threads at once.
class Sdf;

class SdfNode {
 public:
  virtual ~SdfNode() = default;
  /// Distance bound at `p`.
  virtual float distance(const Vec3& p) const = 0;
  /// Distance bound and material at `p`.
  virtual SdfSample sample(const Vec3& p) const = 0;
  /// A box that contains every point with distance <= 0.
  virtual Box bounds() const = 0;
  /// This field as seen from inside `region` only (`self` is this node's own
  /// handle): wherever the field is within `margin` of zero the result is the
  /// same value, and elsewhere it stays on the same side of ±margin. Unions
  /// drop the parts whose box is `margin` or more away, so the mesher asks once
  /// per block of voxels and then reads them all from a smaller tree. The
  /// default keeps the node whole.
  virtual Sdf pruned(const Sdf& self, const Box& region, float margin) const;
};

/// Value handle to an immutable SDF tree. Copies share nodes: subtrees are
/// reused across parents (an archetype's leg is one node used four times),
/// which is why this holds a shared_ptr to const rather than a unique_ptr.
class Sdf {
 public:
  Sdf() = default;
  explicit Sdf(std::shared_ptr<const SdfNode> node) : node_(std::move(node)) {}

  float distance(const Vec3& p) const { return node_->distance(p); }
  SdfSample sample(const Vec3& p) const { return node_->sample(p); }
  Box bounds() const { return node_->bounds(); }
  /// See SdfNode::pruned.
  Sdf pruned(const Box& region, float margin) const { return node_->pruned(*this, region, margin); }
  bool valid() const { return node_ != nullptr; }
  const std::shared_ptr<const SdfNode>& node() const { return node_; }

 private:
  std::shared_ptr<const SdfNode> node_;
};

// --- Primitives (all lengths in mm; material slot 0 until withMaterial) ---

/// Sphere of `radius` at the origin.
Sdf sphere(float radius);
/// Box with half extents `half_size`.
Sdf box(const Vec3& half_size);
/// Box with half extents `half_size` whose edges are rounded by `radius`
/// (the outer size stays `2 * half_size`); radius is clamped to the smallest half extent.
Sdf roundBox(const Vec3& half_size, float radius);
/// Capsule: segment a→b swept by a sphere of `radius`.
Sdf capsule(const Vec3& a, const Vec3& b, float radius);
/// Capped cylinder along Y, from y = -half_height to +half_height.
Sdf cylinder(float radius, float half_height);
/// Capped cone (frustum) along Y: radius `radius_bottom` at y = 0, `radius_top` at y = height.
Sdf cone(float radius_bottom, float radius_top, float height);
/// Torus in the XZ plane: ring radius `major`, tube radius `minor`.
Sdf torus(float major, float minor);
/// Ellipsoid with semi-axes `radii` (Quilez's first-order estimate: exact on the
/// surface, close to the distance near it, not exact farther away).
Sdf ellipsoid(const Vec3& radii);
/// Solid of revolution about Y of a closed 2D profile polygon given as
/// (radius, y) points (x >= 0). The polygon is closed implicitly.
Sdf revolve(std::vector<Vec2> profile);
/// A closed 2D polygon in the XY plane (any winding, non-self-intersecting),
/// extruded along Z from -half_depth to +half_depth.
Sdf extrude(std::vector<Vec2> polygon, float half_depth);
/// A tube of `radius` swept along a polyline (at least 2 points).
Sdf sweep(std::vector<Vec3> path, float radius);
/// A tube whose radius varies linearly from `radius_start` to `radius_end` along the path.
Sdf sweep(std::vector<Vec3> path, float radius_start, float radius_end);
/// Points of a Catmull-Rom spline through `control_points`, `samples_per_segment` per span;
/// feed to sweep() for a smooth tube.
std::vector<Vec3> catmullRom(const std::vector<Vec3>& control_points, int samples_per_segment);

/// One elliptical cross-section of a loft: at height `y`, semi-axes
/// `radius_x` and `radius_z` around the centre (center_x, center_z).
struct LoftSection {
  float y = 0.0f;
  float radius_x = 0.0f;
  float radius_z = 0.0f;
  float center_x = 0.0f;
  float center_z = 0.0f;
};
/// A solid through elliptical sections stacked along Y (any order; at least
/// two distinct heights, else empty), interpolated smoothly (Catmull-Rom) and
/// closed by flat caps at the lowest and highest section. A distance bound.
Sdf loft(std::vector<LoftSection> sections);

// --- Transforms ---

Sdf translate(Sdf sdf, const Vec3& offset);
/// Rotation by `angle_rad` about unit `axis`.
Sdf rotate(Sdf sdf, const Vec3& axis, float angle_rad);
/// Uniform scale (keeps the field a distance bound).
Sdf scale(Sdf sdf, float factor);
/// Any rigid transform (rotation + translation); world_from_local maps part space to world.
/// Non-rigid invertible maps are accepted too: the distance is then scaled by
/// the smallest singular value so it stays a bound. Nested transforms fold into one node.
Sdf transformed(Sdf sdf, const Affine& world_from_local);

// --- Booleans ---

Sdf unite(Sdf a, Sdf b);
/// N-ary union; skips parts whose bounds are farther than the current nearest
/// (for a point outside their bounds), starting from the part with the nearest bounds.
Sdf unite(std::vector<Sdf> parts);
Sdf intersect(Sdf a, Sdf b);
/// a minus b.
Sdf subtract(Sdf a, Sdf b);
/// Polynomial smooth minimum with blend radius k (mm):
/// h = clamp(0.5 + 0.5(b − a)/k, 0, 1); mix(b, a, h) − k·h·(1 − h).
Sdf smoothUnion(Sdf a, Sdf b, float k);
Sdf smoothIntersect(Sdf a, Sdf b, float k);
/// a minus b, blended with radius k.
Sdf smoothSubtract(Sdf a, Sdf b, float k);

/// The scalar smooth minimum above, exposed for tests and custom nodes.
float smoothMin(float a, float b, float k);

// --- Modifiers ---

/// Hollow shell of `thickness` around the surface (|d| - thickness/2).
Sdf shell(Sdf sdf, float thickness);
/// Grows the surface outward by `radius`, rounding convex edges (d - radius).
Sdf rounded(Sdf sdf, float radius);
/// Mirror across the plane through the origin with normal along `axis` (0=X,1=Y,2=Z):
/// the half with positive coordinate is reflected onto the negative side.
Sdf mirror(Sdf sdf, int axis);
/// `count` copies spaced `spacing` along each axis with count > 1, centred on the origin.
Sdf repeat(Sdf sdf, const Vec3& spacing, const Eigen::Vector3i& count);
/// Sets the material slot of every point of `sdf`.
Sdf withMaterial(Sdf sdf, uint32_t material);
/// Adds `offset` to every material slot of `sdf` (to combine two models'
/// slot lists into one).
Sdf offsetMaterial(Sdf sdf, uint32_t offset);

/// Seeded gradient noise (Perlin-style) summed over octaves.
struct NoiseParams {
  uint64_t seed = 0;
  float amplitude_mm = 1.0f;   // peak displacement of the first octave
  float wavelength_mm = 10.0f; // spatial period of the first octave
  int octaves = 3;             // each octave halves wavelength and amplitude
  /// Dents instead of waves: the surface is pushed in only where the noise
  /// peaks (about a fifth of it), as rounded dimples up to amplitude_mm deep
  /// (negative amplitudes raise bumps instead); octaves are ignored.
  bool dents = false;
};
/// Gradient noise in [-1, 1] (approximately) at p, deterministic for a seed.
float gradientNoise(const Vec3& p, uint64_t seed);
/// Fractal sum of gradientNoise as described by params, in mm (the dimples
/// of NoiseParams::dents when set).
float fractalNoise(const Vec3& p, const NoiseParams& params);
/// Adds fractalNoise to the distance (bounds grow by the total amplitude).
/// The sum is divided by 1 + the noise's steepest slope so it stays a distance
/// bound (meshing skips blocks on that basis); the surface is unchanged.
Sdf displace(Sdf sdf, const NoiseParams& params);

// --- Queries ---

/// The height of the surface's lowest (`direction` < 0) or highest (> 0)
/// point inside `region`, found to within `tolerance` mm from the field
/// itself rather than its conservative bounds (which rotations, blends and
/// noise inflate). Columns of the region narrower than `column_width` are
/// followed along their centre line only, so a feature thinner than that can
/// be missed. Nothing when the region holds no surface or the search takes
/// more than `max_evaluations` samples (then use the bounds).
std::optional<float> surfaceExtreme(const Sdf& sdf, const Box& region, float direction, float tolerance,
                                    float column_width, int max_evaluations = 4000);

}  // namespace kiln::geometry
