#pragma once
// The native JobSpec: what every API dialect translates its request into
// (DESIGN.md §2, §4), validated against the engine catalog.

#include <cstdint>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/result.h"
#include "engines/registry.h"

namespace kiln::jobs {

struct JobSpec {
  std::string kind = "text_to_3d";
  std::string engine;               // resolved (never empty after parseJobSpec)
  std::string tier = "standard";
  nlohmann::json input = nlohmann::json::object();   // {prompt?, images?: [upload ids], model?, text?}
  nlohmann::json params = nlohmann::json::object();
  std::vector<std::string> outputs = {"glb"};         // formats; the first is the primary artifact
  uint64_t seed = 0;
  std::string project_id;
  std::string webhook_url;

  nlohmann::json toJson() const;
};

/// Limits on prompts (characters).
inline constexpr size_t kMinPromptChars = 3;
inline constexpr size_t kMaxPromptChars = 1000;

/// Parses and validates a POST /v1/jobs body: unknown top-level fields,
/// wrong types, unknown kind/engine/tier/output format, prompts outside
/// 3–1000 characters, and engine parameters outside the engine's schema are
/// kInvalidArgument / kUnknownParameter errors naming the field
/// (details.field or details.parameter).
Result<JobSpec> parseJobSpec(const nlohmann::json& body, const engines::Registry& registry);

/// The JobSpec stored in a job row, back from JSON (trusted: written by parseJobSpec).
JobSpec jobSpecFromJson(const nlohmann::json& json);

}  // namespace kiln::jobs
