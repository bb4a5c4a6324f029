// The Renders dialect (contracts/renders.md): keyed, credit-priced renders
// of a source view. A 3D source (an uploaded GLB/STL or a kiln job's model
// artifact) becomes a real `render` job on the path tracer; a 2D source gets
// only the image operation kiln can honestly perform (`enhance`: 2× Lanczos
// upscale with unsharp-mask sharpening, an `image_enhance` job). Every other
// kind is refused with 422 at no cost. Renders are ordinary jobs of dialect
// "renders", so credits are reserved on create, captured on success and
// released on failure by the store's ledger.
#include <algorithm>
#include <cctype>
#include <set>

#include <fmt/format.h>

#include "api/api.h"
#include "api/auth.h"
#include "api/job_inputs.h"
#include "api/job_view.h"
#include "api/media_sniff.h"
#include "core/clock.h"
#include "core/crypto.h"
#include "core/id.h"
#include "engines/render/render.h"
#include "jobs/job_spec.h"

namespace kiln::api {
namespace {

using http::Reply;
using http::Request;
using http::Response;

constexpr ErrorStyle kStyle = ErrorStyle::kCompact;
// How long POST /api/v1/renders blocks before answering 202 with the render
// still processing: a 4k render at many samples can take minutes on a small machine.
constexpr int64_t kRenderWaitMs = 600'000;

const std::vector<std::string> kKinds = {"render", "refine", "enhance", "staging", "video"};
constexpr char kGenerativeReason[] =
    "needs a generative image model, which this server does not run; no credits are used";
constexpr char kTwoDimensionalHint[] =
    "a 2D image source supports only kind 'enhance' (2x Lanczos upscale with sharpening); to render, send a 3D "
    "model (GLB or STL) as image_url or image_base64, or a kiln job's model artifact URL";

// Resolution names of the dialect, and the render tier each needs.
struct ResolutionOption {
  const char* id;
  int side;
  const char* tier;
};
constexpr ResolutionOption kResolutions[] = {
    {"512", 512, "draft"}, {"1k", 1024, "standard"}, {"2k", 2048, "high"}, {"4k", 4096, "high"}};

Reply err(const Error& e) { return errorReply(e, kStyle); }

std::string lowerCase(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::tolower(c); });
  return text;
}

Reply getRendersMe(ApiContext& ctx, const Principal& p) {
  auto workspace = ctx.stores->accounts->getWorkspace(p.workspace_id);
  if (!workspace) return err(workspace.error());
  auto balance = ctx.stores->accounts->balance(p.workspace_id);
  if (!balance) return err(balance.error());
  return http::jsonResponse(200, {{"id", workspace->id},
                                  {"name", workspace->name},
                                  {"plan", "self-hosted"},
                                  {"credits", balance->available()},
                                  {"key", {{"id", p.key_id}, {"hint", "…" + p.key_hint}}}});
}

