#pragma once
// JobStore on SQLite (one kiln.db shared by the API server and worker
// processes). Reads use pooled connections; writes go through the database's
// group-commit writer, so concurrent creates share one fsync.

#include <memory>

#include "store/job_store.h"
#include "store/sqlite/database.h"

namespace kiln::store::sqlite {

/// Thread-safe; several instances (in one or many processes) may open the
/// same file. Every mutation is one write transaction (BEGIN IMMEDIATE);
/// lease/heartbeat/retry/finish are conditional on (id, lease token,
/// state = running) in their UPDATE, so at most one holder can end an attempt.
/// A lease stays valid past its expiry until rescueExpired() revokes it —
/// only the rescue (or a cancel) takes a job away from its worker.
class SqliteJobStore final : public JobStore {
 public:
  explicit SqliteJobStore(std::shared_ptr<Database> db) : db_(std::move(db)) {}

  Result<JobRecord> create(const NewJob& job) override;
  Result<JobRecord> get(const std::string& id) override;
  Result<JobPage> list(const JobQuery& query) override;
  Result<std::optional<Lease>> lease(const std::string& worker_id, int64_t lease_ms) override;
  Result<bool> heartbeat(const Lease& lease, int64_t lease_ms, const std::string& step,
                         double progress) override;
  Result<JobRecord> finish(const Lease& lease, const Outcome& outcome) override;
  Status attachArtifact(const std::string& job_id, const Artifact& artifact) override;
  Result<JobRecord> cancel(const std::string& id) override;
  Result<int> rescueExpired() override;
  Result<int> returnJobsOf(const std::string& worker_id, const std::optional<Error>& crash) override;
  Result<int64_t> queuePosition(const std::string& id) override;
  Result<QueueStats> stats() override;
  Result<std::vector<FinishedRun>> finishedSince(int64_t after_ms, const std::string& after_id, int limit) override;
  Result<int64_t> changeCounter() override;

  Database& database() { return *db_; }

 private:
  std::shared_ptr<Database> db_;
};

}  // namespace kiln::store::sqlite
