// Durability and crash safety: restarts with queued jobs, SIGKILL of a
// worker mid-job, engines that crash on a poisoned input, rate limiting.
#include <gtest/gtest.h>

#include <thread>

#include "kiln_server.h"

namespace kiln::testing {
namespace {

const std::map<std::string, std::string> kJson = {{"Content-Type", "application/json"}};

std::string createJob(client::HttpClient& http, const std::string& body) {
  auto r = http.request("POST", "/v1/jobs", body, kJson);
  if (!r || r->status != 202) return "";
  return parseJson(r->body)["id"];
}

TEST(ServerRecovery, QueuedJobsSurviveARestartAndAllFinish) {
  TempDir dir("restart");
  std::vector<std::string> ids;
  {
    KilnServer server(dir.path(), {"--no-workers", "--rate-limit", "0"});
    auto http = server.client();
    for (int i = 0; i < 6; ++i) {
      const auto id = createJob(http, fmt::format(R"({{"tier":"draft","seed":{},"input":{{"prompt":"a barrel"}}}})", i));
      ASSERT_FALSE(id.empty());
      ids.push_back(id);
    }
    server.stop(SIGKILL);  // not even a graceful stop: acknowledged jobs must be on disk
  }
  KilnServer server(dir.path(), {"--workers", "2", "--rate-limit", "0"});
  auto http = server.client();
  for (const auto& id : ids) {
    const auto job = waitForJob(http, id, 60);
    EXPECT_EQ(job["status"], "succeeded") << job;
  }
}

TEST(ServerRecovery, KilledWorkerMidJobAnotherRunsItToSuccess) {
  TempDir dir("kill");
  KilnServer server(dir.path(), {"--workers", "1", "--rate-limit", "0", "--lease-ms", "1500"});
  auto http = server.client();
  const auto id = createJob(http, R"({"engine":"fault","input":{"prompt":"slow 3"}})");
  ASSERT_FALSE(id.empty());
  // Wait until it runs, then kill the worker outright.
  for (int i = 0; i < 200; ++i) {
    auto r = http.request("GET", "/v1/jobs/" + id);
    if (r && parseJson(r->body)["status"] == "running") break;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  const auto pids = server.workerPids();
  ASSERT_FALSE(pids.empty());
  for (pid_t p : pids) ::kill(p, SIGKILL);
  const auto job = waitForJob(http, id, 60);
  EXPECT_EQ(job["status"], "succeeded") << job;
  EXPECT_GE(job["attempts"].get<int>(), 2) << job;
}

TEST(ServerRecovery, EngineCrashingOnPoisonedInputFailsTheJobAndTheApiKeepsAnswering) {
  TempDir dir("poison");
  KilnServer server(dir.path(), {"--workers", "2", "--rate-limit", "0", "--lease-ms", "1000"});
  auto http = server.client();
  std::vector<std::string> ids;
  for (const char* mode : {"segfault", "abort", "throw"}) {
    ids.push_back(createJob(http, fmt::format(R"({{"engine":"fault","input":{{"prompt":"{}"}}}})", mode)));
  }
  const auto healthy = createJob(http, R"({"tier":"draft","input":{"prompt":"a vase"}})");
  for (size_t i = 0; i < ids.size(); ++i) {
    ASSERT_FALSE(ids[i].empty());
    const auto job = waitForJob(http, ids[i], 90);
    EXPECT_EQ(job["status"], "failed") << job << "\nserver log:\n" << server.log();
    EXPECT_EQ(job["attempts"], 3) << job;
    EXPECT_FALSE(job["error"]["message"].get<std::string>().empty()) << job;
    auto h = http.request("GET", "/healthz");
    ASSERT_TRUE(h.has_value());
    EXPECT_EQ(h->status, 200);
  }
  EXPECT_EQ(waitForJob(http, healthy, 60)["status"], "succeeded");
}

// An engine stuck in a loop that ignores cancellation: past --job-timeout-s
// and the grace period the job fails with a message naming the limit, the
// stuck worker exits and is replaced, and the next job still runs.
TEST(ServerRecovery, AHungEngineFailsItsJobAtTheTimeLimitAndTheWorkerIsReplaced) {
  TempDir dir("hang");
  KilnServer server(dir.path(), {"--workers", "1", "--rate-limit", "0", "--job-timeout-s", "1"});
  auto http = server.client();
  const auto hung = createJob(http, R"({"engine":"fault","input":{"prompt":"hang 120"}})");
  ASSERT_FALSE(hung.empty());
  const auto job = waitForJob(http, hung, 60);
  EXPECT_EQ(job["status"], "failed") << job << "\nserver log:\n" << server.log();
  EXPECT_EQ(job["attempts"], 1) << job;
  ASSERT_TRUE(job["error"].is_object()) << job;
  EXPECT_NE(job["error"]["message"].get<std::string>().find("1 s limit"), std::string::npos) << job;
  const auto next = createJob(http, R"({"tier":"draft","input":{"prompt":"a vase"}})");
  EXPECT_EQ(waitForJob(http, next, 60)["status"], "succeeded") << server.log();
}

TEST(ServerRecovery, GracefulStopLetsTheRunningJobFinish) {
  TempDir dir("graceful");
  std::string id;
  {
    KilnServer server(dir.path(), {"--workers", "1", "--rate-limit", "0"});
    auto http = server.client();
    id = createJob(http, R"({"engine":"fault","input":{"prompt":"slow 1"}})");
    ASSERT_FALSE(id.empty());
    for (int i = 0; i < 200; ++i) {
      auto r = http.request("GET", "/v1/jobs/" + id);
      if (r && parseJson(r->body)["status"] == "running") break;
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    server.stop(SIGTERM);
  }
  KilnServer server(dir.path(), {"--no-workers"});
  auto http = server.client();
  auto r = http.request("GET", "/v1/jobs/" + id);
  ASSERT_TRUE(r.has_value());
  EXPECT_EQ(parseJson(r->body)["status"], "succeeded") << r->body;
}

TEST(ServerRateLimit, AnonymousLaneGets429WithRetryAfterAndRateLimitHeaders) {
  TempDir dir("ratelimit");
  KilnServer server(dir.path(), {"--workers", "1", "--rate-limit", "3"});
  auto http = server.client();
  for (int i = 0; i < 3; ++i) {
    auto r = http.request("POST", "/v1/jobs", R"({"tier":"draft","input":{"prompt":"a vase"}})", kJson);
    ASSERT_TRUE(r.has_value());
    EXPECT_EQ(r->status, 202) << r->body;
    EXPECT_FALSE(r->header("ratelimit").empty());
    EXPECT_FALSE(r->header("ratelimit-policy").empty());
  }
  auto limited = http.request("POST", "/v1/jobs", R"({"tier":"draft","input":{"prompt":"a vase"}})", kJson);
  ASSERT_TRUE(limited.has_value());
  EXPECT_EQ(limited->status, 429);
  EXPECT_EQ(parseJson(limited->body)["error"]["code"], "rate_limited");
  const int retry_after = std::stoi(limited->header("retry-after"));
  EXPECT_GE(retry_after, 1);
  EXPECT_LE(retry_after, 60);
  EXPECT_NE(limited->header("ratelimit-policy").find("q=3"), std::string::npos);
  auto forge = http.request("POST", "/api/forge", R"({"prompt":"a vase"})", kJson);
  ASSERT_TRUE(forge.has_value());
  EXPECT_EQ(forge->status, 429);
  EXPECT_EQ(parseJson(forge->body)["error"], "rate_limited");
  // Reads are not limited.
  auto get = http.request("GET", "/v1/catalog");
  ASSERT_TRUE(get.has_value());
  EXPECT_EQ(get->status, 200);
}

}  // namespace
}  // namespace kiln::testing