Reply getStyles(ApiContext& ctx, const Principal&) {
  nlohmann::json resolutions = nlohmann::json::array();
  nlohmann::json render_credits = nlohmann::json::object();
  for (const auto& r : kResolutions) {
    const int64_t credits = priceCredits(ctx.config, "render", r.tier);
    resolutions.push_back({{"id", r.id}, {"width", r.side}, {"height", r.side}, {"credits", credits}});
    render_credits[r.id] = credits;
  }
  const int64_t enhance_credits = priceCredits(ctx.config, "image_ops", "draft");
  nlohmann::json kinds = nlohmann::json::array();
  kinds.push_back({{"id", "render"}, {"available", true}, {"sources", {{"3d", true}, {"2d", false}}},
                   {"credits", render_credits},
                   {"description", "path-traced render of a 3D model (GLB or STL upload, or a kiln job's model)"}});
  kinds.push_back({{"id", "enhance"}, {"available", true}, {"sources", {{"3d", false}, {"2d", true}}},
                   {"credits", enhance_credits},
                   {"description", "2x Lanczos upscale with unsharp-mask sharpening of a 2D image; adds no content"}});
  for (const char* k : {"refine", "staging"}) {
    kinds.push_back({{"id", k}, {"available", false}, {"sources", {{"3d", false}, {"2d", false}}},
                     {"credits", nullptr}, {"reason", fmt::format("{} {}", k, kGenerativeReason)}});
  }
  kinds.push_back({{"id", "video"}, {"available", true}, {"sources", {{"3d", true}, {"2d", false}}},
                   {"credits", priceCredits(ctx.config, "turntable", "standard")},
                   {"description", "an H.264 MP4 turntable: 36 path-traced frames around a 3D model"}});
  nlohmann::json lighting = nlohmann::json::array();
  for (auto l : {render::Lighting::kStudio, render::Lighting::kGoldenHour, render::Lighting::kOvercast,
                 render::Lighting::kNoon, render::Lighting::kNight}) {
    lighting.push_back(std::string(render::lightingName(l)));
  }
  return http::jsonResponse(
      200, {{"scene_types", {"product", "interior", "exterior", "object"}},
            {"styles", {"Neutral", "Modern", "Minimalist", "Scandinavian", "Industrial", "Classic"}},
            {"lighting", lighting},
            {"lighting_aliases", {{"Golden Hour", "golden_hour"}, {"Daylight", "noon"}}},
            {"resolutions", resolutions},
            {"kinds", kinds},
            {"note", "scene_type, lighting, architectural_style and resolution apply to 3D sources ('object' is "
                     "'product'); a style sets the surroundings (backdrop, floor and walls, ground), never the "
                     "model; prompt is accepted but does not change a render. Kinds marked "
                     "available:false are refused with 422 and cost nothing; credits are spent only on success."}});
}

// Stores an image (JSON {image_base64} or the raw bytes) and returns its public URL.
Reply postRendersUpload(ApiContext& ctx, Request& request, const Principal& p) {
  std::string bytes;
  const std::string type = request.headers.get("content-type").value_or("");
  if (type.starts_with("application/json")) {
    auto body = parseJsonBody(request);
    if (!body) return err(body.error());
    if (!body->contains("image_base64") || !(*body)["image_base64"].is_string()) {
      return err(makeError(ErrorCode::kInvalidArgument, "send {\"image_base64\": \"…\"} or the image bytes",
                           {{"field", "image_base64"}}));
    }
    std::string text = (*body)["image_base64"].get<std::string>();
    if (const auto comma = text.find(','); text.starts_with("data:") && comma != std::string::npos) {
      text = text.substr(comma + 1);
    }
    bool ok = false;
    bytes = base64Decode(text, &ok);
    if (!ok || bytes.empty()) {
      return err(makeError(ErrorCode::kInvalidArgument, "image_base64 is not valid base64", {{"field", "image_base64"}}));
    }
  } else {
    bytes = request.body;
  }
  if (bytes.empty()) return err(makeError(ErrorCode::kInvalidArgument, "the image is empty", {{"field", "body"}}));
  if (bytes.size() > ctx.config.max_upload_bytes) {
    return err(makeError(ErrorCode::kTooLarge,
                         fmt::format("the image is {} bytes; the limit is {}", bytes.size(), ctx.config.max_upload_bytes)));
  }
  const auto detected = sniffMediaType(bytes);
  if (!detected || !isAcceptedUploadType(*detected)) {
    return err(makeError(ErrorCode::kUnsupportedMedia,
                         fmt::format("the bytes are not an accepted image or model; use one of {}", acceptedUploadTypes())));
  }
  auto blob = ctx.stores->blobs->put(bytes);
  if (!blob) return err(blob.error());
  store::UploadRecord record;
  record.id = newId("upl");
  record.workspace_id = p.workspace_id;
  record.content_type = *detected;
  record.max_bytes = bytes.size();
  record.created_at_ms = nowUnixMs();
  record.expires_at_ms = record.created_at_ms + 1;  // already complete: no PUT will come
  auto created = ctx.stores->uploads->createUpload(record);
  if (!created) return err(created.error());
  auto done = ctx.stores->uploads->completeUpload(record.id, blob->sha256, blob->bytes, *detected);
  if (!done) return err(done.error());
  return http::jsonResponse(201, {{"id", record.id}, {"url", baseUrl(ctx, request) + "/u/" + record.id},
                                  {"content_type", *detected}, {"bytes", blob->bytes}});
}

