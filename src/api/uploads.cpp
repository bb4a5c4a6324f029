#include "api/uploads.h"

#include <fmt/format.h>

#include "api/job_view.h"
#include "api/media_sniff.h"
#include "core/clock.h"
#include "core/id.h"
#include "http/signed_url.h"

namespace kiln::api {

Result<nlohmann::json> createUploadSlot(ApiContext& ctx, const http::Request& request, const nlohmann::json& body,
                                        const std::string& workspace_id) {
  for (const auto& [key, value] : body.items()) {
    if (key != "content_type" && key != "size_bytes" && key != "filename") {
      return fail(ErrorCode::kInvalidArgument,
                  fmt::format("unknown field '{}'; an upload slot takes content_type and size_bytes", key),
                  {{"field", key}});
    }
  }
  if (!body.contains("content_type") || !body["content_type"].is_string()) {
    return fail(ErrorCode::kInvalidArgument,
                fmt::format("content_type is required: one of {}", acceptedUploadTypes()), {{"field", "content_type"}});
  }
  if (!body.contains("size_bytes") || !body["size_bytes"].is_number_integer() ||
      body["size_bytes"].get<int64_t>() <= 0) {
    return fail(ErrorCode::kInvalidArgument, "size_bytes is required: the exact size of the file, a positive integer",
                {{"field", "size_bytes"}});
  }
  const auto type = body["content_type"].get<std::string>();
  if (!isAcceptedUploadType(type)) {
    return fail(ErrorCode::kUnsupportedMedia,
                fmt::format("content_type '{}' is not accepted; use one of {}", type, acceptedUploadTypes()),
                {{"field", "content_type"}, {"accepted", acceptedUploadTypes()}});
  }
  const auto size = body["size_bytes"].get<uint64_t>();
  if (size > ctx.config.max_upload_bytes) {
    return fail(ErrorCode::kTooLarge,
                fmt::format("size_bytes {} is over the limit of {} bytes", size, ctx.config.max_upload_bytes),
                {{"field", "size_bytes"}, {"max_bytes", ctx.config.max_upload_bytes}});
  }
  store::UploadRecord record;
  record.id = newId("upl");
  record.workspace_id = workspace_id;
  record.content_type = type;
  record.max_bytes = size;
  record.created_at_ms = nowUnixMs();
  record.expires_at_ms = record.created_at_ms + ctx.config.upload_url_ttl_s * 1000;
  auto created = ctx.stores->uploads->createUpload(record);
  if (!created) return fail(created.error());
  const std::string path = "/v1/uploads/" + record.id;
  const std::string base = baseUrl(ctx, request);
  return nlohmann::json{
      {"upload_id", record.id},
      {"upload_url", fmt::format("{}{}?{}", base, path,
                                 http::signQuery(ctx.stores->server_secret, "PUT", path, record.expires_at_ms / 1000))},
      {"method", "PUT"},
      {"headers", {{"Content-Type", type}}},
      {"expires_at", formatRfc3339(record.expires_at_ms)},
      {"public_url", fmt::format("{}/u/{}", base, record.id)},
      {"max_bytes", size},
  };
}

http::Reply putUpload(ApiContext& ctx, http::Request& request) {
  const std::string& id = request.path_params["id"];
  const std::string path = "/v1/uploads/" + id;
  if (auto ok = http::verifySignedQuery(ctx.stores->server_secret, "PUT", path, request.queryParam("expires").value_or(""),
                                        request.queryParam("sig").value_or(""), nowUnixMs() / 1000);
      !ok) {
    return http::errorResponse(makeError(ErrorCode::kNotFound,
                                         "this upload URL is unknown, tampered with or expired; request a new slot",
                                         {{"field", "upload_url"}}));
  }
  auto record = ctx.stores->uploads->getUpload(id);
  if (!record) return http::errorResponse(record.error());
  if (record->complete) {
    return http::errorResponse(makeError(ErrorCode::kConflict, "this upload slot has already received its file",
                                         {{"upload_id", id}}));
  }
  if (request.body.empty()) {
    return http::errorResponse(makeError(ErrorCode::kInvalidArgument, "the upload body is empty", {{"field", "body"}}));
  }
  if (request.body.size() > record->max_bytes) {
    return http::errorResponse(makeError(
        ErrorCode::kTooLarge,
        fmt::format("the body is {} bytes but the slot was declared for {}", request.body.size(), record->max_bytes),
        {{"max_bytes", record->max_bytes}, {"got", request.body.size()}}));
  }
  const auto detected = sniffMediaType(request.body);
  if (!detected || *detected != record->content_type) {
    return http::errorResponse(makeError(
        ErrorCode::kUnsupportedMedia,
        fmt::format("the bytes are {} but the slot was declared as {}; upload a real {} file",
                    detected ? *detected : std::string("not a recognised image or model"), record->content_type,
                    record->content_type),
        {{"declared", record->content_type}, {"detected", detected ? nlohmann::json(*detected) : nlohmann::json(nullptr)}}));
  }
  auto blob = ctx.stores->blobs->put(request.body);
  if (!blob) return http::errorResponse(blob.error());
  auto done = ctx.stores->uploads->completeUpload(id, blob->sha256, blob->bytes, *detected);
  if (!done) return http::errorResponse(done.error());
  return http::jsonResponse(200, {{"upload_id", id}, {"bytes", blob->bytes}, {"sha256", blob->sha256},
                                  {"content_type", *detected}, {"public_url", baseUrl(ctx, request) + "/u/" + id}});
}

http::Reply getUploadContent(ApiContext& ctx, http::Request& request) {
  auto record = ctx.stores->uploads->getUpload(request.path_params["id"]);
  if (!record || !record->complete) {
    return http::errorResponse(makeError(ErrorCode::kNotFound, "no such upload"));
  }
  auto path = ctx.stores->blobs->localPath(record->sha256);
  if (!path) return http::errorResponse(makeError(ErrorCode::kNotFound, "no such upload"));
  http::Response r;
  r.file_path = path->string();
  r.headers.set("Content-Type", record->detected_type);
  return r;
}

}  // namespace kiln::api
