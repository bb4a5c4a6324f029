#include "client/job_client.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>

#include "client/tests/loopback_server.h"
#include "core/crypto.h"

namespace kiln::client {
namespace {

namespace fs = std::filesystem;
using testing::CannedResponse;
using testing::httpResponse;
using testing::LoopbackServer;
using testing::ReceivedRequest;

std::string jobJson(const std::string& status, double progress = 0, const std::string& extra = "") {
  return R"({"id":"job_1","kind":"text_to_3d","status":")" + status + R"(","step":"mesh","progress":)" +
         std::to_string(progress) + R"(,"queue_position":null,"artifacts":[])" + extra + "}";
}

JobClient clientFor(const LoopbackServer& server, JobClientOptions options = {}) {
  ClientOptions http;
  http.base_url = server.url();
  http.timeout_ms = 5'000;
  return JobClient(http, std::move(options));
}

TEST(JobClient, SubmitWaitsOutRetryAfterThenSucceeds) {
  std::atomic<int> posts = 0;
  LoopbackServer server([&](const ReceivedRequest&) {
    if (posts++ == 0) {
      return CannedResponse{{httpResponse(
          429, "Too Many Requests", R"({"error":{"code":"rate_limited","message":"slow down"}})", {"Retry-After: 1"})}};
    }
    return CannedResponse{{httpResponse(202, "Accepted", jobJson("queued"), {"Location: /v1/jobs/job_1"})}};
  });
  std::vector<int64_t> waits;
  JobClientOptions options;
  options.on_wait = [&](int64_t ms, const std::string&) { waits.push_back(ms); };
  JobClient client = clientFor(server, options);
  const auto start = std::chrono::steady_clock::now();
  const auto job = client.submit({{"kind", "text_to_3d"}, {"input", {{"prompt", "a cup"}}}});
  const auto elapsed = std::chrono::steady_clock::now() - start;
  ASSERT_TRUE(job) << job.error().message;
  EXPECT_EQ(job->id, "job_1");
  EXPECT_EQ(job->status, "queued");
  EXPECT_EQ(waits, std::vector<int64_t>{1'000});
  EXPECT_GE(elapsed, std::chrono::milliseconds(950));

  const auto requests = server.requests();
  ASSERT_EQ(requests.size(), 2u);
  // Both attempts carry the same idempotency key, so a retry cannot make a second job.
  EXPECT_FALSE(requests[0].headers.at("idempotency-key").empty());
  EXPECT_EQ(requests[0].headers.at("idempotency-key"), requests[1].headers.at("idempotency-key"));
}

TEST(JobClient, GivesUpWhenRateLimitOutlastsTheBudget) {
  LoopbackServer server([&](const ReceivedRequest&) {
    return CannedResponse{{httpResponse(429, "Too Many Requests",
                                        R"({"error":{"code":"rate_limited","message":"slow down"}})",
                                        {"Retry-After: 3600"})}};
  });
  JobClientOptions options;
  options.max_retry_wait_ms = 2'000;
  JobClient client = clientFor(server, options);
  const auto job = client.get("job_1");
  ASSERT_FALSE(job);
  EXPECT_EQ(job.error().code, ErrorCode::kRateLimited);
  EXPECT_EQ(server.requests().size(), 1u);
}

TEST(JobClient, FollowUsesEventsUntilTerminal) {
  LoopbackServer server([&](const ReceivedRequest&) {
    const std::string head = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nConnection: close\r\n\r\n";
    return CannedResponse{{head, "event: status\ndata: " + jobJson("queued") + "\n\n",
                           "event: status\ndata: " + jobJson("running", 0.4) + "\n\n",
                           "event: status\ndata: " + jobJson("succeeded", 1.0) + "\n\n"},
                          10, /*hold_open_ms=*/5'000};
  });
  JobClient client = clientFor(server);
  std::vector<std::string> seen;
  const auto job = client.follow("job_1", [&](const Job& j) { seen.push_back(j.status); });
  ASSERT_TRUE(job) << job.error().message;
  EXPECT_EQ(job->status, "succeeded");
  EXPECT_EQ(seen, (std::vector<std::string>{"queued", "running", "succeeded"}));
  EXPECT_EQ(server.requests().size(), 1u);
}

TEST(JobClient, FollowFallsBackToPollingWhenEventsFail) {
  std::atomic<int> polls = 0;
  LoopbackServer server([&](const ReceivedRequest& r) {
    if (r.target.ends_with("/events")) {
      return CannedResponse{{httpResponse(404, "Not Found", R"({"error":{"code":"not_found","message":"no"}})")}};
    }
    const int n = polls++;
    return CannedResponse{{httpResponse(200, "OK", n < 2 ? jobJson("running", 0.5 * n) : jobJson("succeeded", 1.0))}};
  });
  JobClientOptions options;
  options.poll_interval_ms = 50;
  JobClient client = clientFor(server, options);
  std::vector<std::string> seen;
  const auto job = client.follow("job_1", [&](const Job& j) { seen.push_back(j.status); });
  ASSERT_TRUE(job) << job.error().message;
  EXPECT_EQ(job->status, "succeeded");
  EXPECT_EQ(polls.load(), 3);
  EXPECT_EQ(seen, (std::vector<std::string>{"running", "running", "succeeded"}));
}

TEST(JobClient, ParsesFailedJobError) {
  const auto job = parseJob(nlohmann::json::parse(
      R"({"id":"job_2","status":"failed","error":{"code":"unprocessable","message":"unknown subject 'zorb'","details":{}}})"));
  ASSERT_TRUE(job);
  EXPECT_TRUE(job->isTerminal());
  ASSERT_TRUE(job->error);
  EXPECT_EQ(job->error->code, ErrorCode::kUnprocessable);
  EXPECT_EQ(job->error->message, "unknown subject 'zorb'");
  EXPECT_FALSE(parseJob(nlohmann::json::parse(R"({"status":"queued"})")));
}

TEST(JobClient, DownloadRefreshesExpiredUrlAndChecksDigest) {
  const std::string payload = "solid cube\nendsolid cube\n";
  LoopbackServer server([&](const ReceivedRequest& r) {
    if (r.target == "/blob/old") return CannedResponse{{httpResponse(403, "Forbidden", "expired", {}, "text/plain")}};
    if (r.target == "/blob/new") return CannedResponse{{httpResponse(200, "OK", payload, {}, "model/stl")}};
    const std::string artifacts = R"(,"artifacts":[{"name":"model.stl","format":"stl","bytes":)" +
                                  std::to_string(payload.size()) + R"(,"sha256":")" + sha256Hex(payload) +
                                  R"(","url":"/blob/new"}])";
    std::string body = jobJson("succeeded", 1.0);
    body.replace(body.find(R"(,"artifacts":[])"), 15, artifacts);
    return CannedResponse{{httpResponse(200, "OK", body)}};
  });
  const fs::path dir = fs::temp_directory_path() / ("kiln_job_dl_" + std::to_string(::getpid()));
  fs::create_directories(dir);
  JobClient client = clientFor(server);
  Artifact stale{.name = "model.stl", .format = "stl", .bytes = static_cast<int64_t>(payload.size()),
                 .sha256 = sha256Hex(payload), .url = server.url() + "/blob/old"};
  const auto ok = client.downloadArtifact("job_1", stale, dir / "model.stl");
  ASSERT_TRUE(ok) << ok.error().message;
  std::string written(payload.size(), '\0');
  std::ifstream(dir / "model.stl", std::ios::binary).read(written.data(), static_cast<std::streamsize>(written.size()));
  EXPECT_EQ(written, payload);
  EXPECT_EQ(fs::file_size(dir / "model.stl"), payload.size());

  Artifact wrong = stale;
  wrong.url = server.url() + "/blob/new";
  wrong.sha256 = std::string(64, '0');
  const auto bad = client.downloadArtifact("job_1", wrong, dir / "bad.stl");
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.error().code, ErrorCode::kIo);
  EXPECT_FALSE(fs::exists(dir / "bad.stl"));
  fs::remove_all(dir);
}

}  // namespace
}  // namespace kiln::client