// Where a render's pixels or geometry come from.
struct Source {
  bool is_model = false;
  nlohmann::json model_ref;  // input.model for a render job
  std::string upload_id;     // the image upload for an enhance job
};

// Records bytes as a completed upload of the caller's workspace.
Result<std::string> storeAsUpload(ApiContext& ctx, const Principal& p, const std::string& sha256, uint64_t bytes,
                                  const std::string& media_type) {
  store::UploadRecord record;
  record.id = newId("upl");
  record.workspace_id = p.workspace_id;
  record.content_type = media_type;
  record.max_bytes = std::max<uint64_t>(bytes, 1);
  record.created_at_ms = nowUnixMs();
  record.expires_at_ms = record.created_at_ms + 1;  // already complete: no PUT will come
  auto created = ctx.stores->uploads->createUpload(record);
  if (!created) return fail(created.error());
  auto done = ctx.stores->uploads->completeUpload(record.id, sha256, bytes, media_type);
  if (!done) return fail(done.error());
  return record.id;
}

Result<Source> sourceFromBase64(ApiContext& ctx, const Principal& p, std::string text) {
  if (const auto comma = text.find(','); text.starts_with("data:") && comma != std::string::npos) {
    text = text.substr(comma + 1);
  }
  bool ok = false;
  const std::string bytes = base64Decode(text, &ok);
  if (!ok || bytes.empty()) {
    return fail(ErrorCode::kInvalidArgument, "image_base64 is not valid base64", {{"field", "image_base64"}});
  }
  if (bytes.size() > ctx.config.max_upload_bytes) {
    return fail(ErrorCode::kTooLarge,
                fmt::format("the source is {} bytes; the limit is {}", bytes.size(), ctx.config.max_upload_bytes));
  }
  const auto detected = sniffMediaType(bytes);
  if (!detected || !isAcceptedUploadType(*detected)) {
    return fail(ErrorCode::kUnsupportedMedia,
                fmt::format("image_base64 is not an accepted image or model; use one of {}", acceptedUploadTypes()));
  }
  auto blob = ctx.stores->blobs->put(bytes);
  if (!blob) return fail(blob.error());
  auto upload = storeAsUpload(ctx, p, blob->sha256, blob->bytes, *detected);
  if (!upload) return fail(upload.error());
  Source source;
  source.is_model = detected->starts_with("model/");
  source.model_ref = {{"upload_id", *upload}};
  source.upload_id = *upload;
  return source;
}

Result<Source> sourceFromUpload(ApiContext& ctx, const Principal& p, const std::string& id, const std::string& field) {
  auto upload = ctx.stores->uploads->getUpload(id);
  if (!upload || !upload->complete || !p.owns(upload->workspace_id)) {
    return fail(ErrorCode::kNotFound, fmt::format("{} refers to no upload of yours", field), {{"field", field}});
  }
  Source source;
  source.is_model = upload->detected_type.starts_with("model/");
  source.model_ref = {{"upload_id", id}};
  source.upload_id = id;
  return source;
}

Result<Source> sourceFromJob(ApiContext& ctx, const Principal& p, const std::string& id, const std::string& artifact,
                             const std::string& field) {
  auto job = findOwnJob(ctx, p, id);
  if (!job) return fail(ErrorCode::kNotFound, fmt::format("{} refers to no job of yours", field), {{"field", field}});
  if (!artifact.empty()) {
    for (const auto& a : job->artifacts) {
      if (a.name != artifact || !a.media_type.starts_with("image/")) continue;
      // A job's image (a render, a preview) is a 2D source: enhance reads it as an upload.
      if (a.media_type != "image/png" && a.media_type != "image/jpeg") break;
      auto upload = storeAsUpload(ctx, p, a.sha256, a.bytes, a.media_type);
      if (!upload) return fail(upload.error());
      Source source;
      source.upload_id = *upload;
      return source;
    }
  }
  auto model = modelArtifactOf(*job, artifact);
  if (!model) return fail(ErrorCode::kInvalidArgument, model.error().message, {{"field", field}});
  Source source;
  source.is_model = true;
  source.model_ref = {{"job_id", job->id}, {"artifact", model->name}};
  return source;
}

