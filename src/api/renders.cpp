// The Renders dialect (contracts/renders.md): keyed, credit-priced renders
// of a source view. kiln has no renderer behind this dialect yet, so
// /styles marks every render kind unavailable and a render request is
// refused with a clear error — never a fake image — and charges nothing.
#include <set>

#include <fmt/format.h>

#include "api/api.h"
#include "api/auth.h"
#include "api/job_view.h"
#include "api/media_sniff.h"
#include "core/clock.h"
#include "core/crypto.h"
#include "core/id.h"

namespace kiln::api {
namespace {

using http::Reply;
using http::Request;

constexpr ErrorStyle kStyle = ErrorStyle::kCompact;
constexpr char kUnavailableReason[] =
    "rendering is not available on this server yet (no renderer is installed behind the Renders API)";

const std::vector<std::string> kKinds = {"render", "refine", "enhance", "staging", "video"};

Reply err(const Error& e) { return errorReply(e, kStyle); }

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

Reply getStyles(ApiContext&, const Principal&) {
  nlohmann::json kinds = nlohmann::json::array();
  for (const auto& k : kKinds) {
    kinds.push_back({{"id", k}, {"available", false}, {"reason", kUnavailableReason}, {"credits", nullptr}});
  }
  return http::jsonResponse(
      200, {{"scene_types", {"exterior", "interior", "product", "object"}},
            {"styles", {"Modern", "Minimalist", "Scandinavian", "Industrial", "Classic"}},
            {"lighting", {"Golden Hour", "Daylight", "Overcast", "Night", "Studio"}},
            {"resolutions", {"1k", "2k", "4k"}},
            {"kinds", kinds},
            {"note", "kinds marked available:false are refused with 422 and cost nothing"}});
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

Reply postRender(ApiContext& ctx, Request& request, const Principal&) {
  (void)ctx;
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
  const bool has_source = body->contains("image_url") || body->contains("image_base64") ||
                          body->contains("model_url") || body->contains("job_id");
  if (!has_source) {
    return err(makeError(ErrorCode::kInvalidArgument,
                         "a render needs a source: image_url, image_base64, model_url or job_id", {{"field", "image_url"}}));
  }
  const std::string kind = body->value("kind", "render");
  if (std::find(kKinds.begin(), kKinds.end(), kind) == kKinds.end()) {
    return err(makeError(ErrorCode::kInvalidArgument,
                         fmt::format("kind must be one of render, refine, enhance, staging, video (got '{}')", kind),
                         {{"field", "kind"}}));
  }
  // Nothing is created or charged: say so plainly instead of returning an image that is not a render.
  return err(makeError(ErrorCode::kUnprocessable,
                       fmt::format("{}: '{}' cannot be made; no credits were used. GET /api/v1/styles lists what "
                                   "is available",
                                   kUnavailableReason, kind),
                       {{"kind", kind}}));
}

Reply getRender(ApiContext& ctx, Request& request, const Principal& p) {
  // Renders would be jobs of the "renders" dialect; any other id is unknown.
  auto job = findOwnJob(ctx, p, request.path_params["id"]);
  if (!job || job->dialect != "renders") {
    return err(makeError(ErrorCode::kNotFound, fmt::format("no render with id '{}'", request.path_params["id"])));
  }
  return err(makeError(ErrorCode::kNotFound, fmt::format("no render with id '{}'", job->id)));
}

}  // namespace

void addRendersRoutes(http::Router& router, ApiContext& ctx) {
  const RoutePolicy keyed{.access = Access::kRequired, .errors = kStyle};
  const nlohmann::json error = {{"description", "{error: {code, message}}"}};
  router.add({"GET", "/api/v1/me", guarded(ctx, keyed, [&ctx](Request&, const Principal& p) { return getRendersMe(ctx, p); }),
              {.summary = "Renders: account, plan and credit balance (also verifies a key)", .tags = {"renders"},
               .responses = {{"200", {{"description", "{id, name, plan, credits}"}}}, {"401", error}}}});
  router.add({"GET", "/api/v1/styles", guarded(ctx, keyed, [&ctx](Request&, const Principal& p) { return getStyles(ctx, p); }),
              {.summary = "Renders: scene types, styles, lighting, and which render kinds are available",
               .tags = {"renders"}, .responses = {{"200", {{"description", "styles"}}}, {"401", error}}}});
  router.add({"POST", "/api/v1/uploads", guarded(ctx, keyed, [&ctx](Request& r, const Principal& p) { return postRendersUpload(ctx, r, p); }),
              {.summary = "Renders: store an image, get a public URL",
               .description = "JSON {image_base64} or the raw image bytes; the type is checked from the bytes.",
               .tags = {"renders"},
               .responses = {{"201", {{"description", "{id, url}"}}}, {"400", error}, {"401", error}, {"413", error}, {"415", error}}},
              ctx.config.max_upload_bytes * 2});
  router.add({"POST", "/api/v1/renders", guarded(ctx, keyed, [&ctx](Request& r, const Principal& p) { return postRender(ctx, r, p); }),
              {.summary = "Renders: create a render (blocking)",
               .description = "Body {image_url | image_base64, scene_type, resolution, architectural_style, lighting, "
                              "prompt, source, kind: render|refine|enhance|staging|video}. Until a renderer is "
                              "installed every kind answers 422 and no credits are used.",
               .tags = {"renders"},
               .responses = {{"200", {{"description", "{render: {id, status, output_image_url, credits_used}, credits}"}}},
                             {"400", error}, {"401", error}, {"402", error}, {"422", error}}},
              ctx.config.max_upload_bytes * 2});
  router.add({"GET", "/api/v1/renders/{id}", guarded(ctx, keyed, [&ctx](Request& r, const Principal& p) { return getRender(ctx, r, p); }),
              {.summary = "Renders: fetch a render you own", .tags = {"renders"},
               .responses = {{"200", {{"description", "render"}}}, {"401", error}, {"404", error}}}});
}

}  // namespace kiln::api
