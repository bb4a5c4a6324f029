#pragma once
// Removal of zero-area triangles from closed meshes without opening them.

#include <cstddef>

#include "geometry/mesh.h"

namespace kiln::geometry {

/// What repairDegenerateTriangles did.
struct RepairReport {
  size_t needles_removed = 0;  // triangles with a repeated welded vertex, dropped
  size_t folds_removed = 0;    // coincident triangles of opposite orientation, dropped (2 per fold)
  size_t caps_flipped = 0;     // collinear triangles removed by flipping their longest edge
  size_t fans_merged =
      0;  // flips where a new triangle cancelled an existing one (three became one)
  size_t pockets_removed = 0;  // closed four-triangle pockets on a flipped edge, dropped
  size_t flaps_flipped = 0;    // edges used four times, relieved by flipping a folded pair
  size_t unresolved = 0;       // zero-area (or sliver) triangles left whose flip was not possible
  size_t crowded_edges = 0;  // edges left with a direction used twice (non-manifold or misoriented)

  bool isClean() const { return unresolved == 0 && crowded_edges == 0; }
};

/// Removes zero-area triangles from a closed, consistently oriented surface
/// while keeping it closed and oriented. Vertices are judged welded by exact
/// position equality, as analyzeTopology judges them.
/// - A triangle with a repeated welded vertex (a "needle" whose short edge
///   has zero length) is dropped: its other two edges run along one welded
///   edge in both directions, so the surface around it is unchanged.
/// - Two coincident triangles of opposite orientation (a fold) are dropped.
/// - A triangle whose three distinct vertices are exactly collinear (a "cap":
///   the middle vertex m lies on the opposite edge ab) has ab flipped with the
///   neighbour (b, a, c) across it, giving (a, c, m) and (c, b, m). The flip
///   is made only when the edge m–c does not exist yet and both new triangles
///   have non-zero area and face the way the neighbour did. They cover exactly
///   the neighbour's area, so they take its material and its vertices for a,
///   b and c (m keeps the cap's vertex and attributes). If m–c exists as the
///   reverse of a new triangle (b or a has valence three), that pair cancels
///   and one triangle replaces three.
/// With sliver_ratio > 0, near-caps are flipped the same way: triangles whose
/// height over the longest edge is at most sliver_ratio times that edge (flat
/// to the eye, and a later scale or translation can round them to exactly
/// zero area); no flip then creates such a triangle either, and the surface
/// moves by at most that height.
/// Caps are retried while flips make progress, since flipping one can free
/// another. The volume is unchanged up to float rounding. Triangle order may
/// change (submeshes are rebuilt with assignMaterials when set); vertices are
/// kept, so some may end up unreferenced. Edges used by more than two
/// triangles are never flipped. Never fails; the report says what is left.
RepairReport repairDegenerateTriangles(Mesh& mesh, double sliver_ratio = 0.0);

}  // namespace kiln::geometry
