#pragma once
// Mesh: indexed triangles with optional per-vertex attributes and material
// slots. Positions are in millimetres, Y up, right-handed; triangles wind
// counter-clockwise seen from outside (outward normals).

#include <Eigen/Core>
#include <Eigen/Geometry>

#include <array>
#include <functional>
#include <cstdint>
#include <limits>
#include <string>
#include <vector>

namespace kiln::geometry {

using Vec2 = Eigen::Vector2f;
using Vec3 = Eigen::Vector3f;
using Vec4 = Eigen::Vector4f;
using Affine = Eigen::Affine3f;

/// Axis-aligned box; empty() when min > max on any axis.
struct Box {
  Vec3 min = Vec3::Constant(std::numeric_limits<float>::max());
  Vec3 max = Vec3::Constant(std::numeric_limits<float>::lowest());

  bool empty() const { return (min.array() > max.array()).any(); }
  Vec3 size() const { return empty() ? Vec3::Zero() : Vec3(max - min); }
  Vec3 center() const { return (min + max) * 0.5f; }
  void extend(const Vec3& p) { min = min.cwiseMin(p); max = max.cwiseMax(p); }
  void extend(const Box& b) { if (!b.empty()) { extend(b.min); extend(b.max); } }
  Box padded(float margin) const {
    return {min - Vec3::Constant(margin), max + Vec3::Constant(margin)};
  }
};

/// A metallic-roughness material (glTF 2.0 core). Colours are linear RGBA.
struct Material {
  std::string name = "default";
  Vec4 base_color = Vec4(0.8f, 0.8f, 0.8f, 1.0f);
  float metallic = 0.0f;
  float roughness = 0.8f;
  Vec3 emissive = Vec3::Zero();
};

/// A run of triangles that share one material: triangles
/// [first_triangle, first_triangle + triangle_count) use materials[material].
struct SubMesh {
  uint32_t material = 0;
  uint32_t first_triangle = 0;
  uint32_t triangle_count = 0;
};

/// Indexed triangle mesh. Invariants (checked by validate()):
/// - indices.size() is a multiple of 3 and every index < positions.size();
/// - normals / uvs / colors are either empty or positions.size() long;
/// - submeshes cover all triangles in order without overlap (an empty
///   submeshes list means one slot, material 0); materials is non-empty when
///   submeshes is.
/// Thread-safety: a plain value; concurrent reads are safe.
struct Mesh {
  std::vector<Vec3> positions;  // millimetres
  std::vector<Vec3> normals;    // unit length, optional
  std::vector<Vec2> uvs;        // optional
  std::vector<Vec4> colors;     // linear RGBA, optional
  std::vector<uint32_t> indices;
  std::vector<SubMesh> submeshes;
  std::vector<Material> materials;

  size_t vertexCount() const { return positions.size(); }
  size_t triangleCount() const { return indices.size() / 3; }
  std::array<uint32_t, 3> triangle(size_t t) const {
    return {indices[3 * t], indices[3 * t + 1], indices[3 * t + 2]};
  }
  /// The submeshes, or one covering everything with material 0 when none are set.
  std::vector<SubMesh> effectiveSubmeshes() const;
  /// True when the invariants above hold.
  bool validate() const;
};

/// Bounding box of the positions (empty box for an empty mesh).
Box boundingBox(const Mesh& mesh);

/// Signed volume in mm³ (positive for a closed, outward-oriented mesh).
double volume(const Mesh& mesh);

/// Total surface area in mm².
double surfaceArea(const Mesh& mesh);

/// Applies `transform` to positions and (inverse-transpose) to normals; flips
/// the winding when the transform mirrors, so normals stay outward.
void transform(Mesh& mesh, const Affine& transform);

/// Recomputes smooth per-vertex normals (area- and angle-weighted face normals).
void computeNormals(Mesh& mesh);

/// Edge topology measured on positions welded by exact equality (so a mesh
/// split into material primitives or flat-shaded is judged as one surface).
struct TopologyReport {
  size_t boundary_edges = 0;       // edges used by exactly one triangle
  size_t non_manifold_edges = 0;   // edges used by three or more triangles
  size_t misoriented_edges = 0;    // two triangles traverse the edge in the same direction
  size_t degenerate_triangles = 0; // repeated vertex or zero area
  size_t components = 0;           // connected components (by shared welded vertices)

  /// Every edge shared by exactly two consistently oriented triangles.
  bool isManifold() const { return non_manifold_edges == 0 && misoriented_edges == 0 && boundary_edges == 0; }
  /// Closed surface: no boundary edges and manifold.
  bool isWatertight() const { return isManifold() && degenerate_triangles == 0; }
};

TopologyReport analyzeTopology(const Mesh& mesh);

/// Labels each triangle with its connected component (0-based); returns the
/// number of components. Triangles are connected when they share a welded vertex.
size_t connectedComponents(const Mesh& mesh, std::vector<uint32_t>& triangle_component);

/// Keeps the connected components for which keep(triangles, is_largest) is
/// true — `triangles` is the component's triangle count, `is_largest` holds
/// for one component with the most triangles (the first, by component order)
/// — with their material slots, and drops vertices no longer used (with
/// their normals, UVs and colours). Returns the number of triangles removed.
size_t keepComponents(Mesh& mesh, const std::function<bool(size_t triangles, bool is_largest)>& keep);

/// Merges vertices with bit-identical positions (attributes of the first kept),
/// removes degenerate triangles. Keeps submeshes.
void weldVertices(Mesh& mesh);

/// Gives every triangle its own three vertices with the face normal, for a
/// faceted low-poly look. Positions stay bit-identical, so topology checks
/// still see a closed surface.
void flatShade(Mesh& mesh);

/// Sorts triangles by material and rebuilds `submeshes` from a per-triangle
/// material list (size triangleCount()).
void assignMaterials(Mesh& mesh, const std::vector<uint32_t>& triangle_material);

}  // namespace kiln::geometry
