// Geometry kernel timings: meshing a multi-part smooth union at draft and
// standard resolutions, and reducing a dense mesh to the tier budgets.
#include <benchmark/benchmark.h>

#include <cmath>

#include "geometry/meshing.h"
#include "geometry/simplify.h"

namespace kiln::geometry {
namespace {

// A creature-like model: 20 capsules and spheres joined by smooth unions,
// about 60 mm tall, as the sculpt engine builds them.
Sdf twentyPartModel() {
  Sdf model = withMaterial(ellipsoid({12, 9, 8}), 0);
  model = smoothUnion(model, withMaterial(translate(sphere(7.0f), {0, 14, 4}), 1), 3.0f);
  for (int i = 0; i < 18; ++i) {
    const float angle = 0.35f * static_cast<float>(i);
    const Vec3 root(9.0f * std::cos(angle), -4.0f + 0.6f * static_cast<float>(i), 7.0f * std::sin(angle));
    const Vec3 tip = root * 2.0f + Vec3(0, i % 2 == 0 ? -12.0f : 6.0f, 0);
    model = smoothUnion(model, withMaterial(capsule(root, tip, 1.5f + 0.1f * static_cast<float>(i % 5)), 2 + i % 3),
                        2.0f);
  }
  return model;
}

float voxelForAcross(const Sdf& sdf, float voxels_across) { return sdf.bounds().size().maxCoeff() / voxels_across; }

void BM_MeshTwentyParts(benchmark::State& state) {
  const Sdf model = twentyPartModel();
  MeshingOptions options;
  options.voxel_size_mm = voxelForAcross(model, static_cast<float>(state.range(0)));
  size_t triangles = 0;
  for (auto _ : state) {
    Result<Mesh> mesh = meshSdf(model, options);
    triangles = mesh->triangleCount();
    benchmark::DoNotOptimize(mesh);
  }
  state.counters["triangles"] = static_cast<double>(triangles);
}
BENCHMARK(BM_MeshTwentyParts)->Arg(60)->Arg(120)->Unit(benchmark::kMillisecond);

void BM_SimplifyToBudget(benchmark::State& state) {
  const Sdf model = twentyPartModel();
  MeshingOptions options;
  // About 100k triangles.
  options.voxel_size_mm = voxelForAcross(model, 200.0f);
  const Mesh dense = *meshSdf(model, options);
  SimplifyOptions simplify;
  simplify.max_triangles = static_cast<size_t>(state.range(0));
  for (auto _ : state) {
    state.PauseTiming();
    Mesh mesh = dense;
    state.ResumeTiming();
    benchmark::DoNotOptimize(simplifyToBudget(mesh, simplify));
  }
  state.counters["input_triangles"] = static_cast<double>(dense.triangleCount());
}
BENCHMARK(BM_SimplifyToBudget)->Arg(12'000)->Arg(30'000)->Unit(benchmark::kMillisecond);

// A chest-like block model: flat, axis-aligned faces, where collapses leave
// exactly collinear triangles for the repair pass (about 60k triangles).
Sdf boxHeavyModel() {
  return unite({withMaterial(box({14, 8, 9}), 0),
                withMaterial(translate(roundBox({14.5f, 3, 9.5f}, 2.0f), {0, 10, 0}), 1),
                withMaterial(translate(box({1.5f, 11, 9.8f}), {-9, 2, 0}), 2),
                withMaterial(translate(box({1.5f, 11, 9.8f}), {9, 2, 0}), 2),
                withMaterial(translate(box({2.5f, 3, 1.5f}), {0, 5, 10}), 2),
                withMaterial(translate(box({15, 1, 10}), {0, -8.5f, 0}), 0)});
}

void BM_SimplifyBoxesToBudget(benchmark::State& state) {
  MeshingOptions options;
  options.voxel_size_mm = 0.3f;
  const Mesh dense = *meshSdf(boxHeavyModel(), options);
  SimplifyOptions simplify;
  simplify.max_triangles = static_cast<size_t>(state.range(0));
  for (auto _ : state) {
    state.PauseTiming();
    Mesh mesh = dense;
    state.ResumeTiming();
    benchmark::DoNotOptimize(simplifyToBudget(mesh, simplify));
  }
  state.counters["input_triangles"] = static_cast<double>(dense.triangleCount());
}
BENCHMARK(BM_SimplifyBoxesToBudget)->Arg(12'000)->Arg(30'000)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace kiln::geometry
