// Accounts over HTTP against a real `kiln serve`: API keys and the same 401
// for every bad key, tenant isolation across keys × resources, the credits
// ledger (reserve → capture | release, 402 when short) and its invariant
// under concurrent submits and worker kills, Idempotency-Key semantics,
// signed webhooks checked by a Node receiver, and no key in clear anywhere.
#include <gtest/gtest.h>

#include <signal.h>

#include <atomic>
#include <chrono>
#include <map>
#include <set>
#include <thread>

#include "kiln_server.h"

namespace kiln::testing {
namespace {


int runCommand(const std::string& cmd, std::string* out = nullptr) {
  FILE* p = ::popen(cmd.c_str(), "r");
  char buf[512];
  std::string text;
  while (std::fgets(buf, sizeof buf, p) != nullptr) text += buf;
  if (out) *out = text;
  const int status = ::pclose(p);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

std::map<std::string, std::string> auth(const std::string& key) {
  std::map<std::string, std::string> h = {{"Content-Type", "application/json"}};
  if (!key.empty()) h["Authorization"] = "Bearer " + key;
  return h;
}

class AccountsApi : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir("accounts");
    ::setenv("KILN_WEBHOOK_BACKOFF_SCALE", "0.05", 1);  // first retry after 0.25 s instead of 5 s
    // Keys exist before the server starts, and more are made while it runs.
    key_a_ = createKey(dir_->path(), "acme", 1000);
    key_b_ = createKey(dir_->path(), "globex", 1000);
    server_ = new KilnServer(dir_->path(), {"--workers", "2", "--rate-limit", "0", "--lease-ms", "2000",
                                            "--webhook-allow-private"});
  }
  static void TearDownTestSuite() {
    delete server_;
    delete dir_;
  }
  static nlohmann::json post(const std::string& path, const std::string& body, const std::string& key, int* status,
                             std::map<std::string, std::string> extra = {}) {
    auto http = server_->client();
    auto headers = auth(key);
    headers.insert(extra.begin(), extra.end());
    auto r = http.request("POST", path, body, headers);
    EXPECT_TRUE(r.has_value());
    if (status) *status = r ? r->status : 0;
    return r ? parseJson(r->body) : nlohmann::json();
  }
  static nlohmann::json get(const std::string& path, const std::string& key, int* status) {
    auto http = server_->client();
    auto r = http.request("GET", path, "", auth(key));
    EXPECT_TRUE(r.has_value());
    if (status) *status = r ? r->status : 0;
    return r ? parseJson(r->body) : nlohmann::json();
  }
  static nlohmann::json waitJob(const std::string& id, const std::string& key, int timeout_s = 90) {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(timeout_s);
    nlohmann::json job;
    while (std::chrono::steady_clock::now() < deadline) {
      int status = 0;
      job = get("/v1/jobs/" + id, key, &status);
      if (status == 200) {
        const std::string s = job["status"];
        if (s == "succeeded" || s == "failed" || s == "canceled") return job;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    return job;
  }
  static TempDir* dir_;
  static KilnServer* server_;
  static std::string key_a_, key_b_;
};
TempDir* AccountsApi::dir_ = nullptr;
KilnServer* AccountsApi::server_ = nullptr;
std::string AccountsApi::key_a_;
std::string AccountsApi::key_b_;

TEST_F(AccountsApi, KeysCommandPrintsOnlyTheKey) {
  EXPECT_TRUE(key_a_.starts_with("kiln_live_")) << key_a_;
  EXPECT_EQ(key_a_.find('\n'), std::string::npos);
  std::string listing;
  ASSERT_EQ(runCommand(fmt::format("{} keys list --data {} --json", kKilnBinary, dir_->path().string()), &listing), 0);
  const auto keys = parseJson(listing);
  ASSERT_TRUE(keys.is_array()) << listing;
  EXPECT_GE(keys.size(), 2u);
  EXPECT_EQ(listing.find(key_a_), std::string::npos) << "the listing must not show keys";
}

TEST_F(AccountsApi, BadKeysGetTheSame401) {
  const std::string revoked = createKey(dir_->path(), "acme", 0);
  std::string listing;
  ASSERT_EQ(runCommand(fmt::format("{} keys list --data {} --json", kKilnBinary, dir_->path().string()), &listing), 0);
  std::string revoked_id;
  for (const auto& k : parseJson(listing)) {
    if (k["hint"] == revoked.substr(revoked.size() - 4)) revoked_id = k["id"];
  }
  ASSERT_FALSE(revoked_id.empty());
  int status = 0;
  get("/v1/me", revoked, &status);
  EXPECT_EQ(status, 200);
  ASSERT_EQ(runCommand(fmt::format("{} keys revoke --data {} {} >/dev/null", kKilnBinary, dir_->path().string(), revoked_id)), 0);

  std::string typo = key_a_;
  typo[15] = typo[15] == 'a' ? 'b' : 'a';
  const std::string unknown_but_well_formed = createKey(TempDir("other").path(), "x", 0);
  std::string first_body;
  for (const std::string& bad : {std::string(), std::string("nonsense"), typo, unknown_but_well_formed, revoked}) {
    for (const std::string path : {"/v1/me", "/v1/usage", "/v1/jobs"}) {
      auto http = server_->client();
      auto h = auth("");
      if (!bad.empty()) h["Authorization"] = "Bearer " + bad;
      if (bad.empty() && path == "/v1/jobs") continue;  // no key is the anonymous lane there
      auto r = http.request("GET", path, "", h);
      ASSERT_TRUE(r.has_value());
      EXPECT_EQ(r->status, 401) << path << " " << r->body;
      EXPECT_EQ(parseJson(r->body)["error"]["code"], "unauthenticated");
      if (first_body.empty()) first_body = r->body;
      EXPECT_EQ(r->body, first_body) << "every bad key gets the same body";
      if (!bad.empty()) {
        EXPECT_EQ(r->body.find(bad), std::string::npos);
      }
    }
  }
  // A workspace the key cannot select.
  auto http = server_->client();
  auto h = auth(key_a_);
  h["x-workspace-id"] = "globex";
  auto r = http.request("GET", "/v1/me", "", h);
  ASSERT_TRUE(r.has_value());
  EXPECT_EQ(r->status, 404) << r->body;
}

TEST_F(AccountsApi, TenantIsolationAcrossKeysAndResources) {
  const std::string png = std::string("\x89PNG\r\n\x1a\n", 8) + std::string(92, 'x');
  struct Owned {
    std::string job_id, upload_id, artifact_url;
  };
  const std::vector<std::string> callers = {key_a_, key_b_, ""};
  std::vector<Owned> owned;
  for (const auto& key : callers) {
    int status = 0;
    auto job = post("/v1/jobs", R"({"tier":"draft","input":{"prompt":"a small stone vase"}})", key, &status);
    ASSERT_EQ(status, 202) << job;
    job = waitJob(job["id"], key);
    ASSERT_EQ(job["status"], "succeeded") << job;
    auto slot = post("/v1/uploads", R"({"content_type":"image/png","size_bytes":100})", key, &status);
    ASSERT_EQ(status, 201) << slot;
    auto http = server_->client();
    auto put = http.request("PUT", slot["upload_url"], png, {{"Content-Type", "image/png"}});
    ASSERT_EQ(put->status, 200) << put->body;
    owned.push_back({job["id"], slot["upload_id"], job["artifacts"][0]["url"]});
  }
  for (size_t viewer = 0; viewer < callers.size(); ++viewer) {
    int status = 0;
    auto list = get("/v1/jobs?limit=100", callers[viewer], &status);
    ASSERT_EQ(status, 200);
    std::set<std::string> listed;
    for (const auto& j : list["data"]) listed.insert(j["id"]);
    for (size_t owner = 0; owner < callers.size(); ++owner) {
      const bool mine = viewer == owner;
      const auto& o = owned[owner];
      const std::string tag = fmt::format("viewer {} owner {}", viewer, owner);
      get("/v1/jobs/" + o.job_id, callers[viewer], &status);
      EXPECT_EQ(status, mine ? 200 : 404) << tag;
      get("/v1/uploads/" + o.upload_id, callers[viewer], &status);
      EXPECT_EQ(status, mine ? 200 : 404) << tag;
      EXPECT_EQ(listed.contains(o.job_id), mine) << tag;
      if (!mine) {
        post("/v1/jobs/" + o.job_id + "/cancel", "", callers[viewer], &status);
        EXPECT_EQ(status, 404) << tag;
        get("/v1/jobs/" + o.job_id + "/events", callers[viewer], &status);
        EXPECT_EQ(status, 404) << tag;
        get("/api/forge?job=" + o.job_id, callers[viewer], &status);
        EXPECT_EQ(status, 404) << tag;
      }
      // Artifact URLs: a key of another workspace is refused even with a valid signature.
      if (!callers[viewer].empty()) {
        auto http = server_->client();
        auto r = http.request("GET", o.artifact_url, "", auth(callers[viewer]));
        ASSERT_TRUE(r.has_value());
        EXPECT_EQ(r->status, mine ? 200 : 404) << tag;
      }
    }
  }
}

TEST_F(AccountsApi, CreditsAreCapturedOnSuccessRefundedOnFailureAnd402WhenShort) {
  const std::string key = createKey(dir_->path(), "small-shop", 4);
  int status = 0;
  auto me = get("/v1/me", key, &status);
  ASSERT_EQ(status, 200) << me;
  EXPECT_EQ(me["workspace"]["id"], "small-shop");
  EXPECT_EQ(me["credits"]["balance"], 4);
  auto catalog = get("/v1/catalog", "", &status);
  EXPECT_EQ(catalog["tiers"][0]["id"], "draft");
  EXPECT_EQ(catalog["tiers"][0]["price_credits"], 1);
  EXPECT_EQ(catalog["engines"][0]["prices"]["standard"], 3);

  // A standard job that fails (3 credits) is released: the balance comes back.
  auto failed = post("/v1/jobs", R"({"engine":"fault","tier":"standard","input":{"prompt":"throw"}})", key, &status);
  ASSERT_EQ(status, 202) << failed;
  EXPECT_EQ(failed["cost"]["credits"], 3);
  EXPECT_EQ(get("/v1/me", key, nullptr)["credits"]["reserved"], 3);
  failed = waitJob(failed["id"], key);
  ASSERT_EQ(failed["status"], "failed") << failed;
  me = get("/v1/me", key, nullptr);
  EXPECT_EQ(me["credits"]["balance"], 4) << me;
  EXPECT_EQ(me["credits"]["captured"], 0) << me;

  // A draft job that succeeds costs 1.
  auto ok = post("/v1/jobs", R"({"tier":"draft","input":{"prompt":"a wooden crate"}})", key, &status);
  ASSERT_EQ(status, 202) << ok;
  ASSERT_EQ(waitJob(ok["id"], key)["status"], "succeeded");
  me = get("/v1/me", key, nullptr);
  EXPECT_EQ(me["credits"]["balance"], 3) << me;
  EXPECT_EQ(me["credits"]["captured"], 1) << me;

  // 3 left: a high job (10) is refused with 402 and nothing is created.
  auto refused = post("/v1/jobs", R"({"tier":"high","input":{"prompt":"a wooden crate"}})", key, &status);
  EXPECT_EQ(status, 402) << refused;
  EXPECT_EQ(refused["error"]["code"], "insufficient_credits");
  EXPECT_EQ(refused["error"]["details"]["needed"], 10);
  EXPECT_EQ(refused["error"]["details"]["available"], 3);
  EXPECT_EQ(get("/v1/jobs", key, nullptr)["data"].size(), 2u);
  // The anonymous lane is free.
  auto anonymous = post("/v1/jobs", R"({"tier":"high","engine":"fault","input":{"prompt":"slow 0"}})", "", &status);
  EXPECT_EQ(status, 202) << anonymous;
  EXPECT_EQ(anonymous["cost"]["credits"], 0);

  auto usage = get("/v1/usage", key, &status);
  ASSERT_EQ(status, 200) << usage;
  std::map<std::string, int> kinds;
  for (const auto& e : usage["data"]) ++kinds[e["kind"].get<std::string>()];
  EXPECT_EQ(kinds["grant"], 1);
  EXPECT_EQ(kinds["reserve"], 2);
  EXPECT_EQ(kinds["capture"], 1);
  EXPECT_EQ(kinds["release"], 1);

  // Granting more makes the high job possible.
  ASSERT_EQ(runCommand(fmt::format("{} credits grant --data {} --workspace small-shop 20 >/dev/null", kKilnBinary,
                                   dir_->path().string())),
            0);
  post("/v1/jobs", R"({"tier":"high","engine":"fault","input":{"prompt":"slow 0"}})", key, &status);
  EXPECT_EQ(status, 202);
}

TEST_F(AccountsApi, LedgerInvariantUnderConcurrentSubmitsAndWorkerKills) {
  const std::string key = createKey(dir_->path(), "invariant", 30);
  std::atomic<int> accepted{0}, refused{0};
  std::vector<std::string> ids;
  std::mutex ids_mutex;
  std::atomic<bool> running{true};
  int kills = 0;
  std::thread killer([&] {
    // SIGKILL a worker every 1.5 s while jobs are submitted and run.
    for (int i = 0; i < 5 && running.load(); ++i) {
      std::this_thread::sleep_for(std::chrono::milliseconds(1500));
      auto pids = server_->workerPids();
      if (!pids.empty() && running.load()) {
        ::kill(pids[static_cast<size_t>(i) % pids.size()], SIGKILL);
        ++kills;
      }
    }
  });
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 5; ++i) {
        // Draft (1) and standard (3): 20 submits worth 40 credits against 30.
        const std::string tier = (i + t) % 2 == 0 ? "draft" : "standard";
        const std::string prompt = i == 4 ? (t % 2 == 0 ? "throw" : "segfault") : "slow 1";
        int status = 0;
        auto job = post("/v1/jobs",
                        fmt::format(R"({{"engine":"fault","tier":"{}","input":{{"prompt":"{}"}}}})", tier, prompt), key,
                        &status);
        if (status == 202) {
          ++accepted;
          std::lock_guard lock(ids_mutex);
          ids.push_back(job["id"]);
        } else {
          EXPECT_EQ(status, 402) << job;
          ++refused;
        }
      }
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_GT(refused.load(), 0);
  EXPECT_EQ(accepted.load() + refused.load(), 20);
  int succeeded = 0;
  int64_t succeeded_cost = 0;
  for (const auto& id : ids) {
    auto job = waitJob(id, key, 180);
    ASSERT_TRUE(job["status"] == "succeeded" || job["status"] == "failed") << job;
    if (job["status"] == "succeeded") {
      ++succeeded;
      succeeded_cost += job["cost"]["credits"].get<int64_t>();
    }
  }
  running.store(false);
  killer.join();
  EXPECT_GT(kills, 0);
  EXPECT_GT(succeeded, 0);
  int status = 0;
  auto usage = get("/v1/usage?limit=500", key, &status);
  ASSERT_EQ(status, 200);
  int64_t grants = 0, captured = 0;
  std::map<std::string, int> captures_per_job, settles_per_job;
  for (const auto& e : usage["data"]) {
    const std::string kind = e["kind"];
    if (kind == "grant") grants += e["amount"].get<int64_t>();
    if (kind == "capture") {
      captured += e["amount"].get<int64_t>();
      ++captures_per_job[e["job_id"].get<std::string>()];
    }
    if (kind == "capture" || kind == "release") ++settles_per_job[e["job_id"].get<std::string>()];
  }
  for (const auto& [job, n] : captures_per_job) EXPECT_EQ(n, 1) << job << " captured more than once";
  for (const auto& [job, n] : settles_per_job) EXPECT_EQ(n, 1) << job << " settled more than once";
  EXPECT_EQ(settles_per_job.size(), ids.size());
  EXPECT_EQ(captured, succeeded_cost);
  EXPECT_EQ(usage["credits"]["reserved"], 0);
  EXPECT_EQ(usage["credits"]["balance"].get<int64_t>(), grants - captured);
}

TEST_F(AccountsApi, IdempotencyKeyMakesOneJobFromConcurrentSubmits) {
  const std::string body = R"({"engine":"fault","tier":"draft","input":{"prompt":"slow 0.2"}})";
  std::vector<std::thread> threads;
  std::mutex mutex;
  std::vector<std::pair<int, nlohmann::json>> answers;
  for (int i = 0; i < 8; ++i) {
    threads.emplace_back([&] {
      int status = 0;
      auto j = post("/v1/jobs", body, key_a_, &status, {{"Idempotency-Key", "order-42"}});
      std::lock_guard lock(mutex);
      answers.emplace_back(status, j);
    });
  }
  for (auto& t : threads) t.join();
  std::set<std::string> ids;
  for (const auto& [status, j] : answers) {
    ASSERT_TRUE(status == 202 || status == 409) << status << " " << j;
    if (status == 202) ids.insert(j["id"].get<std::string>());
    if (status == 409) {
      EXPECT_EQ(j["error"]["code"], "conflict");
    }
  }
  ASSERT_EQ(ids.size(), 1u);
  // A later retry gets the stored response.
  auto http = server_->client();
  auto h = auth(key_a_);
  h["Idempotency-Key"] = "order-42";
  auto replay = http.request("POST", "/v1/jobs", body, h);
  ASSERT_TRUE(replay.has_value());
  EXPECT_EQ(replay->status, 202);
  EXPECT_EQ(parseJson(replay->body)["id"], *ids.begin());
  EXPECT_EQ(replay->header("idempotent-replayed"), "true");
  // The same key with another body is refused; keys are scoped per workspace.
  auto mismatch = http.request("POST", "/v1/jobs", R"({"tier":"draft","input":{"prompt":"something else"}})", h);
  EXPECT_EQ(mismatch->status, 422) << mismatch->body;
  int status = 0;
  auto other = post("/v1/jobs", body, key_b_, &status, {{"Idempotency-Key", "order-42"}});
  EXPECT_EQ(status, 202);
  EXPECT_NE(other["id"], *ids.begin());
  // Stored errors are replayed too.
  auto bad1 = post("/v1/jobs", R"({"tier":"nope","input":{"prompt":"a vase"}})", key_a_, &status, {{"Idempotency-Key", "bad-1"}});
  EXPECT_EQ(status, 400);
  auto bad2 = http.request("POST", "/v1/jobs", R"({"tier":"nope","input":{"prompt":"a vase"}})",
                           {{"Authorization", "Bearer " + key_a_}, {"Idempotency-Key", "bad-1"}, {"Content-Type", "application/json"}});
  EXPECT_EQ(bad2->status, 400);
  EXPECT_EQ(bad2->header("idempotent-replayed"), "true");
  EXPECT_EQ(parseJson(bad2->body), bad1);
}

TEST_F(AccountsApi, SignedWebhooksVerifyInNodeAndRetryWithTheSameId) {
  int status = 0;
  auto hooks = get("/v1/webhooks", key_b_, &status);
  ASSERT_EQ(status, 200) << hooks;
  const std::string secret = hooks["job_webhook_secret"];
  ASSERT_TRUE(secret.starts_with("whsec_"));
  // Node receiver: first attempt of every message gets 500, the retry 200.
  const std::string cmd = fmt::format("node {} {} 2", (kSourceDir / "tests/webhook_receiver.mjs").string(), secret);
  FILE* receiver = ::popen(("exec " + cmd).c_str(), "r");
  ASSERT_NE(receiver, nullptr);
  char line[1024];
  ASSERT_NE(std::fgets(line, sizeof line, receiver), nullptr);
  const int port = std::atoi(line + 5);
  ASSERT_GT(port, 0) << line;
  const std::string hook_url = fmt::format("http://127.0.0.1:{}/hook", port);

  // Private targets need the server's explicit permission; anonymous jobs cannot have webhooks.
  post("/v1/jobs", fmt::format(R"({{"tier":"draft","input":{{"prompt":"a vase"}},"webhook_url":"{}"}})", hook_url), "",
       &status);
  EXPECT_EQ(status, 400);
  auto job = post("/v1/jobs",
                  fmt::format(R"({{"engine":"fault","tier":"draft","input":{{"prompt":"slow 0"}},"webhook_url":"{}"}})",
                              hook_url),
                  key_b_, &status);
  ASSERT_EQ(status, 202) << job;
  const std::string id = job["id"];
  std::vector<nlohmann::json> received;
  while (received.size() < 2 && std::fgets(line, sizeof line, receiver) != nullptr) received.push_back(parseJson(line));
  ASSERT_EQ(received.size(), 2u);
  for (const auto& r : received) {
    EXPECT_TRUE(r["verified"].get<bool>()) << r;
    EXPECT_EQ(r["type"], "job.succeeded");
    EXPECT_EQ(r["job"], id);
  }
  EXPECT_EQ(received[0]["id"], received[1]["id"]) << "webhook-id is stable across retries";
  EXPECT_EQ(received[0]["status"], 500);
  EXPECT_EQ(received[1]["status"], 200);
  ::pclose(receiver);  // the receiver exits after its two answers
  // The receiver prints its line before the server has read the 200 and
  // recorded it, so the delivery log is polled until the outcome lands.
  nlohmann::json deliveries;
  bool delivered = false;
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
  while (!delivered && std::chrono::steady_clock::now() < deadline) {
    deliveries = get("/v1/webhooks/deliveries", key_b_, &status);
    ASSERT_EQ(status, 200);
    for (const auto& d : deliveries["data"])
      delivered = delivered || (d["job_id"] == id && d["state"] == "delivered" && d["attempts"] == 2);
    if (!delivered) std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  EXPECT_TRUE(delivered) << deliveries;
}

// Runs last in the suite (gtest keeps declaration order): nothing written so
// far may contain a key in clear.
TEST_F(AccountsApi, ZzNoKeyInLogsOrTheDataDirectory) {
  std::vector<std::string> secrets = {key_a_, key_b_};
  for (const auto& s : secrets) ASSERT_FALSE(s.empty());
  std::string hits;
  for (const auto& entry : fs::recursive_directory_iterator(dir_->path())) {
    if (!entry.is_regular_file()) continue;
    std::ifstream in(entry.path(), std::ios::binary);
    const std::string bytes{std::istreambuf_iterator<char>(in), {}};
    for (const auto& s : secrets) {
      // The random middle alone must not appear either (e.g. a key stored without its prefix).
      const std::string middle = s.substr(10, 32);
      if (bytes.find(middle) != std::string::npos) hits += entry.path().string() + " ";
    }
  }
  EXPECT_TRUE(hits.empty()) << "keys found in: " << hits;
  const std::string log = server_->log();
  for (const auto& s : secrets) EXPECT_EQ(log.find(s.substr(10, 32)), std::string::npos);
}

}  // namespace
}  // namespace kiln::testing
