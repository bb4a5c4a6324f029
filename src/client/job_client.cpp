#include "client/job_client.h"

#include <curl/curl.h>

#include <algorithm>
#include <charconv>
#include <ctime>
#include <fstream>
#include <thread>

#include <fmt/format.h>

#include "core/clock.h"
#include "core/crypto.h"
#include "core/id.h"

namespace kiln::client {
namespace {

// A server answering "Retry-After: 0" in a loop must not turn the client into
// a busy loop; half a second is below any limiter window worth having.
constexpr int64_t kMinRetryWaitMs = 500;
constexpr int64_t kMaxBackoffMs = 60'000;
// Polling survives this many network failures in a row (a server restart)
// before giving up.
constexpr int kMaxPollFailures = 5;

void sleepMs(int64_t ms) {
  if (ms > 0) std::this_thread::sleep_for(std::chrono::milliseconds(ms));
}

template <typename T>
std::optional<T> optionalField(const nlohmann::json& json, const char* name) {
  if (!json.contains(name) || json[name].is_null()) return std::nullopt;
  if constexpr (std::is_same_v<T, std::string>) {
    if (!json[name].is_string()) return std::nullopt;
  } else {
    if (!json[name].is_number()) return std::nullopt;
  }
  return json[name].get<T>();
}

bool isExpiredLinkStatus(int status) { return status == 401 || status == 403 || status == 404 || status == 410; }

}  // namespace

Result<Job> parseJob(const nlohmann::json& json) {
  if (!json.is_object()) return fail(ErrorCode::kInternal, "the server sent a job that is not a JSON object");
  Job job;
  job.json = json;
  const auto id = optionalField<std::string>(json, "id");
  const auto status = optionalField<std::string>(json, "status");
  if (!id || !status) {
    return fail(ErrorCode::kInternal, "the server sent a job without an id or status", {{"job", json}});
  }
  job.id = *id;
  job.status = *status;
  job.step = optionalField<std::string>(json, "step").value_or("");
  job.progress = std::clamp(optionalField<double>(json, "progress").value_or(0.0), 0.0, 1.0);
  job.queue_position = optionalField<int64_t>(json, "queue_position");
  job.eta_seconds = optionalField<double>(json, "eta_seconds");
  if (json.contains("artifacts") && json["artifacts"].is_array()) {
    for (const auto& a : json["artifacts"]) {
      if (!a.is_object()) continue;
      Artifact artifact;
      artifact.name = optionalField<std::string>(a, "name").value_or("");
      artifact.format = optionalField<std::string>(a, "format").value_or("");
      artifact.media_type = optionalField<std::string>(a, "media_type").value_or("");
      artifact.bytes = optionalField<int64_t>(a, "bytes").value_or(0);
      artifact.sha256 = optionalField<std::string>(a, "sha256").value_or("");
      artifact.url = optionalField<std::string>(a, "url").value_or("");
      job.artifacts.push_back(std::move(artifact));
    }
  }
  if (json.contains("error") && json["error"].is_object()) {
    HttpResponse as_response;
    as_response.status = 422;
    as_response.body = nlohmann::json{{"error", json["error"]}}.dump();
    Error error = errorFromResponse(as_response);
    error.details.erase("status");
    job.error = std::move(error);
  }
  return job;
}

std::optional<int64_t> retryAfterSeconds(const HttpResponse& response) {
  const std::string value = response.header("retry-after");
  if (value.empty()) return std::nullopt;
  int64_t seconds = 0;
  const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), seconds);
  if (ec == std::errc() && end == value.data() + value.size()) return std::max<int64_t>(0, seconds);
  const time_t when = curl_getdate(value.c_str(), nullptr);  // RFC 9110 HTTP-date
  if (when < 0) return std::nullopt;
  return std::max<int64_t>(0, static_cast<int64_t>(when) - static_cast<int64_t>(std::time(nullptr)));
}

void Pacer::waitTurn() const {
  for (;;) {
    const int64_t wait = resume_at_ms_.load() - monotonicMs();
    if (wait <= 0) return;
    sleepMs(wait);  // another thread may have extended the pause meanwhile
  }
}

void Pacer::pauseFor(int64_t ms) {
  const int64_t target = monotonicMs() + ms;
  int64_t current = resume_at_ms_.load();
  while (current < target && !resume_at_ms_.compare_exchange_weak(current, target)) {
  }
}

