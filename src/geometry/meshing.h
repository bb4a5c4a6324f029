#pragma once
// SDF → triangle mesh through an OpenVDB narrow-band level set.

#include "core/result.h"
#include "geometry/mesh.h"
#include "geometry/sdf.h"

#include <functional>

namespace kiln::geometry {

struct MeshingOptions {
  float voxel_size_mm = 1.0f;
  /// Half-width of the sampled band, in voxels (>= 1.5 for a clean zero crossing).
  float band_voxels = 2.0f;
  /// Refuse work larger than this many sampled voxels (protects memory and time).
  size_t max_active_voxels = 40'000'000;
  /// Called with a fraction in [0, 1] as work proceeds; may be empty.
  std::function<void(float)> progress;
  /// Read each block from the field pruned to it (Sdf::pruned). The mesh is
  /// the same either way; off is for checking that and for measuring.
  bool prune = true;
};

/// Meshes the zero level set of `sdf` inside sdf.bounds(). Samples the field
/// only in a narrow band around the surface (blocks whose centre is farther
/// than their half-diagonal plus the band are skipped), builds an
/// openvdb::FloatGrid, flood-fills the inside, and extracts triangles
/// (quads split) with outward, counter-clockwise winding. A closed SDF gives a
/// watertight mesh (vertices welded, no degenerate triangles). Each triangle
/// takes the material slot of sdf.sample at its centroid; triangles are sorted
/// into one submesh per slot (assignMaterials), and `materials` holds a default
/// entry for every slot index up to the largest, for the caller to replace.
/// Normals are left empty (call computeNormals or flatShade). Deterministic,
/// bit for bit, for a given input regardless of thread count. `progress` is
/// called on the calling thread only.
/// Fails with kInvalidArgument for a non-positive voxel size or empty bounds,
/// kTooLarge when the band would exceed max_active_voxels.
Result<Mesh> meshSdf(const Sdf& sdf, const MeshingOptions& options);

/// The voxel size that gives roughly `target_triangles` for a surface of
/// `area_mm2`: a surface meshed at voxel size h gives about 3·area/h² triangles
/// (a surface crosses on average 1.5 grid edges per h² of area — |nx|+|ny|+|nz|
/// averaged over directions — and each crossed edge gives one quad, split in two).
float voxelSizeForTriangles(double area_mm2, size_t target_triangles);

}  // namespace kiln::geometry
