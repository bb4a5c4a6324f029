#include "store/sqlite/migrations.h"

#include <fmt/format.h>

#include "core/clock.h"

namespace kiln::store::sqlite {

const std::vector<Migration>& migrations() {
  static const std::vector<Migration> list = {
      {1, "jobs, artifacts and uploads", R"sql(
CREATE TABLE jobs (
  id               TEXT PRIMARY KEY,
  kind             TEXT NOT NULL,
  engine           TEXT NOT NULL,
  tier             TEXT NOT NULL,
  spec             TEXT NOT NULL,
  workspace_id     TEXT NOT NULL DEFAULT '',
  dialect          TEXT NOT NULL DEFAULT 'native',
  state            TEXT NOT NULL CHECK (state IN ('queued', 'running', 'succeeded', 'failed', 'canceled')),
  step             TEXT NOT NULL DEFAULT '',
  progress         REAL NOT NULL DEFAULT 0,
  attempts         INTEGER NOT NULL DEFAULT 0,
  max_attempts     INTEGER NOT NULL CHECK (max_attempts >= 1),
  priority         INTEGER NOT NULL DEFAULT 0,
  cancel_requested INTEGER NOT NULL DEFAULT 0,
  created_at_ms    INTEGER NOT NULL,
  started_at_ms    INTEGER NOT NULL DEFAULT 0,
  finished_at_ms   INTEGER NOT NULL DEFAULT 0,
  run_after_ms     INTEGER NOT NULL,
  updated_at_ms    INTEGER NOT NULL,
  lease_token      TEXT,
  lease_expires_ms INTEGER NOT NULL DEFAULT 0,
  worker_id        TEXT NOT NULL DEFAULT '',
  result           TEXT NOT NULL DEFAULT '{}',
  error            TEXT
);
-- Dequeue order. Partial: only queued rows, so finished history never slows
-- lease(); run_after_ms rides along so the runnable filter reads the index only.
CREATE INDEX jobs_dequeue ON jobs (priority DESC, created_at_ms, id, run_after_ms) WHERE state = 'queued';
-- Rescue scans running rows by lease expiry.
CREATE INDEX jobs_leases ON jobs (lease_expires_ms) WHERE state = 'running';
-- Listing: one workspace's jobs newest first (ids are time-sortable).
CREATE INDEX jobs_workspace ON jobs (workspace_id, id DESC);

CREATE TABLE artifacts (
  job_id     TEXT NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,
  position   INTEGER NOT NULL,
  name       TEXT NOT NULL,
  format     TEXT NOT NULL,
  media_type TEXT NOT NULL,
  bytes      INTEGER NOT NULL,
  sha256     TEXT NOT NULL,
  PRIMARY KEY (job_id, position)
) WITHOUT ROWID;
CREATE INDEX artifacts_sha256 ON artifacts (sha256);

CREATE TABLE uploads (
  id            TEXT PRIMARY KEY,
  workspace_id  TEXT NOT NULL DEFAULT '',
  content_type  TEXT NOT NULL,
  max_bytes     INTEGER NOT NULL,
  created_at_ms INTEGER NOT NULL,
  expires_at_ms INTEGER NOT NULL,
  complete      INTEGER NOT NULL DEFAULT 0,
  sha256        TEXT NOT NULL DEFAULT '',
  bytes         INTEGER NOT NULL DEFAULT 0,
  detected_type TEXT NOT NULL DEFAULT ''
);
)sql"},
      {2, "job counters kept by triggers (stats and change counter)", R"sql(
-- 'changes' increases on every insert, update or delete of a job row, from
-- any process; the per-state rows count jobs in that state, so stats() is
-- O(1) however long the history.
CREATE TABLE job_counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL) WITHOUT ROWID;
INSERT INTO job_counters (name, value) VALUES ('changes', 0), ('queued', 0), ('running', 0),
  ('succeeded', 0), ('failed', 0), ('canceled', 0);
INSERT INTO job_counters (name, value) SELECT state, COUNT(*) FROM jobs GROUP BY state
  ON CONFLICT (name) DO UPDATE SET value = excluded.value;
CREATE TRIGGER jobs_counters_insert AFTER INSERT ON jobs BEGIN
  UPDATE job_counters SET value = value + 1 WHERE name IN ('changes', NEW.state);
END;
CREATE TRIGGER jobs_counters_update AFTER UPDATE ON jobs BEGIN
  UPDATE job_counters SET value = value + 1 WHERE name = 'changes';
  UPDATE job_counters SET value = value + (CASE WHEN name = NEW.state THEN 1 ELSE -1 END)
    WHERE NEW.state <> OLD.state AND name IN (OLD.state, NEW.state);
END;
CREATE TRIGGER jobs_counters_delete AFTER DELETE ON jobs BEGIN
  UPDATE job_counters SET value = value + (CASE WHEN name = 'changes' THEN 1 ELSE -1 END)
    WHERE name IN ('changes', OLD.state);
END;
)sql"},
  };
  return list;
}

Result<int> schemaVersion(Connection& conn) {
  auto exists = conn.prepare("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'");
  if (!exists) return fail(exists.error());
  auto row = exists->step();
  if (!row) return fail(row.error());
  if (exists->columnInt(0) == 0) return 0;
  auto stmt = conn.prepare("SELECT COALESCE(MAX(version), 0) FROM schema_version");
  if (!stmt) return fail(stmt.error());
  row = stmt->step();
  if (!row) return fail(row.error());
  return static_cast<int>(stmt->columnInt(0));
}

Result<int> migrate(Connection& conn, const std::vector<Migration>& list) {
  if (auto ok = conn.exec("BEGIN IMMEDIATE"); !ok) return fail(ok.error());
  auto body = [&]() -> Result<int> {
    if (auto ok = conn.exec("CREATE TABLE IF NOT EXISTS schema_version ("
                            "version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at_ms INTEGER NOT NULL)");
        !ok) {
      return fail(ok.error());
    }
    auto current = schemaVersion(conn);
    if (!current) return current;
    const int latest = list.empty() ? 0 : list.back().version;
    if (*current > latest) {
      return fail(ErrorCode::kInternal,
                  fmt::format("the database {} has schema version {}, newer than this kiln binary knows ({}); "
                              "upgrade kiln",
                              conn.path().string(), *current, latest),
                  {{"path", conn.path().string()}, {"schema_version", *current}, {"supported", latest}});
    }
    int version = *current;
    for (const auto& m : list) {
      if (m.version <= version) continue;
      if (auto ok = conn.exec(m.sql); !ok) {
        return fail(ErrorCode::kInternal,
                    fmt::format("schema migration {} ({}) failed: {}", m.version, m.name, ok.error().message));
      }
      auto record = conn.prepare("INSERT INTO schema_version (version, name, applied_at_ms) VALUES (?1, ?2, ?3)");
      if (!record) return fail(record.error());
      record->bind(1, m.version).bind(2, m.name).bind(3, nowUnixMs());
      if (auto ok = record->run(); !ok) return fail(ok.error());
      version = m.version;
    }
    return version;
  };
  auto result = body();
  if (!result) {
    (void)conn.exec("ROLLBACK");
    return result;
  }
  if (auto ok = conn.exec("COMMIT"); !ok) {
    (void)conn.exec("ROLLBACK");
    return fail(ok.error());
  }
  return result;
}

}  // namespace kiln::store::sqlite
