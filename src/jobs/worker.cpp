#include "jobs/worker.h"

#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <atomic>
#include <cerrno>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

#include <tbb/task_arena.h>

#include <poll.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include "core/clock.h"
#include "jobs/runner.h"

namespace kiln::jobs {
namespace {

// Progress is written to the store at most this often (besides heartbeats):
// enough for a smooth progress bar, few enough writes to share the database
// with many workers.
constexpr int64_t kProgressMinIntervalMs = 250;
// Any process may rescue expired leases; each worker looks about this often.
constexpr int64_t kRescueIntervalMs = 1'000;

/// The EngineContext of one leased job: the engine reports into it from any
/// thread; the heartbeat thread reads the latest step/progress, and sets
/// canceled when the client canceled or the lease was lost.
class LeasedJobContext final : public engines::EngineContext {
 public:
  void report(std::string_view step, float progress) override {
    {
      std::lock_guard lock(mutex_);
      step_ = std::string(step);
      progress_ = std::clamp(static_cast<double>(progress), 0.0, 1.0);
      reported_ = true;
    }
    cv_.notify_one();
  }
  bool isCanceled() const override { return canceled_.load(); }

  void cancel() { canceled_.store(true); }
  /// Stops the heartbeat loop.
  void finishRun() {
    {
      std::lock_guard lock(mutex_);
      done_ = true;
    }
    cv_.notify_one();
  }

  /// Waits until `deadline_ms` (monotonic) or an early wake-up: new progress
  /// after `progress_not_before_ms`, or the end of the run. Returns false once the run is done.
  bool wait(int64_t deadline_ms, int64_t progress_not_before_ms, std::string& step, double& progress) {
    std::unique_lock lock(mutex_);
    while (!done_) {
      const int64_t now = monotonicMs();
      if (now >= deadline_ms) break;
      if (reported_ && now >= progress_not_before_ms) break;
      const int64_t until = reported_ ? std::min(deadline_ms, progress_not_before_ms) : deadline_ms;
      cv_.wait_for(lock, std::chrono::milliseconds(std::max<int64_t>(1, until - now)));
    }
    reported_ = false;
    step = step_;
    progress = progress_;
    return !done_;
  }

 private:
  std::atomic<bool> canceled_{false};
  std::mutex mutex_;
  std::condition_variable cv_;
  std::string step_;
  double progress_ = 0.0;
  bool reported_ = false;
  bool done_ = false;
};

// Renews the lease every heartbeat_ms and records progress (throttled) until
// the run ends. Sets `lost` when the store says the lease is gone.
// The failure recorded for an attempt that outran WorkerOptions::max_run_ms.
store::Outcome timedOutOutcome(const WorkerOptions& options) {
  store::Outcome outcome;
  outcome.success = false;
  outcome.retryable = false;
  outcome.error = makeError(ErrorCode::kUnprocessable,
                            fmt::format("the engine ran longer than the {} s limit and was stopped; try a lower tier "
                                        "or simpler input, or raise the server's --job-timeout",
                                        options.max_run_ms / 1000),
                            {{"limit_s", options.max_run_ms / 1000}});
  return outcome;
}

void heartbeatLoop(const WorkerOptions& options, store::JobStore& jobs, const store::Lease& lease,
                   LeasedJobContext& context, std::atomic<bool>& lost, std::atomic<bool>& timed_out) {
  const int64_t started = monotonicMs();
  int64_t last_beat = monotonicMs();
  std::string step;
  double progress = 0.0;
  while (context.wait(last_beat + options.heartbeat_ms, last_beat + kProgressMinIntervalMs, step, progress)) {
    if (options.max_run_ms > 0) {
      const int64_t running = monotonicMs() - started;
      if (running > options.max_run_ms && !timed_out.exchange(true)) {
        spdlog::warn("worker {}: job {} passed the {} ms limit; stopping it", options.worker_id, lease.job_id,
                     options.max_run_ms);
        context.cancel();
      }
      if (timed_out.load() && running > options.max_run_ms + kStopGraceMs) {
        // The engine ignores cancellation: fail the job now and leave; the
        // stuck thread goes with the process.
        spdlog::error("worker {}: job {} did not stop within {} ms of its limit; failing it and exiting",
                      options.worker_id, lease.job_id, kStopGraceMs);
        (void)jobs.finish(lease, timedOutOutcome(options));
        std::fflush(nullptr);
        std::_Exit(75);
      }
    }
    auto beat = jobs.heartbeat(lease, options.lease_ms, step, progress);
    last_beat = monotonicMs();
    if (beat) {
      if (*beat) context.cancel();  // the client canceled: the engine stops at its next check
      continue;
    }
    if (beat.error().code == ErrorCode::kConflict) {
      spdlog::warn("worker {}: lost the lease on job {}; abandoning it", options.worker_id, lease.job_id);
      lost.store(true);
      context.cancel();
      return;
    }
    // A busy database or a transient I/O error: the lease has slack, try again next beat.
    spdlog::warn("worker {}: heartbeat for job {} failed: {}", options.worker_id, lease.job_id, beat.error().message);
  }
}

// Lowers the calling thread's scheduling priority by 10 (Linux applies
// setpriority to one thread when given its tid). Used on a thread that ends
// soon after, because an unprivileged process cannot raise it back.
void lowerThisThreadPriority() {
  const auto tid = static_cast<id_t>(::syscall(SYS_gettid));
  errno = 0;
  const int current = ::getpriority(PRIO_PROCESS, tid);
  if (errno == 0) ::setpriority(PRIO_PROCESS, tid, std::min(current + 10, 19));
}

// Renders preview.png for finished models on one low-priority thread and
// attaches it to the job. Previews are a courtesy: when models arrive faster
// than pictures can be painted, the oldest waiting ones are dropped (logged).
// drain() finishes what is queued; the destructor drains too, for at most
// kCloseDrainMs: at low priority on a busy machine painting can crawl, and a
// worker that was told to exit must not linger for minutes over pictures.
// What is still unpainted then is dropped (logged) and the render under way
// is stopped.
class PreviewPainter {
 public:
  static constexpr size_t kMaxWaiting = 8;
  static constexpr int64_t kCloseDrainMs = 15'000;

