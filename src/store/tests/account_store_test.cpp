#include "store/sqlite/sqlite_account_store.h"

#include <atomic>
#include <map>
#include <thread>

#include <gtest/gtest.h>

#include "core/clock.h"
#include "core/crypto.h"
#include "store/sqlite/sqlite_db.h"
#include "store/store.h"
#include "store/tests/temp_dir.h"

namespace kiln::store {
namespace {

void execSql(const std::filesystem::path& dir, const std::string& sql) {
  auto conn = sqlite::Connection::open(dir / "kiln.db");
  ASSERT_TRUE(conn.has_value());
  auto ok = (*conn)->exec(sql);
  ASSERT_TRUE(ok.has_value()) << ok.error().message;
}

int64_t queryInt(const std::filesystem::path& dir, const char* sql) {
  auto conn = sqlite::Connection::open(dir / "kiln.db");
  EXPECT_TRUE(conn.has_value());
  auto stmt = (*conn)->prepare(sql);
  EXPECT_TRUE(stmt.has_value());
  EXPECT_TRUE(stmt->step().value_or(false));
  return stmt->columnInt(0);
}

NewJob pricedJob(const std::string& workspace, int64_t credits, int max_attempts = 3) {
  NewJob job;
  job.kind = "text_to_3d";
  job.engine = "sculpt";
  job.tier = "standard";
  job.spec = {{"input", {{"prompt", "a teapot"}}}};
  job.workspace_id = workspace;
  job.credits = credits;
  job.max_attempts = max_attempts;
  return job;
}

class AccountStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto stores = openDataDir(dir_.path());
    ASSERT_TRUE(stores.has_value()) << stores.error().message;
    stores_ = std::move(*stores);
    ASSERT_TRUE(stores_.accounts->ensureWorkspace("ws_a", "A").has_value());
    ASSERT_TRUE(stores_.accounts->ensureWorkspace("ws_b", "B").has_value());
  }
  CreditBalance balanceOf(const std::string& ws) {
    auto b = stores_.accounts->balance(ws);
    EXPECT_TRUE(b.has_value());
    return b.value_or(CreditBalance{});
  }
  testing::TempDir dir_;
  Stores stores_;
};

TEST_F(AccountStoreTest, KeysAreFoundByHashAndRevoked) {
  const std::string hash = sha256Hex("kiln_live_example");
  auto key = stores_.accounts->createKey(hash, "mple", "ci", {"ws_a", "ws_b"});
  ASSERT_TRUE(key.has_value()) << key.error().message;
  auto found = stores_.accounts->findKeyByHash(hash);
  ASSERT_TRUE(found.has_value());
  ASSERT_TRUE(found->has_value());
  EXPECT_EQ((*found)->id, key->id);
  EXPECT_EQ((*found)->workspace_ids, (std::vector<std::string>{"ws_a", "ws_b"}));
  EXPECT_FALSE((*found)->isRevoked());
  EXPECT_FALSE(stores_.accounts->findKeyByHash(sha256Hex("other"))->has_value());
  ASSERT_TRUE(stores_.accounts->revokeKey(key->id).has_value());
  EXPECT_TRUE((*stores_.accounts->findKeyByHash(hash))->isRevoked());
  EXPECT_EQ(stores_.accounts->revokeKey("key_nope").error().code, ErrorCode::kNotFound);
  // Unknown workspaces are refused and leave no key behind.
  EXPECT_EQ(stores_.accounts->createKey(sha256Hex("x"), "x", "", {"ws_nope"}).error().code, ErrorCode::kNotFound);
  EXPECT_EQ(stores_.accounts->listKeys()->size(), 1u);
}

