#include "geometry/meshing.h"

#include <gtest/gtest.h>

#include <algorithm>

#include <cmath>
#include <numbers>
#include <random>

namespace kiln::geometry {
namespace {

Mesh meshOrDie(const Sdf& sdf, float voxel_mm) {
  MeshingOptions options;
  options.voxel_size_mm = voxel_mm;
  Result<Mesh> mesh = meshSdf(sdf, options);
  EXPECT_TRUE(mesh.has_value()) << (mesh ? "" : mesh.error().message);
  return mesh ? std::move(*mesh) : Mesh{};
}

// A creature-like tree of every operator: many parts, smooth blends, cuts,
// transforms, mirrors, shells, rounding and materials. Every node here is at
// least its box distance away outside its box, which is what makes pruned
// values exact (see estimatesToo for the nodes that are not).
Sdf everyOperator() {
  std::vector<Sdf> legs;
  for (int i = 0; i < 12; ++i) {
    const float a = 0.52f * static_cast<float>(i);
    legs.push_back(withMaterial(capsule(Vec3(0, 0, 0), Vec3(14.0f * std::cos(a), -12.0f, 14.0f * std::sin(a)), 1.6f),
                                static_cast<uint32_t>(i % 3)));
  }
  Sdf body = smoothUnion(scale(sphere(1.0f), 7.0f), unite(std::move(legs)), 2.0f);
  body = subtract(body, translate(sphere(3.0f), Vec3(0, 6, 0)));
  body = unite(body, translate(rotate(torus(4.0f, 0.8f), Vec3(1, 0, 0), 0.7f), Vec3(0, 9, 0)));
  body = unite(body, mirror(translate(box(Vec3(1.5f, 1.5f, 1.5f)), Vec3(11, 2, 0)), 0));
  body = unite(body, translate(shell(sphere(4.0f), 0.8f), Vec3(0, -4, 12)));
  body = unite(body, translate(rounded(box(Vec3(2, 1, 2)), 0.5f), Vec3(-8, 8, -8)));
  body = smoothSubtract(body, translate(cylinder(1.0f, 20.0f), Vec3(5, 0, 5)), 0.8f);
  body = unite(body, translate(smoothIntersect(sphere(5.0f), box(Vec3(4, 4, 4)), 1.0f), Vec3(0, 0, -14)));
  body = unite(body, translate(revolve({{0, 0}, {3, 0}, {2, 3}, {3, 6}, {0, 6}}), Vec3(12, -10, -6)));
  body = unite(body, translate(scale(extrude({{-2, -2}, {2, -2}, {0, 3}}, 1.0f), 1.5f), Vec3(-10, -10, -10)));
  return offsetMaterial(body, 1);
}

// Plus nodes whose value is only an estimate that can fall below their box
// distance: an ellipsoid, fractal displacement, a non-uniform stretch.
Sdf estimatesToo() {
  Sdf body = unite(everyOperator(), translate(ellipsoid(Vec3(9, 2, 4)), Vec3(0, 14, 0)));
  body = unite(body, translate(displace(sphere(3.0f), {.seed = 3, .amplitude_mm = 0.6f, .wavelength_mm = 3.0f}),
                               Vec3(-12, -6, 4)));
  Affine stretch = Affine::Identity();
  stretch.scale(Vec3(4.0f, 0.5f, 1.0f));
  return unite(body, translate(transformed(sphere(2.0f), stretch), Vec3(8, 12, 10)));
}

TEST(Meshing, PruningPerBlockGivesTheSameMesh) {
  const Sdf sdf = estimatesToo();
  for (float voxel : {0.6f, 0.35f}) {
    MeshingOptions options;
    options.voxel_size_mm = voxel;
    auto pruned = meshSdf(sdf, options);
    options.prune = false;
    auto whole = meshSdf(sdf, options);
    ASSERT_TRUE(pruned && whole);
    ASSERT_GT(whole->triangleCount(), 1000u);
    EXPECT_EQ(pruned->positions, whole->positions) << "voxel " << voxel;
    EXPECT_EQ(pruned->indices, whole->indices) << "voxel " << voxel;
  }
}

TEST(Meshing, PrunedFieldKeepsValuesNearTheSurfaceAndSidesElsewhere) {
  const Sdf sdf = everyOperator();
  const Box all = sdf.bounds();
  std::mt19937 rng(11);
  std::uniform_real_distribution<float> unit(0.0f, 1.0f);
  size_t exact = 0, pruned_away = 0;
  for (float margin : {0.5f, 2.0f, 5.0f}) {
    for (int b = 0; b < 125; ++b) {
      const Vec3 corner = all.min + Vec3(all.size().x() * static_cast<float>(b % 5) / 5.0f,
                                         all.size().y() * static_cast<float>((b / 5) % 5) / 5.0f,
                                         all.size().z() * static_cast<float>(b / 25) / 5.0f);
      const Box region{corner, corner + all.size() / 5.0f};
      const Sdf local = sdf.pruned(region, margin);
      if (local.node() != sdf.node()) ++pruned_away;
      for (int i = 0; i < 300; ++i) {
        const Vec3 p = region.min + region.size().cwiseProduct(Vec3(unit(rng), unit(rng), unit(rng)));
        const float f = sdf.distance(p), g = local.distance(p);
        if (std::abs(f) < margin) {
          ++exact;
          ASSERT_EQ(g, f) << "margin " << margin << " block " << b << " point " << i;
        } else {
          ASSERT_EQ(g >= margin, f >= margin) << "margin " << margin << " block " << b << ": " << f << " vs " << g;
        }
      }
    }
  }
  EXPECT_GT(exact, 5000u);
  EXPECT_GT(pruned_away, 300u);
}

// Where a far part's estimate undershoots its box distance, pruning it gives
// a value nearer the truth; the side of the surface never changes.
TEST(Meshing, PrunedEstimatesKeepTheirSide) {
  const Sdf sdf = estimatesToo();
  const Box all = sdf.bounds();
  std::mt19937 rng(5);
  std::uniform_real_distribution<float> unit(0.0f, 1.0f);
  for (int b = 0; b < 125; ++b) {
    const Vec3 corner = all.min + Vec3(all.size().x() * static_cast<float>(b % 5) / 5.0f,
                                       all.size().y() * static_cast<float>((b / 5) % 5) / 5.0f,
                                       all.size().z() * static_cast<float>(b / 25) / 5.0f);
    const Box region{corner, corner + all.size() / 5.0f};
    const Sdf local = sdf.pruned(region, 2.0f);
    for (int i = 0; i < 300; ++i) {
      const Vec3 p = region.min + region.size().cwiseProduct(Vec3(unit(rng), unit(rng), unit(rng)));
      ASSERT_EQ(local.distance(p) < 0.0f, sdf.distance(p) < 0.0f) << "block " << b << " point " << i;
    }
  }
}

TEST(Meshing, SphereIsWatertightWithAccurateVolume) {
  const float r = 10.0f;
  const Mesh mesh = meshOrDie(sphere(r), 0.5f);
  EXPECT_TRUE(mesh.validate());
  const TopologyReport report = analyzeTopology(mesh);
  EXPECT_TRUE(report.isWatertight()) << report.boundary_edges << " boundary, " << report.non_manifold_edges
                                     << " non-manifold, " << report.misoriented_edges << " misoriented";
  EXPECT_EQ(report.components, 1u);
  const double expected = 4.0 / 3.0 * std::numbers::pi * r * r * r;
  EXPECT_NEAR(volume(mesh), expected, 0.02 * expected);
  const Box box = boundingBox(mesh);
  EXPECT_NEAR(box.max.x(), r, 0.1f);
  EXPECT_NEAR(box.min.y(), -r, 0.1f);
}

TEST(Meshing, BoxIsWatertightAndKeepsItsSize) {
  const Mesh mesh = meshOrDie(box({5, 3, 2}), 0.25f);
  EXPECT_TRUE(analyzeTopology(mesh).isWatertight());
  EXPECT_NEAR(volume(mesh), 10.0 * 6.0 * 4.0, 0.03 * 240.0);
}

TEST(Meshing, TorusIsWatertightGenusOne) {
  const Mesh mesh = meshOrDie(torus(8.0f, 3.0f), 0.5f);
  const TopologyReport report = analyzeTopology(mesh);
  EXPECT_TRUE(report.isWatertight());
  // Euler characteristic V - E + F = 2 - 2g; a closed triangle mesh has E = 3F/2.
  const long long v = static_cast<long long>(mesh.vertexCount());
  const long long f = static_cast<long long>(mesh.triangleCount());
  EXPECT_EQ(v - 3 * f / 2 + f, 0);
}

TEST(Meshing, SmoothUnionIsOneWatertightSurface) {
  const Sdf model = smoothUnion(sphere(6.0f), translate(capsule({0, 0, 0}, {0, 12, 0}, 2.0f), {0, 4, 0}), 2.0f);
  const Mesh mesh = meshOrDie(model, 0.4f);
  const TopologyReport report = analyzeTopology(mesh);
  EXPECT_TRUE(report.isWatertight());
  EXPECT_EQ(report.components, 1u);
  EXPECT_GT(volume(mesh), 0.0);
}

TEST(Meshing, DisjointSpheresGiveTwoComponents) {
  const Mesh mesh = meshOrDie(unite(sphere(3.0f), translate(sphere(3.0f), {10, 0, 0})), 0.5f);
  std::vector<uint32_t> labels;
  EXPECT_EQ(connectedComponents(mesh, labels), 2u);
  EXPECT_TRUE(analyzeTopology(mesh).isWatertight());
}

// Dropping a component keeps the rest closed, with its material slots, and
// leaves no unused vertices behind.
TEST(Meshing, KeepComponentsDropsPiecesAndTheirVertices) {
  const Sdf big = withMaterial(sphere(5.0f), 1);
  const Sdf small = translate(sphere(2.0f), {14, 0, 0});
  const Mesh both = meshOrDie(unite(big, small), 0.5f);
  std::vector<uint32_t> labels;
  ASSERT_EQ(connectedComponents(both, labels), 2u);

  Mesh kept_all = both;
  EXPECT_EQ(keepComponents(kept_all, [](size_t, bool) { return true; }), 0u);
  EXPECT_EQ(kept_all.indices, both.indices);

  Mesh largest = both;
  const size_t removed = keepComponents(largest, [](size_t, bool is_largest) { return is_largest; });
  EXPECT_GT(removed, 0u);
  EXPECT_EQ(largest.triangleCount() + removed, both.triangleCount());
  EXPECT_EQ(connectedComponents(largest, labels), 1u);
  EXPECT_TRUE(largest.validate());
  EXPECT_TRUE(analyzeTopology(largest).isWatertight());
  std::vector<bool> used(largest.vertexCount(), false);
  for (uint32_t v : largest.indices) used[v] = true;
  EXPECT_TRUE(std::all_of(used.begin(), used.end(), [](bool u) { return u; })) << "no unused vertices";
  EXPECT_GT(boundingBox(largest).min.x(), -5.5f);
  EXPECT_LT(boundingBox(largest).max.x(), 5.5f) << "the small sphere is the one dropped";
  for (const auto& sm : largest.effectiveSubmeshes()) {
    if (sm.triangle_count > 0) EXPECT_EQ(sm.material, 1u) << "the big sphere's slot is kept";
  }
}

TEST(Meshing, TwoRunsAreBitIdentical) {
  std::vector<Sdf> parts;
  for (int i = 0; i < 6; ++i) parts.push_back(translate(sphere(3.0f), {4.0f * i, 1.0f * (i % 2), 0}));
  const Sdf model = unite(parts);
  const Mesh a = meshOrDie(model, 0.3f);
  const Mesh b = meshOrDie(model, 0.3f);
  ASSERT_EQ(a.positions.size(), b.positions.size());
  EXPECT_EQ(a.indices, b.indices);
  for (size_t i = 0; i < a.positions.size(); ++i) ASSERT_EQ(a.positions[i], b.positions[i]) << i;
}

TEST(Meshing, TwoPartUnionGetsTwoMaterialSlots) {
  const Sdf model = unite(withMaterial(sphere(4.0f), 0), withMaterial(translate(sphere(3.0f), {6, 0, 0}), 1));
  const Mesh mesh = meshOrDie(model, 0.25f);
  ASSERT_EQ(mesh.submeshes.size(), 2u);
  EXPECT_EQ(mesh.submeshes[0].material, 0u);
  EXPECT_EQ(mesh.submeshes[1].material, 1u);
  EXPECT_EQ(mesh.materials.size(), 2u);
  EXPECT_TRUE(mesh.validate());
  // Every material-1 triangle lies on the second sphere's side of the seam.
  const SubMesh& second = mesh.submeshes[1];
  for (uint32_t t = second.first_triangle; t < second.first_triangle + second.triangle_count; ++t) {
    EXPECT_GT(mesh.positions[mesh.triangle(t)[0]].x(), 2.0f);
  }
  EXPECT_TRUE(analyzeTopology(mesh).isWatertight());
}

TEST(Meshing, WindingIsCounterClockwiseFromOutside) {
  const Mesh mesh = meshOrDie(sphere(5.0f), 0.5f);
  size_t outward = 0;
  for (size_t t = 0; t < mesh.triangleCount(); ++t) {
    const auto [a, b, c] = mesh.triangle(t);
    const Vec3 n = (mesh.positions[b] - mesh.positions[a]).cross(mesh.positions[c] - mesh.positions[a]);
    if (n.dot(mesh.positions[a]) > 0.0f) ++outward;
  }
  EXPECT_EQ(outward, mesh.triangleCount());
}

TEST(Meshing, SurfaceAtTheBoundsIsClosed) {
  // A box whose faces lie exactly on its bounds.
  const Mesh mesh = meshOrDie(box({2, 2, 2}), 0.5f);
  EXPECT_TRUE(analyzeTopology(mesh).isWatertight());
}

TEST(Meshing, DisplacedSphereIsWatertight) {
  NoiseParams params;
  params.seed = 3;
  params.amplitude_mm = 0.8f;
  params.wavelength_mm = 5.0f;
  const Mesh mesh = meshOrDie(displace(sphere(8.0f), params), 0.4f);
  EXPECT_TRUE(analyzeTopology(mesh).isWatertight());
}

TEST(Meshing, ReportsProgressUpToOne) {
  MeshingOptions options;
  options.voxel_size_mm = 0.5f;
  std::vector<float> seen;
  options.progress = [&](float f) { seen.push_back(f); };
  ASSERT_TRUE(meshSdf(sphere(4.0f), options).has_value());
  ASSERT_GE(seen.size(), 3u);
  EXPECT_TRUE(std::is_sorted(seen.begin(), seen.end()));
  EXPECT_EQ(seen.back(), 1.0f);
}

TEST(Meshing, RejectsBadVoxelSizeAndOversizedWork) {
  MeshingOptions options;
  options.voxel_size_mm = 0.0f;
  auto result = meshSdf(sphere(1.0f), options);
  ASSERT_FALSE(result.has_value());
  EXPECT_EQ(result.error().code, ErrorCode::kInvalidArgument);

  options.voxel_size_mm = 0.01f;
  options.max_active_voxels = 100'000;
  result = meshSdf(sphere(10.0f), options);
  ASSERT_FALSE(result.has_value());
  EXPECT_EQ(result.error().code, ErrorCode::kTooLarge);
}

TEST(Meshing, VoxelSizeForTrianglesHitsTheTargetRoughly) {
  const float r = 10.0f;
  const double area = 4.0 * std::numbers::pi * r * r;
  const float voxel = voxelSizeForTriangles(area, 20'000);
  const Mesh mesh = meshOrDie(sphere(r), voxel);
  EXPECT_GT(mesh.triangleCount(), 14'000u);
  EXPECT_LT(mesh.triangleCount(), 28'000u);
}

}  // namespace
}  // namespace kiln::geometry

namespace kiln::geometry {
namespace {

// A flat ellipsoid's distance estimate must never overshoot, or the narrow
// band skips blocks that hold surface and the mesh gets holes.
TEST(Meshing, FlatEllipsoidsMeshWatertightAtEveryResolution) {
  for (const Vec3 radii : {Vec3(60, 8, 60), Vec3(40, 4, 10), Vec3(5, 50, 5)}) {
    const Sdf shape = subtract(ellipsoid(radii * 1.5f), translate(ellipsoid(radii), Vec3(0, -radii.y() * 0.4f, 0)));
    for (float voxels : {40.0f, 70.0f, 96.0f, 130.0f}) {
      MeshingOptions options;
      options.voxel_size_mm = radii.maxCoeff() * 3.0f / voxels;
      auto mesh = meshSdf(shape, options);
      ASSERT_TRUE(mesh.has_value());
      const auto topo = analyzeTopology(*mesh);
      EXPECT_TRUE(topo.isWatertight()) << radii.transpose() << " at " << voxels << " voxels: " << topo.boundary_edges
                                       << " boundary edges";
    }
  }
}

}  // namespace
}  // namespace kiln::geometry
