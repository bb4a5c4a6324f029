#pragma once
// The worker processes of `kiln serve`: spawns them, wakes them when jobs
// arrive, restarts them when they die (DESIGN.md §6: an engine that crashes
// never takes the API down).

#include <sys/types.h>

#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "core/result.h"

namespace kiln::jobs {

/// How one worker process ended, reported to WorkerPoolOptions::on_exit.
struct WorkerExit {
  int index = 0;        // 0-based slot in the pool
  std::string name;     // "w1", "w2", … (the --id it was given)
  pid_t pid = -1;
  int wait_status = 0;  // as from waitpid()
  /// The kernel's out-of-memory killer struck since the previous exit (a
  /// SIGKILL then most likely came from it, not from a person).
  bool oom_kill_seen = false;
};

/// Why a worker's death was its job's fault, as the error its job fails
/// with: a signal its engine raised (SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT,
/// SIGSYS, SIGTRAP), or a SIGKILL with oom_kill_seen. nullopt for any other
/// end (killed or stopped from outside, or a normal exit): the job was not
/// to blame.
std::optional<Error> crashOfJob(const WorkerExit& exit);

/// The kernel's count of out-of-memory kills (/proc/vmstat oom_kill), or
/// nullopt where it is not reported.
std::optional<int64_t> oomKillCount();

struct WorkerPoolOptions {
  /// The program a worker runs ("/proc/self/exe" for this binary) and its
  /// argv (argv[0] first). The pool appends `--wake-fd 3 --id wN`; the child
  /// gets its wake-up end on fd 3.
  std::string executable;
  std::vector<std::string> argv;
  int workers = 1;
  /// Restart delay after the n-th crash in a row of the same slot:
  /// min(max, base·2ⁿ); base after a kill from outside (SIGKILL without the
  /// out-of-memory killer, SIGTERM…) or after a worker that ran for a minute.
  int64_t restart_base_ms = 100;
  int64_t restart_max_ms = 5'000;
  /// Called on the supervising thread after a worker was reaped (before it is restarted).
  std::function<void(const WorkerExit&)> on_exit;
};

/// Lifecycle: construct, startAll() once, run superviseLoop() on a thread of
/// its own until stopAll(); the destructor does not kill workers. wake() and
/// pids() are safe from any thread.
class WorkerPool {
 public:
  explicit WorkerPool(WorkerPoolOptions options);

  /// Spawns every worker. The calling thread must outlive the workers: Linux
  /// delivers the parent-death signal when the thread that forked exits.
  void startAll();
  /// Tells every worker that new jobs may exist: one byte down its wake-up
  /// channel. Never blocks.
  void wake();
  /// Reaps exited workers and restarts them (more slowly for a slot that keeps
  /// dying) until `stopping` is set and no worker is left.
  void superviseLoop(const std::atomic<bool>& stopping);
  /// Asks workers to stop after their current job (SIGTERM); kills those
  /// still alive after grace_ms.
  void stopAll(int64_t grace_ms);
  /// The pid of each slot (-1 while it waits for a restart).
  std::vector<pid_t> pids();

 private:
  struct Slot {
    pid_t pid = -1;
    int wake_write_fd = -1;
    int restarts = 0;
    std::optional<std::chrono::steady_clock::time_point> restart_at;  // set while dead and not stopping
    std::chrono::steady_clock::time_point started_at;
  };
  void spawn(size_t index);

  WorkerPoolOptions options_;
  // Guards slots_. Held only for short, non-blocking work (never across a
  // fork, a wait or a sleep): wake() is called from HTTP I/O threads.
  std::mutex mutex_;
  std::vector<Slot> slots_;
  std::optional<int64_t> oom_kills_;  // at the previous exit; supervising thread only
};

}  // namespace kiln::jobs
