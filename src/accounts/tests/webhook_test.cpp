#include <gtest/gtest.h>

#include <condition_variable>
#include <fstream>
#include <map>
#include <sstream>
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

// Every spelling of a private address the system resolver would accept.
TEST(WebhookTarget, RefusesEverySpellingOfAPrivateAddress) {
  for (const char* url :
       {"http://127.1/", "http://2130706433/", "http://0x7f000001/", "http://0177.0.0.1/", "http://0/",
        "http://0x7f.1/", "http://localhost./", "http://LOCALHOST:8080/", "http://a.localhost/",
        "http://169.254.169.254./latest", "http://[fe80::1%25eth0]/", "http://[fe80::1%eth0]:8080/",
        "http://[::ffff:127.0.0.1]/", "http://[::127.0.0.1]/", "http://[64:ff9b::a9fe:a9fe]/", "http://[2002:7f00:1::]/",
        "http://[::]/", "http://[fec0::1]/", "http://198.18.0.1/", "http://user:pw@10.0.0.1@example.com/"}) {
    EXPECT_FALSE(checkWebhookTarget(url, false, false).has_value()) << url;
  }
  // Hosts curl might read differently than this check are refused outright.
  for (const char* url : {"http://127%2e0%2e0%2e1/", "http://exa mple.com/", "http://[example.com]/",
                          "http://example.com:0/", "http://example.com:99999/", "http://example.com:8o/"}) {
    EXPECT_FALSE(checkWebhookTarget(url, false, false).has_value()) << url;
  }
}

// Names are resolved once and every address is checked; the target carries
// the checked addresses so the sender connects to nothing else.
TEST(WebhookTarget, ResolvesOnceAndChecksEveryAddress) {
  int lookups = 0;
  const std::map<std::string, std::vector<std::string>> zone = {
      {"public.test", {"93.184.216.34", "2606:2800:220:1:248:1893:25c8:1946"}},
      {"sneaky.test", {"93.184.216.34", "127.0.0.1"}},
      {"metadata.test", {"169.254.169.254"}},
      {"mapped.test", {"::ffff:10.0.0.1"}},
  };
  HostResolver fake = [&](const std::string& host) -> Result<std::vector<std::string>> {
    ++lookups;
    auto it = zone.find(host);
    if (it == zone.end()) return std::vector<std::string>{};
    return it->second;
  };
  auto ok = resolveWebhookTarget("https://Public.Test./hook", false, fake);
  ASSERT_TRUE(ok.has_value()) << ok.error().message;
  EXPECT_EQ(lookups, 1);
  EXPECT_EQ(ok->host, "public.test");
  EXPECT_EQ(ok->port, 443);
  EXPECT_EQ(ok->addresses, zone.at("public.test"));
  for (const char* url : {"http://sneaky.test/", "http://metadata.test/", "http://mapped.test:8080/", "http://nx.test/"}) {
    EXPECT_FALSE(resolveWebhookTarget(url, false, fake).has_value()) << url;
  }
  auto literal = resolveWebhookTarget("http://93.184.216.34:8080/x", false, fake);
  ASSERT_TRUE(literal.has_value());
  EXPECT_EQ(literal->addresses, std::vector<std::string>{"93.184.216.34"});
  EXPECT_EQ(literal->port, 8080);
}

// The system resolver reads /etc/hosts: every name there that maps to a
// loopback address is refused (localhost by name, the others by resolution).
TEST(WebhookTarget, NamesThatResolveToLoopbackLocallyAreRefused) {
  auto localhost = resolveHostSystem("localhost");
  if (!localhost.has_value() && !std::ifstream("/etc/hosts")) {
    // A bare root made with debootstrap has no /etc/hosts (an installed
    // system always does), so nothing resolves to loopback by name here.
    GTEST_SKIP() << "no /etc/hosts on this machine: " << localhost.error().message;
  }
  ASSERT_TRUE(localhost.has_value()) << localhost.error().message;
  ASSERT_FALSE(localhost->empty());
  for (const auto& address : *localhost) EXPECT_TRUE(isPrivateAddress(address)) << address;
  std::ifstream hosts("/etc/hosts");
  std::string line;
  int checked = 0;
  while (std::getline(hosts, line)) {
    std::istringstream fields(line.substr(0, line.find('#')));
    std::string address, name;
    if (!(fields >> address) || !isPrivateAddress(address)) continue;
    while (fields >> name) {
      ++checked;
      EXPECT_FALSE(checkWebhookTarget("http://" + name + ":8080/hook", false, true).has_value()) << name;
    }
  }
  RecordProperty("hosts_names_checked", checked);
}

TEST(WebhookDispatcher, SendsOnlyToTheAddressesItCheckedAtSendTime) {
  const auto dir = std::filesystem::temp_directory_path() / ("kiln-webhook-test-" + toHex(randomBytes(6)));
  {
    auto stores = store::openDataDir(dir);
    ASSERT_TRUE(stores.has_value());
    ASSERT_TRUE(stores->accounts->ensureWorkspace("ws_a", "").has_value());
    for (const char* url : {"http://rebind.test/hook", "http://stable.test:8443/hook"}) {
      store::NewJob job{.kind = "text_to_3d", .engine = "sculpt", .tier = "draft", .spec = {{"webhook_url", url}},
                        .workspace_id = "ws_a"};
      auto created = stores->jobs->create(job);
      ASSERT_TRUE(created.has_value());
      ASSERT_TRUE(stores->jobs->cancel(created->id).has_value());
    }
    // A rebinding name: public when the job was accepted, loopback now.
    HostResolver resolver = [](const std::string& host) -> Result<std::vector<std::string>> {
      if (host == "rebind.test") return std::vector<std::string>{"127.0.0.1"};
      return std::vector<std::string>{"93.184.216.34"};
    };
    std::vector<WebhookTarget> sent;
    WebhookDispatcher dispatcher(
        *stores->accounts,
        [&](const WebhookTarget& target, const std::vector<std::pair<std::string, std::string>>&, const std::string&,
            int64_t) {
          sent.push_back(target);
          return WebhookSendResult{200, ""};
        },
        {.backoff_scale = 0.0, .concurrency = 1, .resolver = resolver});
    EXPECT_EQ(dispatcher.runOnce(nowUnixMs() + 1), 2);
    ASSERT_EQ(sent.size(), 1u);
    EXPECT_EQ(sent[0].host, "stable.test");
    EXPECT_EQ(sent[0].port, 8443);
    EXPECT_EQ(sent[0].addresses, std::vector<std::string>{"93.184.216.34"});
    std::map<std::string, std::string> states;
    auto deliveries = stores->accounts->listDeliveries("ws_a", 10);
    ASSERT_TRUE(deliveries.has_value());
    for (const auto& d : *deliveries) states[d.url] = d.state;
    EXPECT_EQ(states["http://rebind.test/hook"], "failed");
    EXPECT_EQ(states["http://stable.test:8443/hook"], "delivered");
  }
  std::filesystem::remove_all(dir);
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
        [&](const WebhookTarget&, const std::vector<std::pair<std::string, std::string>>& headers,
            const std::string& body, int64_t) {
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
        [&](const WebhookTarget&, const std::vector<std::pair<std::string, std::string>>&, const std::string&,
            int64_t) {
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
