#include "api/job_view.h"

#include <algorithm>
#include <charconv>
#include <cmath>

#include <fmt/format.h>

#include "accounts/webhook_target.h"
#include "core/clock.h"
#include "core/id.h"
#include "http/signed_url.h"

namespace kiln::api {

std::string baseUrl(const ApiContext& ctx, const http::Request& request) {
  if (!ctx.config.public_base_url.empty()) return ctx.config.public_base_url;
  return request.base_url;
}

std::string artifactUrl(const ApiContext& ctx, const http::Request& request, const std::string& job_id,
                        const std::string& artifact_name) {
  const std::string path = fmt::format("/v1/jobs/{}/artifacts/{}", job_id, artifact_name);
  const int64_t expires = nowUnixMs() / 1000 + ctx.config.artifact_url_ttl_s;
  return fmt::format("{}{}?{}", baseUrl(ctx, request), path,
                     http::signQuery(ctx.stores->server_secret, "GET", path, expires));
}

double etaSeconds(const ApiContext& ctx, const store::JobRecord& job, int64_t queue_position) {
  // Typical run time: the measured average of this engine and tier's recent
  // runs; until there is one, the engine's catalog ETA scaled by tier (draft
  // is quicker, high much slower).
  std::optional<double> measured;
  if (ctx.run_times) measured = ctx.run_times->averageSeconds(job.engine, job.tier);
  double typical = 1.0;
  if (measured) {
    typical = std::max(0.05, *measured);
  } else {
    if (const auto* engine = ctx.registry->find(job.engine)) typical = engine->info().eta_seconds;
    if (job.tier == "draft") typical *= 0.4;
    if (job.tier == "high") typical *= 12.0;
  }
  const double workers = std::max(1, ctx.config.workers);
  if (job.state == store::JobState::kRunning) return std::max(0.1, typical * (1.0 - job.progress));
  return typical * (1.0 + std::floor(static_cast<double>(std::max<int64_t>(queue_position - 1, 0)) / workers));
}

nlohmann::json jobJson(const ApiContext& ctx, const http::Request& request, const store::JobRecord& job,
                       std::optional<int64_t> known_queue_position) {
  auto time_or_null = [](int64_t ms) -> nlohmann::json {
    return ms > 0 ? nlohmann::json(formatRfc3339(ms)) : nlohmann::json(nullptr);
  };
  nlohmann::json artifacts = nlohmann::json::array();
  for (const auto& a : job.artifacts) {
    artifacts.push_back({{"name", a.name}, {"format", a.format}, {"media_type", a.media_type}, {"bytes", a.bytes},
                         {"sha256", a.sha256}, {"url", artifactUrl(ctx, request, job.id, a.name)}});
  }
  nlohmann::json j = {
      {"id", job.id},
      {"kind", job.kind},
      {"engine", job.engine},
      {"tier", job.tier},
      {"status", store::jobStateName(job.state)},
      {"step", job.step.empty() ? nlohmann::json(nullptr) : nlohmann::json(job.step)},
      {"progress", job.state == store::JobState::kSucceeded ? 1.0 : job.progress},
      {"queue_position", nullptr},
      {"eta_seconds", nullptr},
      {"created_at", time_or_null(job.created_at_ms)},
      {"started_at", time_or_null(job.started_at_ms)},
      {"finished_at", time_or_null(job.finished_at_ms)},
      {"attempts", job.attempts},
      {"artifacts", artifacts},
      {"checks", job.result.contains("checks") ? job.result["checks"] : nlohmann::json(nullptr)},
      {"cost", {{"credits", job.credits}}},
      {"error", job.error ? job.error->toJson()["error"] : nlohmann::json(nullptr)},
  };
  if (job.spec.contains("input")) j["input"] = job.spec["input"];
  if (job.spec.contains("outputs")) j["outputs"] = job.spec["outputs"];
  if (job.spec.contains("seed")) j["seed"] = job.spec["seed"];
  if (job.result.contains("summary")) j["summary"] = job.result["summary"];
  if (job.state == store::JobState::kQueued || job.state == store::JobState::kRunning) {
    int64_t position = 0;
    if (job.state == store::JobState::kQueued) {
      if (known_queue_position) {
        position = *known_queue_position;
      } else if (auto p = ctx.stores->jobs->queuePosition(job.id)) {
        position = *p;
      }
    }
    j["queue_position"] = position;
    j["eta_seconds"] = std::round(etaSeconds(ctx, job, position) * 10.0) / 10.0;
  }
  return j;
}

int64_t priceCredits(const ApiConfig& config, const std::string& engine, const std::string& tier) {
  if (auto it = config.prices.find(engine + ":" + tier); it != config.prices.end()) return it->second;
  if (auto it = config.prices.find(tier); it != config.prices.end()) return it->second;
  return 0;
}

Result<store::JobRecord> findOwnJob(ApiContext& ctx, const Principal& principal, const std::string& id) {
  auto missing = [&] { return makeError(ErrorCode::kNotFound, fmt::format("no job with id '{}'", id), {{"job_id", id}}); };
  if (!isWellFormedId(id, "job")) return fail(missing());
  auto job = ctx.stores->jobs->get(id);
  if (!job) {
    if (job.error().code == ErrorCode::kNotFound) return fail(missing());
    return fail(job.error());
  }
  if (!principal.owns(job->workspace_id)) return fail(missing());
  return job;
}

Status applyCallerToJob(ApiContext& ctx, const Principal& principal, store::NewJob& job) {
  job.workspace_id = principal.workspace_id;
  job.idempotency = principal.idempotency;
  job.credits = principal.anonymous ? 0 : priceCredits(ctx.config, job.engine, job.tier);
  const std::string webhook = job.spec.value("webhook_url", "");
  if (!webhook.empty()) {
    if (principal.anonymous) {
      return fail(ErrorCode::kInvalidArgument,
                  "webhook_url needs an API key: webhooks are signed with your workspace's secret",
                  {{"field", "webhook_url"}});
    }
    if (auto ok = accounts::checkWebhookTarget(webhook, ctx.config.webhook_allow_private, false); !ok) return ok;
  }
  return {};
}

std::optional<http::Response> checkJobRateLimit(ApiContext& ctx, const http::Request& request,
                                                const Principal& principal, http::Headers& headers_out,
                                                bool forge_body) {
  (void)request;
  accounts::GcraLimiter* limiter = principal.anonymous ? ctx.job_limiter.get() : ctx.keyed_job_limiter.get();
  if (limiter == nullptr) return std::nullopt;
  const auto d = limiter->check(principal.rateKey(), nowUnixMs());
  const int64_t window_s = limiter->periodMs() / 1000;
  headers_out.set("RateLimit-Policy", fmt::format("\"jobs\";q={};w={}", d.limit, window_s));
  headers_out.set("RateLimit", fmt::format("\"jobs\";r={};t={}", d.remaining, d.allowed ? d.reset_s : d.retry_after_s));
  if (d.allowed) return std::nullopt;
  const std::string message =
      principal.anonymous
          ? fmt::format("rate limit reached: {} jobs per {} s per client address on the anonymous lane; retry in {} s "
                        "(keep batches sequential, or use an API key)",
                        d.limit, window_s, d.retry_after_s)
          : fmt::format("rate limit reached: {} jobs per {} s for this API key; retry in {} s", d.limit, window_s,
                        d.retry_after_s);
  http::Response r;
  if (forge_body) {
    r = http::jsonResponse(429, {{"error", "rate_limited"}, {"message", message}, {"retry_after", d.retry_after_s}});
  } else {
    r = http::errorResponse(makeError(ErrorCode::kRateLimited, message,
                                      {{"retry_after_seconds", d.retry_after_s}, {"limit", d.limit},
                                       {"window_seconds", window_s}}));
  }
  copyHeaders(headers_out, r);
  r.headers.set("Retry-After", std::to_string(std::max<int64_t>(d.retry_after_s, 1)));
  return r;
}

std::optional<int64_t> preferWaitSeconds(const ApiContext& ctx, const http::Request& request) {
  const auto prefer = request.headers.get("prefer");
  if (!prefer) return std::nullopt;
  // Prefer: respond-async, wait=10 — tokens separated by commas or semicolons.
  std::string_view s = *prefer;
  size_t pos = 0;
  while (pos < s.size()) {
    size_t end = s.find_first_of(",;", pos);
    if (end == std::string_view::npos) end = s.size();
    std::string_view token = s.substr(pos, end - pos);
    while (!token.empty() && token.front() == ' ') token.remove_prefix(1);
    while (!token.empty() && token.back() == ' ') token.remove_suffix(1);
    if (token.starts_with("wait=")) {
      int64_t seconds = 0;
      const auto v = token.substr(5);
      auto [p, ec] = std::from_chars(v.data(), v.data() + v.size(), seconds);
      if (ec == std::errc() && p == v.data() + v.size() && seconds >= 0) {
        return std::min(seconds, ctx.config.max_wait_s);
      }
    }
    pos = end + 1;
  }
  return std::nullopt;
}

Result<nlohmann::json> parseJsonBody(const http::Request& request) {
  if (request.body.empty()) {
    return fail(ErrorCode::kInvalidArgument, "the request body is empty; send a JSON object",
                {{"field", "body"}});
  }
  auto parsed = nlohmann::json::parse(request.body, nullptr, false);
  if (parsed.is_discarded()) {
    return fail(ErrorCode::kInvalidArgument, "the request body is not valid JSON; send a JSON object",
                {{"field", "body"}});
  }
  if (!parsed.is_object()) {
    return fail(ErrorCode::kInvalidArgument,
                fmt::format("the request body must be a JSON object, not {}", parsed.type_name()),
                {{"field", "body"}});
  }
  return parsed;
}

void copyHeaders(const http::Headers& from, http::Response& to) {
  for (const auto& [name, value] : from.all()) to.headers.set(name, value);
}

}  // namespace kiln::api
