// `kiln serve` (HTTP API + supervised worker processes) and `kiln worker`.
#include <fcntl.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <csignal>
#include <cstring>
#include <cstdio>
#include <filesystem>
#include <map>
#include <mutex>
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

// One supervised `kiln worker` child with a wake-up pipe.
struct WorkerProcess {
  pid_t pid = -1;
  int wake_write_fd = -1;
  int restarts = 0;
};

class WorkerPool {
 public:
  WorkerPool(std::string data_dir, int count, int64_t lease_ms, int64_t job_timeout_s)
      : data_dir_(std::move(data_dir)),
        lease_ms_(std::to_string(lease_ms)),
        job_timeout_s_(std::to_string(job_timeout_s)),
        workers_(static_cast<size_t>(count)) {}

  void startAll() {
    std::lock_guard lock(mutex_);
    for (size_t i = 0; i < workers_.size(); ++i) spawn(i);
  }

  // Writes one byte to every worker's pipe (never blocks).
  void wake() {
    std::lock_guard lock(mutex_);
    for (auto& w : workers_) {
      if (w.wake_write_fd >= 0) {
        const char byte = 1;
        [[maybe_unused]] auto n = ::write(w.wake_write_fd, &byte, 1);
      }
    }
  }

  // Reaps exited workers and restarts them until stopping.
  void superviseLoop(const std::atomic<bool>& stopping) {
    while (true) {
      int status = 0;
      const pid_t pid = ::waitpid(-1, &status, 0);
      if (pid < 0) {
        if (errno == EINTR) continue;
        if (stopping.load()) return;
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
        continue;
      }
      std::lock_guard lock(mutex_);
      for (size_t i = 0; i < workers_.size(); ++i) {
        auto& w = workers_[i];
        if (w.pid != pid) continue;
        ::close(w.wake_write_fd);
        w.wake_write_fd = -1;
        w.pid = -1;
        if (stopping.load()) break;
        spdlog::warn("worker {} (pid {}) exited ({}); restarting it — its job, if any, returns to the queue",
                     i + 1, pid,
                     WIFSIGNALED(status) ? fmt::format("signal {}", WTERMSIG(status))
                                         : fmt::format("status {}", WEXITSTATUS(status)));
        ++w.restarts;
        // A worker that keeps dying is restarted more slowly (up to 5 s).
        std::this_thread::sleep_for(std::chrono::milliseconds(std::min(5000, 100 * (1 << std::min(w.restarts, 6)))));
        spawn(i);
      }
      bool any_alive = false;
      for (const auto& w : workers_) any_alive = any_alive || w.pid > 0;
      if (stopping.load() && !any_alive) return;
    }
  }

  // Asks workers to stop after their current job; kills those still alive after grace_ms.
  void stopAll(int64_t grace_ms) {
    std::vector<pid_t> pids;
    {
      std::lock_guard lock(mutex_);
      for (auto& w : workers_) {
        if (w.pid > 0) {
          ::kill(w.pid, SIGTERM);
          pids.push_back(w.pid);
        }
      }
    }
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(grace_ms);
    for (pid_t pid : pids) {
      while (::kill(pid, 0) == 0 && std::chrono::steady_clock::now() < deadline) {
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
      }
      if (::kill(pid, 0) == 0) ::kill(pid, SIGKILL);
    }
  }

  std::vector<pid_t> pids() {
    std::lock_guard lock(mutex_);
    std::vector<pid_t> out;
    for (const auto& w : workers_) out.push_back(w.pid);
    return out;
  }

 private:
  void spawn(size_t index) {
    int fds[2];
    if (::pipe2(fds, O_CLOEXEC) != 0) {
      spdlog::error("cannot create a pipe for worker {}: {}", index + 1, std::strerror(errno));
      return;
    }
    // Everything the child needs is built before fork: this process has many
    // threads, so between fork and exec the child may only make
    // async-signal-safe calls (another thread may have held the allocator's
    // lock at the moment of the fork).
    const std::string id = fmt::format("w{}", index + 1);
    const char* argv[] = {"kiln", "worker", "--data", data_dir_.c_str(), "--wake-fd", "3", "--id", id.c_str(),
                          "--lease-ms", lease_ms_.c_str(), "--job-timeout-s", job_timeout_s_.c_str(), nullptr};
    static constexpr char kExecFailed[] = "kiln: cannot start a worker process (exec failed)\n";
    const pid_t pid = ::fork();
    if (pid == 0) {
      ::prctl(PR_SET_PDEATHSIG, SIGTERM);
      ::dup2(fds[0], 3);  // dup2 clears O_CLOEXEC on the copy
      sigset_t none;
      sigemptyset(&none);
      pthread_sigmask(SIG_SETMASK, &none, nullptr);
      ::execv("/proc/self/exe", const_cast<char* const*>(argv));
      [[maybe_unused]] const ssize_t written = ::write(STDERR_FILENO, kExecFailed, sizeof kExecFailed - 1);
      ::_exit(127);
    }
    ::close(fds[0]);
    if (pid < 0) {
      ::close(fds[1]);
      spdlog::error("cannot fork worker {}: {}", index + 1, std::strerror(errno));
      return;
    }
    ::fcntl(fds[1], F_SETFL, O_NONBLOCK);
    workers_[index].pid = pid;
    workers_[index].wake_write_fd = fds[1];
  }

  std::string data_dir_;
  std::string lease_ms_;
  std::string job_timeout_s_;
  std::mutex mutex_;
  std::vector<WorkerProcess> workers_;
};

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
  auto stores = store::openDataDir(o.data);
  if (!stores) {
    fmt::print(stderr, "kiln serve: {}\n", stores.error().message);
    return kExitFailure;
  }
  const auto registry = engines::Registry::withBuiltins();
  http::Metrics metrics;
  http::Router router;
  const int worker_count = o.no_workers ? 0 : std::max(1, o.workers);
  WorkerPool pool(std::filesystem::absolute(o.data).string(), worker_count, o.lease_ms, o.job_timeout_s);

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
  options.worker_id = o.id.empty() ? fmt::format("pid{}", ::getpid()) : o.id;
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
  app.add_option("--log-level", o->log_level, "trace, debug, info, warn, error or off")->capture_default_str();
  return [o] { return runServe(*o); };
}

Runner addWorkerCommand(CLI::App& app) {
  auto o = std::make_shared<WorkerCliOptions>();
  app.add_option("--data", o->data, "Data directory shared with `kiln serve`")->capture_default_str();
  app.add_option("--wake-fd", o->wake_fd, "File descriptor that becomes readable when new jobs arrive (set by kiln serve)");
  app.add_option("--id", o->id, "Name for logs (default: pid<N>)");
  app.add_option("--max-jobs", o->max_jobs, "Exit after this many jobs (-1 = never)")->capture_default_str();
  app.add_option("--lease-ms", o->lease_ms, "Lease length; heartbeats renew it every fifth of it")->capture_default_str();
  app.add_option("--job-timeout-s", o->job_timeout_s, "Longest one attempt of a job may run (0 = no limit)")
      ->check(CLI::Range(int64_t{0}, int64_t{7 * 24 * 3600}))
      ->capture_default_str();
  app.add_option("--log-level", o->log_level, "trace, debug, info, warn, error or off")->capture_default_str();
  return [o] { return runWorkerCommand(*o); };
}

}  // namespace kiln::app
