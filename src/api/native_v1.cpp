// The native REST API, /v1 (DESIGN.md §4).
#include <charconv>

#include <fmt/format.h>

#include "api/api.h"
#include "api/auth.h"
#include "api/job_inputs.h"
#include "api/job_view.h"
#include "api/uploads.h"
#include "core/clock.h"
#include "core/id.h"
#include "http/signed_url.h"
#include "jobs/job_spec.h"

namespace kiln::api {
namespace {

using http::Reply;
using http::Request;
using http::Response;

const nlohmann::json kJobRef = {{"$ref", "#/components/schemas/Job"}};
const nlohmann::json kErrorRef = {{"$ref", "#/components/schemas/Error"}};

nlohmann::json jsonContent(const nlohmann::json& schema) {
  return {{"content", {{"application/json", {{"schema", schema}}}}}};
}

// Waits (without blocking a thread) until the job is terminal or the deadline passes.
Reply waitForJob(ApiContext& ctx, const Request& request, const std::string& id, int64_t wait_s,
                 http::Headers extra, int timeout_status) {
  http::DeferredReply deferred;
  deferred.deadline_ms = monotonicMs() + wait_s * 1000;
  deferred.poll_interval_ms = 5;
  auto last_counter = std::make_shared<int64_t>(-1);
  deferred.poll = [&ctx, request, id, extra, last_counter]() -> std::optional<Response> {
    // Only re-read the job when some job row changed.
    auto counter = ctx.stores->jobs->changeCounter();
    if (counter && *counter == *last_counter) return std::nullopt;
    if (counter) *last_counter = *counter;
    auto job = ctx.stores->jobs->get(id);
    if (!job) return http::errorResponse(job.error());
    if (!store::isTerminal(job->state)) return std::nullopt;
    Response r = http::jsonResponse(200, jobJson(ctx, request, *job));
    copyHeaders(extra, r);
    r.headers.set("Preference-Applied", "wait");
    return r;
  };
  deferred.on_timeout = [&ctx, request, id, extra, timeout_status]() -> Response {
    auto job = ctx.stores->jobs->get(id);
    if (!job) return http::errorResponse(job.error());
    Response r = http::jsonResponse(store::isTerminal(job->state) ? 200 : timeout_status, jobJson(ctx, request, *job));
    copyHeaders(extra, r);
    if (!store::isTerminal(job->state)) r.headers.set("Location", "/v1/jobs/" + id);
    return r;
  };
  return deferred;
}

// Stores a checked job and answers 202 (or waits for it under Prefer: wait).
Reply queueJob(ApiContext& ctx, Request& request, const Principal& principal, const jobs::JobSpec& checked,
               http::Headers extra) {
  const jobs::JobSpec* spec = &checked;
  store::NewJob job;
  job.kind = spec->kind;
  job.engine = spec->engine;
  job.tier = spec->tier;
  job.spec = spec->toJson();
  job.dialect = "native";
  if (auto ok = applyCallerToJob(ctx, principal, job); !ok) return http::errorResponse(ok.error());
  auto created = ctx.stores->jobs->create(job);
  if (!created) return http::errorResponse(created.error());
  if (ctx.wake_workers) ctx.wake_workers();
  ctx.metrics->increment("kiln_jobs_created_total", {{"kind", job.kind}, {"tier", job.tier}});
  extra.set("Location", "/v1/jobs/" + created->id);
  if (auto wait = preferWaitSeconds(ctx, request); wait && *wait > 0) {
    return waitForJob(ctx, request, created->id, *wait, extra, 202);
  }
  // A new job is last in line: its position is the queue's length, which the
  // store keeps as a counter (counting the rows ahead would cost O(queue)).
  std::optional<int64_t> position;
  if (auto stats = ctx.stores->jobs->stats()) position = stats->queued;
  Response r = http::jsonResponse(202, jobJson(ctx, request, *created, position));
  copyHeaders(extra, r);
  return r;
}

Reply createJob(ApiContext& ctx, Request& request, const Principal& principal) {
  http::Headers extra;
  if (auto limited = checkJobRateLimit(ctx, request, principal, extra, false)) return *limited;
  auto body = parseJsonBody(request);
  if (!body) return http::errorResponse(body.error());
  auto spec = jobs::parseJobSpec(*body, *ctx.registry);
  if (!spec) return http::errorResponse(spec.error());
  if (auto ok = resolveJobInputs(ctx, principal, *spec); !ok) return http::errorResponse(ok.error());
  if (needsPhotoCheck(*spec) || needsWebhookLookup(ctx, *spec)) {
    return afterIntakeChecks(
        ctx, *spec,
        [&ctx, request, principal, spec = *spec, extra](Status checked) mutable -> Reply {
          if (!checked) return http::errorResponse(checked.error());
          return queueJob(ctx, request, principal, spec, extra);
        },
        [](const Error& e) { return http::errorResponse(e); });
  }
  return queueJob(ctx, request, principal, *spec, extra);
}

Reply getJob(ApiContext& ctx, Request& request, const Principal& principal) {
  const std::string& id = request.path_params["id"];
  const int64_t second = nowUnixMs() / 1000;
  const std::string base = baseUrl(ctx, request);
  const std::string& owner = principal.workspace_id;
  if (auto cached = ctx.finished_jobs->find(id, second, base, owner)) {
    Response r;
    r.body = std::move(*cached);
    r.headers.set("Content-Type", "application/json");
    return r;
  }
  auto job = findOwnJob(ctx, principal, id);
  if (!job) return http::errorResponse(job.error());
  if (auto wait = preferWaitSeconds(ctx, request); wait && *wait > 0 && !store::isTerminal(job->state)) {
    return waitForJob(ctx, request, job->id, *wait, {}, 200);
  }
  Response r = http::jsonResponse(200, jobJson(ctx, request, *job));
  if (store::isTerminal(job->state)) ctx.finished_jobs->store(id, second, base, job->workspace_id, r.body);
  return r;
}

Reply listJobs(ApiContext& ctx, Request& request, const Principal& principal) {
  store::JobQuery query;
  query.workspace_id = principal.workspace_id;
  if (auto limit = request.queryParam("limit")) {
    int v = 0;
    auto [p, ec] = std::from_chars(limit->data(), limit->data() + limit->size(), v);
    if (ec != std::errc() || p != limit->data() + limit->size() || v < 1 || v > 100) {
      return http::errorResponse(makeError(ErrorCode::kInvalidArgument, "limit must be an integer from 1 to 100",
                                           {{"field", "limit"}}));
    }
    query.limit = v;
  }
  if (auto state = request.queryParam("status")) {
    query.state = store::parseJobState(*state);
    if (!query.state) {
      return http::errorResponse(makeError(ErrorCode::kInvalidArgument,
                                           "status must be queued, running, succeeded, failed or canceled",
                                           {{"field", "status"}}));
    }
  }
  if (auto kind = request.queryParam("kind")) query.kind = *kind;
  if (auto cursor = request.queryParam("cursor")) query.cursor = *cursor;
  auto page = ctx.stores->jobs->list(query);
  if (!page) return http::errorResponse(page.error());
  nlohmann::json data = nlohmann::json::array();
  for (const auto& job : page->jobs) data.push_back(jobJson(ctx, request, job));
  return http::jsonResponse(200, {{"data", data},
                                  {"next_cursor", page->next_cursor.empty() ? nlohmann::json(nullptr)
                                                                            : nlohmann::json(page->next_cursor)}});
}

Reply cancelJob(ApiContext& ctx, Request& request, const Principal& principal) {
  auto job = findOwnJob(ctx, principal, request.path_params["id"]);
  if (!job) return http::errorResponse(job.error());
  auto canceled = ctx.stores->jobs->cancel(job->id);
  if (!canceled) {
    if (canceled.error().code == ErrorCode::kConflict) {
      return http::errorResponse(makeError(
          ErrorCode::kConflict,
          fmt::format("job {} is already {}; only queued or running jobs can be canceled", job->id,
                      store::jobStateName(job->state)),
          {{"job_id", job->id}, {"status", store::jobStateName(job->state)}}));
    }
    return http::errorResponse(canceled.error());
  }
  return http::jsonResponse(200, jobJson(ctx, request, *canceled));
}

Reply jobEvents(ApiContext& ctx, Request& request, const Principal& principal) {
  auto job = findOwnJob(ctx, principal, request.path_params["id"]);
  if (!job) return http::errorResponse(job.error());
  http::StreamReply stream;
  stream.head.status = 200;
  stream.head.headers.set("Content-Type", "text/event-stream");
  stream.head.headers.set("Cache-Control", "no-store");
  stream.poll_interval_ms = 50;
  struct State {
    std::string last;
    int64_t counter = -1;
    bool finished = false;
  };
  auto state = std::make_shared<State>();
  const std::string id = job->id;
  stream.next = [&ctx, request, id, state]() -> http::StreamStep {
    if (state->finished) return {"", true};
    auto counter = ctx.stores->jobs->changeCounter();
    if (counter && *counter == state->counter) return {"", false};
    if (counter) state->counter = *counter;
    auto current = ctx.stores->jobs->get(id);
    if (!current) return {"event: error\ndata: " + current.error().toJson().dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n\n", true};
    // Compare without the signed URLs, which change every second.
    nlohmann::json view = jobJson(ctx, request, *current);
    nlohmann::json key = view;
    key.erase("artifacts");
    key.erase("eta_seconds");
    const std::string fingerprint = key.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    if (fingerprint == state->last) return {"", false};
    state->last = fingerprint;
    const bool done = store::isTerminal(current->state);
    state->finished = done;
    return {fmt::format("event: status\nid: {}\ndata: {}\n\n", *counter, view.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)), done};
  };
  return stream;
}

// The signed URL is the capability; a keyed caller of another workspace is
// still refused (404), so a leaked URL does not cross tenants through a key.
Reply getArtifact(ApiContext& ctx, Request& request, const Principal& principal) {
  const std::string& id = request.path_params["id"];
  const std::string& name = request.path_params["name"];
  const std::string path = fmt::format("/v1/jobs/{}/artifacts/{}", id, name);
  if (auto ok = http::verifySignedQuery(ctx.stores->server_secret, "GET", path, request.queryParam("expires").value_or(""),
                                        request.queryParam("sig").value_or(""), nowUnixMs() / 1000);
      !ok) {
    return http::errorResponse(makeError(ErrorCode::kNotFound,
                                         "this artifact URL is unknown or has expired; fetch the job again for a fresh URL",
                                         {{"job_id", id}}));
  }
  Principal owner = principal;
  if (principal.anonymous) {
    // Without a key the signature alone decides: look the owner up.
    auto any = ctx.stores->jobs->get(id);
    if (any) owner.workspace_id = any->workspace_id;
  }
  auto job = findOwnJob(ctx, owner, id);
  if (!job) return http::errorResponse(job.error());
  for (const auto& a : job->artifacts) {
    if (a.name != name) continue;
    auto file = ctx.stores->blobs->localPath(a.sha256);
    if (!file) return http::errorResponse(makeError(ErrorCode::kNotFound, "the artifact's file is missing"));
    Response r;
    r.file_path = file->string();
    r.headers.set("Content-Type", a.media_type);
    r.headers.set("Content-Disposition", fmt::format("attachment; filename=\"{}-{}\"", id, name));
    r.headers.set("Cache-Control", "private, max-age=300");
    return r;
  }
  return http::errorResponse(makeError(ErrorCode::kNotFound, fmt::format("job {} has no artifact '{}'", id, name)));
}

Reply createUpload(ApiContext& ctx, Request& request, const Principal& principal) {
  auto body = parseJsonBody(request);
  if (!body) return http::errorResponse(body.error());
  auto slot = createUploadSlot(ctx, request, *body, principal.workspace_id);
  if (!slot) return http::errorResponse(slot.error());
  return http::jsonResponse(201, *slot);
}

Reply getUpload(ApiContext& ctx, Request& request, const Principal& principal) {
  auto record = ctx.stores->uploads->getUpload(request.path_params["id"]);
  if (!record || !principal.owns(record->workspace_id)) return http::errorResponse(makeError(ErrorCode::kNotFound, "no such upload"));
  return http::jsonResponse(200, {{"upload_id", record->id}, {"content_type", record->content_type},
                                  {"complete", record->complete}, {"bytes", record->bytes},
                                  {"sha256", record->complete ? nlohmann::json(record->sha256) : nlohmann::json(nullptr)},
                                  {"expires_at", formatRfc3339(record->expires_at_ms)}});
}

// The registry's catalog with this server's prices.
nlohmann::json pricedCatalog(const ApiContext& ctx) {
  nlohmann::json catalog = ctx.registry->catalogJson();
  for (auto& tier : catalog["tiers"]) tier["price_credits"] = ctx.config.prices.contains(tier["id"].get<std::string>())
                                                                  ? ctx.config.prices.at(tier["id"].get<std::string>())
                                                                  : 0;
  for (auto& engine : catalog["engines"]) {
    nlohmann::json prices = nlohmann::json::object();
    for (const auto& tier : engine["tiers"]) {
      prices[tier.get<std::string>()] = priceCredits(ctx.config, engine["id"], tier.get<std::string>());
    }
    engine["prices"] = prices;
  }
  return catalog;
}

}  // namespace

void addNativeRoutes(http::Router& router, ApiContext& ctx) {
  const nlohmann::json job_response = jsonContent(kJobRef);
  const nlohmann::json error_response = jsonContent(kErrorRef);
  router.add({"POST", "/v1/jobs", guarded(ctx, {}, [&ctx](Request& r, const Principal& p) { return createJob(ctx, r, p); }),
              {.summary = "Create a job",
               .description = "Queues a generation job. With `Prefer: wait=N` the response waits up to N seconds "
                              "and returns 200 with the finished job; otherwise 202 with a Location header. A text "
                              "prompt whose subject kiln does not know is refused before anything is queued: 422 "
                              "`unknown_subject` with related subjects in `error.details.suggestions`.",
               .tags = {"jobs"},
               .request_body = {{"required", true}, {"content", {{"application/json", {{"schema", {{"$ref", "#/components/schemas/JobSpec"}}}}}}}},
               .responses = {{"200", job_response}, {"202", job_response}, {"400", error_response},
                             {"422", error_response}, {"429", error_response}},
               .parameters = nlohmann::json::array({{{"name", "Prefer"}, {"in", "header"}, {"schema", {{"type", "string"}}},
                                                     {"description", "wait=N (RFC 7240): wait up to N seconds for the result"}}})},
              64 * 1024});
  router.add({"GET", "/v1/jobs", guarded(ctx, {}, [&ctx](Request& r, const Principal& p) { return listJobs(ctx, r, p); }),
              {.summary = "List jobs",
               .description = "Newest first; follow next_cursor for the next page.",
               .tags = {"jobs"},
               .responses = {{"200", jsonContent({{"type", "object"}, {"properties", {{"data", {{"type", "array"}, {"items", kJobRef}}}, {"next_cursor", {{"type", {"string", "null"}}}}}}})}},
               .parameters = nlohmann::json::array({
                   {{"name", "limit"}, {"in", "query"}, {"schema", {{"type", "integer"}, {"minimum", 1}, {"maximum", 100}}}},
                   {{"name", "cursor"}, {"in", "query"}, {"schema", {{"type", "string"}}}},
                   {{"name", "status"}, {"in", "query"}, {"schema", {{"type", "string"}, {"enum", {"queued", "running", "succeeded", "failed", "canceled"}}}}},
                   {{"name", "kind"}, {"in", "query"}, {"schema", {{"type", "string"}}}}})}});
  router.add({"GET", "/v1/jobs/{id}", guarded(ctx, {}, [&ctx](Request& r, const Principal& p) { return getJob(ctx, r, p); }),
              {.summary = "Get a job", .description = "Status, progress, queue position, ETA and fresh artifact URLs.",
               .tags = {"jobs"}, .responses = {{"200", job_response}, {"404", error_response}}}});
  router.add({"POST", "/v1/jobs/{id}/cancel", guarded(ctx, {}, [&ctx](Request& r, const Principal& p) { return cancelJob(ctx, r, p); }),
              {.summary = "Cancel a job", .tags = {"jobs"},
               .responses = {{"200", job_response}, {"404", error_response}, {"409", error_response}}}});
  router.add({"GET", "/v1/jobs/{id}/events", guarded(ctx, {}, [&ctx](Request& r, const Principal& p) { return jobEvents(ctx, r, p); }),
              {.summary = "Follow a job (Server-Sent Events)",
               .description = "`event: status` with the job JSON on every change; ends after a final state.",
               .tags = {"jobs"},
               .responses = {{"200", {{"description", "text/event-stream"}, {"content", {{"text/event-stream", {{"schema", {{"type", "string"}}}}}}}}}}}});
  router.add({"GET", "/v1/jobs/{id}/artifacts/{name}", guarded(ctx, {}, [&ctx](Request& r, const Principal& p) { return getArtifact(ctx, r, p); }),
              {.summary = "Download an artifact (signed URL)",
               .description = "Reached through the signed `url` of an artifact in the job JSON; expires.",
               .tags = {"jobs"},
               .responses = {{"200", {{"description", "the file"}}}, {"404", error_response}}}});
  router.add({"POST", "/v1/uploads", guarded(ctx, {}, [&ctx](Request& r, const Principal& p) { return createUpload(ctx, r, p); }),
              {.summary = "Create a presigned upload slot",
               .description = "Body {content_type, size_bytes}; PUT the bytes to upload_url, then reference upload_id.",
               .tags = {"uploads"},
               .request_body = {{"required", true}, {"content", {{"application/json", {{"schema", {{"type", "object"}, {"required", {"content_type", "size_bytes"}}, {"properties", {{"content_type", {{"type", "string"}}}, {"size_bytes", {{"type", "integer"}}}}}}}}}}}},
               .responses = {{"201", jsonContent({{"$ref", "#/components/schemas/UploadSlot"}})}, {"400", error_response},
                             {"413", error_response}, {"415", error_response}}},
              16 * 1024});
  router.add({"PUT", "/v1/uploads/{id}", [&ctx](Request& r) { return putUpload(ctx, r); },
              {.summary = "Upload the bytes for a slot (presigned)",
               .description = "The type is checked from the bytes, not the header.",
               .tags = {"uploads"},
               .responses = {{"200", {{"description", "stored"}}}, {"404", error_response}, {"409", error_response},
                             {"413", error_response}, {"415", error_response}}},
              ctx.config.max_upload_bytes});
  router.add({"GET", "/v1/uploads/{id}", guarded(ctx, {}, [&ctx](Request& r, const Principal& p) { return getUpload(ctx, r, p); }),
              {.summary = "Get an upload's metadata", .tags = {"uploads"},
               .responses = {{"200", {{"description", "upload"}}}, {"404", error_response}}}});
  router.add({"GET", "/u/{id}", [&ctx](Request& r) { return getUploadContent(ctx, r); },
              {.summary = "Download an uploaded file (public_url)", .tags = {"uploads"},
               .responses = {{"200", {{"description", "the file"}}}, {"404", error_response}}}});
  router.add({"GET", "/v1/catalog", [&ctx](Request&) -> Reply { return http::jsonResponse(200, pricedCatalog(ctx)); },
              {.summary = "Engines, their parameters, tiers and prices",
               .description = "`tiers[].price_credits` is what a keyed job of that tier costs; "
                              "`engines[].prices` gives each engine's price per tier. The anonymous lane is free. "
                              "The sculpt engine's entry lists its `subjects` (id, family, names, variants): "
                              "what text to 3D can make.",
               .tags = {"catalog"},
               .responses = {{"200", {{"description", "catalog"}}}}}});
}

}  // namespace kiln::api
