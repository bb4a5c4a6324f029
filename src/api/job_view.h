#pragma once
// Shared helpers of the dialects: the native job JSON, signed artifact URLs,
// queue position and ETA, rate limiting of job creation, Prefer: wait.

#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "api/api.h"
#include "api/auth.h"
#include "http/message.h"
#include "store/job_store.h"

namespace kiln::api {

/// Base URL for links: config.public_base_url or the request's own.
std::string baseUrl(const ApiContext& ctx, const http::Request& request);

/// Absolute signed URL of one artifact of a job.
std::string artifactUrl(const ApiContext& ctx, const http::Request& request, const std::string& job_id,
                        const std::string& artifact_name);

/// The native job JSON (DESIGN.md §4) with fresh signed artifact URLs and,
/// while queued or running, queue_position and eta_seconds. A caller that
/// already knows the queue position (a job just created is last in line)
/// passes it to save the store a count.
nlohmann::json jobJson(const ApiContext& ctx, const http::Request& request, const store::JobRecord& job,
                       std::optional<int64_t> known_queue_position = std::nullopt);

/// Seconds until a job is likely done: its queue position times the typical
/// run time of its engine and tier, shared among the workers.
double etaSeconds(const ApiContext& ctx, const store::JobRecord& job, int64_t queue_position);

/// Applies the job-creation limit of the caller's lane: per IP on the
/// anonymous lane, per key when keyed. Returns a 429 response (Retry-After,
/// RateLimit, RateLimit-Policy headers) when over; otherwise adds the
/// RateLimit headers to `headers_out`.
std::optional<http::Response> checkJobRateLimit(ApiContext& ctx, const http::Request& request,
                                                const Principal& principal, http::Headers& headers_out,
                                                bool forge_body);

/// A job the caller may see: kNotFound for a malformed id, an absent job, or
/// another workspace's job (never "forbidden": existence is not revealed).
Result<store::JobRecord> findOwnJob(ApiContext& ctx, const Principal& principal, const std::string& id);

/// The parts of a new job that depend on the caller: owner and price, and
/// the webhook_url policy (keyed lanes only; private targets refused unless
/// configured). Fills job.workspace_id, job.credits and job.idempotency (the
/// request's Idempotency-Key claim, so create() links the key to the job).
Status applyCallerToJob(ApiContext& ctx, const Principal& principal, store::NewJob& job);

/// Parses `Prefer: wait=N` (RFC 7240); nullopt when absent, capped at max_wait_s.
std::optional<int64_t> preferWaitSeconds(const ApiContext& ctx, const http::Request& request);

/// Parses a JSON body, or a 400 error saying what is wrong with it.
Result<nlohmann::json> parseJsonBody(const http::Request& request);

/// Adds headers to a response.
void copyHeaders(const http::Headers& from, http::Response& to);

}  // namespace kiln::api
