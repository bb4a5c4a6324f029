#pragma once
// Durable job queue and job records (DESIGN.md §2, §6; REFERENCES.md "Job
// queue semantics"). The embedded implementation is SQLite (sqlite/);
// PostgreSQL slots in behind the same interface.
//
// Lifecycle of a job row:
//   queued ──lease──▶ running ──finish(ok)──▶ succeeded
//      ▲                 │ └──finish(error)──▶ failed
//      │                 ├──retry (attempts left, backoff)──┐
//      │                 ├──worker crashed (attempts left)──┤
//      └─────────────────┴──worker lost (lease expired, or──┘
//                            its process killed)
// Attempts count against max_attempts only when the job itself failed: the
// engine returned an error, or its worker crashed on it (a signal such as
// SIGSEGV, or the kernel's out-of-memory killer). A worker lost for any other
// reason (the server or the worker was killed, a host went away) hands the
// job back without using an attempt, up to kMaxWorkerLosses times.
//   queued/running ──cancel──▶ canceled (running: the worker sees
//   cancel_requested at its next heartbeat and stops)
// A worker may heartbeat, retry or finish a job only while it holds the lease
// (job id + lease token, job still running); every such call is conditional
// on that in one statement, so a rescued job can never be finished twice. A
// lease past its expiry stays valid until rescueExpired() revokes it (rescue
// and finish are serialized, so whichever comes first wins).
//
// Counters: stats() and changeCounter() are O(1) (kept by triggers in the
// database), so API servers may poll them freely.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/result.h"
#include "store/idempotency.h"

namespace kiln::store {

enum class JobState { kQueued, kRunning, kSucceeded, kFailed, kCanceled };

/// "queued", "running", "succeeded", "failed", "canceled".
std::string_view jobStateName(JobState state);
std::optional<JobState> parseJobState(std::string_view name);
inline bool isTerminal(JobState s) {
  return s == JobState::kSucceeded || s == JobState::kFailed || s == JobState::kCanceled;
}

/// One output file of a finished job, stored in the BlobStore by sha256.
struct Artifact {
  std::string name;        // "model.glb"
  std::string format;      // "glb"
  std::string media_type;  // "model/gltf-binary"
  uint64_t bytes = 0;
  std::string sha256;      // lower-case hex, the blob key
};

/// What a client asked for; immutable after creation.
struct NewJob {
  std::string kind;                 // "text_to_3d"
  std::string engine;               // resolved engine id
  std::string tier;                 // "draft" | "standard" | "high"
  nlohmann::json spec;              // the full native JobSpec as JSON (input, params, outputs, seed…)
  std::string workspace_id;         // owner ("" = anonymous lane)
  std::string dialect = "native";   // which API created it ("native", "forge", …)
  int max_attempts = 3;
  int priority = 0;                 // higher runs first
  /// Credits reserved from workspace_id's balance in the same transaction as
  /// the insert (0 = free; must be 0 on the anonymous lane). Captured when the
  /// job succeeds, released when it fails or is canceled (see account_store.h).
  int64_t credits = 0;
  /// The Idempotency-Key claim of the request that creates this job, if any:
  /// create() links the key to the job in the job's own transaction, so a
  /// request that dies after the commit leaves a record its retry can answer
  /// from. See create().
  std::optional<IdempotencyClaim> idempotency;
};

struct JobRecord {
  std::string id;
  std::string kind, engine, tier;
  nlohmann::json spec;
  std::string workspace_id;
  std::string dialect;
  JobState state = JobState::kQueued;
  std::string step;                 // engine step while running, e.g. "mesh"
  double progress = 0.0;            // 0..1
  int attempts = 0;                 // leases taken so far
  int max_attempts = 3;
  int worker_losses = 0;            // attempts that ended with the worker lost, not counted against max_attempts
  int priority = 0;
  int64_t credits = 0;              // the job's price (reserved, then captured or released)
  bool cancel_requested = false;
  int64_t created_at_ms = 0, started_at_ms = 0, finished_at_ms = 0;
  int64_t run_after_ms = 0;         // not leased before this (retry backoff)
  std::vector<Artifact> artifacts;
  nlohmann::json result = nlohmann::json::object();  // engine summary: checks, triangles, bbox…
  std::optional<Error> error;       // set when failed (the last attempt's error is kept but hidden while retrying)
};

/// A lease on a running job, handed to exactly one worker.
struct Lease {
  std::string job_id;
  std::string token;                // random; required by heartbeat/retry/finish
  int attempt = 0;                  // 1-based attempt number
  int64_t expires_at_ms = 0;
  JobRecord job;                    // the job as leased
};

struct JobQuery {
  std::string workspace_id;         // only this owner's jobs ("" = anonymous lane)
  std::optional<JobState> state;
  std::string kind;                 // "" = any
  std::string cursor;               // opaque; "" = newest first from the top
  int limit = 20;                   // 1..100
};

struct JobPage {
  std::vector<JobRecord> jobs;
  std::string next_cursor;          // "" when there are no more
};

/// One finished run, for engine-duration metrics.
struct FinishedRun {
  std::string id, engine, tier;
  JobState state = JobState::kSucceeded;
  int64_t started_at_ms = 0, finished_at_ms = 0;
};

struct QueueStats {
  int64_t queued = 0, running = 0, succeeded = 0, failed = 0, canceled = 0;
};

/// How a worker ends an attempt.
struct Outcome {
  bool success = false;
  std::vector<Artifact> artifacts;  // on success
  nlohmann::json result = nlohmann::json::object();
  std::optional<Error> error;       // on failure
  bool retryable = true;            // false: fail now even with attempts left (bad input)
};

/// Thread-safe: one instance is shared by all threads of a process; several
/// processes (API server, workers) open the same store concurrently.
class JobStore {
 public:
  virtual ~JobStore() = default;

