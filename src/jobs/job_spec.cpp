#include "jobs/job_spec.h"

#include <algorithm>
#include <set>

#include <fmt/format.h>

#include "core/id.h"
#include "engines/params.h"
#include "engines/render_engine.h"
#include "engines/tier.h"
#include "formats/formats.h"

namespace kiln::jobs {
namespace {

constexpr size_t kMaxOutputs = 6;
constexpr uint64_t kMaxSeed = uint64_t{1} << 53;  // exact in every JSON client's doubles
constexpr size_t kMaxProjectIdChars = 128;
constexpr size_t kMaxWebhookUrlChars = 2048;

const std::vector<std::string> kTopLevelFields = {"kind",    "engine", "tier",       "input",      "params",
                                                  "outputs", "seed",   "project_id", "webhook_url"};
const std::vector<std::string> kInputFields = {"prompt", "images", "model", "text"};
const std::vector<std::string> kOutputFormats = {"glb", "gltf", "obj", "stl", "3mf", "ply"};
// Kinds whose engines make a model from input.prompt alone.
const std::set<std::string, std::less<>> kPromptKinds = {"text_to_3d", "miniature"};
// Kinds whose engines work on input.model (an upload or a job's artifact).
const std::set<std::string, std::less<>> kModelInputKinds = {"render", "video"};
// Kinds whose engines work on exactly one image in input.images.
const std::set<std::string, std::less<>> kImageInputKinds = {"image_enhance"};
// Kinds that make a model from 1 to 4 photos of the same object in
// input.images; input.prompt may come along as a note (engines may ignore it).
const std::set<std::string, std::less<>> kPhotoKinds = {"image_to_3d"};
constexpr size_t kMaxPhotos = 4;

std::unexpected<Error> badField(std::string field, std::string message, nlohmann::json details = {}) {
  if (!details.is_object()) details = nlohmann::json::object();
  details["field"] = std::move(field);
  return fail(ErrorCode::kInvalidArgument, std::move(message), std::move(details));
}

std::unexpected<Error> wrongType(const std::string& field, std::string_view expected, const nlohmann::json& got) {
  return badField(field, fmt::format("{} must be {}, not {}", field, expected, got.type_name()),
                  {{"expected", expected}, {"got", got.type_name()}});
}

std::unexpected<Error> unknownField(const std::string& field, const std::vector<std::string>& allowed) {
  return fail(ErrorCode::kUnknownParameter,
              fmt::format("unknown field '{}'; remove it. Accepted fields: {}", field, fmt::join(allowed, ", ")),
              {{"field", field}, {"allowed", allowed}});
}

std::string_view trim(std::string_view s) {
  constexpr std::string_view kSpace = " \t\r\n\f\v";
  const auto first = s.find_first_not_of(kSpace);
  if (first == std::string_view::npos) return {};
  const auto last = s.find_last_not_of(kSpace);
  return s.substr(first, last - first + 1);
}

// Characters as a person counts them: UTF-8 code points, not bytes.
size_t codePoints(std::string_view s) {
  return static_cast<size_t>(std::count_if(s.begin(), s.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  }));
}

std::vector<std::string> servedKinds(const engines::Registry& registry) {
  std::vector<std::string> kinds;
  for (const auto& e : registry.engines()) {
    for (const auto& k : e->info().kinds) {
      if (std::find(kinds.begin(), kinds.end(), k) == kinds.end()) kinds.push_back(k);
    }
  }
  return kinds;
}

bool serves(const engines::Engine& engine, std::string_view kind) {
  const auto& kinds = engine.info().kinds;
  return std::find(kinds.begin(), kinds.end(), kind) != kinds.end();
}

Result<std::string> optionalString(const nlohmann::json& body, const std::string& field, std::string fallback) {
  if (!body.contains(field)) return fallback;
  const auto& v = body[field];
  if (!v.is_string()) return wrongType(field, "a string", v);
  return v.get<std::string>();
}

// input.model: {"upload_id"} or {"job_id", "artifact"?}, for the kinds that work on a model.
Result<nlohmann::json> parseModelRef(const nlohmann::json& model, const std::string& kind) {
  if (!kModelInputKinds.contains(kind)) {
    return badField("input.model", fmt::format("{} jobs take no input.model; remove it", kind));
  }
  const std::string example = "{\"upload_id\": \"upl_…\"} or {\"job_id\": \"job_…\", \"artifact\": \"model.glb\"}";
  if (!model.is_object()) return wrongType("input.model", "an object " + example, model);
  for (const auto& [key, value] : model.items()) {
    if (key != "upload_id" && key != "job_id" && key != "artifact") {
      return unknownField("input.model." + key, {"input.model.upload_id", "input.model.job_id", "input.model.artifact"});
    }
    if (!value.is_string()) return wrongType("input.model." + key, "a string", value);
  }
  const bool upload = model.contains("upload_id");
  const bool job = model.contains("job_id");
  if (upload == job) {
    return badField("input.model", "input.model names either an upload or a job's artifact: " + example);
  }
  if (upload) {
    if (model.contains("artifact")) {
      return badField("input.model.artifact", "input.model.artifact goes with job_id, not upload_id");
    }
    const auto id = model["upload_id"].get<std::string>();
    if (!isWellFormedId(id, "upl")) {
      return badField("input.model.upload_id", fmt::format("'{}' is not an upload id (upl_…)", id));
    }
    return nlohmann::json{{"upload_id", id}};
  }
  const auto id = model["job_id"].get<std::string>();
  if (!isWellFormedId(id, "job")) {
    return badField("input.model.job_id", fmt::format("'{}' is not a job id (job_…)", id));
  }
  nlohmann::json out = {{"job_id", id}};
  if (model.contains("artifact")) {
    const auto artifact = model["artifact"].get<std::string>();
    if (artifact.empty() || artifact.size() > 128 || artifact.find('/') != std::string::npos) {
      return badField("input.model.artifact", "input.model.artifact is an artifact name such as model.glb");
    }
    out["artifact"] = artifact;
  }
  return out;
}

Status parseInput(const nlohmann::json& body, JobSpec& spec) {
  if (!body.contains("input")) {
    if (kPromptKinds.contains(spec.kind)) {
      return badField("input.prompt", fmt::format("{} jobs need input.prompt, e.g. {{\"input\": {{\"prompt\": "
                                                  "\"a glazed ceramic teapot\"}}}}",
                                                  spec.kind));
    }
    if (kModelInputKinds.contains(spec.kind)) {
      return badField("input.model", fmt::format("{} jobs need input.model: {{\"upload_id\": \"upl_…\"}} or "
                                                 "{{\"job_id\": \"job_…\", \"artifact\": \"model.glb\"}}",
                                                 spec.kind));
    }
    if (kImageInputKinds.contains(spec.kind)) {
      return badField("input.images", fmt::format("{} jobs need input.images with one upload id", spec.kind));
    }
    if (kPhotoKinds.contains(spec.kind)) {
      return badField("input.images", fmt::format("{} jobs need input.images with 1 to {} upload ids of photos of "
                                                  "the same object",
                                                  spec.kind, kMaxPhotos));
    }
    return {};
  }
  const auto& input = body["input"];
  if (!input.is_object()) return wrongType("input", "an object", input);
  for (const auto& [key, value] : input.items()) {
    if (std::find(kInputFields.begin(), kInputFields.end(), key) == kInputFields.end()) {
      std::vector<std::string> allowed;
      for (const auto& f : kInputFields) allowed.push_back("input." + f);
      return unknownField("input." + key, allowed);
    }
  }
  nlohmann::json out = nlohmann::json::object();
  for (const char* field : {"prompt", "text"}) {
    if (!input.contains(field)) continue;
    if (!input[field].is_string()) return wrongType(fmt::format("input.{}", field), "a string", input[field]);
  }
  if (input.contains("images")) {
    const auto& images = input["images"];
    if (!images.is_array()) return wrongType("input.images", "an array of upload ids", images);
    for (size_t i = 0; i < images.size(); ++i) {
      if (!images[i].is_string()) return wrongType(fmt::format("input.images[{}]", i), "an upload id string", images[i]);
    }
    out["images"] = images;
  }
  if (input.contains("model")) {
    auto model = parseModelRef(input["model"], spec.kind);
    if (!model) return fail(model.error());
    out["model"] = std::move(*model);
  }
  if (input.contains("text")) out["text"] = input["text"];

  if (kModelInputKinds.contains(spec.kind)) {
    for (const char* unused : {"prompt", "images", "text"}) {
      if (input.contains(unused)) {
        return badField(fmt::format("input.{}", unused),
                        fmt::format("{} jobs work on input.model alone; remove input.{}", spec.kind, unused));
      }
    }
    if (!input.contains("model")) {
      return badField("input.model", fmt::format("{} jobs need input.model: {{\"upload_id\": \"upl_…\"}} or "
                                                 "{{\"job_id\": \"job_…\", \"artifact\": \"model.glb\"}}",
                                                 spec.kind));
    }
  }
  if (kImageInputKinds.contains(spec.kind)) {
    for (const char* unused : {"prompt", "text"}) {
      if (input.contains(unused)) {
        return badField(fmt::format("input.{}", unused),
                        fmt::format("{} jobs work on input.images alone; remove input.{}", spec.kind, unused));
      }
    }
    if (!input.contains("images") || input["images"].size() != 1) {
      return badField("input.images", fmt::format("{} jobs need exactly one image: {{\"images\": [\"upl_…\"]}}",
                                                  spec.kind));
    }
  }

  if (kPhotoKinds.contains(spec.kind)) {
    for (const char* unused : {"model", "text"}) {
      if (input.contains(unused)) {
        return badField(fmt::format("input.{}", unused),
                        fmt::format("{} jobs are made from input.images; remove input.{}", spec.kind, unused));
      }
    }
    if (!input.contains("images") || input["images"].empty() || input["images"].size() > kMaxPhotos) {
      return badField("input.images",
                      fmt::format("{} jobs need 1 to {} photos of the same object: {{\"images\": [\"upl_…\"]}}",
                                  spec.kind, kMaxPhotos),
                      {{"min_items", 1}, {"max_items", kMaxPhotos}});
    }
  }

  if (kPromptKinds.contains(spec.kind)) {
    for (const char* unused : {"images", "model", "text"}) {
      if (input.contains(unused)) {
        return badField(fmt::format("input.{}", unused),
                        fmt::format("{} jobs are made from input.prompt alone; remove input.{}", spec.kind, unused));
      }
    }
    if (!input.contains("prompt")) {
      return badField("input.prompt", fmt::format("{} jobs need input.prompt, e.g. \"a glazed ceramic teapot\"",
                                                  spec.kind));
    }
  }
  if (input.contains("prompt")) {
    const std::string prompt(trim(input["prompt"].get_ref<const std::string&>()));
    const size_t chars = codePoints(prompt);
    if (chars < kMinPromptChars || chars > kMaxPromptChars) {
      return badField("input.prompt",
                      fmt::format("input.prompt is {} characters; describe the object in {} to {} characters, "
                                  "e.g. \"a glazed ceramic teapot\"",
                                  chars, kMinPromptChars, kMaxPromptChars),
                      {{"min_length", kMinPromptChars}, {"max_length", kMaxPromptChars}, {"got", chars}});
    }
    out["prompt"] = prompt;
  }
  spec.input = std::move(out);
  return {};
}

Status parseOutputs(const nlohmann::json& body, JobSpec& spec) {
  if (producesFiles(spec.kind)) {
    // Image kinds make one image whose format is an engine parameter.
    spec.outputs.clear();
    if (body.contains("outputs")) {
      return badField("outputs", fmt::format("{} jobs make an image, not model files; remove outputs and choose "
                                             "the image format with params.format (png or jpg)",
                                             spec.kind));
    }
    return {};
  }
  if (!body.contains("outputs")) return {};
  const auto& outputs = body["outputs"];
  if (!outputs.is_array()) return wrongType("outputs", "an array of format names", outputs);
  if (outputs.empty() || outputs.size() > kMaxOutputs) {
    return badField("outputs",
                    fmt::format("outputs lists {} formats; ask for 1 to {} of: {}", outputs.size(), kMaxOutputs,
                                fmt::join(kOutputFormats, ", ")),
                    {{"allowed", kOutputFormats}, {"max_items", kMaxOutputs}});
  }
  spec.outputs.clear();
  for (size_t i = 0; i < outputs.size(); ++i) {
    const std::string field = fmt::format("outputs[{}]", i);
    if (!outputs[i].is_string()) return wrongType(field, "a format name string", outputs[i]);
    const auto format = formats::parseFormat(outputs[i].get<std::string>());
    if (!format) {
      return badField(field,
                      fmt::format("unknown output format '{}'; choose from {}", outputs[i].get<std::string>(),
                                  fmt::join(kOutputFormats, ", ")),
                      {{"allowed", kOutputFormats}});
    }
    std::string name(formats::formatName(*format));
    if (std::find(spec.outputs.begin(), spec.outputs.end(), name) != spec.outputs.end()) {
      return badField(field, fmt::format("output format '{}' is listed twice; list each format once", name));
    }
    spec.outputs.push_back(std::move(name));
  }
  return {};
}

Status parseSeed(const nlohmann::json& body, JobSpec& spec) {
  if (!body.contains("seed")) return {};
  const auto& seed = body["seed"];
  const auto message = fmt::format("seed must be a whole number from 0 to {}", kMaxSeed);
  if (seed.is_number_unsigned()) {
    const auto value = seed.get<uint64_t>();
    if (value > kMaxSeed) return badField("seed", message, {{"minimum", 0}, {"maximum", kMaxSeed}});
    spec.seed = value;
    return {};
  }
  if (seed.is_number_integer()) {  // signed storage: built in code rather than parsed
    const auto value = seed.get<int64_t>();
    if (value < 0) return badField("seed", message, {{"minimum", 0}, {"maximum", kMaxSeed}});
    spec.seed = static_cast<uint64_t>(value);
    return {};
  }
  if (seed.is_number_float()) {
    return badField("seed", message, {{"minimum", 0}, {"maximum", kMaxSeed}, {"got", seed}});
  }
  return wrongType("seed", "a non-negative integer", seed);
}

Status parseWebhookUrl(const std::string& url) {
  auto bad = [&](std::string why) {
    return badField("webhook_url", fmt::format("webhook_url {}; give an absolute http:// or https:// URL", why));
  };
  if (url.size() > kMaxWebhookUrlChars) return bad(fmt::format("is longer than {} characters", kMaxWebhookUrlChars));
  std::string lower = url.substr(0, 8);
  std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
  size_t host_start = 0;
  if (lower.starts_with("https://")) {
    host_start = 8;
  } else if (lower.starts_with("http://")) {
    host_start = 7;
  } else {
    return bad("is not http(s)");
  }
  for (char c : url) {
    if (static_cast<unsigned char>(c) <= 0x20 || c == 0x7f) return bad("contains spaces or control characters");
  }
  const auto host_end = url.find_first_of("/?#", host_start);
  if (url.substr(host_start, host_end == std::string::npos ? std::string::npos : host_end - host_start).empty()) {
    return bad("has no host");
  }
  return {};
}

Status parseParams(const nlohmann::json& body, const engines::Engine& engine, JobSpec& spec) {
  if (!body.contains("params")) return {};
  const auto& params = body["params"];
  if (params.is_null()) return {};
  if (!params.is_object()) return wrongType("params", "an object of name: value pairs", params);
  auto valid = engines::validateParams(engine.info().params, params);
  if (!valid) {
    Error error = valid.error();
    const std::string parameter = error.details.value("parameter", "");
    error.details["field"] = parameter.empty() ? std::string("params") : "params." + parameter;
    return fail(std::move(error));
  }
  // A triangle budget can only lower the tier's: catch it now rather than in the worker.
  const auto tier = engines::parseTier(spec.tier);
  if (params.contains("max_triangles") && params["max_triangles"].is_number() && tier) {
    const auto& info = engines::tierInfo(*tier);
    if (params["max_triangles"].get<double>() > static_cast<double>(info.max_triangles)) {
      return fail(ErrorCode::kInvalidArgument,
                  fmt::format("parameter 'max_triangles' is {}; the {} tier allows at most {} — lower it or "
                              "choose a higher tier",
                              params["max_triangles"].dump(), info.id, info.max_triangles),
                  {{"parameter", "max_triangles"}, {"field", "params.max_triangles"},
                   {"maximum", info.max_triangles}});
    }
  }
  spec.params = params;
  return {};
}

}  // namespace