// image_url / model_url: a URL of this server — an upload's /u/{id} or a
// job's /v1/jobs/{id}/artifacts/{name}. kiln fetches nothing from other hosts.
Result<Source> sourceFromUrl(ApiContext& ctx, const Request& request, const Principal& p, const std::string& url,
                             const std::string& field) {
  std::string path = url;
  const std::string base = baseUrl(ctx, request);
  if (path.starts_with(base)) {
    path = path.substr(base.size());
  } else if (!path.starts_with("/")) {
    return fail(ErrorCode::kInvalidArgument,
                fmt::format("{} must be a URL of this server ({}…): an upload's url from POST /api/v1/uploads or a "
                            "kiln job artifact URL; other hosts are not fetched",
                            field, base),
                {{"field", field}});
  }
  if (const auto query = path.find_first_of("?#"); query != std::string::npos) path.resize(query);
  if (path.starts_with("/u/")) return sourceFromUpload(ctx, p, path.substr(3), field);
  constexpr std::string_view kJobs = "/v1/jobs/";
  if (path.starts_with(kJobs)) {
    const std::string rest = path.substr(kJobs.size());
    const auto slash = rest.find("/artifacts/");
    if (slash != std::string::npos) {
      return sourceFromJob(ctx, p, rest.substr(0, slash), rest.substr(slash + 11), field);
    }
  }
  return fail(ErrorCode::kInvalidArgument,
              fmt::format("{} is not an upload URL (/u/upl_…) or a job artifact URL (/v1/jobs/job_…/artifacts/…)", field),
              {{"field", field}});
}

std::string statusWord(store::JobState state) {
  switch (state) {
    case store::JobState::kSucceeded:
      return "done";
    case store::JobState::kFailed:
      return "failed";
    case store::JobState::kCanceled:
      return "canceled";
    default:
      return "processing";
  }
}

nlohmann::json renderJson(const ApiContext& ctx, const Request& request, const store::JobRecord& job) {
  nlohmann::json r = {{"id", job.id},
                      {"status", statusWord(job.state)},
                      {"kind", job.kind == "image_enhance" ? "enhance" : job.kind == "video" ? "video" : "render"},
                      {"output_image_url", nullptr},
                      {"credits_used", job.state == store::JobState::kSucceeded ? job.credits : 0},
                      {"created_at", formatRfc3339(job.created_at_ms)}};
  if (job.state == store::JobState::kSucceeded && !job.artifacts.empty()) {
    r["output_image_url"] = artifactUrl(ctx, request, job.id, job.artifacts.front().name);
  }
  if (job.result.contains("summary")) {
    const auto& summary = job.result["summary"];
    if (summary.contains("width")) r["width"] = summary["width"];
    if (summary.contains("height")) r["height"] = summary["height"];
  }
  if (job.error) r["error"] = {{"code", errorCodeName(job.error->code)}, {"message", job.error->message}};
  return r;
}

// The answer once a render job is final: the render and the balance, or the job's error (credits released).
Response finishedRender(ApiContext& ctx, const Request& request, const store::JobRecord& job) {
  if (job.state != store::JobState::kSucceeded) {
    Error error = job.error ? *job.error : makeError(ErrorCode::kInternal, "the render did not finish");
    if (job.state == store::JobState::kCanceled) error = makeError(ErrorCode::kConflict, "the render was canceled");
    error.message = fmt::format("render {} failed: {}; no credits were used", job.id, error.message);
    return errorReply(error, kStyle);
  }
  nlohmann::json body = {{"render", renderJson(ctx, request, job)}};
  if (auto balance = ctx.stores->accounts->balance(job.workspace_id)) body["credits"] = balance->available();
  return http::jsonResponse(200, body);
}

