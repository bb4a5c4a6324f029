// `kiln serve` (HTTP API + supervised worker processes) and `kiln worker`.
#include <signal.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <csignal>
#include <cstring>
#include <cstdio>
#include <filesystem>
#include <map>
#include <thread>
#include <vector>

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include "accounts/webhook_dispatcher.h"
#include "api/api.h"
#include "client/http_client.h"
#include "commands.h"
#include "core/clock.h"
#include "engines/registry.h"
#include "http/server.h"
#include "jobs/worker.h"
#include "jobs/worker_pool.h"
#include "store/data_dir_sweep.h"
#include "store/store.h"

namespace kiln::app {
namespace {

struct ServeOptions {
  std::string listen = "127.0.0.1:8080";
  std::string data = "./var";
  int workers = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  bool no_workers = false;
  int64_t rate_limit = 60;
  int64_t key_rate_limit = 600;
  std::vector<std::string> prices;
  bool webhook_allow_private = false;
  std::string public_url;
  std::string log_level = "info";
  int io_threads = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  int64_t lease_ms = 15'000;
  int64_t job_timeout_s = 1800;
  int64_t forge_fast_lane_ms = 2'000;
};

struct WorkerCliOptions {
  std::string data = "./var";
  int wake_fd = -1;
  std::string id;
  int max_jobs = -1;
  int64_t lease_ms = 15'000;
  int64_t job_timeout_s = 1800;
  std::string log_level = "info";
};

// Blocks SIGTERM/SIGINT in every thread and returns the set, so one thread can sigwait for them.
sigset_t blockTerminationSignals() {
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGTERM);
  sigaddset(&set, SIGINT);
  pthread_sigmask(SIG_BLOCK, &set, nullptr);
  return set;
}

bool splitListen(const std::string& listen, std::string& host, uint16_t& port) {
  const auto colon = listen.rfind(':');
  if (colon == std::string::npos) return false;
  host = listen.substr(0, colon);
  if (host.size() >= 2 && host.front() == '[' && host.back() == ']') host = host.substr(1, host.size() - 2);
  int p = -1;
  try {
    size_t used = 0;
    p = std::stoi(listen.substr(colon + 1), &used);
    if (used != listen.size() - colon - 1) return false;
  } catch (...) {
    return false;
  }
  if (p < 0 || p > 65535 || host.empty()) return false;
  port = static_cast<uint16_t>(p);
  return true;
}

// "draft=1", "sculpt:high=12" → prices map entries.
bool parsePrices(const std::vector<std::string>& specs, std::map<std::string, int64_t>& prices) {
  for (const auto& spec : specs) {
    const auto eq = spec.find('=');
    if (eq == std::string::npos || eq == 0) return false;
    try {
      size_t used = 0;
      const int64_t value = std::stoll(spec.substr(eq + 1), &used);
      if (used != spec.size() - eq - 1 || value < 0) return false;
      prices[spec.substr(0, eq)] = value;
    } catch (...) {
      return false;
    }
  }
  return true;
}

// Posts webhook deliveries with libcurl, connecting only to the addresses the
// dispatcher checked.
accounts::WebhookSendResult sendWebhook(const accounts::WebhookTarget& target,
                                        const std::vector<std::pair<std::string, std::string>>& headers,
                                        const std::string& body, int64_t timeout_ms) {
  const std::string& url = target.url;
  client::ClientOptions options;
  options.base_url = url;
  options.pinned_host = target.host;
  options.pinned_port = target.port;
  options.pinned_addresses = target.addresses;
  options.timeout_ms = timeout_ms;
  options.connect_timeout_ms = std::min<int64_t>(timeout_ms, 10'000);
  options.user_agent = "kiln-webhooks/0.1";
  client::HttpClient http(options);
  std::map<std::string, std::string> header_map(headers.begin(), headers.end());
  auto r = http.request("POST", url, body, header_map);
  if (!r) return {0, r.error().message};
  return {r->status, ""};
}

int runServe(const ServeOptions& o) {
  spdlog::set_level(spdlog::level::from_str(o.log_level));
  std::string host;
  uint16_t port = 0;
  if (!splitListen(o.listen, host, port)) {
    fmt::print(stderr, "kiln serve: --listen must look like 127.0.0.1:8080 or [::1]:8080 (got '{}')\n", o.listen);
    return kExitUsage;
  }
  // Block SIGTERM/SIGINT before any thread exists so every thread inherits
  // the mask and only the sigwait below sees them.
  const sigset_t signals = blockTerminationSignals();
  // A peer that went away (a client, a worker that died) must show up as an
  // EPIPE error where it matters, never end the whole server.
  ::signal(SIGPIPE, SIG_IGN);
  auto stores = store::openDataDir(o.data);
  if (!stores) {
    fmt::print(stderr, "kiln serve: {}\n", stores.error().message);
    return kExitFailure;
  }
  // Before anything else uses the directory: what a crash left behind.
  if (auto swept = store::sweepDataDir(*stores, o.data); !swept) {
    spdlog::warn("could not clean up the blob folder: {}", swept.error().message);
  } else {
    if (swept->partial_files > 0 || swept->unreferenced_blobs > 0) {
      spdlog::info("removed {} partial file(s) and {} blob(s) nothing refers to ({} bytes), left by a crash",
                   swept->partial_files, swept->unreferenced_blobs, swept->bytes);
    }
    if (!swept->had_directory_to_itself) {
      spdlog::info("other processes use {}: unreferenced blobs are left for a start that has it alone", o.data);
    }
  }
  const auto registry = engines::Registry::withBuiltins();
  http::Metrics metrics;
  http::Router router;
  const int worker_count = o.no_workers ? 0 : std::max(1, o.workers);
  jobs::WorkerPoolOptions pool_options;
  pool_options.executable = "/proc/self/exe";
  pool_options.argv = {"kiln", "worker", "--data", std::filesystem::absolute(o.data).string(), "--lease-ms",
                       std::to_string(o.lease_ms), "--job-timeout-s", std::to_string(o.job_timeout_s)};
  pool_options.workers = worker_count;
  // A worker that died hands its job back now rather than when its lease
  // expires; the attempt counts only when the job itself crashed the worker.
  pool_options.on_exit = [jobs = stores->jobs.get()](const jobs::WorkerExit& exit) {
    const auto crash = jobs::crashOfJob(exit);
    auto returned = jobs->returnJobsOf(jobs::leaseHolderId(exit.name, exit.pid), crash);
    if (!returned) {
      spdlog::warn("worker {}'s job returns to the queue when its lease expires: {}", exit.name,
                   returned.error().message);
    } else if (*returned > 0) {
      spdlog::info("worker {}'s job went back to the queue ({})", exit.name,
                   crash ? crash->message + "; the attempt counts" : std::string("the job was not at fault"));
    }
  };
  jobs::WorkerPool pool(std::move(pool_options));

  api::ApiContext ctx;
  ctx.stores = &*stores;
  ctx.registry = &registry;
  ctx.metrics = &metrics;
  ctx.config.public_base_url = o.public_url;
  ctx.config.workers = std::max(1, worker_count);
  ctx.config.anonymous_jobs_per_minute = o.rate_limit;
  if (o.rate_limit > 0) ctx.job_limiter = std::make_unique<accounts::GcraLimiter>(o.rate_limit, 60'000);
  ctx.config.keyed_jobs_per_minute = o.key_rate_limit;
  if (o.key_rate_limit > 0) ctx.keyed_job_limiter = std::make_unique<accounts::GcraLimiter>(o.key_rate_limit, 60'000);
  ctx.config.webhook_allow_private = o.webhook_allow_private;
  ctx.config.forge_fast_lane_ms = o.forge_fast_lane_ms;
  if (!parsePrices(o.prices, ctx.config.prices)) {
    fmt::print(stderr, "kiln serve: --price takes TIER=CREDITS or ENGINE:TIER=CREDITS, e.g. --price high=12\n");
    return kExitUsage;
  }
  if (worker_count > 0) ctx.wake_workers = [&pool] { pool.wake(); };
  api::addAllRoutes(router, ctx);

  http::ServerOptions server_options;
  server_options.host = host;
  server_options.port = port;
  server_options.threads = std::max(1, o.io_threads);
  http::Server server(server_options, router, metrics);
  auto bound = server.start();
  if (!bound) {
    fmt::print(stderr, "kiln serve: {}\n", bound.error().message);
    return kExitFailure;
  }
  std::atomic<bool> stopping{false};
  if (worker_count > 0) pool.startAll();
  std::thread supervisor;
  if (worker_count > 0) supervisor = std::thread([&] { pool.superviseLoop(stopping); });
  // Any process may rescue expired leases; the server does it too, so jobs of
  // a dead worker come back even when every worker is busy.
  std::thread rescuer([&] {
    while (!stopping.load()) {
      if (auto n = stores->jobs->rescueExpired(); n && *n > 0) {
        spdlog::warn("returned {} job(s) with expired leases to the queue", *n);
        pool.wake();
      }
      for (int i = 0; i < 10 && !stopping.load(); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
  });

  // Webhooks go out from here, off the request path: deliveries are queued
  // in the store with the job's final state and retried with backoff.
  std::thread webhooks([&] {
    accounts::WebhookDispatcherOptions options;
    options.allow_private_targets = o.webhook_allow_private;
    if (const char* scale = std::getenv("KILN_WEBHOOK_BACKOFF_SCALE")) options.backoff_scale = std::atof(scale);
    accounts::WebhookDispatcher dispatcher(*stores->accounts, sendWebhook, options);
    while (!stopping.load()) {
      if (dispatcher.runOnce(nowUnixMs()) == 0) {
        for (int i = 0; i < 4 && !stopping.load(); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(50));
      }
    }
  });

  const std::string shown_host = host.find(':') != std::string::npos ? "[" + host + "]" : host;
  fmt::print("kiln serve: listening on http://{}:{} (data {}, {} worker{})\n", shown_host, *bound, o.data,
             worker_count, worker_count == 1 ? "" : "s");
  fmt::print("  try:  curl -s http://{}:{}/v1/catalog\n", shown_host, *bound);
  fmt::print("        curl -s -H 'Prefer: wait=10' -d '{{\"tier\":\"draft\",\"input\":{{\"prompt\":\"a teapot\"}}}}' "
             "http://{}:{}/v1/jobs\n",
             shown_host, *bound);
  fmt::print("        API description: http://{}:{}/openapi.json\n", shown_host, *bound);
  std::fflush(stdout);

  int signal_number = 0;
  sigwait(&signals, &signal_number);
  spdlog::info("received signal {}: stopping (in-flight requests finish, workers finish their job)", signal_number);
  stopping.store(true);
  server.stop(5'000);
  server.wait();
  pool.stopAll(30'000);
  if (supervisor.joinable()) supervisor.join();
  rescuer.join();
  webhooks.join();
  spdlog::info("stopped");
  return kExitOk;
}

int runWorkerCommand(const WorkerCliOptions& o) {
  spdlog::set_level(spdlog::level::from_str(o.log_level));
  const sigset_t signals = blockTerminationSignals();
  ::signal(SIGPIPE, SIG_IGN);
  auto stores = store::openDataDir(o.data);
  if (!stores) {
    fmt::print(stderr, "kiln worker: {}\n", stores.error().message);
    return kExitFailure;
  }
  static std::atomic<bool> stop{false};
  std::thread waiter([signals] {
    int sig = 0;
    sigwait(&signals, &sig);
    stop.store(true);
  });
  waiter.detach();
  const auto registry = engines::Registry::withBuiltins();
  jobs::WorkerOptions options;
  options.worker_id = o.id.empty() ? fmt::format("pid{}", ::getpid()) : jobs::leaseHolderId(o.id, ::getpid());
  options.wake_fd = o.wake_fd;
  options.max_jobs = o.max_jobs;
  options.lease_ms = o.lease_ms;
  options.heartbeat_ms = std::max<int64_t>(100, o.lease_ms / 5);
  options.max_run_ms = o.job_timeout_s * 1000;
  const int done = jobs::runWorker(options, *stores, registry, stop);
  spdlog::info("worker {} finished {} job(s)", options.worker_id, done);
  return kExitOk;
}

}  // namespace

Runner addServeCommand(CLI::App& app) {
  auto o = std::make_shared<ServeOptions>();
  app.add_option("--listen", o->listen, "Address and port to listen on (port 0 picks a free one)")->capture_default_str();
  app.add_option("--data", o->data, "Data directory: the SQLite database, artifacts and uploads")->capture_default_str();
  app.add_option("--workers", o->workers, "Worker processes to run jobs (default: one per core)")->capture_default_str();
  app.add_flag("--no-workers", o->no_workers, "Run only the API (workers run elsewhere with `kiln worker`)");
  app.add_option("--rate-limit", o->rate_limit,
                 "Jobs per minute per client IP on the anonymous lane (0 = unlimited)")
      ->capture_default_str();
  app.add_option("--key-rate-limit", o->key_rate_limit, "Jobs per minute per API key (0 = unlimited)")
      ->capture_default_str();
  app.add_option("--price", o->prices,
                 "Credits per keyed job: TIER=N or ENGINE:TIER=N, repeatable (defaults draft=1 standard=3 high=10)");
  app.add_flag("--webhook-allow-private", o->webhook_allow_private,
               "Allow webhook URLs on loopback and private networks (refused by default against SSRF)");
  app.add_option("--public-url", o->public_url, "Base URL for links given to clients (default: from the Host header)");
  app.add_option("--io-threads", o->io_threads, "HTTP I/O threads")->capture_default_str();
  app.add_option("--lease-ms", o->lease_ms,
                 "How long a worker's claim on a job lasts without a heartbeat; a job whose worker died is "
                 "retried after this")
      ->capture_default_str();
  app.add_option("--job-timeout-s", o->job_timeout_s,
                 "Longest one attempt of a job may run; past it the job fails with a message saying so "
                 "(0 = no limit)")
      ->check(CLI::Range(int64_t{0}, int64_t{7 * 24 * 3600}))
      ->capture_default_str();
  app.add_option("--forge-fast-lane-ms", o->forge_fast_lane_ms,
                 "How long POST /api/forge waits for a job to finish before answering \"queued\" "
                 "(0 = answer at once)")
      ->check(CLI::Range(int64_t{0}, int64_t{120'000}))
      ->capture_default_str();
  app.add_option("--log-level", o->log_level, "trace, debug, info, warn, error or off")->capture_default_str();
  return [o] { return runServe(*o); };
}

Runner addWorkerCommand(CLI::App& app) {
  auto o = std::make_shared<WorkerCliOptions>();
  app.add_option("--data", o->data, "Data directory shared with `kiln serve`")->capture_default_str();
  app.add_option("--wake-fd", o->wake_fd, "File descriptor that becomes readable when new jobs arrive (set by kiln serve)");
  app.add_option("--id", o->id, "Name for logs and leases; the process id is appended (default: pid<N>)");
  app.add_option("--max-jobs", o->max_jobs, "Exit after this many jobs (-1 = never)")->capture_default_str();
  app.add_option("--lease-ms", o->lease_ms, "Lease length; heartbeats renew it every fifth of it")->capture_default_str();
  app.add_option("--job-timeout-s", o->job_timeout_s, "Longest one attempt of a job may run (0 = no limit)")
      ->check(CLI::Range(int64_t{0}, int64_t{7 * 24 * 3600}))
      ->capture_default_str();
  app.add_option("--log-level", o->log_level, "trace, debug, info, warn, error or off")->capture_default_str();
  return [o] { return runWorkerCommand(*o); };
}

}  // namespace kiln::app