TEST_F(AccountStoreTest, CreateReservesAndRefusesWhenShort) {
  ASSERT_TRUE(stores_.accounts->grantCredits("ws_a", 5, "test").has_value());
  auto first = stores_.jobs->create(pricedJob("ws_a", 3));
  ASSERT_TRUE(first.has_value()) << first.error().message;
  EXPECT_EQ(first->credits, 3);
  EXPECT_EQ(balanceOf("ws_a").reserved, 3);
  EXPECT_EQ(balanceOf("ws_a").available(), 2);
  auto second = stores_.jobs->create(pricedJob("ws_a", 3));
  ASSERT_FALSE(second.has_value());
  EXPECT_EQ(second.error().code, ErrorCode::kPaymentRequired);
  EXPECT_EQ(second.error().details["available"], 2);
  // The refused job was rolled back with its hold.
  EXPECT_EQ(queryInt(dir_.path(), "SELECT COUNT(*) FROM jobs"), 1);
  EXPECT_EQ(balanceOf("ws_b").available(), 0);
  EXPECT_EQ(stores_.jobs->create(pricedJob("ws_b", 1)).error().code, ErrorCode::kPaymentRequired);
  EXPECT_EQ(stores_.jobs->create(pricedJob("", 1)).error().code, ErrorCode::kInvalidArgument);
}