Result<nlohmann::json> renderParams(const nlohmann::json& body) {
  nlohmann::json params = nlohmann::json::object();
  std::string scene = body.value("scene_type", "product");
  if (lowerCase(scene) == "object") scene = "product";
  const auto parsed_scene = render::parseSceneType(scene);
  if (!parsed_scene) {
    return fail(ErrorCode::kInvalidArgument,
                fmt::format("scene_type '{}' is not one of product, interior, exterior, object", scene),
                {{"field", "scene_type"}});
  }
  params["scene"] = std::string(render::sceneTypeName(*parsed_scene));
  std::string lighting = body.value("lighting", "studio");
  if (lowerCase(lighting) == "daylight") lighting = "noon";
  const auto parsed_lighting = render::parseLighting(lighting);
  if (!parsed_lighting) {
    return fail(ErrorCode::kInvalidArgument,
                fmt::format("lighting '{}' is not one of Studio, Golden Hour, Overcast, Noon (Daylight), Night", lighting),
                {{"field", "lighting"}});
  }
  params["lighting"] = std::string(render::lightingName(*parsed_lighting));
  if (body.contains("architectural_style") && !body["architectural_style"].is_null()) {
    const auto& style = body["architectural_style"];
    const auto parsed_style = style.is_string() ? render::parseSetStyle(style.get<std::string>()) : std::nullopt;
    if (!parsed_style) {
      return fail(ErrorCode::kInvalidArgument,
                  fmt::format("architectural_style {} is not one of Neutral, Modern, Minimalist, Scandinavian, "
                              "Industrial, Classic",
                              style.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)),
                  {{"field", "architectural_style"}});
    }
    params["style"] = std::string(render::setStyleName(*parsed_style));
  }
  const std::string resolution = body.value("resolution", "1k");
  bool known = false;
  for (const auto& r : kResolutions) known = known || resolution == r.id;
  if (!known) {
    return fail(ErrorCode::kInvalidArgument, fmt::format("resolution '{}' is not one of 512, 1k, 2k, 4k", resolution),
                {{"field", "resolution"}});
  }
  params["resolution"] = resolution;
  return params;
}

