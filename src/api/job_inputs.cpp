#include "api/job_inputs.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <span>

#include "accounts/webhook_target.h"
#include "api/job_view.h"
#include "engines/inflate/photo_check.h"

namespace kiln::api {
namespace {

// Upload media types a job may take as a model, and the format each is read as.
std::optional<std::string> modelFormatOfUpload(std::string_view media_type) {
  if (media_type == "model/gltf-binary") return "glb";
  if (media_type == "model/stl") return "stl";
  return std::nullopt;
}

Status resolveImages(ApiContext& ctx, const Principal& principal, jobs::JobSpec& spec) {
  if (!spec.input.contains("images")) return {};
  nlohmann::json blobs = nlohmann::json::array();
  for (const auto& image : spec.input["images"]) {
    const auto id = image.get<std::string>();
    auto upload = ctx.stores->uploads->getUpload(id);
    if (!upload || !upload->complete || !principal.owns(upload->workspace_id)) {
      return fail(ErrorCode::kInvalidArgument,
                  fmt::format("input.images refers to '{}', which is not a completed upload; "
                              "POST /v1/uploads, PUT the bytes, then use its upload_id",
                              id),
                  {{"field", "input.images"}, {"upload_id", id}});
    }
    if (!upload->detected_type.starts_with("image/")) {
      return fail(ErrorCode::kInvalidArgument,
                  fmt::format("input.images refers to '{}', which is {}, not an image", id, upload->detected_type),
                  {{"field", "input.images"}, {"upload_id", id}});
    }
    blobs.push_back({{"sha256", upload->sha256}, {"media_type", upload->detected_type}});
  }
  spec.input["image_blobs"] = std::move(blobs);
  return {};
}


Status resolveModel(ApiContext& ctx, const Principal& principal, jobs::JobSpec& spec) {
  if (!spec.input.contains("model")) return {};
  auto& model = spec.input["model"];
  if (model.contains("upload_id")) {
    const auto id = model["upload_id"].get<std::string>();
    auto upload = ctx.stores->uploads->getUpload(id);
    if (!upload || !principal.owns(upload->workspace_id)) {
      return fail(ErrorCode::kNotFound, fmt::format("no upload with id '{}'", id),
                  {{"field", "input.model.upload_id"}, {"upload_id", id}});
    }
    if (!upload->complete) {
      return fail(ErrorCode::kInvalidArgument, fmt::format("upload '{}' has not received its file yet; PUT it first", id),
                  {{"field", "input.model.upload_id"}, {"upload_id", id}});
    }
    const auto format = modelFormatOfUpload(upload->detected_type);
    if (!format) {
      return fail(ErrorCode::kInvalidArgument,
                  fmt::format("upload '{}' is {}, not a model; upload a GLB or STL file", id, upload->detected_type),
                  {{"field", "input.model.upload_id"}, {"upload_id", id}});
    }
    model["sha256"] = upload->sha256;
    model["format"] = *format;
    return {};
  }
  const auto id = model["job_id"].get<std::string>();
  auto job = findOwnJob(ctx, principal, id);
  if (!job) {
    Error error = job.error();
    error.details["field"] = "input.model.job_id";
    return fail(std::move(error));
  }
  auto artifact = modelArtifactOf(*job, model.value("artifact", ""));
  if (!artifact) {
    Error error = artifact.error();
    error.details["field"] = "input.model";
    return fail(std::move(error));
  }
  model["artifact"] = artifact->name;
  model["sha256"] = artifact->sha256;
  model["format"] = artifact->format;
  return {};
}

}  // namespace

bool isReadableModelFormat(std::string_view format) {
  return format == "glb" || format == "stl" || format == "obj" || format == "ply" || format == "3mf";
}

Result<store::Artifact> modelArtifactOf(const store::JobRecord& job, const std::string& artifact) {
  if (job.state != store::JobState::kSucceeded) {
    return fail(ErrorCode::kInvalidArgument,
                fmt::format("job {} is {}; only a succeeded job's model can be rendered", job.id,
                            store::jobStateName(job.state)),
                {{"job_id", job.id}});
  }
  for (const auto& a : job.artifacts) {
    if (artifact.empty() ? !isReadableModelFormat(a.format) : a.name != artifact) continue;
    if (!isReadableModelFormat(a.format)) {
      return fail(ErrorCode::kInvalidArgument,
                  fmt::format("artifact '{}' of job {} is {}; choose a glb, stl, obj, ply or 3mf artifact", a.name,
                              job.id, a.format.empty() ? a.media_type : a.format),
                  {{"job_id", job.id}});
    }
    return a;
  }
  return fail(ErrorCode::kInvalidArgument,
              artifact.empty() ? fmt::format("job {} has no model artifact to render", job.id)
                               : fmt::format("job {} has no artifact '{}'", job.id, artifact),
              {{"job_id", job.id}});
}

bool needsPhotoCheck(const jobs::JobSpec& spec) {
  if (spec.kind != "image_to_3d" || spec.engine != "inflate") return false;
  if (spec.params.is_object() && spec.params.value("skip_validation", false)) return false;
  return spec.input.contains("image_blobs") && spec.input["image_blobs"].is_array() && !spec.input["image_blobs"].empty();
}

Status checkJobPhoto(ApiContext& ctx, const jobs::JobSpec& spec) {
  if (!needsPhotoCheck(spec)) return {};
  const auto& blobs = spec.input["image_blobs"];
  if (!blobs.is_array() || blobs.empty()) return {};
  auto bytes = ctx.stores->blobs->get(blobs[0].value("sha256", ""));
  if (!bytes) return fail(bytes.error());
  const std::span<const uint8_t> view(reinterpret_cast<const uint8_t*>(bytes->data()), bytes->size());
  auto report = engines::checkPhoto(view);
  if (!report) {
    Error error = report.error();
    error.details["field"] = "input.images";
    return fail(std::move(error));
  }
  if (report->usable) return {};
  std::vector<std::string> messages;
  for (const auto& problem : report->problems) messages.push_back(problem.message);
  return fail(ErrorCode::kInvalidArgument,
              fmt::format("the photo did not pass the pre-check: {} Reshoot it, or skip the check with "
                          "skip_validation: true",
                          fmt::join(messages, " ")),
              {{"field", "input.images"}, {"photo_check", report->toJson()}});
}

bool needsWebhookLookup(const ApiContext& ctx, const jobs::JobSpec& spec) {
  if (spec.webhook_url.empty() || ctx.config.webhook_allow_private) return false;
  auto literal = accounts::resolveWebhookTarget(spec.webhook_url, false, {});
  return literal && literal->addresses.empty();
}

Status checkJobWebhook(ApiContext& ctx, const jobs::JobSpec& spec) {
  if (!needsWebhookLookup(ctx, spec)) return {};
  return accounts::checkWebhookTarget(spec.webhook_url, false, true);
}

http::Reply afterIntakeChecks(ApiContext& ctx, const jobs::JobSpec& spec, std::function<http::Reply(Status)> then,
                            std::function<http::Response(const Error&)> error_response) {
  constexpr int64_t kCheckTimeoutMs = 30'000;
  auto busy = [error_response]() {
    http::Response r = error_response(makeError(ErrorCode::kUnavailable,
                                                "every slot for photo pre-checks and webhook_url lookups is busy; retry in a second",
                                                {{"retry_after_s", 1}}));
    r.headers.set("Retry-After", "1");
    return r;
  };
  auto timed_out = [error_response]() {
    return error_response(makeError(ErrorCode::kUnavailable,
                                    "the photo pre-check or webhook_url lookup took longer than 30 s; retry, or send a smaller photo "
                                    "(1 to 4 megapixels is plenty)"));
  };
  const int64_t follow_ms = std::max<int64_t>(ctx.config.max_wait_s * 1000, ctx.config.forge_fast_lane_ms) + 1'000;
  return afterBlocking(
      *ctx.blocking,
      [&ctx, spec]() -> Status {
        if (auto ok = checkJobPhoto(ctx, spec); !ok) return ok;
        return checkJobWebhook(ctx, spec);
      },
      std::move(then), busy, timed_out,
      kCheckTimeoutMs, follow_ms);
}

Status resolveJobInputs(ApiContext& ctx, const Principal& principal, jobs::JobSpec& spec) {
  if (auto ok = resolveImages(ctx, principal, spec); !ok) return ok;
  return resolveModel(ctx, principal, spec);
}

}  // namespace kiln::api
