#pragma once
// Engines for tests of the job layer: one that throws and one that runs until
// canceled, both registered beside the built-in engines.

#include <chrono>
#include <stdexcept>
#include <thread>

#include "engines/registry.h"

namespace kiln::jobs::testing {

class ScriptedEngine final : public engines::Engine {
 public:
  enum class Behaviour { kThrow, kRunUntilCanceled };
  ScriptedEngine(std::string id, std::string kind, Behaviour behaviour) : behaviour_(behaviour) {
    info_.id = std::move(id);
    info_.label = "test engine";
    info_.kinds = {std::move(kind)};
    info_.tiers = {engines::Tier::kDraft, engines::Tier::kStandard, engines::Tier::kHigh};
  }
  const engines::EngineInfo& info() const override { return info_; }
  Result<engines::EngineResult> run(const engines::EngineRequest&, const engines::ParamValues&,
                                    engines::EngineContext& context) const override {
    if (behaviour_ == Behaviour::kThrow) throw std::runtime_error("scripted engine exploded");
    // Reports progress and waits for cancellation, for at most 20 s.
    for (int i = 0; i < 2000; ++i) {
      context.report("carve", 0.5f);
      if (context.isCanceled()) return fail(ErrorCode::kCanceled, "canceled");
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return fail(ErrorCode::kInternal, "the scripted engine was never canceled");
  }

 private:
  engines::EngineInfo info_;
  Behaviour behaviour_;
};

inline engines::Registry registryWithTestEngines() {
  auto registry = engines::Registry::withBuiltins();
  registry.add(std::make_unique<ScriptedEngine>("exploding", "test_explode", ScriptedEngine::Behaviour::kThrow));
  registry.add(std::make_unique<ScriptedEngine>("endless", "test_endless", ScriptedEngine::Behaviour::kRunUntilCanceled));
  return registry;
}

}  // namespace kiln::jobs::testing
