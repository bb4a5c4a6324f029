#include "engines/fault_engine.h"

#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <stdexcept>
#include <thread>

#include <fmt/format.h>

#include "geometry/meshing.h"
#include "geometry/sdf.h"

namespace kiln::engines {
namespace {

class FaultEngine final : public Engine {
 public:
  FaultEngine() {
    info_.id = "fault";
    info_.label = "Fault injection (tests only)";
    info_.description = "Crashes, throws or runs slowly on purpose; enabled by KILN_TEST_ENGINES=1.";
    info_.kinds = {"text_to_3d"};
    info_.tiers = {Tier::kDraft, Tier::kStandard, Tier::kHigh};
    info_.eta_seconds = 1.0;
  }
  const EngineInfo& info() const override { return info_; }

  Result<EngineResult> run(const EngineRequest& request, const ParamValues&, EngineContext& context) const override {
    const std::string& p = request.prompt;
    if (p == "segfault") std::raise(SIGSEGV);
    if (p == "abort") std::abort();
    if (p == "throw") throw std::runtime_error("the fault engine threw on purpose");
    int seconds = 0;
    if (std::sscanf(p.c_str(), "hang %d", &seconds) == 1 && seconds >= 0 && seconds <= 600) {
      // Ignores cancellation, like an engine stuck in a loop.
      std::this_thread::sleep_for(std::chrono::seconds(seconds));
      return fail(ErrorCode::kInternal, "the fault engine hung on purpose");
    }
    if (std::sscanf(p.c_str(), "slow %d", &seconds) != 1 || seconds < 0 || seconds > 600) {
      return fail(ErrorCode::kInvalidArgument, "the fault engine takes: segfault, abort, throw, slow N or hang N",
                  {{"parameter", "prompt"}});
    }
    for (int i = 0; i < seconds * 10; ++i) {
      if (context.isCanceled()) return fail(ErrorCode::kCanceled, "canceled");
      context.report("mesh", static_cast<float>(i) / static_cast<float>(seconds * 10));
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    geometry::MeshingOptions options;
    options.voxel_size_mm = 2.0f;
    auto mesh = geometry::meshSdf(geometry::sphere(20.0f), options);
    if (!mesh) return fail(mesh.error());
    geometry::computeNormals(*mesh);
    EngineResult result;
    result.mesh = std::move(*mesh);
    result.summary = {{"engine", "fault"}, {"slept_seconds", seconds}};
    return result;
  }

 private:
  EngineInfo info_;
};

}  // namespace

std::unique_ptr<Engine> makeFaultEngine() { return std::make_unique<FaultEngine>(); }

}  // namespace kiln::engines
