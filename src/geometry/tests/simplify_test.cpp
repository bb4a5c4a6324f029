#include "geometry/simplify.h"

#include <gtest/gtest.h>

#include "geometry/meshing.h"

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

}  // namespace
}  // namespace kiln::geometry
