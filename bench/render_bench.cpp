// The renderer on a standard-tier model (the sculpt teapot, 30 000 triangles),
// made in process: the job preview (512², kPreviewSamples, denoised, PNG
// encoded), the denoising step of that preview alone, and a 512² product shot
// at 64 samples without denoising.
// Targets on the 2-core reference machine: preview ≤ 1 s, denoising tens of ms.
#include <benchmark/benchmark.h>

#include "engines/registry.h"
#include "engines/render/denoise.h"
#include "engines/render/image.h"
#include "engines/render/path_tracer.h"
#include "engines/render/render.h"
#include "engines/render/scene.h"

namespace {

const kiln::geometry::Mesh& teapot() {
  static const kiln::geometry::Mesh mesh = [] {
    const auto registry = kiln::engines::Registry::withBuiltins();
    kiln::engines::CallbackContext ctx;
    kiln::engines::EngineRequest req{.kind = "text_to_3d", .tier = kiln::engines::Tier::kStandard,
                                     .prompt = "a glazed ceramic teapot"};
    auto made = kiln::engines::runEngine(registry, "", req, ctx);
    return made ? made->mesh : kiln::geometry::Mesh{};
  }();
  return mesh;
}

void BM_PreviewPng512(benchmark::State& state) {
  const auto& mesh = teapot();
  for (auto _ : state) {
    auto png = kiln::render::renderPreviewPng(mesh, 0);
    if (!png) {
      state.SkipWithError(png.error().message.c_str());
      return;
    }
    benchmark::DoNotOptimize(png);
  }
  state.counters["triangles"] = static_cast<double>(mesh.triangleCount());
  state.counters["spp"] = kiln::render::kPreviewSamples;
}
BENCHMARK(BM_PreviewPng512)->Unit(benchmark::kMillisecond)->UseRealTime()->MinTime(3.0);

void BM_DenoisePreview512(benchmark::State& state) {
  kiln::geometry::Mesh mesh = teapot();
  if (mesh.normals.size() != mesh.positions.size()) kiln::geometry::computeNormals(mesh);
  kiln::render::RenderOptions options;
  options.size = {512, 512};
  options.samples_per_pixel = kiln::render::kPreviewSamples;
  options.max_bounces = kiln::render::kPreviewBounces;
  const auto setup = kiln::render::layoutScene(kiln::geometry::boundingBox(mesh), options);
  kiln::render::LayeredRender layers;
  if (auto traced = kiln::render::pathTrace(mesh, setup, options, &layers); !traced) {
    state.SkipWithError(traced.error().message.c_str());
    return;
  }
  for (auto _ : state) {
    state.PauseTiming();
    kiln::render::LayeredRender copy = layers;
    state.ResumeTiming();
    benchmark::DoNotOptimize(kiln::render::denoise(std::move(copy)));
  }
}
BENCHMARK(BM_DenoisePreview512)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_ProductShot512(benchmark::State& state) {
  const auto& mesh = teapot();
  kiln::render::RenderOptions options;
  options.size = {512, 512};
  options.samples_per_pixel = static_cast<int>(state.range(0));
  for (auto _ : state) {
    auto r = kiln::render::renderMesh(mesh, options);
    if (!r) {
      state.SkipWithError(r.error().message.c_str());
      return;
    }
    benchmark::DoNotOptimize(r);
  }
  state.counters["Msamples/s"] = benchmark::Counter(512.0 * 512.0 * static_cast<double>(state.range(0)) * 1e-6,
                                                     benchmark::Counter::kIsIterationInvariantRate);
}
BENCHMARK(BM_ProductShot512)->Arg(64)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace

BENCHMARK_MAIN();