  PreviewPainter(const WorkerOptions& options, store::Stores& stores) : options_(options), stores_(stores) {
    thread_ = std::thread([this] { loop(); });
  }
  ~PreviewPainter() {
    {
      std::unique_lock lock(mutex_);
      const bool drained = idle_.wait_for(lock, std::chrono::milliseconds(kCloseDrainMs),
                                          [this] { return waiting_.empty() && !busy_; });
      if (!drained) {
        spdlog::warn("worker {}: exiting with {} preview image(s) unpainted", options_.worker_id,
                     waiting_.size() + (busy_ ? 1 : 0));
        waiting_.clear();
        abandon_.store(true);
      }
      closing_ = true;
    }
    wake_.notify_all();
    thread_.join();
  }
  PreviewPainter(const PreviewPainter&) = delete;
  PreviewPainter& operator=(const PreviewPainter&) = delete;

  void enqueue(std::string job_id, uint64_t seed, geometry::Mesh model) {
    {
      std::lock_guard lock(mutex_);
      if (waiting_.size() >= kMaxWaiting) {
        spdlog::warn("worker {}: job {}: no preview image (previews are falling behind)", options_.worker_id,
                     waiting_.front().job_id);
        waiting_.pop_front();
      }
      waiting_.push_back({std::move(job_id), seed, std::move(model)});
    }
    wake_.notify_all();
  }

  /// Blocks until every queued preview is painted (or dropped).
  void drain() {
    std::unique_lock lock(mutex_);
    idle_.wait(lock, [this] { return waiting_.empty() && !busy_; });
  }

 private:
  struct Item {
    std::string job_id;
    uint64_t seed;
    geometry::Mesh model;
  };

  void loop() {
    lowerThisThreadPriority();
    tbb::task_arena one_thread(1);
    std::unique_lock lock(mutex_);
    while (true) {
      wake_.wait(lock, [this] { return closing_ || !waiting_.empty(); });
      if (waiting_.empty()) return;  // closing with nothing left
      Item item = std::move(waiting_.front());
      waiting_.pop_front();
      busy_ = true;
      lock.unlock();
      Result<store::Artifact> preview = fail(ErrorCode::kInternal, "not rendered");
      one_thread.execute([&] {
        preview = renderPreviewArtifact(item.model, item.seed, *stores_.blobs, [this] { return abandon_.load(); });
      });
      if (!preview) {
        spdlog::warn("worker {}: job {}: no preview image: {}", options_.worker_id, item.job_id, preview.error().message);
      } else if (auto attached = stores_.jobs->attachArtifact(item.job_id, *preview); !attached) {
        spdlog::warn("worker {}: job {}: preview not attached: {}", options_.worker_id, item.job_id,
                     attached.error().message);
      }
      lock.lock();
      busy_ = false;
      idle_.notify_all();
    }
  }

