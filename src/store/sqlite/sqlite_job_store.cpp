#include "store/sqlite/sqlite_job_store.h"

#include <algorithm>

#include <fmt/format.h>

#include "core/clock.h"
#include "core/crypto.h"
#include "core/id.h"

namespace kiln::store::sqlite {
namespace {

// Column order read by readJob().
#define KILN_JOB_COLUMNS                                                                                   \
  "id, kind, engine, tier, spec, workspace_id, dialect, state, step, progress, attempts, max_attempts, " \
  "priority, cancel_requested, created_at_ms, started_at_ms, finished_at_ms, run_after_ms, result, error, credits, " \
  "worker_losses"

constexpr char kInsertJob[] =
    "INSERT INTO jobs (id, kind, engine, tier, spec, workspace_id, dialect, state, max_attempts, priority, "
    "created_at_ms, run_after_ms, updated_at_ms, credits) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 'queued', ?8, ?9, ?10, ?10, ?10, ?11)";
constexpr char kAvailableCredits[] =
    "SELECT credits_granted - credits_captured - credits_reserved FROM workspaces WHERE id = ?1";
constexpr char kIdempotencyLink[] =
    "SELECT claim, job_id FROM idempotency_keys WHERE scope = ?1 AND key = ?2 AND state = 'in_flight'";
constexpr char kLinkIdempotency[] = "UPDATE idempotency_keys SET job_id = ?3 WHERE scope = ?1 AND key = ?2";
constexpr char kInsertHold[] =
    "INSERT INTO credit_holds (job_id, workspace_id, amount, state, created_at_ms) VALUES (?1, ?2, ?3, 'reserved', ?4)";
constexpr char kInsertReserve[] =
    "INSERT INTO credit_ledger (workspace_id, job_id, kind, amount, created_at_ms, note) "
    "VALUES (?1, ?2, 'reserve', ?3, ?4, ?5)";
constexpr char kGetJob[] = "SELECT " KILN_JOB_COLUMNS " FROM jobs WHERE id = ?1";
constexpr char kGetArtifacts[] =
    "SELECT name, format, media_type, bytes, sha256 FROM artifacts WHERE job_id = ?1 ORDER BY position";
constexpr char kListJobs[] = "SELECT " KILN_JOB_COLUMNS
                             " FROM jobs WHERE workspace_id = ?1 AND id < ?2 AND (?3 = '' OR state = ?3)"
                             " AND (?4 = '' OR kind = ?4) ORDER BY id DESC LIMIT ?5";
constexpr char kAnyRunnable[] =
    "SELECT EXISTS (SELECT 1 FROM jobs WHERE state = 'queued' AND run_after_ms <= ?1)";
constexpr char kLeaseNext[] =
    "UPDATE jobs SET state = 'running', attempts = attempts + 1, lease_token = ?1, lease_expires_ms = ?2 + ?3, "
    "worker_id = ?4, started_at_ms = ?2, step = '', progress = 0, updated_at_ms = ?2 "
    "WHERE state = 'queued' AND id = (SELECT id FROM jobs WHERE state = 'queued' AND run_after_ms <= ?2 "
    "ORDER BY priority DESC, created_at_ms, id LIMIT 1) RETURNING " KILN_JOB_COLUMNS;
constexpr char kHeartbeat[] =
    "UPDATE jobs SET lease_expires_ms = ?1 + ?2, step = ?3, progress = ?4, updated_at_ms = ?1 "
    "WHERE id = ?5 AND lease_token = ?6 AND state = 'running' RETURNING cancel_requested";
constexpr char kFinishRead[] =
    "SELECT cancel_requested, attempts - worker_losses, max_attempts FROM jobs "
    "WHERE id = ?1 AND lease_token = ?2 AND state = 'running'";
constexpr char kFinishUpdate[] =
    "UPDATE jobs SET state = ?3, run_after_ms = ?4, finished_at_ms = ?5, result = ?6, error = ?7, "
    "progress = CASE WHEN ?3 = 'succeeded' THEN 1.0 WHEN ?3 = 'queued' THEN 0 ELSE progress END, "
    "step = CASE WHEN ?3 = 'queued' THEN '' ELSE step END, "
    "lease_token = NULL, lease_expires_ms = 0, worker_id = '', updated_at_ms = ?8 "
    "WHERE id = ?1 AND lease_token = ?2 AND state = 'running' RETURNING " KILN_JOB_COLUMNS;
constexpr char kInsertArtifact[] =
    "INSERT INTO artifacts (job_id, position, name, format, media_type, bytes, sha256) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)";
constexpr char kCancel[] =
    "UPDATE jobs SET cancel_requested = 1, state = CASE WHEN state = 'queued' THEN 'canceled' ELSE state END, "
    "finished_at_ms = CASE WHEN state = 'queued' THEN ?2 ELSE finished_at_ms END, updated_at_ms = ?2 "
    "WHERE id = ?1 AND state IN ('queued', 'running') RETURNING " KILN_JOB_COLUMNS;
constexpr char kStateOf[] = "SELECT state FROM jobs WHERE id = ?1";
constexpr char kFinishedSince[] =
    "SELECT id, engine, tier, state, started_at_ms, finished_at_ms FROM jobs "
    "WHERE state IN ('succeeded', 'failed') AND (finished_at_ms > ?1 OR (finished_at_ms = ?1 AND id > ?2)) "
    "ORDER BY finished_at_ms, id LIMIT ?3";
// Touching the row moves the change counter, so pollers and SSE see the new artifact.
constexpr char kTouchSucceeded[] =
    "UPDATE jobs SET updated_at_ms = ?2 WHERE id = ?1 AND state = 'succeeded' RETURNING id";
constexpr char kAppendArtifact[] =
    "INSERT INTO artifacts (job_id, position, name, format, media_type, bytes, sha256) "
    "SELECT ?1, (SELECT COALESCE(MAX(position), -1) + 1 FROM artifacts WHERE job_id = ?1), ?2, ?3, ?4, ?5, ?6 "
    "WHERE NOT EXISTS (SELECT 1 FROM artifacts WHERE job_id = ?1 AND name = ?2)";
constexpr char kAnyExpired[] =
    "SELECT EXISTS (SELECT 1 FROM jobs WHERE state = 'running' AND lease_expires_ms < ?1)";
// A lost worker (lease expired, or ?2 names a worker known to be dead): the
// job goes back to the queue at once without using an attempt, until it has
// lost kMaxWorkerLosses (?3) workers. The message tells the user why the job
// failed without a worker ever reporting an error.
constexpr char kReturnLost[] =
    "UPDATE jobs SET "
    "worker_losses = worker_losses + 1, "
    "state = CASE WHEN cancel_requested THEN 'canceled' WHEN worker_losses + 1 < ?3 THEN 'queued' ELSE 'failed' END, "
    "run_after_ms = CASE WHEN cancel_requested OR worker_losses + 1 >= ?3 THEN run_after_ms ELSE ?1 END, "
    "finished_at_ms = CASE WHEN cancel_requested OR worker_losses + 1 >= ?3 THEN ?1 ELSE 0 END, "
    "error = CASE WHEN cancel_requested THEN NULL WHEN worker_losses + 1 < ?3 THEN error ELSE json_object("
    "  'code', 'internal', 'message', printf('the worker running this job stopped (killed, or its lease expired) "
    "%d times; the job may be what stops its workers, for example by using too much memory: try a lower tier or "
    "simpler input, and report it if it keeps failing', worker_losses + 1), "
    "  'details', json_object('worker_losses', worker_losses + 1, 'attempts', attempts)) END, "
    "step = CASE WHEN worker_losses + 1 < ?3 AND NOT cancel_requested THEN '' ELSE step END, "
    "progress = CASE WHEN worker_losses + 1 < ?3 AND NOT cancel_requested THEN 0 ELSE progress END, "
    "lease_token = NULL, lease_expires_ms = 0, worker_id = '', updated_at_ms = ?1 "
    "WHERE state = 'running' AND (CASE WHEN ?2 = '' THEN lease_expires_ms < ?1 ELSE worker_id = ?2 END)";
// A worker that crashed on its job (?2): the attempt counts, with backoff,
// and the last one fails the job with the crash (?4 code, ?5 message, ?6 details).
constexpr char kReturnCrashed[] =
    "UPDATE jobs SET "
    "state = CASE WHEN cancel_requested THEN 'canceled' WHEN attempts - worker_losses < max_attempts THEN 'queued' "
    "  ELSE 'failed' END, "
    "run_after_ms = CASE WHEN cancel_requested OR attempts - worker_losses >= max_attempts THEN run_after_ms "
    "  ELSE ?1 + kiln_backoff(attempts - worker_losses, id) END, "
    "finished_at_ms = CASE WHEN cancel_requested OR attempts - worker_losses >= max_attempts THEN ?1 ELSE 0 END, "
    "error = CASE WHEN cancel_requested THEN NULL ELSE json_object('code', ?4, 'message', "
    "  printf('%s on attempt %d of %d; %s', ?5, attempts - worker_losses, max_attempts, "
    "    CASE WHEN attempts - worker_losses < max_attempts THEN 'the job will be retried' "
    "    ELSE 'no attempts are left: the input may be what crashes the engine; change it, or report it' END), "
    "  'details', json_patch(json(?6), json_object('attempts', attempts - worker_losses, "
    "    'max_attempts', max_attempts))) END, "
    "step = CASE WHEN attempts - worker_losses < max_attempts AND NOT cancel_requested THEN '' ELSE step END, "
    "progress = CASE WHEN attempts - worker_losses < max_attempts AND NOT cancel_requested THEN 0 ELSE progress END, "
    "lease_token = NULL, lease_expires_ms = 0, worker_id = '', updated_at_ms = ?1 "
    "WHERE state = 'running' AND worker_id = ?2";
constexpr char kQueuePositionSelf[] =
    "SELECT state, priority, created_at_ms FROM jobs WHERE id = ?1";
constexpr char kQueueAhead[] =
    "SELECT COUNT(*) FROM jobs WHERE state = 'queued' AND run_after_ms <= ?1 AND (priority > ?2 OR "
    "(priority = ?2 AND (created_at_ms < ?3 OR (created_at_ms = ?3 AND id < ?4))))";
constexpr char kCounters[] = "SELECT name, value FROM job_counters";
constexpr char kChangeCounter[] = "SELECT value FROM job_counters WHERE name = 'changes'";

// Greater than every id (ids are ASCII), so "id < kTopCursor" means "from the newest".
constexpr char kTopCursor[] = "\x7f";

std::optional<ErrorCode> parseErrorCode(std::string_view name) {
  for (int i = 0; i <= static_cast<int>(ErrorCode::kUnavailable); ++i) {
    const auto code = static_cast<ErrorCode>(i);
    if (errorCodeName(code) == name) return code;
  }
  return std::nullopt;
}

std::string errorToText(const Error& error) {
  return nlohmann::json{{"code", errorCodeName(error.code)}, {"message", error.message}, {"details", error.details}}
      .dump();
}

Error errorFromText(std::string_view text) {
  auto json = nlohmann::json::parse(text, nullptr, false);
  Error error;
  if (!json.is_object()) {
    error.message = std::string(text);
    return error;
  }
  error.code = parseErrorCode(json.value("code", "internal")).value_or(ErrorCode::kInternal);
  error.message = json.value("message", "");
  if (json.contains("details") && json["details"].is_object()) error.details = json["details"];
  return error;
}

nlohmann::json parseJsonOr(std::string_view text, nlohmann::json fallback) {
  auto json = nlohmann::json::parse(text, nullptr, false);
  return json.is_discarded() ? fallback : json;
}

JobRecord readJob(const Statement& s) {
  JobRecord r;
  r.id = s.columnText(0);
  r.kind = s.columnText(1);
  r.engine = s.columnText(2);
  r.tier = s.columnText(3);
  r.spec = parseJsonOr(s.columnText(4), nlohmann::json::object());
  r.workspace_id = s.columnText(5);
  r.dialect = s.columnText(6);
  r.state = parseJobState(s.columnText(7)).value_or(JobState::kQueued);
  r.step = s.columnText(8);
  r.progress = s.columnDouble(9);
  r.attempts = static_cast<int>(s.columnInt(10));
  r.max_attempts = static_cast<int>(s.columnInt(11));
  r.priority = static_cast<int>(s.columnInt(12));
  r.cancel_requested = s.columnInt(13) != 0;
  r.created_at_ms = s.columnInt(14);
  r.started_at_ms = s.columnInt(15);
  r.finished_at_ms = s.columnInt(16);
  r.run_after_ms = s.columnInt(17);
  r.result = parseJsonOr(s.columnText(18), nlohmann::json::object());
  // The last error is kept on retries but reported only once the job has failed.
  if (r.state == JobState::kFailed && !s.columnIsNull(19)) r.error = errorFromText(s.columnText(19));
  r.credits = s.columnInt(20);
  r.worker_losses = static_cast<int>(s.columnInt(21));
  return r;
}

Status loadArtifacts(Connection& conn, JobRecord& job) {
  if (job.state != JobState::kSucceeded) return {};
  auto stmt = conn.prepare(kGetArtifacts);
  if (!stmt) return fail(stmt.error());
  stmt->bind(1, job.id);
  while (true) {
    auto row = stmt->step();
    if (!row) return fail(row.error());
    if (!*row) return {};
    job.artifacts.push_back({.name = std::string(stmt->columnText(0)),
                             .format = std::string(stmt->columnText(1)),
                             .media_type = std::string(stmt->columnText(2)),
                             .bytes = static_cast<uint64_t>(stmt->columnInt(3)),
                             .sha256 = std::string(stmt->columnText(4))});
  }
}

// Runs a statement expected to return exactly one job row (RETURNING or SELECT).
Result<std::optional<JobRecord>> stepJob(Statement& stmt) {
  auto row = stmt.step();
  if (!row) return fail(row.error());
  if (!*row) return std::optional<JobRecord>();
  JobRecord job = readJob(stmt);
  // Drain so RETURNING statements finish their work before the next one runs.
  if (auto done = stmt.run(); !done) return fail(done.error());
  return std::optional<JobRecord>(std::move(job));
}

Error notFound(const std::string& id) {
  return makeError(ErrorCode::kNotFound, fmt::format("no job with id '{}'", id), {{"id", id}});
}

Error leaseLost(const Lease& lease) {
  return makeError(ErrorCode::kConflict,
                   fmt::format("the lease on job {} (attempt {}) is no longer held: the job was rescued, canceled "
                               "or finished by someone else",
                               lease.job_id, lease.attempt),
                   {{"id", lease.job_id}, {"attempt", lease.attempt}});
}

}  // namespace

Result<JobRecord> SqliteJobStore::create(const NewJob& job) {
  if (job.kind.empty() || job.engine.empty() || job.tier.empty()) {
    return fail(ErrorCode::kInvalidArgument, "a job needs a kind, a resolved engine and a tier");
  }
  if (job.max_attempts < 1 || job.max_attempts > 100) {
    return fail(ErrorCode::kInvalidArgument,
                fmt::format("max_attempts is {}; use a value from 1 to 100", job.max_attempts),
                {{"field", "max_attempts"}});
  }
  JobRecord record;
  record.id = newId("job");
  record.kind = job.kind;
  record.engine = job.engine;
  record.tier = job.tier;
  record.spec = job.spec;
  record.workspace_id = job.workspace_id;
  record.dialect = job.dialect;
  record.max_attempts = job.max_attempts;
  record.priority = job.priority;
  record.credits = job.credits;
  if (job.credits < 0 || (job.credits > 0 && job.workspace_id.empty())) {
    return fail(ErrorCode::kInvalidArgument, "credits must be 0 or positive, and 0 on the anonymous lane",
                {{"field", "credits"}});
  }
  record.created_at_ms = nowUnixMs();
  record.run_after_ms = record.created_at_ms;
  const std::string spec_text = job.spec.dump();
  std::string linked_job_id;  // the job an earlier request under the same Idempotency-Key created
  auto ok = db_->writer().run([&](Connection& conn) -> Status {
    linked_job_id.clear();
    if (job.idempotency) {
      // The key and the job commit together: a request that dies after this
      // transaction leaves a record its retry answers from (account_store.h).
      const IdempotencyClaim& claim = *job.idempotency;
      auto link = conn.prepare(kIdempotencyLink);
      if (!link) return fail(link.error());
      link->bind(1, claim.scope).bind(2, claim.key);
      auto row = link->step();
      if (!row) return fail(row.error());
      if (!*row || !constantTimeEquals(link->columnText(0), claim.token)) {
        return fail(ErrorCode::kConflict,
                    "a retry with the same Idempotency-Key took this request over; its answer is the one that "
                    "counts (repeat the request to get it)",
                    {{"header", "Idempotency-Key"}});
      }
      linked_job_id = link->columnText(1);
      if (!linked_job_id.empty()) return {};
      auto set = conn.prepare(kLinkIdempotency);
      if (!set) return fail(set.error());
      set->bind(1, claim.scope).bind(2, claim.key).bind(3, record.id);
      if (auto done = set->run(); !done) return done;
    }
    auto stmt = conn.prepare(kInsertJob);
    if (!stmt) return fail(stmt.error());
    stmt->bind(1, record.id).bind(2, record.kind).bind(3, record.engine).bind(4, record.tier).bind(5, spec_text);
    stmt->bind(6, record.workspace_id).bind(7, record.dialect).bind(8, record.max_attempts);
    stmt->bind(9, record.priority).bind(10, record.created_at_ms).bind(11, record.credits);
    if (auto done = stmt->run(); !done) return done;
    if (record.credits == 0) return {};
    // The balance check and the hold share the write transaction, so
    // concurrent creates cannot overspend.
    auto available = conn.prepare(kAvailableCredits);
    if (!available) return fail(available.error());
    available->bind(1, record.workspace_id);
    auto row = available->step();
    if (!row) return fail(row.error());
    if (!*row) {
      return fail(ErrorCode::kNotFound, fmt::format("no workspace '{}'", record.workspace_id),
                  {{"workspace_id", record.workspace_id}});
    }
    const int64_t balance = available->columnInt(0);
    if (balance < record.credits) {
      return fail(ErrorCode::kPaymentRequired,
                  fmt::format("this job costs {} credit{} but the workspace has {} available; add credits "
                              "(kiln credits grant) or choose a cheaper tier",
                              record.credits, record.credits == 1 ? "" : "s", balance),
                  {{"needed", record.credits}, {"available", balance}, {"workspace_id", record.workspace_id}});
    }
    auto hold = conn.prepare(kInsertHold);
    if (!hold) return fail(hold.error());
    hold->bind(1, record.id).bind(2, record.workspace_id).bind(3, record.credits).bind(4, record.created_at_ms);
    if (auto done = hold->run(); !done) return done;
    auto reserve = conn.prepare(kInsertReserve);
    if (!reserve) return fail(reserve.error());
    reserve->bind(1, record.workspace_id).bind(2, record.id).bind(3, record.credits).bind(4, record.created_at_ms);
    reserve->bind(5, fmt::format("{} {} job", record.tier, record.engine));
    return reserve->run();
  });
  if (!ok) return fail(ok.error());
  if (!linked_job_id.empty()) return get(linked_job_id);
  return record;
}

Result<JobRecord> SqliteJobStore::get(const std::string& id) {
  auto conn = db_->readers().acquire();
  if (!conn) return fail(conn.error());
  auto stmt = (*conn)->prepare(kGetJob);
  if (!stmt) return fail(stmt.error());
  stmt->bind(1, id);
  auto job = stepJob(*stmt);
  if (!job) return fail(job.error());
  if (!*job) return fail(notFound(id));
  if (auto ok = loadArtifacts(**conn, **job); !ok) return fail(ok.error());
  return std::move(**job);
}

Result<JobPage> SqliteJobStore::list(const JobQuery& query) {
  if (query.limit < 1 || query.limit > 100) {
    return fail(ErrorCode::kInvalidArgument, fmt::format("limit is {}; use 1 to 100", query.limit),
                {{"field", "limit"}, {"minimum", 1}, {"maximum", 100}});
  }
  std::string after = kTopCursor;
  if (!query.cursor.empty()) {
    bool ok = false;
    after = base64Decode(query.cursor, &ok);
    if (!ok || !isWellFormedId(after, "job")) {
      return fail(ErrorCode::kInvalidArgument,
                  "cursor is not one this server issued; pass next_cursor from the previous page unchanged",
                  {{"field", "cursor"}});
    }
  }
  auto conn = db_->readers().acquire();
  if (!conn) return fail(conn.error());
  auto stmt = (*conn)->prepare(kListJobs);
  if (!stmt) return fail(stmt.error());
  stmt->bind(1, query.workspace_id).bind(2, after);
  stmt->bind(3, query.state ? jobStateName(*query.state) : std::string_view());
  stmt->bind(4, query.kind).bind(5, query.limit + 1);
  JobPage page;
  bool more = false;
  while (true) {
    auto row = stmt->step();
    if (!row) return fail(row.error());
    if (!*row) break;
    if (static_cast<int>(page.jobs.size()) == query.limit) {
      more = true;
      break;
    }
    page.jobs.push_back(readJob(*stmt));
  }
  for (auto& job : page.jobs) {
    if (auto ok = loadArtifacts(**conn, job); !ok) return fail(ok.error());
  }
  if (more) page.next_cursor = base64UrlEncode(page.jobs.back().id);
  return page;
}

Result<std::optional<Lease>> SqliteJobStore::lease(const std::string& worker_id, int64_t lease_ms) {
  const int64_t now = nowUnixMs();
  {
    // Idle workers poll often: look (cheaply, without the write lock) before leasing.
    auto conn = db_->readers().acquire();
    if (!conn) return fail(conn.error());
    auto stmt = (*conn)->prepare(kAnyRunnable);
    if (!stmt) return fail(stmt.error());
    stmt->bind(1, now);
    auto row = stmt->step();
    if (!row) return fail(row.error());
    if (stmt->columnInt(0) == 0) return std::optional<Lease>();
  }
  std::optional<Lease> leased;
  const std::string token = base64UrlEncode(randomBytes(18));
  auto ok = db_->writer().run([&](Connection& conn) -> Status {
    leased.reset();
    const int64_t at = nowUnixMs();
    auto stmt = conn.prepare(kLeaseNext);
    if (!stmt) return fail(stmt.error());
    stmt->bind(1, token).bind(2, at).bind(3, lease_ms).bind(4, worker_id);
    auto job = stepJob(*stmt);
    if (!job) return fail(job.error());
    if (!*job) return {};
    leased = Lease{.job_id = (*job)->id, .token = token, .attempt = (*job)->attempts,
                  .expires_at_ms = at + lease_ms, .job = std::move(**job)};
    return {};
  });
  if (!ok) return fail(ok.error());
  return leased;
}

Result<bool> SqliteJobStore::heartbeat(const Lease& lease, int64_t lease_ms, const std::string& step,
                                       double progress) {
  std::optional<bool> cancel_requested;
  auto ok = db_->writer().run([&](Connection& conn) -> Status {
    auto stmt = conn.prepare(kHeartbeat);
    if (!stmt) return fail(stmt.error());
    stmt->bind(1, nowUnixMs()).bind(2, lease_ms).bind(3, step).bind(4, std::clamp(progress, 0.0, 1.0));
    stmt->bind(5, lease.job_id).bind(6, lease.token);
    auto row = stmt->step();
    if (!row) return fail(row.error());
    if (!*row) return fail(leaseLost(lease));
    cancel_requested = stmt->columnInt(0) != 0;
    return stmt->run();
  });
  if (!ok) return fail(ok.error());
  return *cancel_requested;
}

Result<JobRecord> SqliteJobStore::finish(const Lease& lease, const Outcome& outcome) {
  std::optional<JobRecord> finished;
  const std::string result_text = outcome.result.is_object() ? outcome.result.dump() : std::string("{}");
  const Error error = outcome.error.value_or(
      makeError(ErrorCode::kInternal, "the job failed without an error message; report this"));
  auto ok = db_->writer().run([&](Connection& conn) -> Status {
    const int64_t now = nowUnixMs();
    auto read = conn.prepare(kFinishRead);
    if (!read) return fail(read.error());
    read->bind(1, lease.job_id).bind(2, lease.token);
    auto row = read->step();
    if (!row) return fail(row.error());
    if (!*row) return fail(leaseLost(lease));
    const bool cancel_requested = read->columnInt(0) != 0;
    const int attempts = static_cast<int>(read->columnInt(1));
    const int max_attempts = static_cast<int>(read->columnInt(2));

    // A requested cancel wins over the outcome: the client asked for the job to stop.
    JobState next = JobState::kFailed;
    if (cancel_requested) {
      next = JobState::kCanceled;
    } else if (outcome.success) {
      next = JobState::kSucceeded;
    } else if (outcome.retryable && attempts < max_attempts) {
      next = JobState::kQueued;
    }
    auto update = conn.prepare(kFinishUpdate);
    if (!update) return fail(update.error());
    update->bind(1, lease.job_id).bind(2, lease.token).bind(3, jobStateName(next));
    update->bind(4, next == JobState::kQueued ? now + retryBackoffMs(attempts, lease.job_id) : now);
    update->bind(5, next == JobState::kQueued ? int64_t{0} : now);
    update->bind(6, next == JobState::kSucceeded ? result_text : std::string("{}"));
    if (next == JobState::kSucceeded || next == JobState::kCanceled) {
      update->bindNull(7);
    } else {
      update->bind(7, errorToText(error));
    }
    update->bind(8, now);
    auto job = stepJob(*update);
    if (!job) return fail(job.error());
    if (!*job) return fail(leaseLost(lease));
    if (next == JobState::kSucceeded) {
      for (size_t i = 0; i < outcome.artifacts.size(); ++i) {
        const Artifact& a = outcome.artifacts[i];
        auto insert = conn.prepare(kInsertArtifact);
        if (!insert) return fail(insert.error());
        insert->bind(1, lease.job_id).bind(2, static_cast<int64_t>(i)).bind(3, a.name).bind(4, a.format);
        insert->bind(5, a.media_type).bind(6, static_cast<int64_t>(a.bytes)).bind(7, a.sha256);
        if (auto done = insert->run(); !done) return fail(done.error());
      }
      (*job)->artifacts = outcome.artifacts;
    }
    finished = std::move(*job);
    return {};
  });
  if (!ok) return fail(ok.error());
  return std::move(*finished);
}

Status SqliteJobStore::attachArtifact(const std::string& job_id, const Artifact& artifact) {
  return db_->writer().run([&](Connection& conn) -> Status {
    auto touch = conn.prepare(kTouchSucceeded);
    if (!touch) return fail(touch.error());
    touch->bind(1, job_id).bind(2, nowUnixMs());
    auto touched = touch->step();
    if (!touched) return fail(touched.error());
    if (!*touched) {
      auto state = conn.prepare(kStateOf);
      if (!state) return fail(state.error());
      state->bind(1, job_id);
      auto row = state->step();
      if (!row) return fail(row.error());
      if (!*row) return fail(notFound(job_id));
      return fail(ErrorCode::kConflict, fmt::format("job {} has not succeeded; artifacts are attached only to finished models", job_id),
                  {{"job_id", job_id}});
    }
    auto insert = conn.prepare(kAppendArtifact);
    if (!insert) return fail(insert.error());
    insert->bind(1, job_id).bind(2, artifact.name).bind(3, artifact.format).bind(4, artifact.media_type);
    insert->bind(5, static_cast<int64_t>(artifact.bytes)).bind(6, artifact.sha256);
    return insert->run();
  });
}

Result<JobRecord> SqliteJobStore::cancel(const std::string& id) {
  std::optional<JobRecord> canceled;
  auto ok = db_->writer().run([&](Connection& conn) -> Status {
    auto stmt = conn.prepare(kCancel);
    if (!stmt) return fail(stmt.error());
    stmt->bind(1, id).bind(2, nowUnixMs());
    auto job = stepJob(*stmt);
    if (!job) return fail(job.error());
    if (*job) {
      canceled = std::move(*job);
      return {};
    }
    auto state = conn.prepare(kStateOf);
    if (!state) return fail(state.error());
    state->bind(1, id);
    auto row = state->step();
    if (!row) return fail(row.error());
    if (!*row) return fail(notFound(id));
    const std::string name(state->columnText(0));
    return fail(ErrorCode::kConflict, fmt::format("job {} is already {} and can no longer be canceled", id, name),
                {{"id", id}, {"status", name}});
  });
  if (!ok) return fail(ok.error());
  return std::move(*canceled);
}

Result<int> SqliteJobStore::rescueExpired() {
  const int64_t now = nowUnixMs();
  {
    // Every worker calls this about once a second: skip the write lock when nothing expired.
    auto conn = db_->readers().acquire();
    if (!conn) return fail(conn.error());
    auto stmt = (*conn)->prepare(kAnyExpired);
    if (!stmt) return fail(stmt.error());
    stmt->bind(1, now);
    auto row = stmt->step();
    if (!row) return fail(row.error());
    if (stmt->columnInt(0) == 0) return 0;
  }
  int changed = 0;
  auto ok = db_->writer().run([&](Connection& conn) -> Status {
    auto stmt = conn.prepare(kReturnLost);
    if (!stmt) return fail(stmt.error());
    stmt->bind(1, nowUnixMs()).bind(2, "").bind(3, kMaxWorkerLosses);
    if (auto done = stmt->run(); !done) return done;
    changed = static_cast<int>(conn.changes());
    return {};
  });
  if (!ok) return fail(ok.error());
  return changed;
}

Result<int> SqliteJobStore::returnJobsOf(const std::string& worker_id, const std::optional<Error>& crash) {
  if (worker_id.empty()) {
    return fail(ErrorCode::kInvalidArgument, "returnJobsOf needs the id of the dead worker", {{"field", "worker_id"}});
  }
  int changed = 0;
  auto ok = db_->writer().run([&](Connection& conn) -> Status {
    auto stmt = conn.prepare(crash ? kReturnCrashed : kReturnLost);
    if (!stmt) return fail(stmt.error());
    stmt->bind(1, nowUnixMs()).bind(2, worker_id);
    if (crash) {
      stmt->bind(4, errorCodeName(crash->code)).bind(5, crash->message);
      stmt->bind(6, (crash->details.is_object() ? crash->details : nlohmann::json::object()).dump());
    } else {
      stmt->bind(3, kMaxWorkerLosses);
    }
    if (auto done = stmt->run(); !done) return done;
    changed = static_cast<int>(conn.changes());
    return {};
  });
  if (!ok) return fail(ok.error());
  return changed;
}

Result<int64_t> SqliteJobStore::queuePosition(const std::string& id) {
  auto conn = db_->readers().acquire();
  if (!conn) return fail(conn.error());
  // One read transaction so the job and the count come from the same snapshot.
  if (auto ok = (*conn)->exec("BEGIN"); !ok) return fail(ok.error());
  auto body = [&]() -> Result<int64_t> {
    auto self = (*conn)->prepare(kQueuePositionSelf);
    if (!self) return fail(self.error());
    self->bind(1, id);
    auto row = self->step();
    if (!row) return fail(row.error());
    if (!*row) return fail(notFound(id));
    if (self->columnText(0) != "queued") return int64_t{0};
    const int64_t priority = self->columnInt(1);
    const int64_t created = self->columnInt(2);
    auto ahead = (*conn)->prepare(kQueueAhead);
    if (!ahead) return fail(ahead.error());
    ahead->bind(1, nowUnixMs()).bind(2, priority).bind(3, created).bind(4, id);
    row = ahead->step();
    if (!row) return fail(row.error());
    return ahead->columnInt(0) + 1;
  };
  auto result = body();
  (void)(*conn)->exec("COMMIT");
  return result;
}

Result<QueueStats> SqliteJobStore::stats() {
  auto conn = db_->readers().acquire();
  if (!conn) return fail(conn.error());
  auto stmt = (*conn)->prepare(kCounters);
  if (!stmt) return fail(stmt.error());
  QueueStats stats;
  while (true) {
    auto row = stmt->step();
    if (!row) return fail(row.error());
    if (!*row) break;
    const auto state = parseJobState(stmt->columnText(0));
    if (!state) continue;
    const int64_t value = stmt->columnInt(1);
    switch (*state) {
      case JobState::kQueued: stats.queued = value; break;
      case JobState::kRunning: stats.running = value; break;
      case JobState::kSucceeded: stats.succeeded = value; break;
      case JobState::kFailed: stats.failed = value; break;
      case JobState::kCanceled: stats.canceled = value; break;
    }
  }
  return stats;
}

Result<std::vector<FinishedRun>> SqliteJobStore::finishedSince(int64_t after_ms, const std::string& after_id,
                                                               int limit) {
  auto conn = db_->readers().acquire();
  if (!conn) return fail(conn.error());
  auto stmt = (*conn)->prepare(kFinishedSince);
  if (!stmt) return fail(stmt.error());
  stmt->bind(1, after_ms).bind(2, after_id).bind(3, static_cast<int64_t>(std::clamp(limit, 1, 10'000)));
  std::vector<FinishedRun> runs;
  while (true) {
    auto row = stmt->step();
    if (!row) return fail(row.error());
    if (!*row) break;
    FinishedRun run;
    run.id = std::string(stmt->columnText(0));
    run.engine = std::string(stmt->columnText(1));
    run.tier = std::string(stmt->columnText(2));
    run.state = parseJobState(stmt->columnText(3)).value_or(JobState::kFailed);
    run.started_at_ms = stmt->columnInt(4);
    run.finished_at_ms = stmt->columnInt(5);
    runs.push_back(std::move(run));
  }
  return runs;
}

Result<int64_t> SqliteJobStore::changeCounter() {
  auto conn = db_->readers().acquire();
  if (!conn) return fail(conn.error());
  auto stmt = (*conn)->prepare(kChangeCounter);
  if (!stmt) return fail(stmt.error());
  auto row = stmt->step();
  if (!row) return fail(row.error());
  if (!*row) return fail(ErrorCode::kInternal, "the job_counters table is missing its 'changes' row");
  return stmt->columnInt(0);
}

}  // namespace kiln::store::sqlite