  /// Commits a queued job durably (fsync'd WAL) before returning it.
  /// Concurrent creates share one commit (group commit). kInvalidArgument
  /// when kind/engine/tier is empty or max_attempts is outside 1..100;
  /// kUnavailable when another process held the write lock too long.
  /// With credits > 0 the workspace's hold is reserved in the same
  /// transaction: kPaymentRequired (details: needed, available) when its
  /// available balance is short, kNotFound for an unknown workspace, and
  /// kInvalidArgument for credits on the anonymous lane.
  /// With job.idempotency set: when a job is already linked to the claim's
  /// key (an earlier request under the key committed it), that job is
  /// returned and nothing is inserted or reserved; when the claim no longer
  /// holds the key (a retry took it over), kConflict and nothing is written.
  virtual Result<JobRecord> create(const NewJob& job) = 0;
  /// kNotFound when absent.
  virtual Result<JobRecord> get(const std::string& id) = 0;
  /// Newest first, cursor-paginated, scoped to query.workspace_id. The cursor
  /// is base64url of the last id of the previous page. kInvalidArgument
  /// (details.field "cursor" or "limit") for a cursor this store did not
  /// issue or a limit outside 1..100.
  virtual Result<JobPage> list(const JobQuery& query) = 0;

  /// Leases the next runnable job (queued, run_after <= now, highest
  /// priority, then oldest, then id): state → running, attempts + 1, a new
  /// token, expiry now + lease_ms. nullopt when nothing is runnable.
  virtual Result<std::optional<Lease>> lease(const std::string& worker_id, int64_t lease_ms) = 0;
  /// Extends the lease to now + lease_ms and records step and progress
  /// (clamped to 0..1). kConflict when the lease was lost (rescued, or the
  /// job finished) — nothing is changed then. Returns whether cancellation
  /// was requested.
  virtual Result<bool> heartbeat(const Lease& lease, int64_t lease_ms, const std::string& step,
                                 double progress) = 0;
  /// Ends the attempt. Success → succeeded with artifacts and result.
  /// Failure → queued again with run_after = now + backoff(attempt) while
  /// attempts remain and the error is retryable, else failed with the error.
  /// Cancel requested while running → canceled, whatever the outcome.
  /// kConflict when the lease is no longer held (nothing is changed).
  virtual Result<JobRecord> finish(const Lease& lease, const Outcome& outcome) = 0;
  /// Adds an artifact to a job that already succeeded (a preview rendered
  /// after the model was delivered, so clients never wait for it). Idempotent
  /// by artifact name. kNotFound when the job is absent, kConflict when it has
  /// not succeeded.
  virtual Status attachArtifact(const std::string& job_id, const Artifact& artifact) = 0;
  /// Cancels a queued or running job (running: sets cancel_requested and the
  /// state becomes canceled when the worker finishes or its lease expires).
  /// Returns the job after the change; repeating it on a running job is
  /// harmless. kConflict when already terminal, kNotFound when absent.
  virtual Result<JobRecord> cancel(const std::string& id) = 0;
  /// Returns running jobs whose lease expired to the queue at once, without
  /// using an attempt (the worker was lost; nothing says the job was at
  /// fault), or fails them after kMaxWorkerLosses such losses (kInternal,
  /// "the worker running this job stopped … N times"), or cancels them when
  /// a cancel was requested. Any process may call it; it takes no write lock
  /// when nothing expired. Returns how many rows changed.
  virtual Result<int> rescueExpired() = 0;
  /// Hands back the running jobs leased by `worker_id`, a worker process
  /// known to be dead (its supervisor reaped it), without waiting for the
  /// lease to expire. Without `crash` it is a loss like rescueExpired(); with
  /// `crash` (the worker died of a signal its engine raised, or of memory)
  /// the attempt counts: queued again with backoff while attempts remain,
  /// else failed with crash's code and message. Canceled when a cancel was
  /// requested. Returns how many rows changed.
  virtual Result<int> returnJobsOf(const std::string& worker_id, const std::optional<Error>& crash) = 0;

  /// 1-based position among runnable queued jobs in lease order (0 when not
  /// queued; a job waiting out a retry backoff counts the runnable jobs
  /// ahead of it). kNotFound when absent.
  virtual Result<int64_t> queuePosition(const std::string& id) = 0;
  virtual Result<QueueStats> stats() = 0;
  /// Succeeded and failed jobs finished after the watermark (finished_at_ms,
  /// id), oldest first, at most `limit` — so a metrics reader can observe each
  /// run exactly once, whichever process ran it.
  virtual Result<std::vector<FinishedRun>> finishedSince(int64_t after_ms, const std::string& after_id, int limit) = 0;
  /// A number that increases whenever any job row changes, in any process
  /// (including heartbeats' progress). Cheap to poll (~2 µs).
  virtual Result<int64_t> changeCounter() = 0;
};

/// A job whose worker was lost this many times without the job being seen
/// to fail fails: something about it may be killing its workers unnoticed
/// (say, memory on a host that does not report it). Tuned on the chaos test
/// (tests/chaos_test.cpp: a random SIGKILL of a worker or the server every
/// 0.4–1.2 s, 3 workers, jobs of up to 1 s): a job there loses its worker
/// with odds of about 1 in 3 per run, so 20 losses in a row is about 1 in 10⁹.
inline constexpr int kMaxWorkerLosses = 20;

/// Retry delay after a failed attempt n (1-based): min(2^n, 60) seconds with
/// ±20 % jitter derived from the job id (deterministic per job). The base can
/// be scaled for tests (KILN_BACKOFF_SCALE env var, e.g. 0.01).
int64_t retryBackoffMs(int attempt, const std::string& job_id);

}  // namespace kiln::store
