#pragma once
// Reduction to a triangle budget and vertex-cache ordering (meshoptimizer).

#include "core/result.h"
#include "geometry/mesh.h"

namespace kiln::geometry {

struct SimplifyOptions {
  size_t max_triangles = 30'000;  // hard upper bound
  /// Keep the mesh closed: only topology-preserving collapses are used first;
  /// a coarser fallback is taken only if the budget cannot be met otherwise.
  bool keep_watertight = true;
  /// Finish with computeNormals and optimizeVertexCache; false when the
  /// caller does both itself after further changes.
  bool finish = true;
};

/// Reduces `mesh` to at most options.max_triangles triangles (a hard bound:
/// the result never exceeds it), keeping material boundaries, UV and colour
/// seams (vertices are split per material/uv/colour and meshoptimizer only
/// collapses along such seams with both sides together). Attributes are
/// carried by the surviving vertices; normals are recomputed (smooth) and the
/// result is ordered with optimizeVertexCache (both unless told not to). A
/// mesh already within budget only gets its normals recomputed. Inputs above
/// 40k triangles are cut in two and the halves collapsed in parallel (tbb)
/// before a joining pass; the result is deterministic either way.
/// With keep_watertight, the collapsed mesh is cleaned with
/// repairDegenerateTriangles (collinear caps, folds, flaps) and checked once
/// with analyzeTopology: a watertight input gives a watertight result without
/// zero-area triangles. Only if that check fails are lower targets retried,
/// and only as a last resort is a coarser, possibly open fallback accepted.
/// Fails with kInvalidArgument for a budget below 4 or a mesh that does not
/// validate().
Status simplifyToBudget(Mesh& mesh, const SimplifyOptions& options);

/// Reorders triangles for the post-transform vertex cache and vertices for
/// fetch locality (meshopt_optimizeVertexCache + meshopt_optimizeVertexFetch),
/// within each submesh.
/// With `thorough` false, meshopt_optimizeVertexCacheFifo is used instead.
void optimizeVertexCache(Mesh& mesh, bool thorough = true);

}  // namespace kiln::geometry
