#pragma once
// The worker loop of a `kiln worker` process: lease → run with heartbeats →
// finish, until told to stop. Separate processes from the API server, so an
// engine crash never takes the API down (DESIGN.md §6).

#include <atomic>
#include <cstdint>
#include <string>
#include <string_view>

#include "engines/registry.h"
#include "store/store.h"

namespace kiln::jobs {

struct WorkerOptions {
  std::string worker_id;            // for logs and lease records
  int64_t lease_ms = 15'000;        // lease length; heartbeats renew it
  int64_t heartbeat_ms = 1'000;     // how often a running job renews its lease and reports progress
  int64_t idle_poll_ms = 250;       // poll interval with nothing to do and no wake-up fd
  int wake_fd = -1;                 // readable when new work may exist (a pipe from `kiln serve`), or -1
  int max_jobs = -1;                // stop after this many jobs (-1 = never); for tests
  /// Longest run of one job attempt (0 = no limit). Past it the engine is
  /// asked to stop and the job fails, not retried: an engine is a pure
  /// function, so a run that hung would hang again. An engine that ignores
  /// the request for kStopGraceMs more has the job failed by the heartbeat
  /// thread and the worker process exits (its supervisor starts another).
  int64_t max_run_ms = 30 * 60'000;
};

/// The id a worker process records on its leases: "<name>.<pid>", so that the
/// supervisor that reaped it can hand its jobs back (JobStore::returnJobsOf)
/// without touching those of another live process.
std::string leaseHolderId(std::string_view name, int pid);

/// How long an engine past max_run_ms has to stop before its worker exits.
inline constexpr int64_t kStopGraceMs = 5'000;

/// Runs until `stop` becomes true (checked between jobs and while idle), or
/// the wake fd reaches EOF (the parent server went away), or max_jobs jobs
/// are finished. About once a second it rescues expired leases (of any
/// worker). Each leased job runs on the calling thread while a heartbeat
/// thread renews the lease every heartbeat_ms, writes the engine's
/// step/progress (at most every 250 ms) and turns a requested cancel into
/// context.isCanceled(). A job whose lease is lost mid-run is abandoned
/// without writing its result. Returns the number of jobs finished (any end
/// state, including a retry scheduled).
int runWorker(const WorkerOptions& options, store::Stores& stores, const engines::Registry& registry,
              const std::atomic<bool>& stop);

}  // namespace kiln::jobs
