#include "jobs/worker.h"

#include <unistd.h>

#include <chrono>
#include <future>
#include <thread>

#include <gtest/gtest.h>

#include "core/clock.h"
#include "core/crypto.h"
#include "jobs/job_spec.h"
#include "jobs/tests/test_engines.h"
#include "store/sqlite/sqlite_db.h"

namespace kiln::jobs {
namespace {

using nlohmann::json;

class WorkerTest : public ::testing::Test {
 protected:
  WorkerTest()
      : dir_(std::filesystem::temp_directory_path() / ("kiln-worker-test-" + toHex(randomBytes(8)))),
        registry_(testing::registryWithTestEngines()) {}
  ~WorkerTest() override { std::filesystem::remove_all(dir_); }

  void SetUp() override {
    auto opened = store::openDataDir(dir_);
    ASSERT_TRUE(opened.has_value()) << opened.error().message;
    stores_ = std::move(*opened);
  }

  std::string submit(const json& body, int max_attempts = 3) {
    auto spec = parseJobSpec(body, registry_);
    EXPECT_TRUE(spec.has_value()) << spec.error().message;
    store::NewJob job{.kind = spec->kind, .engine = spec->engine, .tier = spec->tier, .spec = spec->toJson(),
                      .workspace_id = "ws_test", .max_attempts = max_attempts};
    auto created = stores_.jobs->create(job);
    EXPECT_TRUE(created.has_value());
    return created->id;
  }

  store::JobRecord job(const std::string& id) { return stores_.jobs->get(id).value(); }