bool producesFiles(std::string_view kind) {
  return kModelInputKinds.contains(kind) || kImageInputKinds.contains(kind);
}

nlohmann::json JobSpec::toJson() const {
  nlohmann::json json = {{"kind", kind},     {"engine", engine},   {"tier", tier}, {"input", input},
                         {"params", params}, {"outputs", outputs}, {"seed", seed}};
  if (!project_id.empty()) json["project_id"] = project_id;
  if (!webhook_url.empty()) json["webhook_url"] = webhook_url;
  return json;
}

JobSpec jobSpecFromJson(const nlohmann::json& json) {
  JobSpec spec;
  if (!json.is_object()) return spec;
  spec.kind = json.value("kind", spec.kind);
  spec.engine = json.value("engine", spec.engine);
  spec.tier = json.value("tier", spec.tier);
  if (json.contains("input") && json["input"].is_object()) spec.input = json["input"];
  if (json.contains("params") && json["params"].is_object()) spec.params = json["params"];
  if (json.contains("outputs") && json["outputs"].is_array()) {
    spec.outputs.clear();
    for (const auto& o : json["outputs"]) {
      if (o.is_string()) spec.outputs.push_back(o.get<std::string>());
    }
  }
  if (json.contains("seed") && json["seed"].is_number_integer() && json["seed"].get<int64_t>() >= 0) {
    spec.seed = json["seed"].get<uint64_t>();
  }
  spec.project_id = json.value("project_id", "");
  spec.webhook_url = json.value("webhook_url", "");
  return spec;
}

