#include "geometry/simplify.h"

#include <gtest/gtest.h>

#include <array>
#include <map>

#include "geometry/meshing.h"
#include "geometry/repair.h"

namespace kiln::geometry {
namespace {

// A lumpy multi-material model of ~60k triangles.
Mesh denseModel() {
  const Sdf body = withMaterial(ellipsoid({10, 14, 9}), 0);
  const Sdf head = withMaterial(translate(sphere(6.0f), {0, 17, 2}), 1);
  const Sdf arm = withMaterial(capsule({8, 4, 0}, {16, -6, 3}, 2.5f), 2);
  const Sdf model = smoothUnion(smoothUnion(body, head, 2.0f), arm, 2.0f);
  MeshingOptions options;
  options.voxel_size_mm = 0.3f;
  return *meshSdf(model, options);
}

class SimplifyBudget : public ::testing::TestWithParam<size_t> {
 protected:
  static const Mesh& dense() {
    static const Mesh mesh = denseModel();
    return mesh;
  }
};

TEST_P(SimplifyBudget, NeverExceedsTheBudgetAndStaysWatertight) {
  Mesh mesh = dense();
  ASSERT_TRUE(analyzeTopology(mesh).isWatertight());
  ASSERT_GT(mesh.triangleCount(), 20'000u);
  const double volume_before = volume(mesh);
  SimplifyOptions options;
  options.max_triangles = GetParam();
  ASSERT_TRUE(simplifyToBudget(mesh, options).has_value());
  EXPECT_LE(mesh.triangleCount(), GetParam());
  EXPECT_GT(mesh.triangleCount(), GetParam() / 2);
  EXPECT_TRUE(mesh.validate());
  const TopologyReport report = analyzeTopology(mesh);
  EXPECT_TRUE(report.isWatertight()) << report.boundary_edges << " boundary, " << report.non_manifold_edges
                                     << " non-manifold, " << report.misoriented_edges << " misoriented, "
                                     << report.degenerate_triangles << " degenerate";
  EXPECT_NEAR(volume(mesh), volume_before, 0.05 * volume_before);
  EXPECT_EQ(mesh.normals.size(), mesh.positions.size());
  // Material borders survive: all three slots are still present.
  EXPECT_EQ(mesh.submeshes.size(), 3u);
}

INSTANTIATE_TEST_SUITE_P(Budgets, SimplifyBudget, ::testing::Values(500, 2000, 10000));

std::string describe(const TopologyReport& report) {
  return std::to_string(report.boundary_edges) + " boundary, " + std::to_string(report.non_manifold_edges) +
         " non-manifold, " + std::to_string(report.misoriented_edges) + " misoriented, " +
         std::to_string(report.degenerate_triangles) + " degenerate";
}

// A chest-like block model: axis-aligned boxes (flat faces whose vertices are
// exactly coplanar and collinear, where collapses leave zero-area triangles)
// and a rounded lid, in three materials.
Mesh boxHeavyModel() {
  const Sdf body = withMaterial(box({14, 8, 9}), 0);
  const Sdf lid = withMaterial(translate(roundBox({14.5f, 3, 9.5f}, 2.0f), {0, 10, 0}), 1);
  const Sdf band_left = withMaterial(translate(box({1.5f, 11, 9.8f}), {-9, 2, 0}), 2);
  const Sdf band_right = withMaterial(translate(box({1.5f, 11, 9.8f}), {9, 2, 0}), 2);
  const Sdf lock = withMaterial(translate(box({2.5f, 3, 1.5f}), {0, 5, 10}), 2);
  const Sdf plinth = withMaterial(translate(box({15, 1, 10}), {0, -8.5f, 0}), 0);
  MeshingOptions options;
  options.voxel_size_mm = 0.3f;
  return *meshSdf(unite({body, lid, band_left, band_right, lock, plinth}), options);
}

class SimplifyBoxes : public ::testing::TestWithParam<size_t> {
 protected:
  static const Mesh& dense() {
    static const Mesh mesh = boxHeavyModel();
    return mesh;
  }
};

TEST_P(SimplifyBoxes, LeavesNoZeroAreaTrianglesAndStaysWatertight) {
  Mesh mesh = dense();
  ASSERT_TRUE(analyzeTopology(mesh).isWatertight());
  ASSERT_GT(mesh.triangleCount(), 3 * GetParam());
  const double volume_before = volume(mesh);
  SimplifyOptions options;
  options.max_triangles = GetParam();
  ASSERT_TRUE(simplifyToBudget(mesh, options).has_value());
  EXPECT_LE(mesh.triangleCount(), GetParam());
  EXPECT_GT(mesh.triangleCount(), GetParam() * 9 / 10);
  EXPECT_TRUE(mesh.validate());
  const TopologyReport report = analyzeTopology(mesh);
  EXPECT_EQ(report.degenerate_triangles, 0u) << describe(report);
  EXPECT_TRUE(report.isWatertight()) << describe(report);
  EXPECT_NEAR(volume(mesh), volume_before, 0.02 * volume_before);
  EXPECT_EQ(mesh.submeshes.size(), 3u);
}

INSTANTIATE_TEST_SUITE_P(Budgets, SimplifyBoxes, ::testing::Values(2000, 12000));

TEST(Simplify, RejectsTinyBudget) {
  Mesh mesh = *meshSdf(sphere(3.0f), MeshingOptions{});
  SimplifyOptions options;
  options.max_triangles = 3;
  const Status status = simplifyToBudget(mesh, options);
  ASSERT_FALSE(status.has_value());
  EXPECT_EQ(status.error().code, ErrorCode::kInvalidArgument);
}

TEST(Simplify, MeshWithinBudgetKeepsItsTriangles) {
  Mesh mesh = *meshSdf(sphere(3.0f), MeshingOptions{});
  const size_t before = mesh.triangleCount();
  SimplifyOptions options;
  options.max_triangles = before;
  ASSERT_TRUE(simplifyToBudget(mesh, options).has_value());
  EXPECT_EQ(mesh.triangleCount(), before);
}

TEST(Simplify, OptimizeVertexCacheKeepsTheSurface) {
  Mesh mesh = *meshSdf(unite(withMaterial(sphere(3.0f), 0), withMaterial(translate(sphere(2.0f), {4, 0, 0}), 1)),
                       MeshingOptions{.voxel_size_mm = 0.2f});
  computeNormals(mesh);
  const double before = volume(mesh);
  const auto submeshes = mesh.submeshes;
  optimizeVertexCache(mesh);
  EXPECT_NEAR(volume(mesh), before, 1e-6 * before);
  EXPECT_TRUE(mesh.validate());
  EXPECT_EQ(mesh.submeshes.size(), submeshes.size());
  EXPECT_TRUE(analyzeTopology(mesh).isWatertight());
}

// A tetrahedron a, b, c, d whose face (a, c, b) is split at m, the midpoint
// of a–b, with the cap (b, a, m) closing the gap between the split face and
// (a, b, d): closed, but with one zero-area triangle.
struct CappedTetrahedron {
  Mesh mesh;
  double volume = 0.0;  // of the plain tetrahedron
};

CappedTetrahedron cappedTetrahedron() {
  CappedTetrahedron out;
  Mesh& mesh = out.mesh;
  //                a         b         c         d         m
  mesh.positions = {{0, 0, 0}, {2, 0, 0}, {0, 2, 0}, {0, 0, 2}, {1, 0, 0}};
  constexpr uint32_t a = 0, b = 1, c = 2, d = 3, m = 4;
  // Outward faces of the tetrahedron are (a, c, b), (a, b, d), (a, d, c),
  // (b, c, d); (a, c, b) is the one split at m.
  mesh.indices = {a, c, m, m, c, b,  // the split face
                  a, b, d, a, d, c, b, c, d,
                  b, a, m};  // the cap: b -> a pairs the split face's a -> m -> b
  Mesh plain;
  plain.positions = mesh.positions;
  plain.indices = {a, c, b, a, b, d, a, d, c, b, c, d};
  out.volume = volume(plain);
  return out;
}

TEST(RepairDegenerateTriangles, FlipsACapAndDropsANeedle) {
  CappedTetrahedron tetra = cappedTetrahedron();
  Mesh& mesh = tetra.mesh;
  ASSERT_GT(tetra.volume, 0.0);
  // A needle: a copy of c at c's exact position makes (c, c', d) a triangle
  // with a zero-length edge, whose other edges run c–d both ways.
  mesh.positions.push_back(mesh.positions[2]);
  mesh.indices.insert(mesh.indices.end(), {2, 5, 3});
  // The cap and the needle carry material 1; the cap's neighbour across a–b,
  // (a, b, d), material 0.
  assignMaterials(mesh, {0, 0, 0, 0, 0, 1, 1});
  const TopologyReport before = analyzeTopology(mesh);
  ASSERT_EQ(before.degenerate_triangles, 2u) << describe(before);
  ASSERT_TRUE(before.isManifold()) << describe(before);

  const RepairReport repair = repairDegenerateTriangles(mesh);
  EXPECT_EQ(repair.needles_removed, 1u);
  EXPECT_EQ(repair.caps_flipped, 1u);
  EXPECT_TRUE(repair.isClean());
  EXPECT_TRUE(mesh.validate());
  const TopologyReport after = analyzeTopology(mesh);
  EXPECT_TRUE(after.isWatertight()) << describe(after);
  EXPECT_EQ(mesh.triangleCount(), 6u);
  EXPECT_NEAR(volume(mesh), tetra.volume, 1e-9);
  // The flip's two triangles cover the neighbour's area and take its
  // material, so material 1 went with the needle.
  ASSERT_EQ(mesh.submeshes.size(), 1u);
  EXPECT_EQ(mesh.submeshes[0].material, 0u);
}

TEST(RepairDegenerateTriangles, MergesAValenceThreeFanWhenTheFlipEdgeExists) {
  // The tetrahedron a, m, c, d with its face (a, m, d) replaced by a fan of
  // three around b, which lies beyond m on the line a–m: the cap (b, a, m),
  // its neighbour (a, b, d) across a–b, and (b, m, d). Flipping a–b would add
  // the edge m–d, which exists already as the reverse of the new (b, d, m),
  // so that pair cancels and the fan becomes the single face (a, m, d).
  Mesh mesh;
  //                a         b         c         d         m
  mesh.positions = {{0, 0, 0}, {2, 0, 0}, {0, 2, 0}, {0, 0, 2}, {1, 0, 0}};
  constexpr uint32_t a = 0, b = 1, c = 2, d = 3, m = 4;
  mesh.indices = {a, c, m, a, d, c, m, c, d,  // the other three faces
                  b, a, m, a, b, d, b, m, d};  // the fan around b
  Mesh plain;
  plain.positions = mesh.positions;
  plain.indices = {a, c, m, a, d, c, m, c, d, a, m, d};
  ASSERT_TRUE(analyzeTopology(plain).isWatertight());
  const TopologyReport before = analyzeTopology(mesh);
  ASSERT_EQ(before.degenerate_triangles, 1u) << describe(before);
  ASSERT_TRUE(before.isManifold()) << describe(before);

  const RepairReport repair = repairDegenerateTriangles(mesh);
  EXPECT_EQ(repair.caps_flipped, 1u);
  EXPECT_EQ(repair.fans_merged, 1u);
  EXPECT_TRUE(repair.isClean());
  const TopologyReport after = analyzeTopology(mesh);
  EXPECT_TRUE(after.isWatertight()) << describe(after);
  EXPECT_EQ(mesh.triangleCount(), 4u);
  EXPECT_NEAR(volume(mesh), volume(plain), 1e-9);
}

TEST(RepairDegenerateTriangles, FlipsNearCapsOnlyWhenAskedTo) {
  // m a hair off a–b: the cap has area, but a later scale could round it to
  // none.
  CappedTetrahedron tetra = cappedTetrahedron();
  tetra.mesh.positions[4] = Vec3(1.0f, 0.0f, -1e-6f);
  Mesh exact_only = tetra.mesh;
  EXPECT_EQ(repairDegenerateTriangles(exact_only).caps_flipped, 0u);
  EXPECT_EQ(exact_only.indices, tetra.mesh.indices);

  Mesh mesh = tetra.mesh;
  const RepairReport repair = repairDegenerateTriangles(mesh, 1e-4);
  EXPECT_EQ(repair.caps_flipped, 1u);
  EXPECT_TRUE(repair.isClean());
  EXPECT_TRUE(analyzeTopology(mesh).isWatertight());
  EXPECT_NEAR(volume(mesh), volume(tetra.mesh), 1e-5);
}

TEST(RepairDegenerateTriangles, DropsAFoldedPair) {
  CappedTetrahedron tetra = cappedTetrahedron();
  Mesh& mesh = tetra.mesh;
  // Two coincident triangles of opposite orientation on one side of the
  // surface: their edges cancel, so the mesh is still closed, but the pair
  // is a fold.
  mesh.indices.insert(mesh.indices.end(), {0, 2, 3, 0, 3, 2});
  const RepairReport repair = repairDegenerateTriangles(mesh);
  EXPECT_EQ(repair.folds_removed, 2u);
  EXPECT_TRUE(repair.isClean());
  EXPECT_TRUE(analyzeTopology(mesh).isWatertight());
  EXPECT_EQ(mesh.triangleCount(), 6u);
  EXPECT_NEAR(volume(mesh), tetra.volume, 1e-9);
}

}  // namespace
}  // namespace kiln::geometry