TEST_F(AccountStoreTest, SuccessCapturesFailureAndCancelRelease) {
  ASSERT_TRUE(stores_.accounts->grantCredits("ws_a", 100, "test").has_value());
  auto ok_job = stores_.jobs->create(pricedJob("ws_a", 10));
  auto bad_job = stores_.jobs->create(pricedJob("ws_a", 3, 1));
  auto canceled_job = stores_.jobs->create(pricedJob("ws_a", 1));
  ASSERT_TRUE(ok_job && bad_job && canceled_job);
  ASSERT_TRUE(stores_.jobs->cancel(canceled_job->id).has_value());
  for (int i = 0; i < 2; ++i) {
    auto lease = stores_.jobs->lease("w", 10'000);
    ASSERT_TRUE(lease.has_value() && lease->has_value());
    Outcome outcome;
    outcome.success = (*lease)->job_id == ok_job->id;
    if (!outcome.success) outcome.error = makeError(ErrorCode::kUnprocessable, "no");
    ASSERT_TRUE(stores_.jobs->finish(**lease, outcome).has_value());
    // Finishing twice changes nothing (the lease is gone).
    EXPECT_FALSE(stores_.jobs->finish(**lease, outcome).has_value());
  }
  const auto b = balanceOf("ws_a");
  EXPECT_EQ(b.captured, 10);
  EXPECT_EQ(b.reserved, 0);
  EXPECT_EQ(b.available(), 90);
  auto page = stores_.accounts->ledger("ws_a", 0, 100);
  ASSERT_TRUE(page.has_value());
  std::map<std::string, int> kinds;
  for (const auto& e : page->entries) ++kinds[e.kind];
  EXPECT_EQ(kinds["grant"], 1);
  EXPECT_EQ(kinds["reserve"], 3);
  EXPECT_EQ(kinds["capture"], 1);
  EXPECT_EQ(kinds["release"], 2);
}

TEST_F(AccountStoreTest, ACrashOnTheLastAttemptReleasesOnce) {
  ASSERT_TRUE(stores_.accounts->grantCredits("ws_a", 4, "test").has_value());
  auto job = stores_.jobs->create(pricedJob("ws_a", 4, 1));
  ASSERT_TRUE(job.has_value());
  auto lease = stores_.jobs->lease("w", 10'000);
  ASSERT_TRUE(lease.has_value() && lease->has_value());
  ASSERT_EQ(stores_.jobs->returnJobsOf("w", makeError(ErrorCode::kInternal, "the engine crashed")).value_or(0), 1);
  EXPECT_EQ(stores_.jobs->get(job->id)->state, JobState::kFailed);
  EXPECT_FALSE(stores_.jobs->finish(**lease, Outcome{.success = true}).has_value());
  const auto b = balanceOf("ws_a");
  EXPECT_EQ(b.captured, 0);
  EXPECT_EQ(b.available(), 4);
  EXPECT_EQ(queryInt(dir_.path(), "SELECT COUNT(*) FROM credit_ledger WHERE kind = 'release'"), 1);
}

TEST_F(AccountStoreTest, ConcurrentCreatesNeverOverspend) {
  ASSERT_TRUE(stores_.accounts->grantCredits("ws_a", 25, "test").has_value());
  std::atomic<int> created{0}, refused{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 8; ++t) {
    threads.emplace_back([&] {
      for (int i = 0; i < 5; ++i) {
        auto r = stores_.jobs->create(pricedJob("ws_a", 3));
        if (r) ++created;
        else if (r.error().code == ErrorCode::kPaymentRequired) ++refused;
      }
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(created.load(), 8);  // 8 × 3 = 24 ≤ 25
  EXPECT_EQ(refused.load(), 32);
  EXPECT_EQ(balanceOf("ws_a").available(), 1);
}

TEST_F(AccountStoreTest, IdempotencyReplaysMismatchesAndReportsInFlight) {
  using O = IdempotencyBegin::Outcome;
  auto& a = *stores_.accounts;
  auto first = a.beginIdempotent("ws_a", "k1", "fp1", 60'000, 60'000);
  ASSERT_EQ(first->outcome, O::kStarted);
  EXPECT_FALSE(first->claim.token.empty());
  EXPECT_EQ(first->job_id, "");
  EXPECT_EQ(a.beginIdempotent("ws_a", "k1", "fp1", 60'000, 60'000)->outcome, O::kInFlight);
  EXPECT_EQ(a.beginIdempotent("ws_a", "k1", "fp2", 60'000, 60'000)->outcome, O::kMismatch);
  // Another scope is another key.
  auto other_scope = a.beginIdempotent("ws_b", "k1", "fp2", 60'000, 60'000);
  EXPECT_EQ(other_scope->outcome, O::kStarted);
  ASSERT_TRUE(a.completeIdempotent(first->claim, 202, {{"Location", "/v1/jobs/x"}}, "{\"id\":1}").has_value());
  auto replay = a.beginIdempotent("ws_a", "k1", "fp1", 60'000, 60'000);
  ASSERT_EQ(replay->outcome, O::kReplay);
  EXPECT_EQ(replay->status, 202);
  EXPECT_EQ(replay->body, "{\"id\":1}");
  EXPECT_EQ(replay->headers["Location"], "/v1/jobs/x");
  // Abandoned claims can be retried; expired records are forgotten.
  ASSERT_TRUE(a.abandonIdempotent(other_scope->claim).has_value());
  EXPECT_EQ(a.beginIdempotent("ws_b", "k1", "fp3", 60'000, 60'000)->outcome, O::kStarted);
  execSql(dir_.path(), "UPDATE idempotency_keys SET expires_at_ms = 1");
  EXPECT_EQ(a.beginIdempotent("ws_a", "k1", "other", 60'000, 60'000)->outcome, O::kStarted);
}

TEST_F(AccountStoreTest, RetryAfterCrashGetsTheJobTheKeyCreated) {
  using O = IdempotencyBegin::Outcome;
  auto& a = *stores_.accounts;
  ASSERT_TRUE(a.grantCredits("ws_a", 10, "test").has_value());
  auto first = a.beginIdempotent("ws:ws_a", "k1", "fp1", 60'000, 600'000);
  ASSERT_EQ(first->outcome, O::kStarted);
  NewJob job = pricedJob("ws_a", 3);
  job.idempotency = first->claim;
  auto created = stores_.jobs->create(job);
  ASSERT_TRUE(created.has_value()) << created.error().message;
  // The request dies here: committed job, no stored answer. Its retry is not
  // kept waiting: it takes the key over, carrying the job that was made.
  auto retry = a.beginIdempotent("ws:ws_a", "k1", "fp1", 60'000, 600'000);
  ASSERT_EQ(retry->outcome, O::kStarted);
  EXPECT_EQ(retry->job_id, created->id);
  NewJob again = pricedJob("ws_a", 3);
  again.idempotency = retry->claim;
  auto recalled = stores_.jobs->create(again);
  ASSERT_TRUE(recalled.has_value()) << recalled.error().message;
  EXPECT_EQ(recalled->id, created->id);
  EXPECT_EQ(queryInt(dir_.path(), "SELECT COUNT(*) FROM jobs"), 1);
  EXPECT_EQ(balanceOf("ws_a").reserved, 3);  // one hold, not two
  // The dead request's claim can neither answer nor drop the key now.
  ASSERT_TRUE(a.abandonIdempotent(first->claim).has_value());
  ASSERT_TRUE(a.completeIdempotent(first->claim, 500, {}, "stale").has_value());
  // An error answer does not hide the job from later retries, a success does settle it.
  ASSERT_TRUE(a.abandonIdempotent(retry->claim).has_value());
  ASSERT_TRUE(a.completeIdempotent(retry->claim, 400, {}, "bad").has_value());
  EXPECT_EQ(a.beginIdempotent("ws:ws_a", "k1", "fp1", 60'000, 600'000)->job_id, created->id);
}

TEST_F(AccountStoreTest, InFlightKeyWithoutJobIsTakenOverOnlyAfterItsHolderIsPresumedDead) {
  using O = IdempotencyBegin::Outcome;
  auto& a = *stores_.accounts;
  auto first = a.beginIdempotent("ws:ws_a", "k2", "fp", 60'000, 600'000);
  ASSERT_EQ(first->outcome, O::kStarted);
  EXPECT_EQ(a.beginIdempotent("ws:ws_a", "k2", "fp", 60'000, 600'000)->outcome, O::kInFlight);
  execSql(dir_.path(), "UPDATE idempotency_keys SET created_at_ms = created_at_ms - 3600000");
  auto second = a.beginIdempotent("ws:ws_a", "k2", "fp", 60'000, 600'000);
  ASSERT_EQ(second->outcome, O::kStarted);
  EXPECT_EQ(second->job_id, "");
  // The first holder was only slow: it is fenced off and makes no job.
  NewJob late = pricedJob("ws_a", 0);
  late.idempotency = first->claim;
  auto refused = stores_.jobs->create(late);
  ASSERT_FALSE(refused.has_value());
  EXPECT_EQ(refused.error().code, ErrorCode::kConflict);
  NewJob current = pricedJob("ws_a", 0);
  current.idempotency = second->claim;
  ASSERT_TRUE(stores_.jobs->create(current).has_value());
  EXPECT_EQ(queryInt(dir_.path(), "SELECT COUNT(*) FROM jobs"), 1);
}

TEST_F(AccountStoreTest, FinalStatesQueueWebhookDeliveries) {
  auto endpoint = stores_.accounts->createEndpoint("ws_a", "https://example.com/hook");
  ASSERT_TRUE(endpoint.has_value());
  EXPECT_TRUE(endpoint->secret.starts_with("whsec_"));
  auto job = pricedJob("ws_a", 0);
  job.spec["webhook_url"] = "https://example.org/job-hook";
  auto created = stores_.jobs->create(job);
  ASSERT_TRUE(created.has_value());
  auto anonymous = stores_.jobs->create(pricedJob("", 0));
  ASSERT_TRUE(anonymous.has_value());
  ASSERT_TRUE(stores_.jobs->cancel(created->id).has_value());
  ASSERT_TRUE(stores_.jobs->cancel(anonymous->id).has_value());
  auto due = stores_.accounts->claimDueDeliveries(nowUnixMs(), 10, 30'000);
  ASSERT_TRUE(due.has_value());
  ASSERT_EQ(due->size(), 2u);
  for (const auto& d : *due) {
    EXPECT_EQ(d.job_id, created->id);
    EXPECT_EQ(d.event_type, "job.canceled");
    auto payload = nlohmann::json::parse(d.payload);
    EXPECT_EQ(payload["type"], "job.canceled");
    EXPECT_EQ(payload["data"]["id"], created->id);
    auto secret = stores_.accounts->deliverySecret(d);
    ASSERT_TRUE(secret.has_value());
    EXPECT_EQ(*secret, d.endpoint_id.empty() ? stores_.accounts->getWorkspace("ws_a")->webhook_secret : endpoint->secret);
  }
  // Claimed deliveries are not handed out again until their lock passes.
  EXPECT_TRUE(stores_.accounts->claimDueDeliveries(nowUnixMs(), 10, 30'000)->empty());
  const auto& to_endpoint = (*due)[0].endpoint_id.empty() ? (*due)[1] : (*due)[0];
  ASSERT_TRUE(stores_.accounts->recordDeliveryAttempt(to_endpoint.id, "disabled", 410, "gone", 0).has_value());
  EXPECT_FALSE(stores_.accounts->listEndpoints("ws_a")->front().enabled);
}

}  // namespace
}  // namespace kiln::store
