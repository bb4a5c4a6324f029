// The Forge dialect (contracts/forge.md): a key-less text/photo → GLB lane,
// rate-limited per client IP, translated onto native jobs.
#include <cmath>
#include <set>

#include <fmt/format.h>

#include "api/api.h"
#include "api/auth.h"
#include "api/job_inputs.h"
#include "api/job_view.h"
#include "api/uploads.h"
#include "core/clock.h"
#include "core/id.h"
#include "jobs/job_spec.h"

namespace kiln::api {
namespace {

using http::Reply;
using http::Request;
using http::Response;

// Forge's words for native states.
std::string_view forgeStatus(store::JobState s) {
  switch (s) {
    case store::JobState::kQueued: return "queued";
    case store::JobState::kRunning: return "running";
    case store::JobState::kSucceeded: return "done";
    case store::JobState::kFailed: return "failed";
    case store::JobState::kCanceled: return "failed";
  }
  return "failed";
}

// Forge's steps walk image → mesh → finish; engine steps map onto them.
std::string_view forgeStep(const std::string& engine_step) {
  if (engine_step == "parse" || engine_step == "image" || engine_step.empty()) return "image";
  if (engine_step == "finish") return "finish";
  return "mesh";
}

std::string primaryModelArtifact(const store::JobRecord& job) {
  for (const auto& a : job.artifacts) {
    if (a.format == "glb") return a.name;
  }
  return job.artifacts.empty() ? std::string() : job.artifacts.front().name;
}

nlohmann::json forgeJob(ApiContext& ctx, const Request& request, const store::JobRecord& job) {
  nlohmann::json j = {{"job_id", job.id}, {"status", forgeStatus(job.state)}};
  const std::string mode = job.kind == "image_to_3d" ? "image_to_3d" : "text_to_3d";
  j["mode"] = mode;
  j["tier"] = job.tier;
  j["backend"] = job.engine;
  switch (job.state) {
    case store::JobState::kQueued: {
      int64_t position = 0;
      if (auto p = ctx.stores->jobs->queuePosition(job.id)) position = *p;
      j["queue_position"] = position;
      j["eta_seconds"] = std::round(etaSeconds(ctx, job, position) * 10.0) / 10.0;
      break;
    }
    case store::JobState::kRunning:
      j["step"] = forgeStep(job.step);
      j["progress"] = job.progress;
      j["eta_seconds"] = std::round(etaSeconds(ctx, job, 0) * 10.0) / 10.0;
      break;
    case store::JobState::kSucceeded:
      j["glb_url"] = artifactUrl(ctx, request, job.id, primaryModelArtifact(job));
      break;
    case store::JobState::kFailed:
      j["error"] = job.error ? job.error->message : std::string("generation failed; retry once");
      break;
    case store::JobState::kCanceled:
      j["error"] = "the job was canceled";
      break;
  }
  return j;
}

Response forgeError(int status, const std::string& code, const std::string& message,
                    nlohmann::json details = nlohmann::json::object()) {
  return http::jsonResponse(status, {{"error", code}, {"message", message}, {"details", std::move(details)}});
}

Response forgeErrorFrom(const Error& e) {
  return forgeError(httpStatusFor(e.code), std::string(errorCodeName(e.code)), e.message, e.details);
}

// Turns image_urls (this server's upload public_urls) into upload ids.
Result<nlohmann::json> uploadIdsFrom(ApiContext& ctx, const Principal& principal, const nlohmann::json& urls) {
  if (!urls.is_array() || urls.empty() || urls.size() > 4) {
    return fail(ErrorCode::kInvalidArgument, "image_urls must be an array of 1 to 4 URLs of the same object",
                {{"field", "image_urls"}});
  }
  nlohmann::json ids = nlohmann::json::array();
  for (const auto& u : urls) {
    if (!u.is_string()) {
      return fail(ErrorCode::kInvalidArgument, "image_urls must contain strings", {{"field", "image_urls"}});
    }
    const auto url = u.get<std::string>();
    const auto pos = url.rfind("/u/");
    const std::string id = pos == std::string::npos ? std::string() : url.substr(pos + 3);
    auto upload = isWellFormedId(id, "upl") ? ctx.stores->uploads->getUpload(id) : Result<store::UploadRecord>(fail(ErrorCode::kNotFound, ""));
    if (!upload || !upload->complete || !principal.owns(upload->workspace_id)) {
      return fail(ErrorCode::kInvalidArgument,
                  fmt::format("image_urls entry '{}' is not a completed upload on this server; POST /api/forge-upload, "
                              "PUT the photo to upload_url, then pass its public_url (fetching remote URLs is disabled)",
                              url),
                  {{"field", "image_urls"}});
    }
    ids.push_back(id);
  }
  return ids;
}

// Stores a checked job; a quick one answers "done" within the fast lane.
Reply queueForgeJob(ApiContext& ctx, Request& request, const Principal& principal, const jobs::JobSpec& checked,
                    const http::Headers& extra) {
  const jobs::JobSpec* spec = &checked;
  store::NewJob job;
  job.kind = spec->kind;
  job.engine = spec->engine;
  job.tier = spec->tier;
  job.spec = spec->toJson();
  job.dialect = "forge";
  if (auto ok = applyCallerToJob(ctx, principal, job); !ok) return forgeErrorFrom(ok.error());
  // Draft jobs jump the queue a little: the fast lane is for quick answers.
  job.priority = spec->tier == "draft" ? 1 : 0;
  auto created = ctx.stores->jobs->create(job);
  if (!created) return forgeErrorFrom(created.error());
  if (ctx.wake_workers) ctx.wake_workers();
  ctx.metrics->increment("kiln_jobs_created_total", {{"kind", job.kind}, {"tier", job.tier}});

  // Fast lane: wait briefly; a quick job answers "done" with its URL in the first response.
  const std::string id = created->id;
  auto respond = [&ctx, request, id, extra](const store::JobRecord& current) {
    nlohmann::json j = forgeJob(ctx, request, current);
    j["creation_id"] = id;
    Response r = http::jsonResponse(current.state == store::JobState::kSucceeded ? 200 : 202, j);
    copyHeaders(extra, r);
    return r;
  };
  if (ctx.config.forge_fast_lane_ms <= 0) return respond(*created);
  http::DeferredReply deferred;
  deferred.deadline_ms = monotonicMs() + ctx.config.forge_fast_lane_ms;
  deferred.poll_interval_ms = 5;
  auto last = std::make_shared<int64_t>(-1);
  deferred.poll = [&ctx, id, respond, last]() -> std::optional<Response> {
    auto counter = ctx.stores->jobs->changeCounter();
    if (counter && *counter == *last) return std::nullopt;
    if (counter) *last = *counter;
    auto current = ctx.stores->jobs->get(id);
    if (!current) return forgeErrorFrom(current.error());
    if (!store::isTerminal(current->state)) return std::nullopt;
    return respond(*current);
  };
  deferred.on_timeout = [&ctx, id, respond]() -> Response {
    auto current = ctx.stores->jobs->get(id);
    if (!current) return forgeErrorFrom(current.error());
    return respond(*current);
  };
  return deferred;
}

Reply postForge(ApiContext& ctx, Request& request, const Principal& principal) {
  http::Headers extra;
  if (auto limited = checkJobRateLimit(ctx, request, principal, extra, true)) return *limited;
  auto body = parseJsonBody(request);
  if (!body) return forgeErrorFrom(body.error());
  static const std::set<std::string> kFields = {"prompt", "tier", "aspect_ratio", "image_urls", "backend",
                                                "skip_validation"};
  for (const auto& [key, value] : body->items()) {
    if (!kFields.contains(key)) {
      return forgeError(400, "invalid_request",
                        fmt::format("unknown field '{}'; accepted: prompt, tier, aspect_ratio, image_urls, backend, "
                                    "skip_validation",
                                    key),
                        {{"field", key}});
    }
  }
  nlohmann::json native = {{"input", nlohmann::json::object()}, {"outputs", {"glb"}}};
  const bool photo = body->contains("image_urls") && !(*body)["image_urls"].is_null();
  native["kind"] = photo ? "image_to_3d" : "text_to_3d";
  if (body->contains("tier")) native["tier"] = (*body)["tier"];
  if (body->contains("backend")) native["engine"] = (*body)["backend"];
  if (body->contains("prompt")) native["input"]["prompt"] = (*body)["prompt"];
  if (body->contains("aspect_ratio")) {
    const auto& ar = (*body)["aspect_ratio"];
    static const std::set<std::string> kRatios = {"1:1", "4:3", "3:4", "16:9", "9:16"};
    if (!ar.is_string() || !kRatios.contains(ar.get<std::string>())) {
      return forgeError(400, "invalid_request", "aspect_ratio must be one of 1:1, 4:3, 3:4, 16:9, 9:16",
                        {{"field", "aspect_ratio"}});
    }
  }
  if (body->contains("skip_validation") && !(*body)["skip_validation"].is_boolean()) {
    return forgeError(400, "invalid_request", "skip_validation must be true or false", {{"field", "skip_validation"}});
  }
  if (photo) {
    auto ids = uploadIdsFrom(ctx, principal, (*body)["image_urls"]);
    if (!ids) return forgeErrorFrom(ids.error());
    native["input"]["images"] = *ids;
    if (body->value("skip_validation", false)) native["params"] = {{"skip_validation", true}};
  } else if (!body->contains("prompt")) {
    return forgeError(400, "invalid_request", "prompt is required for text → 3D (3 to 1000 characters)",
                      {{"field", "prompt"}});
  }
  auto spec = jobs::parseJobSpec(native, *ctx.registry);
  if (!spec) {
    Error e = spec.error();
    if (e.details.contains("field") && e.details["field"] == "engine") e.details["field"] = "backend";
    if (e.details.contains("field") && e.details["field"] == "input.prompt") e.details["field"] = "prompt";
    if (e.details.contains("field") && e.details["field"] == "input.images") e.details["field"] = "image_urls";
    return forgeErrorFrom(e);
  }
  // Errors about the photos name the Forge field.
  auto photoError = [](Error e) {
    if (e.details.contains("field") && e.details["field"] == "input.images") e.details["field"] = "image_urls";
    return forgeErrorFrom(e);
  };
  if (auto ok = resolveJobInputs(ctx, principal, *spec); !ok) return photoError(ok.error());
  if (needsPhotoCheck(*spec)) {
    return afterIntakeChecks(
        ctx, *spec,
        [&ctx, request, principal, spec = *spec, extra, photoError](Status checked) mutable -> Reply {
          if (!checked) return photoError(checked.error());
          return queueForgeJob(ctx, request, principal, spec, extra);
        },
        [](const Error& e) { return forgeErrorFrom(e); });
  }
  return queueForgeJob(ctx, request, principal, *spec, extra);
}

Reply getForge(ApiContext& ctx, Request& request, const Principal& principal) {
  if (request.query.contains("catalog")) {
    const auto catalog = ctx.registry->catalogJson();
    nlohmann::json backends = nlohmann::json::array();
    for (const auto& e : catalog["engines"]) {
      nlohmann::json paths = nlohmann::json::array();
      for (const auto& k : e["kinds"]) {
        if (k == "text_to_3d") paths.push_back("text");
        if (k == "image_to_3d") paths.push_back("image");
      }
      if (paths.empty()) continue;
      backends.push_back({{"id", e["id"]}, {"label", e["label"]}, {"paths", paths}, {"needs_key", e["needs_key"]},
                          {"eta_seconds", e["eta_seconds"]}});
    }
    nlohmann::json tiers = nlohmann::json::array();
    for (const auto& t : catalog["tiers"]) {
      tiers.push_back({{"id", t["id"]}, {"polygon_budget", t["max_triangles"]}, {"pbr", t["pbr"]},
                       {"textures", t["materials"]}, {"price_credits", t["price_credits"]}});
    }
    return http::jsonResponse(200, {{"backends", backends}, {"tiers", tiers}});
  }
  const auto id = request.queryParam("job");
  if (!id || id->empty()) {
    return forgeError(400, "invalid_request", "pass ?job=ID to poll a job, or ?catalog for backends and tiers",
                      {{"field", "job"}});
  }
  if (!isWellFormedId(*id, "job")) return forgeError(404, "not_found", fmt::format("no job with id '{}'", *id));
  auto job = findOwnJob(ctx, principal, *id);
  if (!job) {
    if (job.error().code == ErrorCode::kNotFound) return forgeError(404, "not_found", fmt::format("no job with id '{}'", *id));
    return forgeErrorFrom(job.error());
  }
  return http::jsonResponse(200, forgeJob(ctx, request, *job));
}

Reply postForgeUpload(ApiContext& ctx, Request& request, const Principal& principal) {
  auto body = parseJsonBody(request);
  if (!body) return forgeErrorFrom(body.error());
  auto slot = createUploadSlot(ctx, request, *body, principal.workspace_id);
  if (!slot) return forgeErrorFrom(slot.error());
  return http::jsonResponse(200, {{"upload_url", (*slot)["upload_url"]}, {"method", "PUT"},
                                  {"headers", (*slot)["headers"]}, {"public_url", (*slot)["public_url"]},
                                  {"expires_at", (*slot)["expires_at"]}});
}

}  // namespace

void addForgeRoutes(http::Router& router, ApiContext& ctx) {
  router.add({"POST", "/api/forge", guarded(ctx, {}, [&ctx](Request& r, const Principal& p) { return postForge(ctx, r, p); }),
              {.summary = "Forge: start a generation",
               .description = "Body {prompt, tier?, aspect_ratio?, image_urls?, backend?, skip_validation?}. "
                              "Answers {job_id, creation_id, status, mode, tier, backend, eta_seconds}, or "
                              "{status: done, glb_url} when the job finishes within the fast lane.",
               .tags = {"forge"},
               .request_body = {{"required", true}, {"content", {{"application/json", {{"schema", {{"type", "object"}}}}}}}},
               .responses = {{"200", {{"description", "done (fast lane)"}}}, {"202", {{"description", "queued"}}},
                             {"400", {{"description", "bad request"}}}, {"429", {{"description", "rate_limited"}}}}},
              64 * 1024});
  router.add({"GET", "/api/forge", guarded(ctx, {}, [&ctx](Request& r, const Principal& p) { return getForge(ctx, r, p); }),
              {.summary = "Forge: poll a job (?job=ID) or list backends and tiers (?catalog)",
               .tags = {"forge"},
               .responses = {{"200", {{"description", "job or catalog"}}}, {"404", {{"description", "unknown job"}}}},
               .parameters = nlohmann::json::array({{{"name", "job"}, {"in", "query"}, {"schema", {{"type", "string"}}}},
                                                    {{"name", "catalog"}, {"in", "query"}, {"schema", {{"type", "string"}}}}})}});
  router.add({"POST", "/api/forge-upload", guarded(ctx, {}, [&ctx](Request& r, const Principal& p) { return postForgeUpload(ctx, r, p); }),
              {.summary = "Forge: presigned upload slot for a photo",
               .tags = {"forge"},
               .request_body = {{"required", true}, {"content", {{"application/json", {{"schema", {{"type", "object"}}}}}}}},
               .responses = {{"200", {{"description", "slot"}}}, {"400", {{"description", "bad request"}}}}},
              16 * 1024});
}

}  // namespace kiln::api
