// `kiln make` per tier, in process: prompt → engine → GLB bytes, the same
// work the CLI does minus process start-up and the file write.
// Targets on the 2-core reference machine: draft ≤ 100 ms, standard ≤ 400 ms.
#include <benchmark/benchmark.h>

#include "engines/registry.h"
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

}  // namespace

BENCHMARK_MAIN();
