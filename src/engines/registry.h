#pragma once
// The engine catalog: every engine kiln can run, looked up by id or by job
// kind, and described as JSON for `kiln catalog` and GET /v1/catalog.

#include <memory>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "engines/engine.h"

namespace kiln::engines {

/// Lifecycle: built once at startup (withBuiltins), then read-only and safe to
/// share between threads.
class Registry {
 public:
  /// A registry with every engine compiled into this binary.
  static Registry withBuiltins();

  void add(std::unique_ptr<Engine> engine);
  /// The engine with this id, or nullptr.
  const Engine* find(std::string_view id) const;
  /// The engine chosen for a kind when the caller pins none (the first registered that serves it).
  const Engine* pick(std::string_view kind) const;
  const std::vector<std::unique_ptr<Engine>>& engines() const { return engines_; }

  /// {"engines": [{id,label,description,kinds,tiers,parameters,needs_key,eta_seconds}],
  ///  "tiers": [{id,max_triangles,materials,pbr,price_credits}]}
  nlohmann::json catalogJson() const;

 private:
  std::vector<std::unique_ptr<Engine>> engines_;
};

/// Runs one request end to end: resolves the engine (by id, or by kind when
/// `engine_id` is empty), checks the kind and tier are served, validates the
/// parameters, runs the engine, and checks the result honours the tier's
/// budget. Errors name the engine, kind, tier or parameter at fault and list
/// what is accepted.
Result<EngineResult> runEngine(const Registry& registry, std::string_view engine_id,
                               const EngineRequest& request, EngineContext& context);

}  // namespace kiln::engines
