// The Studio dialect (contracts/studio.md): keyed miniature and generic
// generation, polled by status words, fetched by result links. Translated
// onto native jobs; a miniature is sculpted at the requested height.
#include <set>

#include <fmt/format.h>

#include "api/api.h"
#include "api/auth.h"
#include "api/job_view.h"
#include "jobs/job_spec.h"

namespace kiln::api {
namespace {

using http::Reply;
using http::Request;

std::string_view studioStatus(store::JobState s) {
  switch (s) {
    case store::JobState::kQueued: return "pending";
    case store::JobState::kRunning: return "processing";
    case store::JobState::kSucceeded: return "completed";
    case store::JobState::kFailed:
    case store::JobState::kCanceled: return "failed";
  }
  return "failed";
}

Error badField(const std::string& field, std::string message) {
  return makeError(ErrorCode::kInvalidArgument, std::move(message), {{"field", field}});
}

Status checkFields(const nlohmann::json& body, const std::set<std::string>& allowed, std::string_view list) {
  for (const auto& [key, value] : body.items()) {
    if (!allowed.contains(key)) {
      return fail(ErrorCode::kUnknownParameter, fmt::format("unknown field '{}'; accepted: {}", key, list),
                  {{"field", key}});
    }
  }
  return {};
}

Result<std::string> optionalChoice(const nlohmann::json& body, const std::string& field,
                                   const std::vector<std::string>& choices, const std::string& fallback) {
  if (!body.contains(field) || body[field].is_null()) return fallback;
  if (body[field].is_string()) {
    const auto v = body[field].get<std::string>();
    for (const auto& c : choices) {
      if (c == v) return v;
    }
  }
  return fail(badField(field, fmt::format("{} must be one of {}", field, fmt::join(choices, ", "))));
}

// Creates the native job for a Studio request; answers {"job_id": …}.
Reply createStudioJob(ApiContext& ctx, Request& request, const Principal& principal, nlohmann::json native) {
  http::Headers extra;
  if (auto limited = checkJobRateLimit(ctx, request, principal, extra, false)) return *limited;
  auto spec = jobs::parseJobSpec(native, *ctx.registry);
  if (!spec) return http::errorResponse(spec.error());
  store::NewJob job;
  job.kind = spec->kind;
  job.engine = spec->engine;
  job.tier = spec->tier;
  job.spec = spec->toJson();
  job.dialect = "studio";
  if (auto ok = applyCallerToJob(ctx, principal, job); !ok) return http::errorResponse(ok.error());
  auto created = ctx.stores->jobs->create(job);
  if (!created) return http::errorResponse(created.error());
  if (ctx.wake_workers) ctx.wake_workers();
  ctx.metrics->increment("kiln_jobs_created_total", {{"kind", job.kind}, {"tier", job.tier}});
  http::Response r = http::jsonResponse(200, {{"job_id", created->id}, {"status", "pending"},
                                              {"credits", created->credits}});
  copyHeaders(extra, r);
  return r;
}

std::string nativeFormat(const std::string& studio_format) { return studio_format; }

Reply postMiniature(ApiContext& ctx, Request& request, const Principal& principal) {
  auto body = parseJsonBody(request);
  if (!body) return http::errorResponse(body.error());
  if (auto ok = checkFields(*body, {"description", "style", "size", "output_format"},
                            "description, style, size, output_format");
      !ok) {
    return http::errorResponse(ok.error());
  }
  if (!body->contains("description") || !(*body)["description"].is_string()) {
    return http::errorResponse(badField("description", "description is required, e.g. \"A golden retriever statue\""));
  }
  auto style = optionalChoice(*body, "style", {"realistic", "stylized", "cartoon"}, "");
  if (!style) return http::errorResponse(style.error());
  auto format = optionalChoice(*body, "output_format", {"gltf", "obj", "stl"}, "stl");
  if (!format) return http::errorResponse(format.error());
  // A size field sets the height; without one a size in the description
  // ("7cm tall") wins over Studio's default of 10 cm.
  nlohmann::json params = {{"default_height_mm", 100.0}};
  if (body->contains("size") && !(*body)["size"].is_null()) {
    const auto& s = (*body)["size"];
    const bool ok = s.is_number_integer() && (s == 5 || s == 10 || s == 15 || s == 20);
    if (!ok) return http::errorResponse(badField("size", "size is the height in cm: 5, 10, 15 or 20"));
    params = {{"height_mm", s.get<int>() * 10.0}};
  }
  nlohmann::json native = {{"kind", "miniature"},
                           {"tier", "standard"},
                           {"input", {{"prompt", (*body)["description"]}}},
                           {"params", params},
                           {"outputs", {nativeFormat(*format)}}};
  if (!style->empty()) native["params"]["style"] = *style;
  return createStudioJob(ctx, request, principal, std::move(native));
}

Reply postGenerate(ApiContext& ctx, Request& request, const Principal& principal) {
  auto body = parseJsonBody(request);
  if (!body) return http::errorResponse(body.error());
  if (auto ok = checkFields(*body, {"prompt", "model", "output_format"}, "prompt, model, output_format"); !ok) {
    return http::errorResponse(ok.error());
  }
  if (!body->contains("prompt") || !(*body)["prompt"].is_string()) {
    return http::errorResponse(badField("prompt", "prompt is required: what to make"));
  }
  auto model = optionalChoice(*body, "model", {"default", "detailed", "fast"}, "default");
  if (!model) return http::errorResponse(model.error());
  auto format = optionalChoice(*body, "output_format", {"gltf", "obj", "stl"}, "gltf");
  if (!format) return http::errorResponse(format.error());
  // Studio's models are kiln's tiers.
  const std::string tier = *model == "fast" ? "draft" : *model == "detailed" ? "high" : "standard";
  nlohmann::json native = {{"kind", "text_to_3d"},
                           {"tier", tier},
                           {"input", {{"prompt", (*body)["prompt"]}}},
                           {"outputs", {nativeFormat(*format)}}};
  return createStudioJob(ctx, request, principal, std::move(native));
}

// Links to the model files (the preview image, if any, is not a result file).
nlohmann::json resultUrls(const ApiContext& ctx, const Request& request, const store::JobRecord& job) {
  nlohmann::json urls = nlohmann::json::array();
  for (const auto& a : job.artifacts) {
    if (a.media_type.starts_with("image/")) continue;
    urls.push_back(artifactUrl(ctx, request, job.id, a.name));
  }
  return urls;
}

Reply getStatus(ApiContext& ctx, Request& request, const Principal& principal) {
  auto job = findOwnJob(ctx, principal, request.path_params["job_id"]);
  if (!job) return http::errorResponse(job.error());
  const double progress = job->state == store::JobState::kSucceeded ? 1.0 : job->progress;
  nlohmann::json j = {{"job_id", job->id}, {"status", studioStatus(job->state)},
                      {"progress", static_cast<int>(progress * 100.0 + 0.5)}};
  if (job->state == store::JobState::kSucceeded) j["result_urls"] = resultUrls(ctx, request, *job);
  if (job->state == store::JobState::kFailed) {
    j["error"] = job->error ? job->error->message : std::string("the job failed");
  }
  if (job->state == store::JobState::kCanceled) j["error"] = "the job was canceled";
  return http::jsonResponse(200, j);
}

Reply getResult(ApiContext& ctx, Request& request, const Principal& principal) {
  auto job = findOwnJob(ctx, principal, request.path_params["job_id"]);
  if (!job) return http::errorResponse(job.error());
  if (job->state != store::JobState::kSucceeded) {
    return http::errorResponse(makeError(
        ErrorCode::kConflict,
        fmt::format("job {} is {}; results exist once its status is completed", job->id, studioStatus(job->state)),
        {{"job_id", job->id}, {"status", studioStatus(job->state)}}));
  }
  nlohmann::json files = nlohmann::json::array();
  for (const auto& a : job->artifacts) {
    if (a.media_type.starts_with("image/")) continue;
    files.push_back({{"filename", a.name}, {"format", a.format}, {"bytes", a.bytes}, {"sha256", a.sha256},
                     {"url", artifactUrl(ctx, request, job->id, a.name)}});
  }
  return http::jsonResponse(200, {{"job_id", job->id}, {"status", "completed"}, {"files", files},
                                  {"result_urls", resultUrls(ctx, request, *job)}});
}

}  // namespace

void addStudioRoutes(http::Router& router, ApiContext& ctx) {
  const RoutePolicy keyed{.access = Access::kRequired};
  const nlohmann::json error = {{"description", "error"}, {"content", {{"application/json", {{"schema", {{"$ref", "#/components/schemas/Error"}}}}}}}};
  const nlohmann::json started = {{"description", "{job_id}"}};
  router.add({"POST", "/api/v1/miniature", guarded(ctx, keyed, [&ctx](Request& r, const Principal& p) { return postMiniature(ctx, r, p); }),
              {.summary = "Studio: start a miniature",
               .description = "Body {description, style?: realistic|stylized|cartoon, size?: 5|10|15|20 (height in cm), "
                              "output_format?: gltf|obj|stl (default stl)}. Sculpted at the requested height.",
               .tags = {"studio"},
               .request_body = {{"required", true}, {"content", {{"application/json", {{"schema", {{"type", "object"}, {"required", {"description"}}}}}}}}},
               .responses = {{"200", started}, {"400", error}, {"401", error}, {"402", error}}},
              64 * 1024});
  router.add({"POST", "/api/v1/generate", guarded(ctx, keyed, [&ctx](Request& r, const Principal& p) { return postGenerate(ctx, r, p); }),
              {.summary = "Studio: start a generic 3D object",
               .description = "Body {prompt, model?: default|detailed|fast (standard|high|draft tier), output_format?: gltf|obj|stl}.",
               .tags = {"studio"},
               .request_body = {{"required", true}, {"content", {{"application/json", {{"schema", {{"type", "object"}, {"required", {"prompt"}}}}}}}}},
               .responses = {{"200", started}, {"400", error}, {"401", error}, {"402", error}}},
              64 * 1024});
  router.add({"GET", "/api/v1/status/{job_id}", guarded(ctx, keyed, [&ctx](Request& r, const Principal& p) { return getStatus(ctx, r, p); }),
              {.summary = "Studio: job status",
               .description = "{status: pending|processing|completed|failed, progress: 0–100, result_urls (completed), error (failed)}",
               .tags = {"studio"}, .responses = {{"200", {{"description", "status"}}}, {"401", error}, {"404", error}}}});
  router.add({"GET", "/api/v1/result/{job_id}", guarded(ctx, keyed, [&ctx](Request& r, const Principal& p) { return getResult(ctx, r, p); }),
              {.summary = "Studio: download links of a completed job", .tags = {"studio"},
               .responses = {{"200", {{"description", "{files: [{filename, format, url}], result_urls}"}}},
                             {"401", error}, {"404", error}, {"409", error}}}});
}

}  // namespace kiln::api
