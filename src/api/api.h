#pragma once
// The HTTP API: native /v1 routes, the compatibility dialects, and the
// operational routes (health, metrics, OpenAPI). Dialects translate requests
// into the native JobSpec and never touch engines directly (DESIGN.md §2).

#include <cstdint>
#include <functional>
#include <memory>
#include <string>

#include <nlohmann/json.hpp>

#include "accounts/gcra_limiter.h"
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
  int workers = 1;                        // worker processes, for ETAs
};

/// What handlers share. Lives as long as the server.
struct ApiContext {
  store::Stores* stores = nullptr;
  const engines::Registry* registry = nullptr;
  http::Metrics* metrics = nullptr;
  ApiConfig config;
  /// Tells workers new work exists (writes to their wake pipes); may be empty.
  std::function<void()> wake_workers;
  std::unique_ptr<accounts::GcraLimiter> job_limiter;  // null when unlimited
  /// Set once the server is ready to take jobs (/readyz).
  std::function<bool()> ready;
  /// Recently rendered status bodies of finished jobs (see job_cache.h).
  std::unique_ptr<FinishedJobCache> finished_jobs = std::make_unique<FinishedJobCache>();
};

/// Registers every route (native, forge, ops, openapi) on `router`.
void addAllRoutes(http::Router& router, ApiContext& context);

// The parts, one file each.
void addNativeRoutes(http::Router& router, ApiContext& context);
void addForgeRoutes(http::Router& router, ApiContext& context);
void addOpsRoutes(http::Router& router, ApiContext& context);

/// The OpenAPI 3.1 document for every route registered on `router`.
nlohmann::json buildOpenApi(const http::Router& router);

}  // namespace kiln::api
