#include "store/sqlite/sqlite_account_store.h"

#include <fmt/format.h>

#include "core/clock.h"
#include "core/crypto.h"
#include "core/id.h"

namespace kiln::store::sqlite {
namespace {

constexpr char kGetWorkspace[] = "SELECT id, name, created_at_ms, webhook_secret FROM workspaces WHERE id = ?1";
constexpr char kInsertWorkspace[] =
    "INSERT INTO workspaces (id, name, created_at_ms, webhook_secret) VALUES (?1, ?2, ?3, ?4) "
    "ON CONFLICT (id) DO NOTHING";
constexpr char kInsertKey[] =
    "INSERT INTO api_keys (id, key_hash, hint, name, created_at_ms) VALUES (?1, ?2, ?3, ?4, ?5)";
constexpr char kInsertKeyWorkspace[] =
    "INSERT INTO api_key_workspaces (key_id, workspace_id, position) VALUES (?1, ?2, ?3)";
constexpr char kWorkspaceExists[] = "SELECT EXISTS (SELECT 1 FROM workspaces WHERE id = ?1)";
constexpr char kFindKey[] = "SELECT id, name, hint, created_at_ms, revoked_at_ms, key_hash FROM api_keys WHERE key_hash = ?1";
constexpr char kGetKey[] = "SELECT id, name, hint, created_at_ms, revoked_at_ms, key_hash FROM api_keys WHERE id = ?1";
constexpr char kListKeys[] =
    "SELECT id, name, hint, created_at_ms, revoked_at_ms, key_hash FROM api_keys ORDER BY created_at_ms, id";
constexpr char kKeyWorkspaces[] = "SELECT workspace_id FROM api_key_workspaces WHERE key_id = ?1 ORDER BY position";
constexpr char kRevokeKey[] = "UPDATE api_keys SET revoked_at_ms = ?2 WHERE id = ?1 AND revoked_at_ms = 0";
constexpr char kInsertGrant[] =
    "INSERT INTO credit_ledger (workspace_id, kind, amount, created_at_ms, note) VALUES (?1, 'grant', ?2, ?3, ?4)";
constexpr char kBalance[] =
    "SELECT credits_granted, credits_captured, credits_reserved FROM workspaces WHERE id = ?1";
constexpr char kLedger[] =
    "SELECT id, workspace_id, COALESCE(job_id, ''), kind, amount, created_at_ms, note FROM credit_ledger "
    "WHERE workspace_id = ?1 AND id < ?2 ORDER BY id DESC LIMIT ?3";
constexpr char kPurgeIdempotency[] = "DELETE FROM idempotency_keys WHERE expires_at_ms < ?1";
constexpr char kGetIdempotency[] =
    "SELECT fingerprint, state, status, headers, body, created_at_ms, job_id FROM idempotency_keys "
    "WHERE scope = ?1 AND key = ?2";
constexpr char kClaimIdempotency[] =
    "INSERT INTO idempotency_keys (scope, key, fingerprint, state, created_at_ms, expires_at_ms, claim, job_id) "
    "VALUES (?1, ?2, ?3, 'in_flight', ?4, ?5, ?6, ?7) ON CONFLICT (scope, key) DO UPDATE SET "
    "fingerprint = excluded.fingerprint, state = 'in_flight', status = 0, headers = '{}', body = '', "
    "created_at_ms = excluded.created_at_ms, expires_at_ms = excluded.expires_at_ms, claim = excluded.claim, "
    "job_id = excluded.job_id";
// A claim with a job keeps only a success answer: a retry must get the job.
constexpr char kCompleteIdempotency[] =
    "UPDATE idempotency_keys SET state = 'done', status = ?4, headers = ?5, body = ?6 "
    "WHERE scope = ?1 AND key = ?2 AND claim = ?3 AND state = 'in_flight' AND (job_id = '' OR ?4 < 400)";
constexpr char kAbandonIdempotency[] =
    "DELETE FROM idempotency_keys WHERE scope = ?1 AND key = ?2 AND claim = ?3 AND state = 'in_flight' "
    "AND job_id = ''";
constexpr char kInsertEndpoint[] =
    "INSERT INTO webhook_endpoints (id, workspace_id, url, secret, created_at_ms) VALUES (?1, ?2, ?3, ?4, ?5)";
constexpr char kListEndpoints[] =
    "SELECT id, workspace_id, url, secret, enabled, disabled_reason, created_at_ms FROM webhook_endpoints "
    "WHERE workspace_id = ?1 ORDER BY created_at_ms, id";
constexpr char kDeleteEndpoint[] = "DELETE FROM webhook_endpoints WHERE id = ?1 AND workspace_id = ?2";
constexpr char kEndpointSecret[] = "SELECT secret FROM webhook_endpoints WHERE id = ?1";
constexpr char kWorkspaceSecret[] = "SELECT webhook_secret FROM workspaces WHERE id = ?1";
#define KILN_DELIVERY_COLUMNS                                                                                 \
  "id, workspace_id, endpoint_id, job_id, url, event_type, payload, state, attempts, next_attempt_ms, " \
  "last_status, last_error, created_at_ms"
// Claiming pushes next_attempt_ms forward (a lock that expires by itself if
// the sender dies), so two processes never send the same attempt at once.
constexpr char kClaimDeliveries[] =
    "UPDATE webhook_deliveries SET next_attempt_ms = ?2, updated_at_ms = ?1 WHERE id IN "
    "(SELECT id FROM webhook_deliveries WHERE state = 'pending' AND next_attempt_ms <= ?1 "
    "ORDER BY next_attempt_ms LIMIT ?3) RETURNING " KILN_DELIVERY_COLUMNS;
constexpr char kRecordDelivery[] =
    "UPDATE webhook_deliveries SET state = ?2, attempts = attempts + 1, last_status = ?3, last_error = ?4, "
    "next_attempt_ms = ?5, updated_at_ms = ?6 WHERE id = ?1 RETURNING endpoint_id";
constexpr char kDisableEndpoint[] =
    "UPDATE webhook_endpoints SET enabled = 0, disabled_reason = ?2 WHERE id = ?1";
constexpr char kListDeliveries[] =
    "SELECT " KILN_DELIVERY_COLUMNS " FROM webhook_deliveries WHERE workspace_id = ?1 "
    "ORDER BY created_at_ms DESC LIMIT ?2";

ApiKeyRecord readKey(const Statement& s) {
  ApiKeyRecord k;
  k.id = s.columnText(0);
  k.name = s.columnText(1);
  k.hint = s.columnText(2);
  k.created_at_ms = s.columnInt(3);
  k.revoked_at_ms = s.columnInt(4);
  return k;
}

WebhookEndpoint readEndpoint(const Statement& s) {
  WebhookEndpoint e;
  e.id = s.columnText(0);
  e.workspace_id = s.columnText(1);
  e.url = s.columnText(2);
  e.secret = s.columnText(3);
  e.enabled = s.columnInt(4) != 0;
  e.disabled_reason = s.columnText(5);
  e.created_at_ms = s.columnInt(6);
  return e;
}

WebhookDelivery readDelivery(const Statement& s) {
  WebhookDelivery d;
  d.id = s.columnText(0);
  d.workspace_id = s.columnText(1);
  d.endpoint_id = s.columnText(2);
  d.job_id = s.columnText(3);
  d.url = s.columnText(4);
  d.event_type = s.columnText(5);
  d.payload = s.columnText(6);
  d.state = s.columnText(7);
  d.attempts = static_cast<int>(s.columnInt(8));
  d.next_attempt_ms = s.columnInt(9);
  d.last_status = static_cast<int>(s.columnInt(10));
  d.last_error = s.columnText(11);
  d.created_at_ms = s.columnInt(12);
  return d;
}

Error workspaceNotFound(const std::string& id) {
  return makeError(ErrorCode::kNotFound,
                   fmt::format("no workspace '{}'; create one with `kiln keys create --workspace {}`", id, id),
                   {{"workspace_id", id}});
}

Result<CreditBalance> readBalance(Connection& conn, const std::string& workspace_id) {
  auto stmt = conn.prepare(kBalance);
  if (!stmt) return fail(stmt.error());
  stmt->bind(1, workspace_id);
  auto row = stmt->step();
  if (!row) return fail(row.error());
  if (!*row) return fail(workspaceNotFound(workspace_id));
  return CreditBalance{.granted = stmt->columnInt(0), .captured = stmt->columnInt(1), .reserved = stmt->columnInt(2)};
}

}  // namespace

std::string newWebhookSecret() { return "whsec_" + base64Encode(randomBytes(32)); }

Result<Workspace> SqliteAccountStore::ensureWorkspace(const std::string& id, const std::string& name) {
  Workspace w;
  w.id = id.empty() ? newId("ws") : id;
  w.name = name.empty() ? w.id : name;
  w.created_at_ms = nowUnixMs();
  w.webhook_secret = newWebhookSecret();
  if (w.id.size() > 64 || w.id.find_first_of(" \t\r\n/") != std::string::npos) {
    return fail(ErrorCode::kInvalidArgument, "a workspace id is 1 to 64 characters without spaces or slashes",
                {{"field", "workspace"}});
  }
  auto ok = db_->writer().run([&](Connection& conn) -> Status {
    auto stmt = conn.prepare(kInsertWorkspace);
    if (!stmt) return fail(stmt.error());
    stmt->bind(1, w.id).bind(2, w.name).bind(3, w.created_at_ms).bind(4, w.webhook_secret);
    return stmt->run();
  });
  if (!ok) return fail(ok.error());
  return getWorkspace(w.id);
}

Result<Workspace> SqliteAccountStore::getWorkspace(const std::string& id) {
  auto conn = db_->readers().acquire();
  if (!conn) return fail(conn.error());
  auto stmt = (*conn)->prepare(kGetWorkspace);
  if (!stmt) return fail(stmt.error());
  stmt->bind(1, id);
  auto row = stmt->step();
  if (!row) return fail(row.error());
  if (!*row) return fail(workspaceNotFound(id));
  return Workspace{.id = std::string(stmt->columnText(0)), .name = std::string(stmt->columnText(1)),
                   .created_at_ms = stmt->columnInt(2), .webhook_secret = std::string(stmt->columnText(3))};
}

Result<ApiKeyRecord> SqliteAccountStore::createKey(const std::string& key_hash_hex, const std::string& hint,
                                                   const std::string& name,
                                                   const std::vector<std::string>& workspace_ids) {
  if (workspace_ids.empty()) {
    return fail(ErrorCode::kInvalidArgument, "a key needs at least one workspace", {{"field", "workspace"}});
  }
  if (key_hash_hex.size() != 64) {
    return fail(ErrorCode::kInvalidArgument, "keys are stored by their SHA-256 (64 hex digits)");
  }
  ApiKeyRecord key;
  key.id = newId("key");
  key.name = name;
  key.hint = hint;
  key.workspace_ids = workspace_ids;
  key.created_at_ms = nowUnixMs();
  auto ok = db_->writer().run([&](Connection& conn) -> Status {
    auto insert = conn.prepare(kInsertKey);
    if (!insert) return fail(insert.error());
    insert->bind(1, key.id).bind(2, key_hash_hex).bind(3, hint).bind(4, name).bind(5, key.created_at_ms);
    if (auto done = insert->run(); !done) return done;
    for (size_t i = 0; i < workspace_ids.size(); ++i) {
      auto exists = conn.prepare(kWorkspaceExists);
      if (!exists) return fail(exists.error());
      exists->bind(1, workspace_ids[i]);
      auto row = exists->step();
      if (!row) return fail(row.error());
      if (exists->columnInt(0) == 0) return fail(workspaceNotFound(workspace_ids[i]));
      auto link = conn.prepare(kInsertKeyWorkspace);
      if (!link) return fail(link.error());
      link->bind(1, key.id).bind(2, workspace_ids[i]).bind(3, static_cast<int64_t>(i));
      if (auto done = link->run(); !done) return done;
    }
    return {};
  });
  if (!ok) return fail(ok.error());
  return key;
}

Result<std::vector<std::string>> SqliteAccountStore::keyWorkspaces(Connection& conn, const std::string& key_id) {
  auto stmt = conn.prepare(kKeyWorkspaces);
  if (!stmt) return fail(stmt.error());
  stmt->bind(1, key_id);
  std::vector<std::string> out;
  while (true) {
    auto row = stmt->step();
    if (!row) return fail(row.error());
    if (!*row) return out;
    out.emplace_back(stmt->columnText(0));
  }
}

Result<std::optional<ApiKeyRecord>> SqliteAccountStore::findKeyByHash(const std::string& key_hash_hex) {
  auto conn = db_->readers().acquire();
  if (!conn) return fail(conn.error());
  std::optional<ApiKeyRecord> found;
  {
    auto stmt = (*conn)->prepare(kFindKey);
    if (!stmt) return fail(stmt.error());
    stmt->bind(1, key_hash_hex);
    auto row = stmt->step();
    if (!row) return fail(row.error());
    if (!*row) return std::optional<ApiKeyRecord>();
    // The index finds the row; the comparison that decides is constant-time.
    if (!constantTimeEquals(stmt->columnText(5), key_hash_hex)) return std::optional<ApiKeyRecord>();
    found = readKey(*stmt);
  }
  auto workspaces = keyWorkspaces(**conn, found->id);
  if (!workspaces) return fail(workspaces.error());
  found->workspace_ids = std::move(*workspaces);
  return found;
}

Result<std::vector<ApiKeyRecord>> SqliteAccountStore::listKeys() {
  auto conn = db_->readers().acquire();
  if (!conn) return fail(conn.error());
  std::vector<ApiKeyRecord> keys;
  {
    auto stmt = (*conn)->prepare(kListKeys);
    if (!stmt) return fail(stmt.error());
    while (true) {
      auto row = stmt->step();
      if (!row) return fail(row.error());
      if (!*row) break;
      keys.push_back(readKey(*stmt));
    }
  }
  for (auto& k : keys) {
    auto workspaces = keyWorkspaces(**conn, k.id);
    if (!workspaces) return fail(workspaces.error());
    k.workspace_ids = std::move(*workspaces);
  }
  return keys;
}

Result<ApiKeyRecord> SqliteAccountStore::revokeKey(const std::string& key_id) {
  auto ok = db_->writer().run([&](Connection& conn) -> Status {
    auto stmt = conn.prepare(kRevokeKey);
    if (!stmt) return fail(stmt.error());
    stmt->bind(1, key_id).bind(2, nowUnixMs());
    return stmt->run();
  });
  if (!ok) return fail(ok.error());
  auto conn = db_->readers().acquire();
  if (!conn) return fail(conn.error());
  std::optional<ApiKeyRecord> key;
  {
    auto stmt = (*conn)->prepare(kGetKey);
    if (!stmt) return fail(stmt.error());
    stmt->bind(1, key_id);
    auto row = stmt->step();
    if (!row) return fail(row.error());
    if (!*row) {
      return fail(ErrorCode::kNotFound, fmt::format("no key with id '{}'; see `kiln keys list`", key_id),
                  {{"key_id", key_id}});
    }
    key = readKey(*stmt);
  }
  auto workspaces = keyWorkspaces(**conn, key->id);
  if (!workspaces) return fail(workspaces.error());
  key->workspace_ids = std::move(*workspaces);
  return std::move(*key);
}

Result<CreditBalance> SqliteAccountStore::grantCredits(const std::string& workspace_id, int64_t amount,
                                                       const std::string& note) {
  if (amount <= 0) {
    return fail(ErrorCode::kInvalidArgument, "grant a positive number of credits", {{"field", "amount"}});
  }
  CreditBalance after;
  auto ok = db_->writer().run([&](Connection& conn) -> Status {
    auto before = readBalance(conn, workspace_id);
    if (!before) return fail(before.error());
    auto stmt = conn.prepare(kInsertGrant);
    if (!stmt) return fail(stmt.error());
    stmt->bind(1, workspace_id).bind(2, amount).bind(3, nowUnixMs()).bind(4, note);
    if (auto done = stmt->run(); !done) return done;
    auto now = readBalance(conn, workspace_id);
    if (!now) return fail(now.error());
    after = *now;
    return {};
  });
  if (!ok) return fail(ok.error());
  return after;
}

Result<CreditBalance> SqliteAccountStore::balance(const std::string& workspace_id) {
  auto conn = db_->readers().acquire();
  if (!conn) return fail(conn.error());
  return readBalance(**conn, workspace_id);
}

Result<LedgerPage> SqliteAccountStore::ledger(const std::string& workspace_id, int64_t before, int limit) {
  if (limit < 1 || limit > 500) {
    return fail(ErrorCode::kInvalidArgument, "limit must be from 1 to 500", {{"field", "limit"}});
  }
  auto conn = db_->readers().acquire();
  if (!conn) return fail(conn.error());
  auto stmt = (*conn)->prepare(kLedger);
  if (!stmt) return fail(stmt.error());
  stmt->bind(1, workspace_id).bind(2, before > 0 ? before : INT64_MAX).bind(3, limit + 1);
  LedgerPage page;
  while (true) {
    auto row = stmt->step();
    if (!row) return fail(row.error());
    if (!*row) break;
    if (static_cast<int>(page.entries.size()) == limit) {
      page.next_before = page.entries.back().id;
      break;
    }
    page.entries.push_back({.id = stmt->columnInt(0), .workspace_id = std::string(stmt->columnText(1)),
                            .job_id = std::string(stmt->columnText(2)), .kind = std::string(stmt->columnText(3)),
                            .amount = stmt->columnInt(4), .created_at_ms = stmt->columnInt(5),
                            .note = std::string(stmt->columnText(6))});
  }
  return page;
}

Result<IdempotencyBegin> SqliteAccountStore::beginIdempotent(const std::string& scope, const std::string& key,
                                                             const std::string& fingerprint, int64_t keep_ms,
                                                             int64_t stale_after_ms) {
  IdempotencyBegin result;
  auto ok = db_->writer().run([&](Connection& conn) -> Status {
    result = IdempotencyBegin{};
    const int64_t now = nowUnixMs();
    auto purge = conn.prepare(kPurgeIdempotency);
    if (!purge) return fail(purge.error());
    purge->bind(1, now);
    if (auto done = purge->run(); !done) return done;
    auto get = conn.prepare(kGetIdempotency);
    if (!get) return fail(get.error());
    get->bind(1, scope).bind(2, key);
    auto row = get->step();
    if (!row) return fail(row.error());
    std::string job_id;
    if (*row) {
      const bool same = constantTimeEquals(get->columnText(0), fingerprint);
      const bool in_flight = get->columnText(1) == "in_flight";
      job_id = std::string(get->columnText(6));
      if (!same) {
        result.outcome = IdempotencyBegin::Outcome::kMismatch;
        return {};
      }
      if (!in_flight) {
        result.outcome = IdempotencyBegin::Outcome::kReplay;
        result.status = static_cast<int>(get->columnInt(2));
        result.headers = nlohmann::json::parse(get->columnText(3), nullptr, false);
        if (!result.headers.is_object()) result.headers = nlohmann::json::object();
        result.body = get->columnText(4);
        return {};
      }
      // In flight. With a linked job the earlier request committed it: take
      // over and answer with that job. Without one, the holder is presumed
      // alive until stale_after_ms; after that the new token fences it off.
      const bool stale = get->columnInt(5) + stale_after_ms < now;
      if (job_id.empty() && !stale) {
        result.outcome = IdempotencyBegin::Outcome::kInFlight;
        return {};
      }
    }
    result.outcome = IdempotencyBegin::Outcome::kStarted;
    result.claim = IdempotencyClaim{.scope = scope, .key = key, .token = toHex(randomBytes(16))};
    result.job_id = job_id;
    auto claim = conn.prepare(kClaimIdempotency);
    if (!claim) return fail(claim.error());
    claim->bind(1, scope).bind(2, key).bind(3, fingerprint).bind(4, now).bind(5, now + keep_ms);
    claim->bind(6, result.claim.token).bind(7, job_id);
    return claim->run();
  });
  if (!ok) return fail(ok.error());
  return result;
}

Status SqliteAccountStore::completeIdempotent(const IdempotencyClaim& claim, int status,
                                              const nlohmann::json& headers, const std::string& body) {
  const std::string headers_text = headers.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  return db_->writer().run([&](Connection& conn) -> Status {
    auto stmt = conn.prepare(kCompleteIdempotency);
    if (!stmt) return fail(stmt.error());
    stmt->bind(1, claim.scope).bind(2, claim.key).bind(3, claim.token).bind(4, status).bind(5, headers_text);
    stmt->bind(6, body);
    return stmt->run();
  });
}

Status SqliteAccountStore::abandonIdempotent(const IdempotencyClaim& claim) {
  return db_->writer().run([&](Connection& conn) -> Status {
    auto stmt = conn.prepare(kAbandonIdempotency);
    if (!stmt) return fail(stmt.error());
    stmt->bind(1, claim.scope).bind(2, claim.key).bind(3, claim.token);
    return stmt->run();
  });
}

Result<WebhookEndpoint> SqliteAccountStore::createEndpoint(const std::string& workspace_id, const std::string& url) {
  WebhookEndpoint e;
  e.id = newId("whe");
  e.workspace_id = workspace_id;
  e.url = url;
  e.secret = newWebhookSecret();
  e.created_at_ms = nowUnixMs();
  auto ok = db_->writer().run([&](Connection& conn) -> Status {
    auto exists = conn.prepare(kWorkspaceExists);
    if (!exists) return fail(exists.error());
    exists->bind(1, workspace_id);
    auto row = exists->step();
    if (!row) return fail(row.error());
    if (exists->columnInt(0) == 0) return fail(workspaceNotFound(workspace_id));
    auto stmt = conn.prepare(kInsertEndpoint);
    if (!stmt) return fail(stmt.error());
    stmt->bind(1, e.id).bind(2, e.workspace_id).bind(3, e.url).bind(4, e.secret).bind(5, e.created_at_ms);
    return stmt->run();
  });
  if (!ok) return fail(ok.error());
  return e;
}

Result<std::vector<WebhookEndpoint>> SqliteAccountStore::listEndpoints(const std::string& workspace_id) {
  auto conn = db_->readers().acquire();
  if (!conn) return fail(conn.error());
  auto stmt = (*conn)->prepare(kListEndpoints);
  if (!stmt) return fail(stmt.error());
  stmt->bind(1, workspace_id);
  std::vector<WebhookEndpoint> out;
  while (true) {
    auto row = stmt->step();
    if (!row) return fail(row.error());
    if (!*row) return out;
    out.push_back(readEndpoint(*stmt));
  }
}

Status SqliteAccountStore::deleteEndpoint(const std::string& workspace_id, const std::string& endpoint_id) {
  return db_->writer().run([&](Connection& conn) -> Status {
    auto stmt = conn.prepare(kDeleteEndpoint);
    if (!stmt) return fail(stmt.error());
    stmt->bind(1, endpoint_id).bind(2, workspace_id);
    if (auto done = stmt->run(); !done) return done;
    if (conn.changes() == 0) {
      return fail(ErrorCode::kNotFound, fmt::format("no webhook endpoint '{}'", endpoint_id),
                  {{"endpoint_id", endpoint_id}});
    }
    return {};
  });
}

Result<std::vector<WebhookDelivery>> SqliteAccountStore::claimDueDeliveries(int64_t now_ms, int limit,
                                                                            int64_t lock_ms) {
  {
    // The delivery thread polls often: look before taking the write lock.
    auto conn = db_->readers().acquire();
    if (!conn) return fail(conn.error());
    static constexpr char kAnyDue[] =
        "SELECT EXISTS (SELECT 1 FROM webhook_deliveries WHERE state = 'pending' AND next_attempt_ms <= ?1)";
    auto stmt = (*conn)->prepare(kAnyDue);
    if (!stmt) return fail(stmt.error());
    stmt->bind(1, now_ms);
    auto row = stmt->step();
    if (!row) return fail(row.error());
    if (stmt->columnInt(0) == 0) return std::vector<WebhookDelivery>();
  }
  std::vector<WebhookDelivery> out;
  auto ok = db_->writer().run([&](Connection& conn) -> Status {
    out.clear();
    auto stmt = conn.prepare(kClaimDeliveries);
    if (!stmt) return fail(stmt.error());
    stmt->bind(1, now_ms).bind(2, now_ms + lock_ms).bind(3, limit);
    while (true) {
      auto row = stmt->step();
      if (!row) return fail(row.error());
      if (!*row) return {};
      out.push_back(readDelivery(*stmt));
    }
  });
  if (!ok) return fail(ok.error());
  return out;
}

Status SqliteAccountStore::recordDeliveryAttempt(const std::string& delivery_id, const std::string& state,
                                                 int http_status, const std::string& error,
                                                 int64_t next_attempt_ms) {
  return db_->writer().run([&](Connection& conn) -> Status {
    auto stmt = conn.prepare(kRecordDelivery);
    if (!stmt) return fail(stmt.error());
    stmt->bind(1, delivery_id).bind(2, state).bind(3, http_status).bind(4, error).bind(5, next_attempt_ms);
    stmt->bind(6, nowUnixMs());
    auto row = stmt->step();
    if (!row) return fail(row.error());
    if (!*row) return fail(ErrorCode::kNotFound, fmt::format("no webhook delivery '{}'", delivery_id));
    const std::string endpoint_id(stmt->columnText(0));
    if (auto done = stmt->run(); !done) return done;
    if (state == "disabled" && !endpoint_id.empty()) {
      auto disable = conn.prepare(kDisableEndpoint);
      if (!disable) return fail(disable.error());
      disable->bind(1, endpoint_id).bind(2, fmt::format("the receiver answered {} (Gone)", http_status));
      return disable->run();
    }
    return {};
  });
}

Result<std::string> SqliteAccountStore::deliverySecret(const WebhookDelivery& delivery) {
  auto conn = db_->readers().acquire();
  if (!conn) return fail(conn.error());
  if (!delivery.endpoint_id.empty()) {
    auto stmt = (*conn)->prepare(kEndpointSecret);
    if (!stmt) return fail(stmt.error());
    stmt->bind(1, delivery.endpoint_id);
    auto row = stmt->step();
    if (!row) return fail(row.error());
    if (*row) return std::string(stmt->columnText(0));
    return fail(ErrorCode::kNotFound, "the webhook endpoint was deleted");
  }
  auto stmt = (*conn)->prepare(kWorkspaceSecret);
  if (!stmt) return fail(stmt.error());
  stmt->bind(1, delivery.workspace_id);
  auto row = stmt->step();
  if (!row) return fail(row.error());
  if (!*row) return fail(workspaceNotFound(delivery.workspace_id));
  return std::string(stmt->columnText(0));
}

Result<std::vector<WebhookDelivery>> SqliteAccountStore::listDeliveries(const std::string& workspace_id, int limit) {
  auto conn = db_->readers().acquire();
  if (!conn) return fail(conn.error());
  auto stmt = (*conn)->prepare(kListDeliveries);
  if (!stmt) return fail(stmt.error());
  stmt->bind(1, workspace_id).bind(2, limit);
  std::vector<WebhookDelivery> out;
  while (true) {
    auto row = stmt->step();
    if (!row) return fail(row.error());
    if (!*row) return out;
    out.push_back(readDelivery(*stmt));
  }
}

}  // namespace kiln::store::sqlite
