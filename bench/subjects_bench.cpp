// Engine time of every subject in the library, in process, at the draft and
// standard tiers (seed 0, the subject's first name as the prompt): the
// distribution (p50, p90, max) and the slowest ten, against the targets of
// draft p50 <= 60 ms and standard p50 <= 200 ms on the 2-core reference machine.
//   kiln_bench_subjects [--tier draft|standard] [--repeat N]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <tbb/global_control.h>

#include <memory>

#include "engines/registry.h"
#include "engines/sculpt/subject_library.h"

namespace {

using kiln::engines::CallbackContext;
using kiln::engines::EngineRequest;
using kiln::engines::Tier;

struct Timing {
  std::string id;
  double ms;      // wall
  double cpu_ms;  // CPU time of the whole process (all threads)
};

// CPU time used by the process so far: on a shared machine whose hypervisor
// takes cores away (steal time), wall time swells and CPU time does not; with
// two cores, wall time is at least half of it when the work runs in parallel
// and at most all of it when it does not.
double processCpuMs() {
  timespec ts{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

double percentile(std::vector<double> v, double p) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  const size_t i = std::min(v.size() - 1, static_cast<size_t>(p * static_cast<double>(v.size() - 1) + 0.5));
  return v[i];
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<Tier> tiers = {Tier::kDraft, Tier::kStandard};
  int repeat = 1;
  std::string only;  // --only ID[,ID...]: just these subjects (for profiling)
  std::unique_ptr<tbb::global_control> threads;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--tier") == 0 && i + 1 < argc) {
      const std::string t = argv[++i];
      tiers = {t == "draft" ? Tier::kDraft : t == "high" ? Tier::kHigh : Tier::kStandard};
    } else if (std::strcmp(argv[i], "--repeat") == 0 && i + 1 < argc) {
      repeat = std::max(1, std::atoi(argv[++i]));
    } else if (std::strcmp(argv[i], "--only") == 0 && i + 1 < argc) {
      only = argv[++i];
    } else if (std::strcmp(argv[i], "--threads") == 0 && i + 1 < argc) {
      // One thread makes instruction counts (callgrind) repeatable.
      threads = std::make_unique<tbb::global_control>(tbb::global_control::max_allowed_parallelism,
                                                      static_cast<size_t>(std::max(1, std::atoi(argv[++i]))));
    }
  }
  const auto registry = kiln::engines::Registry::withBuiltins();
  const auto library = kiln::engines::sculpt::SubjectLibrary::current();
  int failures = 0;
  for (Tier tier : tiers) {
    const auto& info = kiln::engines::tierInfo(tier);
    std::vector<Timing> timings;
    for (const auto& subject : library->subjects()) {
      if (!only.empty() && ("," + only + ",").find("," + subject.id + ",") == std::string::npos) continue;
      double best = 1e30, best_cpu = 1e30;
      for (int r = 0; r < repeat; ++r) {
        CallbackContext ctx;
        EngineRequest req{.kind = "text_to_3d", .tier = tier, .prompt = subject.names.front(), .seed = 0};
        const auto start = std::chrono::steady_clock::now();
        const double cpu_start = processCpuMs();
        auto result = kiln::engines::runEngine(registry, "sculpt", req, ctx);
        const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
        best_cpu = std::min(best_cpu, processCpuMs() - cpu_start);
        if (!result) {
          std::fprintf(stderr, "%s: %s\n", subject.id.c_str(), result.error().message.c_str());
          ++failures;
          break;
        }
        best = std::min(best, ms);
      }
      if (best < 1e30) timings.push_back({subject.id, best, best_cpu});
    }
    std::vector<double> ms, cpu;
    for (const auto& t : timings) {
      ms.push_back(t.ms);
      cpu.push_back(t.cpu_ms);
    }
    const double target = tier == Tier::kDraft ? 60.0 : tier == Tier::kStandard ? 200.0 : 0.0;
    std::printf("%s: %zu subjects  p50 %.1f ms  p90 %.1f ms  max %.1f ms", std::string(info.id).c_str(),
                timings.size(), percentile(ms, 0.5), percentile(ms, 0.9), percentile(ms, 1.0));
    if (target > 0) std::printf("  (target p50 <= %.0f ms: %s)", target, percentile(ms, 0.5) <= target ? "met" : "MISSED");
    std::printf("\n");
    std::printf("  CPU time (all threads): p50 %.1f ms  p90 %.1f ms  max %.1f ms\n", percentile(cpu, 0.5),
                percentile(cpu, 0.9), percentile(cpu, 1.0));
    std::sort(timings.begin(), timings.end(), [](const Timing& a, const Timing& b) { return a.ms > b.ms; });
    std::printf("  slowest:");
    for (size_t i = 0; i < std::min<size_t>(10, timings.size()); ++i) {
      std::printf(" %s %.0f ms%s", timings[i].id.c_str(), timings[i].ms, i + 1 < std::min<size_t>(10, timings.size()) ? "," : "");
    }
    std::printf("\n");
  }
  return failures == 0 ? 0 : 1;
}
