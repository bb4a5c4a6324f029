// Durability and crash safety: restarts with queued jobs, SIGKILL of a
// worker mid-job, engines that crash on a poisoned input, rate limiting.
#include <gtest/gtest.h>

#include <netinet/in.h>
#include <sys/socket.h>

#include <atomic>
#include <fstream>
#include <memory>
#include <random>
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

// Waits until GET /v1/jobs/{id} shows the job running its `attempt`-th attempt.
bool waitUntilRunning(client::HttpClient& http, const std::string& id, int attempt) {
  for (int i = 0; i < 1000; ++i) {
    auto r = http.request("GET", "/v1/jobs/" + id);
    if (r && r->status == 200) {
      const auto job = parseJson(r->body);
      if (job["status"] == "running" && job["attempts"] == attempt) return true;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  return false;
}

// Alive and not a zombie (an orphan's zombie may linger in a container whose init does not reap).
bool isRunning(pid_t pid) {
  std::ifstream in(fmt::format("/proc/{}/stat", pid));
  std::string stat((std::istreambuf_iterator<char>(in)), {});
  const auto close = stat.rfind(')');
  return close != std::string::npos && close + 2 < stat.size() && stat[close + 2] != 'Z' && stat[close + 2] != 'X';
}

// A free port below the usual ephemeral range (32768+), so that no client
// connection's local port can take it between a server's death and its restart.
uint16_t freeLoopbackPort() {
  static std::mt19937 random(static_cast<unsigned>(::getpid()));
  for (int attempt = 0; attempt < 200; ++attempt) {
    const auto port = static_cast<uint16_t>(std::uniform_int_distribution<int>(20'000, 32'000)(random));
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    const bool free = ::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0;
    ::close(fd);
    if (free) return port;
  }
  return 0;
}

// Killing a worker (an engine crash, the OOM killer, an operator) while
// requests keep waking the pool: the server must never die of SIGPIPE.
TEST(ServerRecovery, WorkersDyingUnderLoadNeverStopTheServer) {
  TempDir dir("sigpipe");
  KilnServer server(dir.path(), {"--workers", "2", "--rate-limit", "0", "--lease-ms", "1000"});
  std::atomic<bool> stop{false};
  std::vector<std::thread> submitters;
  for (int t = 0; t < 4; ++t) {
    submitters.emplace_back([&] {
      auto http = server.client(5'000);
      while (!stop.load()) createJob(http, R"({"engine":"fault","input":{"prompt":"slow 0"}})");
    });
  }
  for (int k = 0; k < 15; ++k) {
    std::this_thread::sleep_for(std::chrono::milliseconds(150));
    for (pid_t p : server.workerPids()) ::kill(p, SIGKILL);
  }
  stop.store(true);
  for (auto& t : submitters) t.join();
  int status = 0;
  ASSERT_EQ(::waitpid(server.pid(), &status, WNOHANG), 0)
      << "the server exited: " << (WIFSIGNALED(status) ? fmt::format("signal {}", WTERMSIG(status)) : "exit")
      << "\n" << server.log();
  auto http = server.client();
  auto health = http.request("GET", "/healthz");
  ASSERT_TRUE(health.has_value());
  EXPECT_EQ(health->status, 200);
}

// After a server is SIGKILLed its workers go with it, and none of them keeps
// the listening socket: a new server binds the same port at once.
TEST(ServerRecovery, AKilledServersWorkersDieWithItAndItsPortIsFreeAtOnce) {
  TempDir dir("orphans");
  const std::vector<std::string> args = {"--listen", fmt::format("127.0.0.1:{}", freeLoopbackPort()), "--workers",
                                         "1", "--rate-limit", "0", "--lease-ms", "1500"};
  std::string id;
  std::vector<pid_t> workers;
  {
    KilnServer server(dir.path(), args);
    auto http = server.client();
    id = createJob(http, R"({"engine":"fault","input":{"prompt":"slow 20"}})");
    ASSERT_FALSE(id.empty());
    ASSERT_TRUE(waitUntilRunning(http, id, 1));
    workers = server.workerPids();
    ASSERT_FALSE(workers.empty());
    server.stop(SIGKILL);
  }
  for (pid_t p : workers) {
    bool gone = false;
    for (int i = 0; i < 500 && !gone; ++i) {
      gone = !isRunning(p);
      if (!gone) std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    EXPECT_TRUE(gone) << "worker " << p << " outlived its server";
  }
  std::unique_ptr<KilnServer> restarted;
  try {
    restarted = std::make_unique<KilnServer>(dir.path(), args);
  } catch (const std::exception& e) {
    FAIL() << "the restart could not listen on the same port: " << e.what();
  }
  // The interrupted job runs again.
  auto http = restarted->client();
  EXPECT_TRUE(waitUntilRunning(http, id, 2)) << restarted->log();
  http.request("POST", "/v1/jobs/" + id + "/cancel");
}

// A worker killed from outside (not by its job) hands the job back without
// using one of its attempts: three kills of a job with three attempts do not
// fail it.
TEST(ServerRecovery, KilledWorkersDoNotUseUpTheJobsAttempts) {
  TempDir dir("attempts");
  KilnServer server(dir.path(), {"--workers", "1", "--rate-limit", "0", "--lease-ms", "1500"});
  auto http = server.client();
  const auto id = createJob(http, R"({"engine":"fault","input":{"prompt":"slow 2"}})");
  ASSERT_FALSE(id.empty());
  for (int attempt = 1; attempt <= 3; ++attempt) {
    ASSERT_TRUE(waitUntilRunning(http, id, attempt)) << "attempt " << attempt << "\n" << server.log();
    for (pid_t p : server.workerPids()) ::kill(p, SIGKILL);
  }
  const auto job = waitForJob(http, id, 90);
  EXPECT_EQ(job["status"], "succeeded") << job << "\n" << server.log();
  EXPECT_EQ(job["attempts"], 4) << job;
}

// What a crash leaves in the blob folder is gone after the next start, and
// what jobs refer to stays.
TEST(ServerRecovery, ARestartRemovesPartialFilesAndBlobsNothingRefersTo) {
  TempDir dir("sweep");
  std::string id;
  {
    KilnServer server(dir.path(), {"--workers", "1", "--rate-limit", "0"});
    auto http = server.client();
    id = createJob(http, R"({"engine":"fault","input":{"prompt":"slow 0"}})");
    ASSERT_EQ(waitForJob(http, id, 60)["status"], "succeeded");
    server.stop(SIGKILL);
  }
  const auto blobs = dir.path() / "blobs";
  fs::create_directories(blobs / "tmp");
  std::ofstream(blobs / "tmp" / "00112233aabbccdd.0011223344556677.tmp") << "half a model";
  const std::string stray(64, 'e');
  fs::create_directories(blobs / "ee");
  std::ofstream(blobs / "ee" / stray) << "an attempt's output nothing refers to";

  KilnServer server(dir.path(), {"--no-workers"});
  EXPECT_FALSE(fs::exists(blobs / "tmp" / "00112233aabbccdd.0011223344556677.tmp"));
  EXPECT_FALSE(fs::exists(blobs / "ee" / stray));
  auto http = server.client();
  const auto job = parseJson(http.request("GET", "/v1/jobs/" + id)->body);
  ASSERT_FALSE(job["artifacts"].empty()) << job;
  for (const auto& artifact : job["artifacts"]) {
    const std::string sha = artifact["sha256"];
    EXPECT_TRUE(fs::exists(blobs / sha.substr(0, 2) / sha)) << artifact;
  }
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
  // A job well inside the 1 s limit on any machine, sanitizer builds included.
  const auto next = createJob(http, R"({"engine":"fault","input":{"prompt":"slow 0"}})");
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
