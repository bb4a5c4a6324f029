#include <gtest/gtest.h>

#include <condition_variable>
#include <mutex>

#include "accounts/webhook_dispatcher.h"
#include "accounts/webhook_signature.h"
#include "accounts/webhook_target.h"
#include "core/clock.h"
#include "core/crypto.h"
#include "store/store.h"

namespace kiln::accounts {
namespace {

// The example from the Standard Webhooks specification's reference tests.
TEST(WebhookSignature, MatchesTheStandardWebhooksExample) {
  const std::string secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
  const std::string id = "msg_p5jXN8AQM9LWM0D4loKWxJek";
  const int64_t ts = 1614265330;
  const std::string body = R"({"test": 2432232314})";
  auto sig = signWebhook(secret, id, ts, body);
  ASSERT_TRUE(sig.has_value());
  EXPECT_EQ(*sig, "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
  EXPECT_TRUE(verifyWebhook(secret, id, ts, body, "v1,bogus " + *sig, ts + 10));
  EXPECT_FALSE(verifyWebhook(secret, id, ts, body + " ", *sig, ts));
  EXPECT_FALSE(verifyWebhook(secret, id, ts, body, *sig, ts + 301));
  EXPECT_FALSE(signWebhook("nope", id, ts, body).has_value());
}

TEST(WebhookTarget, RefusesPrivateTargetsUnlessAllowed) {
  EXPECT_FALSE(checkWebhookTarget("ftp://example.com/x", true, false).has_value());
  EXPECT_FALSE(checkWebhookTarget("http:///x", true, false).has_value());
  for (const char* url : {"http://127.0.0.1:9/x", "http://localhost/x", "http://10.1.2.3/", "http://192.168.0.1/",
                          "http://172.20.0.1/", "http://169.254.169.254/latest", "http://[::1]:80/", "http://[fd00::1]/",
                          "http://0.0.0.0/", "http://user@127.0.0.1/"}) {
    EXPECT_FALSE(checkWebhookTarget(url, false, false).has_value()) << url;
    EXPECT_TRUE(checkWebhookTarget(url, true, false).has_value()) << url;
  }
  EXPECT_TRUE(checkWebhookTarget("https://93.184.216.34/hook", false, false).has_value());
  EXPECT_FALSE(isPrivateAddress("8.8.8.8"));
  EXPECT_TRUE(isPrivateAddress("::ffff:127.0.0.1"));
}

TEST(WebhookRetry, SpreadsOverHoursThenGivesUp) {
  EXPECT_EQ(webhookRetryDelayMs(1, 1.0), 5'000);
  EXPECT_EQ(webhookRetryDelayMs(4, 1.0), 2 * 3600 * 1000);
  int64_t total = 0;
  for (int i = 1; webhookRetryDelayMs(i, 1.0) >= 0; ++i) total += webhookRetryDelayMs(i, 1.0);
  EXPECT_GT(total, 24LL * 3600 * 1000);
  EXPECT_EQ(webhookRetryDelayMs(9, 1.0), -1);
}

TEST(WebhookDispatcher, SignsRetriesWithTheSameIdAndStopsOn410) {
  const auto dir = std::filesystem::temp_directory_path() / ("kiln-webhook-test-" + toHex(randomBytes(6)));
  {
    auto stores = store::openDataDir(dir);
    ASSERT_TRUE(stores.has_value());
    auto ws = stores->accounts->ensureWorkspace("ws_a", "");
    ASSERT_TRUE(ws.has_value());
    store::NewJob job{.kind = "text_to_3d", .engine = "sculpt", .tier = "draft",
                      .spec = {{"webhook_url", "http://127.0.0.1:1/hook"}}, .workspace_id = "ws_a"};
    auto created = stores->jobs->create(job);
    ASSERT_TRUE(created.has_value());
    ASSERT_TRUE(stores->jobs->cancel(created->id).has_value());

    std::vector<std::string> ids;
    std::vector<int> answers = {500, 0, 410};
    WebhookDispatcher dispatcher(
        *stores->accounts,
        [&](const std::string&, const std::vector<std::pair<std::string, std::string>>& headers, const std::string& body,
            int64_t) {
          std::string id, ts, sig;
          for (const auto& [k, v] : headers) {
            if (k == "webhook-id") id = v;
            if (k == "webhook-timestamp") ts = v;
            if (k == "webhook-signature") sig = v;
          }
          EXPECT_TRUE(verifyWebhook(ws->webhook_secret, id, std::stoll(ts), body, sig, nowUnixMs() / 1000));
          ids.push_back(id);
          const int status = answers[ids.size() - 1];
          return WebhookSendResult{status, status == 0 ? "connection refused" : ""};
        },
        {.allow_private_targets = true, .backoff_scale = 0.0});
    for (int round = 0; round < 5; ++round) dispatcher.runOnce(nowUnixMs() + 1);
    ASSERT_EQ(ids.size(), 3u);
    EXPECT_EQ(ids[0], ids[1]);
    EXPECT_EQ(ids[1], ids[2]);
    auto deliveries = stores->accounts->listDeliveries("ws_a", 10);
    ASSERT_EQ(deliveries->size(), 1u);
    EXPECT_EQ(deliveries->front().state, "disabled");
    EXPECT_EQ(deliveries->front().attempts, 3);
  }
  std::filesystem::remove_all(dir);
}

// One slow receiver must not hold back the rest: a round's deliveries go out
// side by side. Every send here waits (up to 10 s) until another is in
// flight at the same time, so a one-at-a-time dispatcher would see no overlap.
TEST(WebhookDispatcher, SendsARoundsDeliveriesSideBySide) {
  const auto dir = std::filesystem::temp_directory_path() / ("kiln-webhook-test-" + toHex(randomBytes(6)));
  {
    auto stores = store::openDataDir(dir);
    ASSERT_TRUE(stores.has_value());
    ASSERT_TRUE(stores->accounts->ensureWorkspace("ws_a", "").has_value());
    for (int i = 0; i < 6; ++i) {
      store::NewJob job{.kind = "text_to_3d", .engine = "sculpt", .tier = "draft",
                        .spec = {{"webhook_url", "http://127.0.0.1:1/hook" + std::to_string(i)}}, .workspace_id = "ws_a"};
      auto created = stores->jobs->create(job);
      ASSERT_TRUE(created.has_value());
      ASSERT_TRUE(stores->jobs->cancel(created->id).has_value());
    }
    std::mutex mutex;
    std::condition_variable changed;
    int in_flight = 0, most_in_flight = 0, sent = 0;
    WebhookDispatcher dispatcher(
        *stores->accounts,
        [&](const std::string&, const std::vector<std::pair<std::string, std::string>>&, const std::string&, int64_t) {
          std::unique_lock lock(mutex);
          ++in_flight;
          ++sent;
          most_in_flight = std::max(most_in_flight, in_flight);
          changed.notify_all();
          changed.wait_for(lock, std::chrono::seconds(10), [&] { return most_in_flight >= 2; });
          --in_flight;
          return WebhookSendResult{200, ""};
        },
        {.allow_private_targets = true, .backoff_scale = 0.0, .concurrency = 4});
    EXPECT_EQ(dispatcher.runOnce(nowUnixMs() + 1), 6);
    EXPECT_EQ(sent, 6);
    EXPECT_GE(most_in_flight, 2);
    auto deliveries = stores->accounts->listDeliveries("ws_a", 10);
    ASSERT_EQ(deliveries->size(), 6u);
    for (const auto& d : *deliveries) EXPECT_EQ(d.state, "delivered") << d.id;
  }
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace kiln::accounts
