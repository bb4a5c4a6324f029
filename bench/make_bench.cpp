// `kiln make` per tier, in process: prompt → engine → GLB bytes, the same
// work the CLI does minus process start-up and the file write.
// Targets on the 2-core reference machine: draft ≤ 100 ms, standard ≤ 400 ms.
// BM_Inflate*: `kiln make --image` on a 1024² PNG of a shaded vase drawn in
// code (decode, pre-check, GrabCut, inflation, meshing, simplification, GLB).
#include <benchmark/benchmark.h>

#include "engines/inflate/photo_check.h"
#include "engines/registry.h"
#include "engines/tests/drawn_photos.h"
#include "formats/formats.h"

namespace {

using kiln::engines::Tier;

const char* const kPrompts[] = {
    "a glazed ceramic teapot", "a wooden treasure chest", "an oak tree", "a dog", "a barrel",
};

void makeModel(benchmark::State& state, Tier tier) {
  static const auto registry = kiln::engines::Registry::withBuiltins();
  const char* prompt = kPrompts[state.range(0)];
  size_t triangles = 0;
  for (auto _ : state) {
    kiln::engines::CallbackContext ctx;
    kiln::engines::EngineRequest req{.kind = "text_to_3d", .tier = tier, .prompt = prompt};
    auto made = kiln::engines::runEngine(registry, "", req, ctx);
    if (!made) {
      state.SkipWithError(made.error().message.c_str());
      return;
    }
    auto glb = kiln::formats::encodeGlb(made->mesh, {});
    benchmark::DoNotOptimize(glb);
    triangles = made->mesh.triangleCount();
  }
  state.SetLabel(prompt);
  state.counters["triangles"] = static_cast<double>(triangles);
}

void BM_MakeDraft(benchmark::State& state) { makeModel(state, Tier::kDraft); }
void BM_MakeStandard(benchmark::State& state) { makeModel(state, Tier::kStandard); }
void BM_MakeHigh(benchmark::State& state) { makeModel(state, Tier::kHigh); }

BENCHMARK(BM_MakeDraft)->DenseRange(0, 4)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_MakeStandard)->DenseRange(0, 4)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_MakeHigh)->DenseRange(0, 4)->Unit(benchmark::kMillisecond)->Iterations(2);

const std::vector<uint8_t>& vasePhoto() {
  static const auto bytes = kiln::engines::testing::encode(kiln::engines::testing::drawVase(1024).bgr);
  return bytes;
}

void inflatePhoto(benchmark::State& state, Tier tier) {
  static const auto registry = kiln::engines::Registry::withBuiltins();
  size_t triangles = 0;
  for (auto _ : state) {
    kiln::engines::CallbackContext ctx;
    kiln::engines::EngineRequest req{.kind = "image_to_3d", .tier = tier, .images = {vasePhoto()}};
    auto made = kiln::engines::runEngine(registry, "inflate", req, ctx);
    if (!made) {
      state.SkipWithError(made.error().message.c_str());
      return;
    }
    auto glb = kiln::formats::encodeGlb(made->mesh, {});
    benchmark::DoNotOptimize(glb);
    triangles = made->mesh.triangleCount();
  }
  state.counters["triangles"] = static_cast<double>(triangles);
}

void BM_InflateDraft(benchmark::State& state) { inflatePhoto(state, Tier::kDraft); }
void BM_InflateStandard(benchmark::State& state) { inflatePhoto(state, Tier::kStandard); }
void BM_InflateHigh(benchmark::State& state) { inflatePhoto(state, Tier::kHigh); }

// The pre-check alone, as the HTTP layer runs it before queueing (target ~30 ms).
void BM_PhotoCheck(benchmark::State& state) {
  for (auto _ : state) {
    auto report = kiln::engines::checkPhoto(vasePhoto());
    benchmark::DoNotOptimize(report);
  }
}

BENCHMARK(BM_InflateDraft)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_InflateStandard)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_InflateHigh)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_PhotoCheck)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