  const WorkerOptions& options_;
  store::Stores& stores_;
  std::mutex mutex_;
  std::condition_variable wake_, idle_;
  std::deque<Item> waiting_;
  bool busy_ = false;
  bool closing_ = false;
  std::atomic<bool> abandon_{false};  // stops the render under way when closing
  std::thread thread_;
};

// Runs one leased job with a heartbeat thread beside it. True when the job
// was finished (its result written), false when the lease was lost.
bool runLeased(const WorkerOptions& options, store::Stores& stores, const engines::Registry& registry,
               const store::Lease& lease, PreviewPainter& painter) {
  LeasedJobContext context;
  std::atomic<bool> lost{false};
  std::atomic<bool> timed_out{false};
  if (lease.job.cancel_requested) context.cancel();
  std::thread heartbeat([&] { heartbeatLoop(options, *stores.jobs, lease, context, lost, timed_out); });
  const int64_t started = monotonicMs();
  geometry::Mesh model;
  store::Outcome outcome = runJob(lease.job, registry, *stores.blobs, context, &model);
  context.finishRun();
  heartbeat.join();
  if (lost.load()) return false;
  if (timed_out.load()) {
    outcome = timedOutOutcome(options);
    model = {};
  }

  auto finished = stores.jobs->finish(lease, outcome);
  if (!finished) {
    spdlog::warn("worker {}: could not finish job {}: {}", options.worker_id, lease.job_id,
                 finished.error().message);
    return false;
  }
  spdlog::info("worker {}: job {} attempt {} → {} in {} ms", options.worker_id, lease.job_id, lease.attempt,
               store::jobStateName(finished->state), monotonicMs() - started);
  // The preview comes after delivery, on the painter's own thread: a client
  // waiting for the model never waits for its picture, and this worker is
  // free to take the next job at once.
  if (finished->state == store::JobState::kSucceeded && model.triangleCount() > 0) {
    painter.enqueue(lease.job_id, finished->spec.value("seed", uint64_t{0}), std::move(model));
  }
  return true;
}

// Waits up to `timeout_ms` for work. Returns false when the wake fd reached
// EOF (the parent server is gone) and the worker should exit.
bool waitForWork(const WorkerOptions& options, const std::atomic<bool>& stop, int64_t timeout_ms) {
  if (options.wake_fd < 0) {
    // Sleep in slices so a stop request is seen promptly.
    const int64_t deadline = monotonicMs() + timeout_ms;
    while (!stop.load() && monotonicMs() < deadline) {
      std::this_thread::sleep_for(std::chrono::milliseconds(std::min<int64_t>(20, deadline - monotonicMs())));
    }
    return true;
  }
  pollfd pfd{.fd = options.wake_fd, .events = POLLIN, .revents = 0};
  const int ready = ::poll(&pfd, 1, static_cast<int>(timeout_ms));
  if (ready <= 0) return true;  // timeout or EINTR: look for work again
  if ((pfd.revents & (POLLIN | POLLHUP)) != 0) {
    char buffer[256];
    const ssize_t n = ::read(options.wake_fd, buffer, sizeof buffer);
    if (n == 0) return false;
    if (n < 0 && errno != EAGAIN && errno != EINTR) return false;
  } else if ((pfd.revents & (POLLERR | POLLNVAL)) != 0) {
    return false;
  }
  return true;
}

}  // namespace

std::string leaseHolderId(std::string_view name, int pid) { return fmt::format("{}.{}", name, pid); }

int runWorker(const WorkerOptions& options, store::Stores& stores, const engines::Registry& registry,
              const std::atomic<bool>& stop) {
  int finished = 0;
  PreviewPainter painter(options, stores);
  int64_t last_rescue = monotonicMs() - kRescueIntervalMs;
  while (!stop.load()) {
    if (options.max_jobs >= 0 && finished >= options.max_jobs) break;
    if (monotonicMs() - last_rescue >= kRescueIntervalMs) {
      last_rescue = monotonicMs();
      if (auto rescued = stores.jobs->rescueExpired(); !rescued) {
        spdlog::warn("worker {}: rescuing expired leases failed: {}", options.worker_id, rescued.error().message);
      } else if (*rescued > 0) {
        spdlog::info("worker {}: returned {} job(s) with expired leases to the queue", options.worker_id, *rescued);
      }
    }
    auto lease = stores.jobs->lease(options.worker_id, options.lease_ms);
    if (!lease) {
      spdlog::warn("worker {}: leasing failed: {}", options.worker_id, lease.error().message);
    } else if (lease->has_value()) {
      if (runLeased(options, stores, registry, **lease, painter)) ++finished;
      continue;
    }
    if (!waitForWork(options, stop, options.idle_poll_ms)) {
      spdlog::info("worker {}: the server closed the wake-up pipe; exiting", options.worker_id);
      break;
    }
  }
  painter.drain();
  return finished;
}

}  // namespace kiln::jobs
