#pragma once
// Shared helpers of the dialects: the native job JSON, signed artifact URLs,
// queue position and ETA, rate limiting of job creation, Prefer: wait.

#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "api/api.h"
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

/// Applies the anonymous lane's per-IP job-creation limit. Returns a 429
/// response (Retry-After, RateLimit, RateLimit-Policy headers) when over;
/// otherwise adds the RateLimit headers to `headers_out`.
std::optional<http::Response> checkJobRateLimit(ApiContext& ctx, const http::Request& request,
                                                http::Headers& headers_out, bool forge_body);

/// Parses `Prefer: wait=N` (RFC 7240); nullopt when absent, capped at max_wait_s.
std::optional<int64_t> preferWaitSeconds(const ApiContext& ctx, const http::Request& request);

/// Parses a JSON body, or a 400 error saying what is wrong with it.
Result<nlohmann::json> parseJsonBody(const http::Request& request);

/// Adds headers to a response.
void copyHeaders(const http::Headers& from, http::Response& to);

}  // namespace kiln::api
