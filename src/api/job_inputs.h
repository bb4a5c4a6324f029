#pragma once
// Resolving a job's file inputs at creation: input.model (an upload or a
// job's artifact) and input.images (uploads) must exist and belong to the
// caller's workspace; the spec then records each file's blob (sha256 and
// format), so the worker reads exactly the bytes that were checked.

#include "api/api.h"
#include "api/auth.h"
#include "jobs/job_spec.h"
#include "store/job_store.h"

namespace kiln::api {

/// The model formats a render reads, by artifact format name.
bool isReadableModelFormat(std::string_view format);

/// The artifact of `job` a render reads: the one named `artifact`, or the
/// first readable model artifact when `artifact` is empty. kInvalidArgument
/// when the job has not succeeded or has no such (readable) artifact.
Result<store::Artifact> modelArtifactOf(const store::JobRecord& job, const std::string& artifact);

/// Checks input.images and input.model of `spec` against `principal`'s
/// workspace and fills in the blobs: input.image_blobs = [{sha256,
/// media_type}] and input.model.{sha256, format}. kNotFound for an upload or
/// job the caller cannot see (existence is not revealed), kInvalidArgument
/// for an incomplete upload, a job without a readable model, or an upload
/// that is not the kind of file the job needs.
Status resolveJobInputs(ApiContext& ctx, const Principal& principal, jobs::JobSpec& spec);

/// Whether `spec` (resolved) is a photo → 3D job whose engine pre-checks its
/// first photo before it is queued (inflate, unless params.skip_validation).
bool needsPhotoCheck(const jobs::JobSpec& spec);

/// The pre-check of that photo (engines::checkPhoto): OK, or kInvalidArgument
/// with the report under details.photo_check and advice to reshoot or skip
/// the check. Blocking — decoding a many-megapixel photo takes up to about a
/// second — so handlers run it on ApiContext::blocking (afterBlocking).
Status checkJobPhoto(ApiContext& ctx, const jobs::JobSpec& spec);

/// Whether intake must look up the host of spec.webhook_url: a name (not a
/// numeric address) while private targets are refused.
bool needsWebhookLookup(const ApiContext& ctx, const jobs::JobSpec& spec);

/// Resolves spec.webhook_url's host once and checks every address it
/// resolves to (accounts::checkWebhookTarget); OK when there is nothing to
/// look up. Blocking (DNS), so handlers run it on ApiContext::blocking.
Status checkJobWebhook(ApiContext& ctx, const jobs::JobSpec& spec);

/// Runs checkJobPhoto and checkJobWebhook on ApiContext::blocking and replies
/// with then(outcome), which may defer further (Prefer: wait, a fast lane).
/// A full pool or checks that outlast 30 s are a 503 built by
/// `error_response`, so each dialect keeps its own error body.
http::Reply afterIntakeChecks(ApiContext& ctx, const jobs::JobSpec& spec, std::function<http::Reply(Status)> then,
                            std::function<http::Response(const Error&)> error_response);

}  // namespace kiln::api