Reply postRender(ApiContext& ctx, Request& request, const Principal& p) {
  http::Headers extra;
  if (auto limited = checkJobRateLimit(ctx, request, p, extra, false)) {
    // Same limit and headers as native job creation, in this dialect's compact error body.
    const auto native = nlohmann::json::parse(limited->body, nullptr, false);
    std::string message = "rate limit reached; retry later";
    if (native.is_object() && native.contains("error")) message = native["error"].value("message", message);
    Response r = errorReply(makeError(ErrorCode::kRateLimited, message), kStyle);
    copyHeaders(limited->headers, r);
    return r;
  }
  auto body = parseJsonBody(request);
  if (!body) return err(body.error());
  static const std::set<std::string> kFields = {"image_url", "image_base64", "scene_type", "resolution",
                                                "architectural_style", "lighting", "prompt", "source", "kind",
                                                "model_url", "job_id"};
  for (const auto& [key, value] : body->items()) {
    if (!kFields.contains(key)) {
      return err(makeError(ErrorCode::kInvalidArgument, fmt::format("unknown field '{}'", key), {{"field", key}}));
    }
    if (!value.is_string()) {
      return err(makeError(ErrorCode::kInvalidArgument, fmt::format("{} must be a string", key), {{"field", key}}));
    }
  }
  const std::string kind = body->value("kind", "render");
  if (std::find(kKinds.begin(), kKinds.end(), kind) == kKinds.end()) {
    return err(makeError(ErrorCode::kInvalidArgument,
                         fmt::format("kind must be one of render, refine, enhance, staging, video (got '{}')", kind),
                         {{"field", "kind"}}));
  }
  int sources = 0;
  for (const char* f : {"image_url", "image_base64", "model_url", "job_id"}) sources += body->contains(f) ? 1 : 0;
  if (sources != 1) {
    return err(makeError(ErrorCode::kInvalidArgument,
                         "a render needs exactly one source: image_url, image_base64, model_url or job_id",
                         {{"field", "image_url"}}));
  }
  if (kind == "refine" || kind == "staging") {
    return err(makeError(ErrorCode::kUnprocessable, fmt::format("kind '{}' {}", kind, kGenerativeReason)));
  }

  Result<Source> source = fail(ErrorCode::kInternal, "no source");
  if (body->contains("image_base64")) {
    source = sourceFromBase64(ctx, p, (*body)["image_base64"].get<std::string>());
  } else if (body->contains("job_id")) {
    source = sourceFromJob(ctx, p, (*body)["job_id"].get<std::string>(), "", "job_id");
  } else {
    const std::string field = body->contains("image_url") ? "image_url" : "model_url";
    source = sourceFromUrl(ctx, request, p, (*body)[field].get<std::string>(), field);
  }
  if (!source) return err(source.error());

  nlohmann::json job_body;
  if (source->is_model) {
    if (kind != "render" && kind != "video") {
      return err(makeError(ErrorCode::kUnprocessable,
                           "kind 'enhance' works on 2D images; for a 3D model use kind 'render' or 'video'; "
                           "no credits were used"));
    }
    auto params = renderParams(*body);
    if (!params) return err(params.error());
    if (kind == "video") {
      // A turntable: 36 frames around the model at 24 fps; 1k frames for 1k
      // and larger requests, 512 otherwise (the turntable engine's sizes).
      const std::string resolution = (*params)["resolution"];
      job_body = {{"kind", "video"},
                  {"input", {{"model", source->model_ref}}},
                  {"params", {{"lighting", (*params)["lighting"]}, {"resolution", resolution == "512" ? "512" : "1k"}}}};
    } else {
      job_body = {{"kind", "render"}, {"input", {{"model", source->model_ref}}}, {"params", *params}};
    }
  } else {
    if (kind != "enhance") {
      return err(makeError(ErrorCode::kUnprocessable, fmt::format("kind '{}': {}; no credits were used", kind,
                                                                  kTwoDimensionalHint)));
    }
    job_body = {{"kind", "image_enhance"}, {"tier", "draft"}, {"input", {{"images", {source->upload_id}}}}};
  }
  auto spec = jobs::parseJobSpec(job_body, *ctx.registry);
  if (!spec) return err(spec.error());
  if (auto ok = resolveJobInputs(ctx, p, *spec); !ok) return err(ok.error());
  store::NewJob job;
  job.kind = spec->kind;
  job.engine = spec->engine;
  job.tier = spec->tier;
  job.spec = spec->toJson();
  job.dialect = "renders";
  if (auto ok = applyCallerToJob(ctx, p, job); !ok) return err(ok.error());
  auto created = ctx.stores->jobs->create(job);
  if (!created) return err(created.error());
  if (ctx.wake_workers) ctx.wake_workers();
  ctx.metrics->increment("kiln_jobs_created_total", {{"kind", job.kind}, {"tier", job.tier}});

  const std::string id = created->id;
  http::DeferredReply deferred;
  deferred.deadline_ms = monotonicMs() + kRenderWaitMs;
  deferred.poll_interval_ms = 10;
  auto last_counter = std::make_shared<int64_t>(-1);
  deferred.poll = [&ctx, request, id, last_counter]() -> std::optional<Response> {
    auto counter = ctx.stores->jobs->changeCounter();
    if (counter && *counter == *last_counter) return std::nullopt;
    if (counter) *last_counter = *counter;
    auto current = ctx.stores->jobs->get(id);
    if (!current) return errorReply(current.error(), kStyle);
    if (!store::isTerminal(current->state)) return std::nullopt;
    return finishedRender(ctx, request, *current);
  };
  deferred.on_timeout = [&ctx, request, id]() -> Response {
    auto current = ctx.stores->jobs->get(id);
    if (!current) return errorReply(current.error(), kStyle);
    if (store::isTerminal(current->state)) return finishedRender(ctx, request, *current);
    Response r = http::jsonResponse(202, {{"render", renderJson(ctx, request, *current)}});
    r.headers.set("Location", "/api/v1/renders/" + id);
    return r;
  };
  return deferred;
}

