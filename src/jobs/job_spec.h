#pragma once
// The native JobSpec: what every API dialect translates its request into
// (DESIGN.md §2, §4), validated against the engine catalog.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/result.h"
#include "engines/registry.h"

namespace kiln::jobs {

struct JobSpec {
  std::string kind = "text_to_3d";
  std::string engine;               // resolved (never empty after parseJobSpec)
  std::string tier = "standard";
  nlohmann::json input = nlohmann::json::object();   // {prompt?, images?: [upload ids], model?: {upload_id | job_id, artifact?}, text?}
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

/// Parses and validates a POST /v1/jobs body: unknown top-level or input
/// fields (kUnknownParameter), wrong types, unknown kind/engine/tier/output
/// format, prompts outside 3–1000 characters (code points, after trimming;
/// the stored prompt is trimmed), outputs not 1–6 distinct formats, a seed
/// that is not an integer in 0..2^53, a webhook_url that is not http(s), and
/// engine parameters outside the engine's schema (including max_triangles
/// above the tier's budget) are kInvalidArgument / kUnknownParameter errors.
/// Every error names the field in details.field ("input.prompt",
/// "outputs[2]", "params.height_mm"); parameter errors also carry
/// details.parameter. Defaults: kind = text_to_3d, engine = the first that serves the kind,
/// tier "standard", outputs ["glb"], seed 0. Format names are canonicalised
/// (lower case).
Result<JobSpec> parseJobSpec(const nlohmann::json& body, const engines::Registry& registry);

/// True for kinds that make image files (render, image_enhance) rather than
/// a model: they list no outputs, and their image format is params.format.
bool producesFiles(std::string_view kind);

/// The JobSpec stored in a job row, back from JSON (trusted: written by
/// parseJobSpec; missing or mistyped members take the struct's defaults).
JobSpec jobSpecFromJson(const nlohmann::json& json);

}  // namespace kiln::jobs
