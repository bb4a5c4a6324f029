// Operational routes: health, readiness, Prometheus metrics, OpenAPI.
#include "api/api.h"

#include <memory>
#include <mutex>
#include <string>
#include "api/index_page.h"
#include "core/clock.h"

namespace kiln::api {

void addOpsRoutes(http::Router& router, ApiContext& ctx) {
  ctx.metrics->describe("kiln_queue_depth", "gauge", "Jobs waiting to run");
  ctx.metrics->describe("kiln_jobs", "gauge", "Jobs by state");
  ctx.metrics->describe("kiln_jobs_created_total", "counter", "Jobs created through the API");
  ctx.metrics->describe("kiln_engine_duration_seconds", "histogram",
                        "Run time of finished jobs (lease to finish) by engine, tier and outcome");
  // Engine runs happen in worker processes; the store is where they meet, so
  // each scrape observes the runs finished since the previous one.
  struct Watermark {
    std::mutex mutex;
    int64_t after_ms = -1;
    std::string after_id;
  };
  auto watermark = std::make_shared<Watermark>();
  ctx.metrics->onRender([&ctx, watermark](http::Metrics& m) {
    {
      std::lock_guard lock(watermark->mutex);
      if (watermark->after_ms < 0) watermark->after_ms = 0;
      for (int page = 0; page < 100; ++page) {
        auto runs = ctx.stores->jobs->finishedSince(watermark->after_ms, watermark->after_id, 1000);
        if (!runs || runs->empty()) break;
        for (const auto& run : *runs) {
          if (run.started_at_ms > 0 && run.finished_at_ms >= run.started_at_ms) {
            m.observe("kiln_engine_duration_seconds",
                      {{"engine", run.engine}, {"tier", run.tier}, {"outcome", std::string(store::jobStateName(run.state))}},
                      static_cast<double>(run.finished_at_ms - run.started_at_ms) / 1000.0);
          }
          watermark->after_ms = run.finished_at_ms;
          watermark->after_id = run.id;
        }
        if (runs->size() < 1000) break;
      }
    }
    if (auto stats = ctx.stores->jobs->stats()) {
      m.setGauge("kiln_queue_depth", {}, static_cast<double>(stats->queued));
      m.setGauge("kiln_jobs", {{"state", "queued"}}, static_cast<double>(stats->queued));
      m.setGauge("kiln_jobs", {{"state", "running"}}, static_cast<double>(stats->running));
      m.setGauge("kiln_jobs", {{"state", "succeeded"}}, static_cast<double>(stats->succeeded));
      m.setGauge("kiln_jobs", {{"state", "failed"}}, static_cast<double>(stats->failed));
      m.setGauge("kiln_jobs", {{"state", "canceled"}}, static_cast<double>(stats->canceled));
    }
  });

  router.add({"GET", "/healthz", [](http::Request&) -> http::Reply { return http::jsonResponse(200, {{"status", "ok"}}); },
              {.summary = "Liveness: the process answers", .tags = {"ops"}, .responses = {{"200", {{"description", "ok"}}}}}});
  router.add({"GET", "/readyz",
              [&ctx](http::Request&) -> http::Reply {
                auto stats = ctx.stores->jobs->stats();
                const bool ready = stats.has_value() && (!ctx.ready || ctx.ready());
                if (!ready) {
                  return http::errorResponse(makeError(ErrorCode::kUnavailable, "the server is starting or its store is unavailable"));
                }
                return http::jsonResponse(200, {{"status", "ready"}, {"queued", stats->queued}, {"running", stats->running}});
              },
              {.summary = "Readiness: the store answers and workers are up", .tags = {"ops"},
               .responses = {{"200", {{"description", "ready"}}}, {"503", {{"description", "not ready"}}}}}});
  router.add({"GET", "/metrics",
              [&ctx](http::Request&) -> http::Reply {
                http::Response r;
                r.body = ctx.metrics->renderPrometheus();
                r.headers.set("Content-Type", "text/plain; version=0.0.4; charset=utf-8");
                return r;
              },
              {.summary = "Prometheus metrics", .tags = {"ops"},
               .responses = {{"200", {{"description", "text exposition format 0.0.4"}}}}}});
  router.add({"GET", "/openapi.json",
              [&router](http::Request&) -> http::Reply { return http::jsonResponse(200, buildOpenApi(router)); },
              {.summary = "This API's OpenAPI 3.1 document", .tags = {"ops"},
               .responses = {{"200", {{"description", "OpenAPI document"}}}}}});
}

void addAllRoutes(http::Router& router, ApiContext& context) {
  if (!context.run_times && context.stores != nullptr) {
    auto* jobs = context.stores->jobs.get();
    context.run_times = std::make_unique<RunTimes>(
        [jobs](int64_t after_ms, const std::string& after_id, int limit) {
          return jobs->finishedSince(after_ms, after_id, limit);
        },
        nowUnixMs() - 3'600'000);
  }
  addNativeRoutes(router, context);
  addAccountRoutes(router, context);
  addForgeRoutes(router, context);
  addStudioRoutes(router, context);
  addRendersRoutes(router, context);
  addOpsRoutes(router, context);
  addIndexRoute(router);
}

}  // namespace kiln::api
