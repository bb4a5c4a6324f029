#pragma once
// Presigned upload slots, shared by the native API and the dialects.

#include <nlohmann/json.hpp>

#include "api/api.h"
#include "http/message.h"

namespace kiln::api {

/// Validates {content_type, size_bytes} and creates a slot. Returns
/// {upload_id, upload_url, method, headers, expires_at, public_url}.
/// 400 for missing/ill-typed fields, 415 for an unaccepted type, 413 when
/// size_bytes exceeds the limit.
/// The slot belongs to `workspace_id` ("" = the anonymous lane).
Result<nlohmann::json> createUploadSlot(ApiContext& ctx, const http::Request& request, const nlohmann::json& body,
                                        const std::string& workspace_id);

/// PUT /v1/uploads/{id}: checks the signature, the size against the slot,
/// and the type sniffed from the bytes against the declared one; stores the blob.
http::Reply putUpload(ApiContext& ctx, http::Request& request);

/// GET /u/{id}: the bytes of a completed upload (its id is the capability).
http::Reply getUploadContent(ApiContext& ctx, http::Request& request);

}  // namespace kiln::api