JobClient::JobClient(ClientOptions http, JobClientOptions options)
    : http_(http), options_(std::move(options)), base_url_(std::move(http.base_url)) {}

Result<HttpResponse> JobClient::call(const std::string& method, const std::string& path, const std::string& body,
                                     const std::map<std::string, std::string>& headers) {
  int64_t waited_ms = 0;
  int64_t backoff_ms = options_.default_retry_ms;
  for (;;) {
    if (options_.pacer != nullptr) options_.pacer->waitTurn();
    auto response = http_.request(method, path, body, headers);
    if (!response) return fail(response.error());
    if (response->status >= 200 && response->status < 300) return response;
    const auto retry_after = retryAfterSeconds(*response);
    const bool retryable = response->status == 429 || (response->status == 503 && retry_after.has_value());
    if (!retryable) return fail(errorFromResponse(*response));

    int64_t wait_ms = retry_after ? *retry_after * 1000 : backoff_ms;
    wait_ms = std::max(wait_ms, kMinRetryWaitMs);
    backoff_ms = std::min(backoff_ms * 2, kMaxBackoffMs);
    if (waited_ms + wait_ms > options_.max_retry_wait_ms) {
      Error error = errorFromResponse(*response);
      error.message += fmt::format(" (still refused after waiting {} s in total)", waited_ms / 1000);
      return fail(std::move(error));
    }
    const std::string why = response->status == 429 ? "rate limited" : "server busy";
    if (options_.on_wait) {
      options_.on_wait(wait_ms, retry_after ? fmt::format("{} (Retry-After: {} s)", why, *retry_after) : why);
    }
    if (options_.pacer != nullptr) {
      options_.pacer->pauseFor(wait_ms);
    } else {
      sleepMs(wait_ms);
    }
    waited_ms += wait_ms;
  }
}

Result<Job> JobClient::jobFrom(const HttpResponse& response) {
  const auto json = nlohmann::json::parse(response.body, nullptr, /*allow_exceptions=*/false);
  if (json.is_discarded()) {
    return fail(ErrorCode::kInternal, fmt::format("the server at {} sent a job that is not JSON", base_url_),
                {{"status", response.status}});
  }
  return parseJob(json);
}

Result<Job> JobClient::submit(const nlohmann::json& request) {
  // The same key on every retry: if a 429 was in fact sent after the job was
  // created, the server answers with that job instead of making a second.
  const std::map<std::string, std::string> headers = {{"Idempotency-Key", newId("idem")}};
  auto response = call("POST", "/v1/jobs", request.dump(), headers);
  if (!response) return fail(response.error());
  return jobFrom(*response);
}

Result<std::string> JobClient::uploadImage(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return fail(ErrorCode::kIo, fmt::format("cannot read {}", path.string()), {{"path", path.string()}});
  const std::string bytes{std::istreambuf_iterator<char>(in), {}};
  std::string type;
  if (bytes.starts_with("\x89PNG\r\n\x1a\n")) {
    type = "image/png";
  } else if (bytes.starts_with("\xff\xd8\xff")) {
    type = "image/jpeg";
  } else if (bytes.size() >= 12 && bytes.starts_with("RIFF") && bytes.compare(8, 4, "WEBP") == 0) {
    type = "image/webp";
  } else {
    return fail(ErrorCode::kInvalidArgument,
                fmt::format("{} is not a PNG, JPEG or WebP image", path.string()), {{"path", path.string()}});
  }
  const nlohmann::json slot_request = {{"content_type", type}, {"size_bytes", bytes.size()}};
  auto slot_response = call("POST", "/v1/uploads", slot_request.dump(), {{"Content-Type", "application/json"}});
  if (!slot_response) return fail(slot_response.error());
  const auto slot = nlohmann::json::parse(slot_response->body, nullptr, false);
  if (!slot.is_object() || !slot.contains("upload_id") || !slot.contains("upload_url")) {
    return fail(ErrorCode::kInternal, "the server's upload slot has no upload_id or upload_url");
  }
  std::map<std::string, std::string> headers = {{"Content-Type", type}};
  if (slot.contains("headers") && slot["headers"].is_object()) {
    for (const auto& [k, v] : slot["headers"].items()) {
      if (v.is_string()) headers[k] = v.get<std::string>();
    }
  }
  auto put = call(slot.value("method", "PUT"), slot["upload_url"].get<std::string>(), bytes, headers);
  if (!put) return fail(put.error());
  return slot["upload_id"].get<std::string>();
}

