#pragma once
// Accounts: workspaces, API keys (hashes only), the credits ledger,
// idempotency records and webhook endpoints and deliveries (DESIGN.md §2;
// REFERENCES.md "API keys", "Idempotency keys", "Webhooks").
//
// Credits move through holds, one per keyed job:
//   JobStore::create      reserve  (hold 'reserved', same transaction as the insert;
//                                   kPaymentRequired when the balance is short)
//   job → succeeded       capture  (hold 'captured')   } kept by a trigger on the jobs
//   job → failed/canceled release  (hold 'released')   } table, so finish, cancel and
//                                                          rescue settle in the same
//                                                          transaction as the state change
// A hold is settled at most once (the trigger only moves 'reserved' holds and
// the ledger has a unique (job_id, kind) index), so a job is never captured
// twice. available = granted − captured − reserved; once every job has
// settled, available = granted − captured.
//
// Webhook deliveries are written by a trigger in the same transaction as a
// keyed job's final state (a transactional outbox) and sent later by the
// delivery thread of `kiln serve`.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/result.h"
#include "store/idempotency.h"

namespace kiln::store {

struct Workspace {
  std::string id;                  // "ws_…"
  std::string name;
  int64_t created_at_ms = 0;
  std::string webhook_secret;      // "whsec_…": signs webhooks sent to per-job webhook_urls
};

struct ApiKeyRecord {
  std::string id;                  // "key_…" (public, for listing and revoking)
  std::string name;
  std::string hint;                // the last 4 characters of the key, for people to recognise it
  std::vector<std::string> workspace_ids;  // first = default workspace
  int64_t created_at_ms = 0;
  int64_t revoked_at_ms = 0;       // 0 = active
  bool isRevoked() const { return revoked_at_ms != 0; }
};

struct CreditBalance {
  int64_t granted = 0;
  int64_t captured = 0;
  int64_t reserved = 0;            // held by queued or running jobs
  int64_t available() const { return granted - captured - reserved; }
};

struct LedgerEntry {
  int64_t id = 0;                  // increasing
  std::string workspace_id;
  std::string job_id;              // "" for grants
  std::string kind;                // "grant" | "reserve" | "capture" | "release"
  int64_t amount = 0;              // positive
  int64_t created_at_ms = 0;
  std::string note;
};

struct LedgerPage {
  std::vector<LedgerEntry> entries;  // newest first
  int64_t next_before = 0;           // pass as `before` for the next page; 0 = no more
};

/// What beginIdempotent found.
struct IdempotencyBegin {
  enum class Outcome { kStarted, kReplay, kMismatch, kInFlight };
  Outcome outcome = Outcome::kStarted;
  /// kStarted: this request's claim; pass it to JobStore::create (NewJob::idempotency)
  /// and to completeIdempotent / abandonIdempotent.
  IdempotencyClaim claim;
  /// kStarted: the job an earlier request under this key created before it
  /// died without answering ("" when none did). JobStore::create returns that
  /// job instead of inserting another.
  std::string job_id;
  int status = 0;                  // kReplay: the stored response
  nlohmann::json headers = nlohmann::json::object();
  std::string body;
};

struct WebhookEndpoint {
  std::string id;                  // "whe_…"
  std::string workspace_id;
  std::string url;
  std::string secret;              // "whsec_…"
  bool enabled = true;
  std::string disabled_reason;
  int64_t created_at_ms = 0;
};

struct WebhookDelivery {
  std::string id;                  // "msg_…", the webhook-id header (stable across retries)
  std::string workspace_id;
  std::string endpoint_id;         // "" for a job's own webhook_url
  std::string job_id;
  std::string url;
  std::string event_type;          // "job.succeeded" | "job.failed" | "job.canceled"
  std::string payload;             // the exact body sent on every attempt
  std::string state;               // "pending" | "delivered" | "failed" | "disabled"
  int attempts = 0;
  int64_t next_attempt_ms = 0;
  int last_status = 0;
  std::string last_error;
  int64_t created_at_ms = 0;
};

/// Thread-safe; several processes may open the same store.
class AccountStore {
 public:
  virtual ~AccountStore() = default;