Result<JobSpec> parseJobSpec(const nlohmann::json& body, const engines::Registry& registry) {
  if (!body.is_object()) return wrongType("body", "a JSON object", body);
  for (const auto& [key, value] : body.items()) {
    if (std::find(kTopLevelFields.begin(), kTopLevelFields.end(), key) == kTopLevelFields.end()) {
      return unknownField(key, kTopLevelFields);
    }
  }
  JobSpec spec;
  const auto kinds = servedKinds(registry);
  // kind defaults to text_to_3d, the kind every text prompt means.
  if (body.contains("kind")) {
    if (!body["kind"].is_string()) return wrongType("kind", "a string", body["kind"]);
    spec.kind = body["kind"].get<std::string>();
  }
  if (std::find(kinds.begin(), kinds.end(), spec.kind) == kinds.end()) {
    return badField("kind", fmt::format("no engine makes kind '{}'; choose one of {}", spec.kind, fmt::join(kinds, ", ")),
                    {{"allowed", kinds}});
  }

  auto engine_id = optionalString(body, "engine", "");
  if (!engine_id) return fail(engine_id.error());
  const engines::Engine* engine = nullptr;
  if (engine_id->empty()) {
    engine = registry.pick(spec.kind);
  } else {
    engine = registry.find(*engine_id);
    std::vector<std::string> able;
    for (const auto& e : registry.engines()) {
      if (serves(*e, spec.kind)) able.push_back(e->info().id);
    }
    if (engine == nullptr) {
      return badField("engine", fmt::format("unknown engine '{}'; engines for {}: {}", *engine_id, spec.kind,
                                            fmt::join(able, ", ")),
                      {{"allowed", able}});
    }
    if (!serves(*engine, spec.kind)) {
      return badField("engine", fmt::format("engine '{}' does not make {}; use one of {}", *engine_id, spec.kind,
                                            fmt::join(able, ", ")),
                      {{"allowed", able}});
    }
  }
  spec.engine = engine->info().id;

  // A render's tier bounds its pixels: without an explicit tier it takes the
  // lowest one its resolution fits, and an explicit tier must fit it.
  std::optional<engines::Tier> render_tier;
  std::string render_resolution = "1k";
  if (kModelInputKinds.contains(spec.kind) && spec.engine == "render") {
    const nlohmann::json params = body.contains("params") ? body["params"] : nlohmann::json::object();
    if (params.is_object() && params.contains("resolution") && params["resolution"].is_string()) {
      render_resolution = params["resolution"].get<std::string>();
    }
    auto needed = engines::minimumRenderTier(params);
    if (!needed) {
      Error error = needed.error();
      error.details["field"] = "params.resolution";
      return fail(std::move(error));
    }
    render_tier = *needed;
  }
  auto tier = optionalString(body, "tier", render_tier ? std::string(engines::tierInfo(*render_tier).id) : spec.tier);
  if (!tier) return fail(tier.error());
  if (render_tier) {
    const auto asked = engines::parseTier(*tier);
    if (asked && static_cast<int>(*asked) < static_cast<int>(*render_tier)) {
      return badField("tier",
                      fmt::format("a render at resolution {} needs tier {} or higher; omit tier to get it",
                                  render_resolution,
                                  engines::tierInfo(*render_tier).id),
                      {{"minimum", engines::tierInfo(*render_tier).id}});
    }
  }
  const auto parsed_tier = engines::parseTier(*tier);
  const auto& offered = engine->info().tiers;
  if (!parsed_tier || std::find(offered.begin(), offered.end(), *parsed_tier) == offered.end()) {
    std::vector<std::string> names;
    for (auto t : offered) names.emplace_back(engines::tierInfo(t).id);
    return badField("tier", fmt::format("tier '{}' is not offered by engine '{}'; choose {}", *tier, spec.engine,
                                        fmt::join(names, ", ")),
                    {{"allowed", names}});
  }
  spec.tier = std::string(engines::tierInfo(*parsed_tier).id);

  if (auto ok = parseInput(body, spec); !ok) return fail(ok.error());
  if (auto ok = parseParams(body, *engine, spec); !ok) return fail(ok.error());
  if (auto ok = parseOutputs(body, spec); !ok) return fail(ok.error());
  if (auto ok = parseSeed(body, spec); !ok) return fail(ok.error());
  auto project = optionalString(body, "project_id", "");
  if (!project) return fail(project.error());
  if (project->size() > kMaxProjectIdChars) {
    return badField("project_id", fmt::format("project_id is longer than {} characters", kMaxProjectIdChars));
  }
  spec.project_id = *project;
  auto webhook = optionalString(body, "webhook_url", "");
  if (!webhook) return fail(webhook.error());
  if (!webhook->empty()) {
    if (auto ok = parseWebhookUrl(*webhook); !ok) return fail(ok.error());
  }
  spec.webhook_url = *webhook;
  // Last, once everything else is valid: the engine's own check of the
  // request (e.g. that the prompt names a subject it can make).
  if (const auto& check = engine->info().check_request) {
    engines::EngineRequest request;
    request.kind = spec.kind;
    request.tier = *parsed_tier;
    request.prompt = spec.input.value("prompt", "");
    request.params = spec.params;
    request.seed = spec.seed;
    if (auto ok = check(request); !ok) {
      Error error = ok.error();
      if (!error.details.contains("field")) error.details["field"] = "input.prompt";
      return fail(std::move(error));
    }
  }

  return spec;
}

}  // namespace kiln::jobs
