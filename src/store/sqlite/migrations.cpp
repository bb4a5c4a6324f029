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
      {3, "accounts: workspaces, API keys, credits ledger, idempotency keys, webhooks", R"sql(
CREATE TABLE workspaces (
  id               TEXT PRIMARY KEY,
  name             TEXT NOT NULL DEFAULT '',
  created_at_ms    INTEGER NOT NULL,
  webhook_secret   TEXT NOT NULL,
  credits_granted  INTEGER NOT NULL DEFAULT 0,
  credits_reserved INTEGER NOT NULL DEFAULT 0,
  credits_captured INTEGER NOT NULL DEFAULT 0
);
-- Keys are stored as the SHA-256 of their text only.
CREATE TABLE api_keys (
  id            TEXT PRIMARY KEY,
  key_hash      TEXT NOT NULL UNIQUE,
  hint          TEXT NOT NULL,
  name          TEXT NOT NULL DEFAULT '',
  created_at_ms INTEGER NOT NULL,
  revoked_at_ms INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE api_key_workspaces (
  key_id       TEXT NOT NULL REFERENCES api_keys (id) ON DELETE CASCADE,
  workspace_id TEXT NOT NULL REFERENCES workspaces (id),
  position     INTEGER NOT NULL,
  PRIMARY KEY (key_id, workspace_id)
) WITHOUT ROWID;

-- What a job costs (0 on the anonymous lane), for the job JSON.
ALTER TABLE jobs ADD COLUMN credits INTEGER NOT NULL DEFAULT 0;
CREATE TABLE credit_holds (
  job_id        TEXT PRIMARY KEY REFERENCES jobs (id) ON DELETE CASCADE,
  workspace_id  TEXT NOT NULL,
  amount        INTEGER NOT NULL CHECK (amount > 0),
  state         TEXT NOT NULL CHECK (state IN ('reserved', 'captured', 'released')),
  created_at_ms INTEGER NOT NULL,
  settled_at_ms INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
CREATE TABLE credit_ledger (
  id            INTEGER PRIMARY KEY AUTOINCREMENT,
  workspace_id  TEXT NOT NULL,
  job_id        TEXT,
  kind          TEXT NOT NULL CHECK (kind IN ('grant', 'reserve', 'capture', 'release')),
  amount        INTEGER NOT NULL CHECK (amount > 0),
  created_at_ms INTEGER NOT NULL,
  note          TEXT NOT NULL DEFAULT ''
);
-- A job is reserved, captured and released at most once each.
CREATE UNIQUE INDEX credit_ledger_once ON credit_ledger (job_id, kind) WHERE job_id IS NOT NULL;
CREATE INDEX credit_ledger_workspace ON credit_ledger (workspace_id, id DESC);
-- The workspace's running totals follow the ledger.
CREATE TRIGGER credit_ledger_totals AFTER INSERT ON credit_ledger BEGIN
  UPDATE workspaces SET
    credits_granted = credits_granted + CASE WHEN NEW.kind = 'grant' THEN NEW.amount ELSE 0 END,
    credits_reserved = credits_reserved + CASE NEW.kind WHEN 'reserve' THEN NEW.amount
                                                        WHEN 'capture' THEN -NEW.amount
                                                        WHEN 'release' THEN -NEW.amount ELSE 0 END,
    credits_captured = credits_captured + CASE WHEN NEW.kind = 'capture' THEN NEW.amount ELSE 0 END
  WHERE id = NEW.workspace_id;
END;
-- Settlement rides on the job's own state change (finish, cancel, rescue), in
-- the same transaction: success captures the hold, failure or cancel releases it.
CREATE TRIGGER jobs_settle_credits AFTER UPDATE OF state ON jobs
  WHEN NEW.state IN ('succeeded', 'failed', 'canceled') AND OLD.state <> NEW.state
BEGIN
  INSERT INTO credit_ledger (workspace_id, job_id, kind, amount, created_at_ms, note)
    SELECT workspace_id, job_id, CASE WHEN NEW.state = 'succeeded' THEN 'capture' ELSE 'release' END, amount,
           NEW.updated_at_ms, 'job ' || NEW.state
    FROM credit_holds WHERE job_id = NEW.id AND state = 'reserved';
  UPDATE credit_holds SET state = CASE WHEN NEW.state = 'succeeded' THEN 'captured' ELSE 'released' END,
                          settled_at_ms = NEW.updated_at_ms
    WHERE job_id = NEW.id AND state = 'reserved';
END;

CREATE TABLE idempotency_keys (
  scope         TEXT NOT NULL,
  key           TEXT NOT NULL,
  fingerprint   TEXT NOT NULL,
  state         TEXT NOT NULL CHECK (state IN ('in_flight', 'done')),
  status        INTEGER NOT NULL DEFAULT 0,
  headers       TEXT NOT NULL DEFAULT '{}',
  body          TEXT NOT NULL DEFAULT '',
  created_at_ms INTEGER NOT NULL,
  expires_at_ms INTEGER NOT NULL,
  PRIMARY KEY (scope, key)
) WITHOUT ROWID;
CREATE INDEX idempotency_keys_expiry ON idempotency_keys (expires_at_ms);

CREATE TABLE webhook_endpoints (
  id              TEXT PRIMARY KEY,
  workspace_id    TEXT NOT NULL REFERENCES workspaces (id),
  url             TEXT NOT NULL,
  secret          TEXT NOT NULL,
  enabled         INTEGER NOT NULL DEFAULT 1,
  disabled_reason TEXT NOT NULL DEFAULT '',
  created_at_ms   INTEGER NOT NULL
);
CREATE INDEX webhook_endpoints_workspace ON webhook_endpoints (workspace_id);
CREATE TABLE webhook_deliveries (
  id              TEXT PRIMARY KEY,
  workspace_id    TEXT NOT NULL,
  endpoint_id     TEXT NOT NULL DEFAULT '',
  job_id          TEXT NOT NULL,
  url             TEXT NOT NULL,
  event_type      TEXT NOT NULL,
  payload         TEXT NOT NULL,
  state           TEXT NOT NULL CHECK (state IN ('pending', 'delivered', 'failed', 'disabled')),
  attempts        INTEGER NOT NULL DEFAULT 0,
  next_attempt_ms INTEGER NOT NULL,
  last_status     INTEGER NOT NULL DEFAULT 0,
  last_error      TEXT NOT NULL DEFAULT '',
  created_at_ms   INTEGER NOT NULL,
  updated_at_ms   INTEGER NOT NULL
);
CREATE INDEX webhook_deliveries_due ON webhook_deliveries (next_attempt_ms) WHERE state = 'pending';
CREATE INDEX webhook_deliveries_workspace ON webhook_deliveries (workspace_id, created_at_ms DESC);
-- Transactional outbox: a keyed job's final state queues one delivery to its
-- own webhook_url and one per enabled endpoint of its workspace.
CREATE TRIGGER jobs_queue_webhooks AFTER UPDATE OF state ON jobs
  WHEN NEW.state IN ('succeeded', 'failed', 'canceled') AND OLD.state <> NEW.state AND NEW.workspace_id <> ''
BEGIN
  INSERT INTO webhook_deliveries (id, workspace_id, endpoint_id, job_id, url, event_type, payload, state,
                                  next_attempt_ms, created_at_ms, updated_at_ms)
    SELECT 'msg_' || lower(hex(randomblob(16))), NEW.workspace_id, target.endpoint_id, NEW.id, target.url,
           'job.' || NEW.state,
           json_object('type', 'job.' || NEW.state,
                       'timestamp', strftime('%Y-%m-%dT%H:%M:%fZ', NEW.updated_at_ms / 1000.0, 'unixepoch'),
                       'data', json_object('id', NEW.id, 'object', 'job', 'status', NEW.state, 'kind', NEW.kind,
                                           'engine', NEW.engine, 'tier', NEW.tier, 'workspace_id', NEW.workspace_id,
                                           'attempts', NEW.attempts, 'credits', NEW.credits,
                                           'error', CASE WHEN NEW.state = 'failed' THEN json(NEW.error) END,
                                           'url', '/v1/jobs/' || NEW.id)),
           'pending', NEW.updated_at_ms, NEW.updated_at_ms, NEW.updated_at_ms
    FROM (SELECT '' AS endpoint_id, json_extract(NEW.spec, '$.webhook_url') AS url
            WHERE COALESCE(json_extract(NEW.spec, '$.webhook_url'), '') <> ''
          UNION ALL
          SELECT id, url FROM webhook_endpoints WHERE workspace_id = NEW.workspace_id AND enabled = 1) AS target;
END;
)sql"},
      {4, "index of finished runs for engine-duration metrics", R"sql(
CREATE INDEX jobs_finished ON jobs (finished_at_ms, id) WHERE state IN ('succeeded', 'failed');
)sql"},
      {5, "lost workers do not use up a job's attempts", R"sql(
-- Attempts that ended because the worker was lost (not the job's fault);
-- attempts - worker_losses is what counts against max_attempts.
ALTER TABLE jobs ADD COLUMN worker_losses INTEGER NOT NULL DEFAULT 0;
-- Handing back a dead worker's jobs finds them by holder.
CREATE INDEX jobs_worker ON jobs (worker_id) WHERE state = 'running';
)sql"},
      {6, "idempotency keys: fencing token of the claim and the job it created", R"sql(
ALTER TABLE idempotency_keys ADD COLUMN claim TEXT NOT NULL DEFAULT '';
ALTER TABLE idempotency_keys ADD COLUMN job_id TEXT NOT NULL DEFAULT '';
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
