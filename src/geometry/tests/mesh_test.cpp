#include "geometry/mesh.h"

#include <gtest/gtest.h>

#include <cmath>

namespace kiln::geometry {
namespace {

// Unit cube [0,1]^3, 8 shared vertices, outward counter-clockwise winding.
Mesh unitCube() {
  Mesh m;
  m.positions = {{0, 0, 0}, {1, 0, 0}, {1, 1, 0}, {0, 1, 0}, {0, 0, 1}, {1, 0, 1}, {1, 1, 1}, {0, 1, 1}};
  m.indices = {0, 2, 1, 0, 3, 2,   // z = 0, normal -z
               4, 5, 6, 4, 6, 7,   // z = 1
               0, 1, 5, 0, 5, 4,   // y = 0
               3, 7, 6, 3, 6, 2,   // y = 1
               0, 4, 7, 0, 7, 3,   // x = 0
               1, 2, 6, 1, 6, 5};  // x = 1
  return m;
}

TEST(Mesh, CubeVolumeAreaAndBoundsAreExact) {
  const Mesh cube = unitCube();
  EXPECT_TRUE(cube.validate());
  EXPECT_NEAR(volume(cube), 1.0, 1e-12);
  EXPECT_NEAR(surfaceArea(cube), 6.0, 1e-12);
  const Box box = boundingBox(cube);
  EXPECT_EQ(box.min, Vec3(0, 0, 0));
  EXPECT_EQ(box.max, Vec3(1, 1, 1));
}

TEST(Mesh, ClosedCubeIsWatertightWithOneComponent) {
  const TopologyReport report = analyzeTopology(unitCube());
  EXPECT_TRUE(report.isWatertight());
  EXPECT_EQ(report.components, 1u);
}

TEST(Topology, DetectsAHole) {
  Mesh cube = unitCube();
  cube.indices.resize(cube.indices.size() - 3);
  const TopologyReport report = analyzeTopology(cube);
  EXPECT_EQ(report.boundary_edges, 3u);
  EXPECT_FALSE(report.isWatertight());
}

TEST(Topology, DetectsAFlippedTriangle) {
  Mesh cube = unitCube();
  std::swap(cube.indices[1], cube.indices[2]);
  const TopologyReport report = analyzeTopology(cube);
  EXPECT_EQ(report.misoriented_edges, 3u);
  EXPECT_EQ(report.boundary_edges, 0u);
  EXPECT_FALSE(report.isManifold());
}

TEST(Topology, DetectsNonManifoldEdgeAndDegenerateTriangle) {
  Mesh cube = unitCube();
  cube.positions.push_back({0.5f, -1.0f, 0.0f});
  cube.indices.insert(cube.indices.end(), {0, 1, 8});  // a fin on edge 0-1
  cube.indices.insert(cube.indices.end(), {0, 0, 1});  // repeated vertex
  const TopologyReport report = analyzeTopology(cube);
  EXPECT_GE(report.non_manifold_edges, 1u);
  EXPECT_EQ(report.degenerate_triangles, 1u);
  EXPECT_FALSE(report.isWatertight());
}

TEST(Topology, SplitVerticesAreJudgedOnWeldedPositions) {
  Mesh cube = unitCube();
  flatShade(cube);
  EXPECT_EQ(cube.vertexCount(), 36u);
  EXPECT_TRUE(analyzeTopology(cube).isWatertight());
  weldVertices(cube);
  EXPECT_EQ(cube.vertexCount(), 8u);
  EXPECT_EQ(cube.triangleCount(), 12u);
  EXPECT_TRUE(analyzeTopology(cube).isWatertight());
}

TEST(Topology, CountsDisjointComponents) {
  Mesh two = unitCube();
  Mesh other = unitCube();
  transform(other, Affine(Eigen::Translation3f(3, 0, 0)));
  const uint32_t offset = static_cast<uint32_t>(two.positions.size());
  two.positions.insert(two.positions.end(), other.positions.begin(), other.positions.end());
  for (uint32_t i : other.indices) two.indices.push_back(i + offset);
  std::vector<uint32_t> labels;
  EXPECT_EQ(connectedComponents(two, labels), 2u);
  EXPECT_EQ(labels.front(), 0u);
  EXPECT_EQ(labels.back(), 1u);
}

TEST(Mesh, TransformScalesVolumeAndKeepsNormalsOutward) {
  Mesh cube = unitCube();
  computeNormals(cube);
  transform(cube, Affine(Eigen::Scaling(2.0f, 3.0f, 4.0f)));
  EXPECT_NEAR(volume(cube), 24.0, 1e-9);
  // Vertex 6 = (1,1,1) corner; its normal points away from the centre.
  EXPECT_GT(cube.normals[6].dot(cube.positions[6] - boundingBox(cube).center()), 0.0f);
}

TEST(Mesh, MirroringFlipsWindingSoVolumeStaysPositive) {
  Mesh cube = unitCube();
  computeNormals(cube);
  const auto first = cube.triangle(0);
  transform(cube, Affine(Eigen::Scaling(-1.0f, 1.0f, 1.0f)));
  const auto mirrored = cube.triangle(0);
  EXPECT_EQ(mirrored[0], first[0]);
  EXPECT_EQ(mirrored[1], first[2]);
  EXPECT_EQ(mirrored[2], first[1]);
  EXPECT_NEAR(volume(cube), 1.0, 1e-12);
  EXPECT_TRUE(analyzeTopology(cube).isWatertight());
  EXPECT_LT(cube.normals[6].x(), 0.0f);  // (1,1,1) went to (-1,1,1)
}

TEST(Mesh, ComputeNormalsGivesUnitOutwardNormals) {
  Mesh cube = unitCube();
  computeNormals(cube);
  ASSERT_EQ(cube.normals.size(), 8u);
  for (size_t v = 0; v < 8; ++v) {
    EXPECT_NEAR(cube.normals[v].norm(), 1.0f, 1e-5f);
    const Vec3 outward = (cube.positions[v] - Vec3::Constant(0.5f)).normalized();
    EXPECT_NEAR(cube.normals[v].dot(outward), 1.0f, 1e-5f);
  }
}

TEST(Mesh, FlatShadeGivesFaceNormals) {
  Mesh cube = unitCube();
  flatShade(cube);
  EXPECT_TRUE(cube.validate());
  EXPECT_EQ(cube.normals[0], Vec3(0, 0, -1));
  EXPECT_NEAR(volume(cube), 1.0, 1e-12);
}

TEST(Mesh, AssignMaterialsGroupsTrianglesIntoSubmeshes) {
  Mesh cube = unitCube();
  std::vector<uint32_t> material(cube.triangleCount());
  for (size_t t = 0; t < material.size(); ++t) material[t] = t % 2 == 0 ? 2 : 0;
  const auto odd_triangle = cube.triangle(1);
  assignMaterials(cube, material);
  ASSERT_EQ(cube.submeshes.size(), 2u);
  EXPECT_EQ(cube.submeshes[0].material, 0u);
  EXPECT_EQ(cube.submeshes[0].triangle_count, 6u);
  EXPECT_EQ(cube.submeshes[1].material, 2u);
  EXPECT_EQ(cube.submeshes[1].first_triangle, 6u);
  EXPECT_EQ(cube.materials.size(), 3u);
  EXPECT_EQ(cube.triangle(0), odd_triangle);  // stable: first material-0 triangle first
  EXPECT_TRUE(cube.validate());
  EXPECT_TRUE(analyzeTopology(cube).isWatertight());
}

TEST(Mesh, ValidateRejectsBrokenInvariants) {
  Mesh cube = unitCube();
  cube.indices.push_back(99);
  EXPECT_FALSE(cube.validate());
  Mesh uneven = unitCube();
  uneven.normals.resize(3);
  EXPECT_FALSE(uneven.validate());
  Mesh gap = unitCube();
  gap.submeshes = {{0, 0, 5}};
  gap.materials.resize(1);
  EXPECT_FALSE(gap.validate());
}

}  // namespace
}  // namespace kiln::geometry