  // ---- workspaces and keys
  /// Creates a workspace with `id` ("" = a new "ws_…" id) and a fresh webhook
  /// secret; returns the existing one when `id` already exists.
  virtual Result<Workspace> ensureWorkspace(const std::string& id, const std::string& name) = 0;
  /// kNotFound when absent.
  virtual Result<Workspace> getWorkspace(const std::string& id) = 0;
  /// Stores a key by the SHA-256 hex of its text (never the text itself).
  /// The workspaces must exist (kNotFound otherwise).
  virtual Result<ApiKeyRecord> createKey(const std::string& key_hash_hex, const std::string& hint,
                                         const std::string& name, const std::vector<std::string>& workspace_ids) = 0;
  /// The key whose hash equals `key_hash_hex` (compared in constant time after
  /// the indexed lookup), revoked or not; nullopt when unknown.
  virtual Result<std::optional<ApiKeyRecord>> findKeyByHash(const std::string& key_hash_hex) = 0;
  virtual Result<std::vector<ApiKeyRecord>> listKeys() = 0;
  /// Revokes a key (idempotent). kNotFound when absent.
  virtual Result<ApiKeyRecord> revokeKey(const std::string& key_id) = 0;

  // ---- credits
  /// Adds `amount` (> 0) credits to a workspace. kNotFound for an unknown workspace.
  virtual Result<CreditBalance> grantCredits(const std::string& workspace_id, int64_t amount,
                                             const std::string& note) = 0;
  virtual Result<CreditBalance> balance(const std::string& workspace_id) = 0;
  /// Ledger entries with id < before (0 = from the newest), newest first.
  virtual Result<LedgerPage> ledger(const std::string& workspace_id, int64_t before, int limit) = 0;

  // ---- idempotency (IETF httpapi Idempotency-Key draft)
  /// Claims (scope, key) for a request with `fingerprint`, or reports the
  /// stored response (kReplay), a different request under the same key
  /// (kMismatch) or one still being handled (kInFlight). Records older than
  /// their expiry are purged first.
  ///
  /// An in-flight record is taken over (kStarted with a new claim token) when
  ///  - a job is linked to it: its request committed the job and then died
  ///    (or is still answering); the new claim carries that job_id, so the
  ///    retry answers with the same job; or
  ///  - no job is linked and it is older than stale_after_ms. The old holder
  ///    provably has not committed a job (the link is written in the job's own
  ///    transaction), and it never will: its token no longer matches.
  virtual Result<IdempotencyBegin> beginIdempotent(const std::string& scope, const std::string& key,
                                                   const std::string& fingerprint, int64_t keep_ms,
                                                   int64_t stale_after_ms) = 0;
  /// Stores the response of a claimed key, if `claim` still holds it. A claim
  /// with a linked job keeps only success responses (an error answer would
  /// hide the job from retries); others leave it in flight for the next retry.
  virtual Status completeIdempotent(const IdempotencyClaim& claim, int status, const nlohmann::json& headers,
                                    const std::string& body) = 0;
  /// Drops a claim whose response should not be replayed (e.g. 429, 503),
  /// unless a job is linked to it (a retry must get that job back).
  virtual Status abandonIdempotent(const IdempotencyClaim& claim) = 0;

  // ---- webhooks
  virtual Result<WebhookEndpoint> createEndpoint(const std::string& workspace_id, const std::string& url) = 0;
  virtual Result<std::vector<WebhookEndpoint>> listEndpoints(const std::string& workspace_id) = 0;
  /// kNotFound unless the endpoint belongs to the workspace.
  virtual Status deleteEndpoint(const std::string& workspace_id, const std::string& endpoint_id) = 0;
  /// Pending deliveries due at `now_ms` (at most `limit`), pushed `lock_ms`
  /// into the future so another process does not send them at the same time.
  virtual Result<std::vector<WebhookDelivery>> claimDueDeliveries(int64_t now_ms, int limit, int64_t lock_ms) = 0;
  /// Records an attempt: state "delivered", "pending" (retry at
  /// next_attempt_ms), "failed" (gave up) or "disabled" (410: the endpoint,
  /// if any, is disabled too).
  virtual Status recordDeliveryAttempt(const std::string& delivery_id, const std::string& state, int http_status,
                                       const std::string& error, int64_t next_attempt_ms) = 0;
  /// The secret that signs a delivery: its endpoint's, or its workspace's.
  virtual Result<std::string> deliverySecret(const WebhookDelivery& delivery) = 0;
  virtual Result<std::vector<WebhookDelivery>> listDeliveries(const std::string& workspace_id, int limit) = 0;
};

}  // namespace kiln::store