Reply getRender(ApiContext& ctx, Request& request, const Principal& p) {
  auto job = findOwnJob(ctx, p, request.path_params["id"]);
  if (!job || job->dialect != "renders") {
    return err(makeError(ErrorCode::kNotFound, fmt::format("no render with id '{}'", request.path_params["id"])));
  }
  return http::jsonResponse(200, {{"render", renderJson(ctx, request, *job)}});
}

}  // namespace

void addRendersRoutes(http::Router& router, ApiContext& ctx) {
  const RoutePolicy keyed{.access = Access::kRequired, .errors = kStyle};
  const nlohmann::json error = {{"description", "{error: {code, message}}"}};
  router.add({"GET", "/api/v1/me", guarded(ctx, keyed, [&ctx](Request&, const Principal& p) { return getRendersMe(ctx, p); }),
              {.summary = "Renders: account, plan and credit balance (also verifies a key)", .tags = {"renders"},
               .responses = {{"200", {{"description", "{id, name, plan, credits}"}}}, {"401", error}}}});
  router.add({"GET", "/api/v1/styles", guarded(ctx, keyed, [&ctx](Request&, const Principal& p) { return getStyles(ctx, p); }),
              {.summary = "Renders: scene types, lighting, resolutions and kinds with credit costs and 2D/3D availability",
               .tags = {"renders"}, .responses = {{"200", {{"description", "styles"}}}, {"401", error}}}});
  router.add({"POST", "/api/v1/uploads", guarded(ctx, keyed, [&ctx](Request& r, const Principal& p) { return postRendersUpload(ctx, r, p); }),
              {.summary = "Renders: store an image, get a public URL",
               .description = "JSON {image_base64} or the raw image bytes; the type is checked from the bytes.",
               .tags = {"renders"},
               .responses = {{"201", {{"description", "{id, url}"}}}, {"400", error}, {"401", error}, {"413", error}, {"415", error}}},
              ctx.config.max_upload_bytes * 2});
  router.add({"POST", "/api/v1/renders", guarded(ctx, keyed, [&ctx](Request& r, const Principal& p) { return postRender(ctx, r, p); }),
              {.summary = "Renders: create a render (blocking)",
               .description = "Body {image_url | image_base64 | model_url | job_id, scene_type, resolution, "
                              "architectural_style, lighting, prompt, source, kind: render|refine|enhance|staging|video}. "
                              "A 3D source (GLB/STL upload or a kiln job's model) is path traced (kind render); a 2D "
                              "image only takes kind enhance (2x upscale with sharpening). Other kinds answer 422 "
                              "at no cost. Blocks until done; credits are spent only on success.",
               .tags = {"renders"},
               .responses = {{"200", {{"description", "{render: {id, status, output_image_url, credits_used}, credits}"}}},
                             {"202", {{"description", "still processing after the wait; poll GET /api/v1/renders/{id}"}}},
                             {"400", error}, {"401", error}, {"402", error}, {"404", error}, {"413", error},
                             {"415", error}, {"422", error}}},
              ctx.config.max_upload_bytes * 2});
  router.add({"GET", "/api/v1/renders/{id}", guarded(ctx, keyed, [&ctx](Request& r, const Principal& p) { return getRender(ctx, r, p); }),
              {.summary = "Renders: fetch a render you own", .tags = {"renders"},
               .responses = {{"200", {{"description", "{render: {id, status, output_image_url, credits_used}}"}}}, {"401", error},
                             {"404", error}}}});
}

}  // namespace kiln::api
