#include "engines/registry.h"

#include <fmt/format.h>

#include <cstdlib>
#include <string_view>

#include "engines/fault_engine.h"
#include "engines/image_ops/enhance_engine.h"
#include "engines/inflate/inflate_engine.h"
#include "engines/render_engine.h"
#include "engines/sculpt/sculpt_engine.h"
#include "engines/turntable_engine.h"

namespace kiln::engines {

Registry Registry::withBuiltins() {
  Registry r;
  r.add(makeSculptEngine());
  r.add(makeRenderEngine());
  r.add(makeEnhanceEngine());
  r.add(makeInflateEngine());
  r.add(makeTurntableEngine());
  if (const char* test = std::getenv("KILN_TEST_ENGINES"); test != nullptr && std::string_view(test) == "1") {
    r.add(makeFaultEngine());
  }
  return r;
}

void Registry::add(std::unique_ptr<Engine> engine) { engines_.push_back(std::move(engine)); }

const Engine* Registry::find(std::string_view id) const {
  for (const auto& e : engines_) {
    if (e->info().id == id) return e.get();
  }
  return nullptr;
}

const Engine* Registry::pick(std::string_view kind) const {
  for (const auto& e : engines_) {
    for (const auto& k : e->info().kinds) {
      if (k == kind) return e.get();
    }
  }
  return nullptr;
}

nlohmann::json Registry::catalogJson() const {
  nlohmann::json engines = nlohmann::json::array();
  for (const auto& e : engines_) {
    const auto& info = e->info();
    nlohmann::json params = nlohmann::json::array();
    for (const auto& p : info.params) params.push_back(p.toJson());
    nlohmann::json tiers = nlohmann::json::array();
    for (Tier t : info.tiers) tiers.push_back(tierInfo(t).id);
    nlohmann::json entry = {{"id", info.id}, {"label", info.label}, {"description", info.description},
                            {"kinds", info.kinds}, {"tiers", tiers}, {"parameters", params},
                            {"needs_key", info.needs_key}, {"eta_seconds", info.eta_seconds}};
    if (info.catalog_extra) entry.update(info.catalog_extra());
    engines.push_back(std::move(entry));
  }
  nlohmann::json tiers = nlohmann::json::array();
  for (const auto& t : allTiers()) {
    tiers.push_back({{"id", t.id}, {"max_triangles", t.max_triangles}, {"materials", t.materials},
                     {"pbr", t.pbr}, {"price_credits", t.price_credits}});
  }
  return {{"engines", engines}, {"tiers", tiers}};
}

Result<EngineResult> runEngine(const Registry& registry, std::string_view engine_id,
                               const EngineRequest& request, EngineContext& context) {
  const Engine* engine = nullptr;
  if (!engine_id.empty()) {
    engine = registry.find(engine_id);
    if (engine == nullptr) {
      std::vector<std::string> known;
      for (const auto& e : registry.engines()) known.push_back(e->info().id);
      return fail(ErrorCode::kInvalidArgument,
                  fmt::format("unknown engine '{}'; available engines: {}", engine_id, fmt::join(known, ", ")),
                  {{"parameter", "engine"}, {"allowed", known}});
    }
  } else {
    engine = registry.pick(request.kind);
  }
  if (engine == nullptr || std::find(engine->info().kinds.begin(), engine->info().kinds.end(), request.kind) ==
                               engine->info().kinds.end()) {
    std::vector<std::string> kinds;
    for (const auto& e : registry.engines()) {
      for (const auto& k : e->info().kinds) {
        if (std::find(kinds.begin(), kinds.end(), k) == kinds.end()) kinds.push_back(k);
      }
    }
    return fail(ErrorCode::kInvalidArgument,
                fmt::format("no engine{} serves kind '{}'; kinds served: {}",
                            engine_id.empty() ? std::string() : fmt::format(" named '{}'", engine_id), request.kind,
                            fmt::join(kinds, ", ")),
                {{"parameter", "kind"}, {"allowed", kinds}});
  }
  const auto& info = engine->info();
  if (std::find(info.tiers.begin(), info.tiers.end(), request.tier) == info.tiers.end()) {
    return fail(ErrorCode::kInvalidArgument,
                fmt::format("engine '{}' does not offer the {} tier", info.id, tierInfo(request.tier).id),
                {{"parameter", "tier"}});
  }
  auto params = validateParams(info.params, request.params);
  if (!params) return fail(params.error());
  auto result = engine->run(request, *params, context);
  if (!result) return result;
  const size_t budget = tierInfo(request.tier).max_triangles;
  if (result->mesh.triangleCount() > budget) {
    return fail(ErrorCode::kInternal,
                fmt::format("engine '{}' returned {} triangles, over the {} tier's budget of {}", info.id,
                            result->mesh.triangleCount(), tierInfo(request.tier).id, budget));
  }
  return result;
}

}  // namespace kiln::engines