Result<Job> JobClient::get(const std::string& id) {
  auto response = call("GET", "/v1/jobs/" + id, {}, {});
  if (!response) return fail(response.error());
  return jobFrom(*response);
}

Result<Job> JobClient::cancel(const std::string& id) {
  auto response = call("POST", "/v1/jobs/" + id + "/cancel", {}, {});
  if (!response) return fail(response.error());
  return jobFrom(*response);
}

Result<Job> JobClient::follow(const std::string& id, const std::function<void(const Job&)>& on_update,
                              int64_t deadline_ms) {
  std::optional<Job> last;
  auto deliver = [&](Job job) {
    if (!last || last->json != job.json) on_update(job);
    last = std::move(job);
  };
  auto past_deadline = [&] { return deadline_ms > 0 && monotonicMs() >= deadline_ms; };

  if (options_.pacer != nullptr) options_.pacer->waitTurn();
  // Events first; any failure (no SSE support, proxy buffering, dropped
  // connection) falls through to polling, which reports real errors.
  (void)http_.streamEvents("/v1/jobs/" + id + "/events", [&](const std::string& event, const std::string& data) {
    if (event == "status") {
      const auto json = nlohmann::json::parse(data, nullptr, /*allow_exceptions=*/false);
      if (auto job = parseJob(json)) {
        deliver(std::move(*job));
        if (last->isTerminal()) return false;
      }
    }
    return !past_deadline();
  });
  if (last && last->isTerminal()) return *last;

  int failures = 0;
  while (!past_deadline()) {
    auto job = get(id);
    if (!job) {
      const bool transient = job.error().code == ErrorCode::kUnavailable && ++failures < kMaxPollFailures;
      if (!transient) return fail(job.error());
    } else {
      failures = 0;
      deliver(std::move(*job));
      if (last->isTerminal()) return *last;
    }
    int64_t wait = options_.poll_interval_ms;
    if (deadline_ms > 0) wait = std::min(wait, deadline_ms - monotonicMs());
    sleepMs(wait);
  }
  if (last) return *last;
  return get(id);
}

Status JobClient::downloadArtifact(const std::string& job_id, const Artifact& artifact,
                                   const std::filesystem::path& path) {
  std::string url = artifact.url;
  for (int attempt = 0;; ++attempt) {
    if (url.empty()) {
      return fail(ErrorCode::kNotFound, fmt::format("artifact {} of job {} has no download URL", artifact.name, job_id));
    }
    auto response = http_.download(url, path);
    if (!response) return fail(response.error());
    if (response->status >= 200 && response->status < 300) break;
    if (attempt > 0 || !isExpiredLinkStatus(response->status)) return fail(errorFromResponse(*response));
    // Signed URLs expire; the job document hands out fresh ones.
    auto job = get(job_id);
    if (!job) return fail(job.error());
    const auto it = std::find_if(job->artifacts.begin(), job->artifacts.end(), [&](const Artifact& a) {
      return a.name == artifact.name && a.format == artifact.format;
    });
    if (it == job->artifacts.end()) {
      return fail(ErrorCode::kNotFound, fmt::format("job {} no longer lists artifact {}", job_id, artifact.name));
    }
    url = it->url;
  }

  auto reject = [&](std::string message) -> Status {
    std::error_code ignored;
    std::filesystem::remove(path, ignored);
    return fail(ErrorCode::kIo, std::move(message), {{"path", path.string()}, {"artifact", artifact.name}});
  };
  std::error_code ec;
  const auto size = std::filesystem::file_size(path, ec);
  if (ec) return reject(fmt::format("cannot read back {}: {}", path.string(), ec.message()));
  if (artifact.bytes > 0 && size != static_cast<uintmax_t>(artifact.bytes)) {
    return reject(fmt::format("{} arrived with {} bytes, the job lists {}; try again", artifact.name, size, artifact.bytes));
  }
  if (!artifact.sha256.empty()) {
    std::string content(size, '\0');
    std::ifstream in(path, std::ios::binary);
    if (!in.read(content.data(), static_cast<std::streamsize>(size))) {
      return reject(fmt::format("cannot read back {}", path.string()));
    }
    std::string expected = artifact.sha256;
    std::transform(expected.begin(), expected.end(), expected.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (sha256Hex(content) != expected) {
      return reject(fmt::format("{} does not match its SHA-256 checksum; try again", artifact.name));
    }
  }
  return {};
}

}  // namespace kiln::client
