// Job store throughput and latency: durable creates per second (one client
// and eight concurrent clients — the group-commit path) and get() latency.
#include <atomic>
#include <filesystem>
#include <memory>
#include <mutex>
#include <random>
#include <vector>

#include <benchmark/benchmark.h>

#include "core/crypto.h"
#include "store/sqlite/sqlite_job_store.h"
#include "store/store.h"

namespace {

using kiln::store::NewJob;

NewJob sampleJob() {
  NewJob job;
  job.kind = "text_to_3d";
  job.engine = "sculpt";
  job.tier = "draft";
  job.spec = {{"kind", "text_to_3d"}, {"engine", "sculpt"}, {"tier", "draft"},
              {"input", {{"prompt", "a glazed ceramic teapot"}}}, {"params", nlohmann::json::object()},
              {"outputs", {"glb", "stl"}}, {"seed", 7}};
  job.workspace_id = "ws_bench";
  return job;
}

// One data directory per benchmark run, removed at exit.
struct BenchStore {
  BenchStore() : dir(std::filesystem::temp_directory_path() / ("kiln-store-bench-" + kiln::toHex(kiln::randomBytes(6)))) {
    auto opened = kiln::store::openDataDir(dir);
    if (!opened) throw std::runtime_error(opened.error().message);
    stores = std::move(*opened);
  }
  ~BenchStore() {
    stores = {};
    std::error_code ec;
    std::filesystem::remove_all(dir, ec);
  }
  std::filesystem::path dir;
  kiln::store::Stores stores;
};

std::unique_ptr<BenchStore> g_store;
std::mutex g_setup;

void setUp(const benchmark::State& state) {
  if (state.thread_index() != 0) return;
  std::lock_guard lock(g_setup);
  g_store = std::make_unique<BenchStore>();
}

void tearDown(const benchmark::State& state) {
  if (state.thread_index() != 0) return;
  std::lock_guard lock(g_setup);
  g_store.reset();
}

// Every iteration is one create() that returns only after its COMMIT is fsync'd.
void BM_DurableCreate(benchmark::State& state) {
  const NewJob job = sampleJob();
  for (auto _ : state) {
    auto created = g_store->stores.jobs->create(job);
    if (!created) state.SkipWithError(created.error().message.c_str());
    benchmark::DoNotOptimize(created);
  }
  state.SetItemsProcessed(state.iterations());
  if (state.thread_index() == 0) {
    auto& writer = dynamic_cast<kiln::store::sqlite::SqliteJobStore&>(*g_store->stores.jobs).database().writer();
    state.counters["creates_per_commit"] =
        static_cast<double>(writer.operations()) / static_cast<double>(std::max<int64_t>(1, writer.transactions()));
  }
}
BENCHMARK(BM_DurableCreate)->Setup(setUp)->Teardown(tearDown)->Threads(1)->UseRealTime()->MinTime(2.0);
BENCHMARK(BM_DurableCreate)->Setup(setUp)->Teardown(tearDown)->Threads(8)->UseRealTime()->MinTime(2.0);
BENCHMARK(BM_DurableCreate)->Setup(setUp)->Teardown(tearDown)->Threads(64)->UseRealTime()->MinTime(2.0);

// get() of random existing jobs, half of them succeeded with two artifacts.
std::vector<std::string> g_ids;

void setUpGet(const benchmark::State& state) {
  setUp(state);
  if (state.thread_index() != 0) return;
  g_ids.clear();
  auto& jobs = *g_store->stores.jobs;
  for (int i = 0; i < 10'000; ++i) g_ids.push_back(jobs.create(sampleJob())->id);
  for (int i = 0; i < 5'000; ++i) {
    auto lease = jobs.lease("bench", 60'000);
    kiln::store::Outcome outcome{.success = true};
    outcome.artifacts = {{"model.glb", "glb", "model/gltf-binary", 123456, std::string(64, 'a')},
                         {"model.stl", "stl", "model/stl", 654321, std::string(64, 'b')}};
    outcome.result = {{"engine", "sculpt"}, {"subject", "teapot"}, {"triangles", 11874},
                      {"checks", {{"watertight", true}, {"manifold", true}, {"triangles", 11874},
                                  {"bbox_mm", {120.5, 98.25, 80.0}}}}};
    (void)jobs.finish(**lease, outcome);
  }
}

void BM_Get(benchmark::State& state) {
  std::mt19937 rng(static_cast<unsigned>(state.thread_index() + 1));
  std::uniform_int_distribution<size_t> pick(0, g_ids.size() - 1);
  for (auto _ : state) {
    auto job = g_store->stores.jobs->get(g_ids[pick(rng)]);
    if (!job) state.SkipWithError(job.error().message.c_str());
    benchmark::DoNotOptimize(job);
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_Get)->Setup(setUpGet)->Teardown(tearDown)->Threads(1)->UseRealTime()->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_Get)->Setup(setUpGet)->Teardown(tearDown)->Threads(2)->UseRealTime()->Unit(benchmark::kMicrosecond);

// The polling path of an API server waiting on a job (Prefer: wait, SSE).
void BM_ChangeCounter(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(g_store->stores.jobs->changeCounter());
}
BENCHMARK(BM_ChangeCounter)->Setup(setUp)->Teardown(tearDown)->Unit(benchmark::kMicrosecond);

// One worker's full cycle on an otherwise idle store: lease, heartbeat, finish.
void BM_LeaseHeartbeatFinish(benchmark::State& state) {
  auto& jobs = *g_store->stores.jobs;
  for (int i = 0; i < 3'000; ++i) (void)jobs.create(sampleJob());
  for (auto _ : state) {
    auto lease = jobs.lease("bench", 60'000);
    if (!lease || !*lease) {
      state.PauseTiming();
      for (int i = 0; i < 3'000; ++i) (void)jobs.create(sampleJob());
      state.ResumeTiming();
      continue;
    }
    (void)jobs.heartbeat(**lease, 60'000, "mesh", 0.5);
    (void)jobs.finish(**lease, {.success = true});
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_LeaseHeartbeatFinish)->Setup(setUp)->Teardown(tearDown)->UseRealTime()->Unit(benchmark::kMicrosecond);

}  // namespace

BENCHMARK_MAIN();
