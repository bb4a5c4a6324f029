#pragma once
// AccountStore on the same SQLite database as the jobs (so credit holds and
// webhook deliveries can share a transaction with job state changes).

#include <memory>

#include "store/account_store.h"
#include "store/sqlite/database.h"

namespace kiln::store::sqlite {

/// Thread-safe; shares the database's reader pool and group-commit writer.
class SqliteAccountStore final : public AccountStore {
 public:
  explicit SqliteAccountStore(std::shared_ptr<Database> db) : db_(std::move(db)) {}

  Result<Workspace> ensureWorkspace(const std::string& id, const std::string& name) override;
  Result<Workspace> getWorkspace(const std::string& id) override;
  Result<ApiKeyRecord> createKey(const std::string& key_hash_hex, const std::string& hint, const std::string& name,
                                 const std::vector<std::string>& workspace_ids) override;
  Result<std::optional<ApiKeyRecord>> findKeyByHash(const std::string& key_hash_hex) override;
  Result<std::vector<ApiKeyRecord>> listKeys() override;
  Result<ApiKeyRecord> revokeKey(const std::string& key_id) override;

  Result<CreditBalance> grantCredits(const std::string& workspace_id, int64_t amount, const std::string& note) override;
  Result<CreditBalance> balance(const std::string& workspace_id) override;
  Result<LedgerPage> ledger(const std::string& workspace_id, int64_t before, int limit) override;

  Result<IdempotencyBegin> beginIdempotent(const std::string& scope, const std::string& key,
                                           const std::string& fingerprint, int64_t keep_ms,
                                           int64_t stale_after_ms) override;
  Status completeIdempotent(const IdempotencyClaim& claim, int status, const nlohmann::json& headers,
                            const std::string& body) override;
  Status abandonIdempotent(const IdempotencyClaim& claim) override;

  Result<WebhookEndpoint> createEndpoint(const std::string& workspace_id, const std::string& url) override;
  Result<std::vector<WebhookEndpoint>> listEndpoints(const std::string& workspace_id) override;
  Status deleteEndpoint(const std::string& workspace_id, const std::string& endpoint_id) override;
  Result<std::vector<WebhookDelivery>> claimDueDeliveries(int64_t now_ms, int limit, int64_t lock_ms) override;
  Status recordDeliveryAttempt(const std::string& delivery_id, const std::string& state, int http_status,
                               const std::string& error, int64_t next_attempt_ms) override;
  Result<std::string> deliverySecret(const WebhookDelivery& delivery) override;
  Result<std::vector<WebhookDelivery>> listDeliveries(const std::string& workspace_id, int limit) override;

 private:
  Result<std::vector<std::string>> keyWorkspaces(Connection& conn, const std::string& key_id);
  std::shared_ptr<Database> db_;
};

/// A new webhook signing secret: "whsec_" + base64 of 32 random bytes
/// (Standard Webhooks).
std::string newWebhookSecret();

}  // namespace kiln::store::sqlite
