#pragma once
// The HTTP API: native /v1 routes, the compatibility dialects, and the
// operational routes (health, metrics, OpenAPI). Dialects translate requests
// into the native JobSpec and never touch engines directly (DESIGN.md §2).

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <string>

#include <nlohmann/json.hpp>

#include "accounts/gcra_limiter.h"
#include "api/blocking.h"
#include "api/run_times.h"
#include "api/job_cache.h"
#include "engines/registry.h"
#include "http/metrics.h"
#include "http/router.h"
#include "store/store.h"

namespace kiln::api {

struct ApiConfig {
  /// Absolute base for URLs handed to clients; empty = from the request's Host header.
  std::string public_base_url;
  int64_t artifact_url_ttl_s = 900;       // signed artifact URLs live this long
  int64_t upload_url_ttl_s = 900;         // presigned upload slots live this long
  uint64_t max_upload_bytes = 32u << 20;  // largest accepted upload
  int64_t max_wait_s = 60;                // cap on Prefer: wait=N
  int64_t forge_fast_lane_ms = 2'000;     // how long POST /api/forge waits for a quick finish
  /// Job creations per minute per client IP on the anonymous lane (0 = unlimited).
  int64_t anonymous_jobs_per_minute = 60;
  /// Job creations per minute per API key (0 = unlimited).
  int64_t keyed_jobs_per_minute = 600;
  int workers = 1;                        // worker processes, for ETAs
  /// Credits a keyed job costs: "engine:tier" entries override "tier" ones
  /// (the anonymous lane is free). See priceCredits().
  std::map<std::string, int64_t> prices = {{"draft", 1}, {"standard", 3}, {"high", 10}};
  /// Accept webhook URLs on loopback and private networks (tests, trusted LANs).
  bool webhook_allow_private = false;
};

/// What handlers share. Lives as long as the server.
struct ApiContext {
  store::Stores* stores = nullptr;
  const engines::Registry* registry = nullptr;
  http::Metrics* metrics = nullptr;
  ApiConfig config;
  /// Tells workers new work exists (writes to their wake pipes); may be empty.
  std::function<void()> wake_workers;
  std::unique_ptr<accounts::GcraLimiter> job_limiter;      // anonymous lane, per IP; null when unlimited
  std::unique_ptr<accounts::GcraLimiter> keyed_job_limiter;  // per API key; null when unlimited
  /// Set once the server is ready to take jobs (/readyz).
  std::function<bool()> ready;
  /// Recently rendered status bodies of finished jobs (see job_cache.h).
  std::unique_ptr<FinishedJobCache> finished_jobs = std::make_unique<FinishedJobCache>();
  /// Measured run times for ETAs; addAllRoutes creates it (following the
  /// store from an hour back) when left null.
  std::unique_ptr<RunTimes> run_times;
  /// Blocking request work (photo pre-checks) off the I/O threads: 2 threads,
  /// at most 32 tasks in flight. Last member, so it is joined first.
  std::unique_ptr<BlockingPool> blocking = std::make_unique<BlockingPool>(2, 32);
};

/// Registers every route (native, accounts, forge, studio, renders, ops,
/// openapi) on `router`.
void addAllRoutes(http::Router& router, ApiContext& context);

// The parts, one file each.
void addNativeRoutes(http::Router& router, ApiContext& context);
void addAccountRoutes(http::Router& router, ApiContext& context);
void addForgeRoutes(http::Router& router, ApiContext& context);
void addStudioRoutes(http::Router& router, ApiContext& context);
void addRendersRoutes(http::Router& router, ApiContext& context);
void addOpsRoutes(http::Router& router, ApiContext& context);

/// Credits a keyed job of `engine` at `tier` costs: prices["engine:tier"],
/// else prices["tier"], else 0.
int64_t priceCredits(const ApiConfig& config, const std::string& engine, const std::string& tier);

/// The OpenAPI 3.1 document for every route registered on `router`.
nlohmann::json buildOpenApi(const http::Router& router);

}  // namespace kiln::api
