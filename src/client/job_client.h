#pragma once
// The native job API (/v1/jobs, DESIGN.md §4) over HttpClient: submit, look
// up, cancel, follow progress (SSE with a polling fallback), download
// artifacts. Honours 429/503 Retry-After.

#include <atomic>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "client/http_client.h"
#include "core/result.h"

namespace kiln::client {

/// One artifact of a finished job, as listed in the job JSON.
struct Artifact {
  std::string name;        // file name the server suggests, e.g. "model.glb"
  std::string format;      // "glb", "stl", …
  std::string media_type;
  int64_t bytes = 0;
  std::string sha256;      // lower-case hex; empty when the server does not say
  std::string url;         // absolute signed URL; expires (fetch the job again for a fresh one)
};

/// The fields of the job JSON the CLI uses; `json` keeps the whole document.
struct Job {
  std::string id;
  std::string status;      // queued | running | succeeded | failed | canceled
  std::string step;
  double progress = 0;     // 0..1
  std::optional<int64_t> queue_position;
  std::optional<double> eta_seconds;
  std::vector<Artifact> artifacts;
  std::optional<Error> error;  // set when the job failed
  nlohmann::json json;

  bool isTerminal() const { return status == "succeeded" || status == "failed" || status == "canceled"; }
};

/// Parses a job document. kInternal when required fields (id, status) are missing.
Result<Job> parseJob(const nlohmann::json& json);

/// Seconds from a Retry-After header (delta-seconds or an HTTP date), if any.
std::optional<int64_t> retryAfterSeconds(const HttpResponse& response);

/// A time before which no request may be sent, shared by the clients of one
/// batch so that one 429 slows all of them down. Thread-safe.
class Pacer {
 public:
  /// Blocks until the pause (if any) has passed.
  void waitTurn() const;
  /// Pauses everyone for `ms` from now (extends, never shortens, a pause).
  void pauseFor(int64_t ms);

 private:
  std::atomic<int64_t> resume_at_ms_{0};  // monotonicMs() origin
};

struct JobClientOptions {
  /// Longest total time spent waiting out 429/503 answers for one call before
  /// giving up with kRateLimited.
  int64_t max_retry_wait_ms = 10 * 60'000;
  /// Wait used when a 429 carries no Retry-After (doubled on each repeat).
  int64_t default_retry_ms = 1'000;
  /// Interval of the polling fallback.
  int64_t poll_interval_ms = 500;
  /// Shared pause (may be null); see Pacer.
  Pacer* pacer = nullptr;
  /// Told before each wait caused by the server: (milliseconds, why).
  std::function<void(int64_t wait_ms, const std::string& why)> on_wait;
};

/// Not thread-safe (it owns an HttpClient); use one per thread.
class JobClient {
 public:
  JobClient(ClientOptions http, JobClientOptions options = {});

  /// POST /v1/jobs with `request` (the body of DESIGN.md §4). An
  /// Idempotency-Key makes retries after 429 safe. Errors are the server's.
  Result<Job> submit(const nlohmann::json& request);
  Result<Job> get(const std::string& id);
  /// Uploads a local image (PNG, JPEG or WebP, told apart by its first
  /// bytes) through a presigned slot — POST /v1/uploads, then PUT — and
  /// returns its upload id for input.images. kInvalidArgument for a file that
  /// is not one of those images, kIo when it cannot be read.
  Result<std::string> uploadImage(const std::filesystem::path& path);
  Result<Job> cancel(const std::string& id);

  /// Follows a job until it is terminal, calling on_update with every change:
  /// the SSE stream first, polling GET every poll_interval_ms when the stream
  /// fails or ends early. `deadline_ms` (monotonicMs clock, 0 = none) bounds
  /// the wait; past it the last state seen is returned (not terminal).
  Result<Job> follow(const std::string& id, const std::function<void(const Job&)>& on_update,
                     int64_t deadline_ms = 0);

  /// Downloads `artifact` to `path`, checking bytes and sha256 when the job
  /// lists them. An expired signed URL (401/403/404/410) is refreshed once by
  /// fetching job `job_id` again.
  Status downloadArtifact(const std::string& job_id, const Artifact& artifact,
                          const std::filesystem::path& path);

  HttpClient& http() { return http_; }
  const std::string& baseUrl() const { return base_url_; }

 private:
  // One API call with the 429/503 Retry-After loop; non-2xx becomes an Error.
  Result<HttpResponse> call(const std::string& method, const std::string& path, const std::string& body,
                            const std::map<std::string, std::string>& headers);
  Result<Job> jobFrom(const HttpResponse& response);

  HttpClient http_;
  JobClientOptions options_;
  std::string base_url_;
};

}  // namespace kiln::client