  // Polls until `predicate(job)` holds or 10 s pass.
  template <typename Predicate>
  bool waitFor(const std::string& id, Predicate predicate) {
    const int64_t deadline = monotonicMs() + 10'000;
    while (monotonicMs() < deadline) {
      if (predicate(job(id))) return true;
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return false;
  }

  WorkerOptions options(int max_jobs) {
    return {.worker_id = "test-worker", .lease_ms = 5'000, .heartbeat_ms = 50, .idle_poll_ms = 20,
            .max_jobs = max_jobs};
  }

  std::filesystem::path dir_;
  engines::Registry registry_;
  store::Stores stores_;
};

TEST_F(WorkerTest, ProcessesQueuedJobsToSucceeded) {
  std::vector<std::string> ids;
  for (const char* prompt : {"a glazed ceramic teapot", "a wooden chair", "a small red mushroom"}) {
    ids.push_back(submit({{"kind", "text_to_3d"}, {"tier", "draft"}, {"input", {{"prompt", prompt}}},
                          {"outputs", {"glb", "stl"}}}));
  }
  std::atomic<bool> stop{false};
  EXPECT_EQ(runWorker(options(3), stores_, registry_, stop), 3);
  for (const auto& id : ids) {
    const auto done = job(id);
    EXPECT_EQ(done.state, store::JobState::kSucceeded) << id;
    EXPECT_EQ(done.attempts, 1);
    EXPECT_DOUBLE_EQ(done.progress, 1.0);
    ASSERT_EQ(done.artifacts.size(), 3u);  // glb, stl, preview.png
    for (const auto& a : done.artifacts) EXPECT_TRUE(stores_.blobs->exists(a.sha256));
    EXPECT_TRUE(done.result["checks"]["watertight"].is_boolean());
    EXPECT_GT(done.result["checks"]["triangles"].get<int>(), 0);
  }
  EXPECT_EQ(stores_.jobs->stats()->succeeded, 3);
}

// Intake refuses unknown subjects, but a job can still reach a worker with
// one (queued before the library changed, or by another kiln version): it
// fails on its first attempt, not retried.
TEST_F(WorkerTest, BadInputFailsOnTheFirstAttempt) {
  const json spec = {{"kind", "text_to_3d"}, {"engine", "sculpt"}, {"tier", "draft"},
                     {"input", {{"prompt", "a flurbish zzgronk"}}}, {"outputs", {"glb"}}, {"seed", 0}};
  store::NewJob queued{.kind = "text_to_3d", .engine = "sculpt", .tier = "draft", .spec = spec,
                       .workspace_id = "ws_test", .max_attempts = 3};
  auto created = stores_.jobs->create(queued);
  ASSERT_TRUE(created.has_value());
  const auto id = created->id;
  std::atomic<bool> stop{false};
  EXPECT_EQ(runWorker(options(1), stores_, registry_, stop), 1);
  const auto done = job(id);
  EXPECT_EQ(done.state, store::JobState::kFailed);
  EXPECT_EQ(done.attempts, 1);
  ASSERT_TRUE(done.error.has_value());
  EXPECT_EQ(done.error->code, ErrorCode::kUnknownSubject);
}

TEST_F(WorkerTest, RecordsProgressAndStopsWhenCanceled) {
  const auto id = submit({{"kind", "test_endless"}, {"engine", "endless"}});
  std::atomic<bool> stop{false};
  auto worker = std::async(std::launch::async, [&] { return runWorker(options(1), stores_, registry_, stop); });
  EXPECT_TRUE(waitFor(id, [](const store::JobRecord& j) { return j.step == "carve"; }));
  EXPECT_DOUBLE_EQ(job(id).progress, 0.5);
  ASSERT_TRUE(stores_.jobs->cancel(id).has_value());
  ASSERT_EQ(worker.wait_for(std::chrono::seconds(30)), std::future_status::ready);
  EXPECT_EQ(worker.get(), 1);
  EXPECT_EQ(job(id).state, store::JobState::kCanceled);
}

// An engine that runs past the limit is asked to stop, and the job fails at
// once (not retried) with a message that names the limit.
TEST_F(WorkerTest, AJobPastItsTimeLimitFailsWithoutRetries) {
  const auto id = submit({{"kind", "test_endless"}, {"engine", "endless"}});
  std::atomic<bool> stop{false};
  WorkerOptions opts = options(1);
  opts.max_run_ms = 300;
  EXPECT_EQ(runWorker(opts, stores_, registry_, stop), 1);
  const auto done = job(id);
  EXPECT_EQ(done.state, store::JobState::kFailed);
  EXPECT_EQ(done.attempts, 1);
  ASSERT_TRUE(done.error.has_value());
  EXPECT_EQ(done.error->code, ErrorCode::kUnprocessable);
  EXPECT_NE(done.error->message.find("limit"), std::string::npos) << done.error->message;
}

TEST_F(WorkerTest, AJobWhoseLeaseWasLostIsAbandonedNotFinished) {
  const auto id = submit({{"kind", "test_endless"}, {"engine", "endless"}}, 1);
  std::atomic<bool> stop{false};
  auto worker = std::async(std::launch::async, [&] { return runWorker(options(1), stores_, registry_, stop); });
  ASSERT_TRUE(waitFor(id, [](const store::JobRecord& j) { return j.state == store::JobState::kRunning; }));
  // Another process decides this worker is dead: expire the lease and rescue.
  {
    auto conn = store::sqlite::Connection::open(dir_ / "kiln.db");
    ASSERT_TRUE(conn.has_value());
    ASSERT_TRUE((*conn)->exec("UPDATE jobs SET lease_expires_ms = 1 WHERE state = 'running'").has_value());
  }
  ASSERT_EQ(stores_.jobs->rescueExpired().value(), 1);
  // The worker sees the conflict at its next heartbeat and abandons the run;
  // the job, back in the queue, is leased again (by this same worker).
  ASSERT_TRUE(waitFor(id, [](const store::JobRecord& j) {
    return j.state == store::JobState::kRunning && j.attempts == 2;
  }));
  ASSERT_TRUE(stores_.jobs->cancel(id).has_value());
  stop.store(true);
  ASSERT_EQ(worker.wait_for(std::chrono::seconds(30)), std::future_status::ready);
  EXPECT_EQ(worker.get(), 1) << "only the second run was finished (canceled); the abandoned one was not";
  const auto ended = job(id);
  EXPECT_EQ(ended.state, store::JobState::kCanceled);
  EXPECT_EQ(ended.worker_losses, 1);
}

TEST_F(WorkerTest, WakesOnThePipeAndExitsWhenItCloses) {
  int fds[2];
  ASSERT_EQ(::pipe(fds), 0);
  WorkerOptions opts = options(-1);
  opts.wake_fd = fds[0];
  opts.idle_poll_ms = 60'000;  // only the pipe can wake it in time
  std::atomic<bool> stop{false};
  auto worker = std::async(std::launch::async, [&] { return runWorker(opts, stores_, registry_, stop); });
  std::this_thread::sleep_for(std::chrono::milliseconds(100));  // let it go idle
  const auto id = submit({{"kind", "text_to_3d"}, {"tier", "draft"}, {"input", {{"prompt", "a stone well"}}}});
  ASSERT_EQ(::write(fds[1], "x", 1), 1);
  EXPECT_TRUE(waitFor(id, [](const store::JobRecord& j) { return store::isTerminal(j.state); }));
  ::close(fds[1]);
  // Generous: the worker first paints the job's preview at low priority,
  // which crawls while other tests load the machine (drain capped at 15 s).
  ASSERT_EQ(worker.wait_for(std::chrono::seconds(60)), std::future_status::ready);
  EXPECT_EQ(worker.get(), 1);
  ::close(fds[0]);
}

TEST_F(WorkerTest, StopsWhenAskedWhileIdle) {
  std::atomic<bool> stop{false};
  auto worker = std::async(std::launch::async, [&] { return runWorker(options(-1), stores_, registry_, stop); });
  std::this_thread::sleep_for(std::chrono::milliseconds(100));
  stop.store(true);
  ASSERT_EQ(worker.wait_for(std::chrono::seconds(2)), std::future_status::ready);
  EXPECT_EQ(worker.get(), 0);
}

}  // namespace
}  // namespace kiln::jobs
