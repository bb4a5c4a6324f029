#include "store/sqlite/sqlite_job_store.h"

#include <sys/stat.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <mutex>
#include <set>
#include <thread>

#include <fmt/format.h>
#include <gtest/gtest.h>

#include "core/clock.h"
#include "store/store.h"
#include "store/tests/temp_dir.h"

namespace kiln::store {
namespace {

NewJob newJob(std::string workspace = "ws_a", int priority = 0, int max_attempts = 3, std::string kind = "text_to_3d") {
  NewJob job;
  job.kind = std::move(kind);
  job.engine = "sculpt";
  job.tier = "draft";
  job.spec = {{"kind", job.kind}, {"input", {{"prompt", "a glazed ceramic teapot"}}}, {"outputs", {"glb"}}};
  job.workspace_id = std::move(workspace);
  job.priority = priority;
  job.max_attempts = max_attempts;
  return job;
}

// Direct SQL on the database file, the way an operator (or a crashed worker's
// clock) would see it — used to backdate leases and retry times.
void execSql(const std::filesystem::path& dir, const std::string& sql) {
  auto conn = sqlite::Connection::open(dir / "kiln.db");
  ASSERT_TRUE(conn.has_value());
  auto ok = (*conn)->exec(sql);
  ASSERT_TRUE(ok.has_value()) << ok.error().message;
}

class JobStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto opened = openDataDir(dir_.path());
    ASSERT_TRUE(opened.has_value()) << opened.error().message;
    stores_ = std::move(*opened);
  }
  JobStore& jobs() { return *stores_.jobs; }
  JobRecord create(NewJob job = newJob()) {
    auto created = jobs().create(job);
    EXPECT_TRUE(created.has_value()) << created.error().message;
    return *created;
  }
  Lease leaseOne() {
    auto lease = jobs().lease("worker-1", 30'000);
    EXPECT_TRUE(lease.has_value() && lease->has_value());
    return **lease;
  }
  void backdateLeases() { execSql(dir_.path(), "UPDATE jobs SET lease_expires_ms = 1 WHERE state = 'running'"); }
  void makeRunnableNow() { execSql(dir_.path(), "UPDATE jobs SET run_after_ms = 0 WHERE state = 'queued'"); }

  testing::TempDir dir_;
  Stores stores_;
};

TEST_F(JobStoreTest, CreatedJobIsQueuedAndReadable) {
  const JobRecord created = create();
  EXPECT_TRUE(created.id.starts_with("job_"));
  EXPECT_EQ(created.state, JobState::kQueued);
  auto got = jobs().get(created.id);
  ASSERT_TRUE(got.has_value()) << got.error().message;
  EXPECT_EQ(got->id, created.id);
  EXPECT_EQ(got->kind, "text_to_3d");
  EXPECT_EQ(got->engine, "sculpt");
  EXPECT_EQ(got->tier, "draft");
  EXPECT_EQ(got->workspace_id, "ws_a");
  EXPECT_EQ(got->dialect, "native");
  EXPECT_EQ(got->spec, created.spec);
  EXPECT_EQ(got->state, JobState::kQueued);
  EXPECT_EQ(got->attempts, 0);
  EXPECT_EQ(got->max_attempts, 3);
  EXPECT_EQ(got->created_at_ms, created.created_at_ms);
  EXPECT_FALSE(got->error.has_value());
}

TEST_F(JobStoreTest, UnknownJobIsNotFound) {
  auto got = jobs().get("job_01JD3X5Q8RZ6V0K9YB2M4N7P1C");
  ASSERT_FALSE(got.has_value());
  EXPECT_EQ(got.error().code, ErrorCode::kNotFound);
}

TEST_F(JobStoreTest, CreateRejectsAJobWithoutAttempts) {
  NewJob job = newJob();
  job.max_attempts = 0;
  EXPECT_EQ(jobs().create(job).error().code, ErrorCode::kInvalidArgument);
}

TEST_F(JobStoreTest, ListPagesNewestFirstWithinTheWorkspace) {
  std::vector<std::string> ids;
  for (int i = 0; i < 25; ++i) ids.push_back(create().id);
  for (int i = 0; i < 3; ++i) create(newJob("ws_b"));
  std::reverse(ids.begin(), ids.end());

  std::vector<std::string> seen;
  std::string cursor;
  std::vector<size_t> page_sizes;
  do {
    auto page = jobs().list({.workspace_id = "ws_a", .cursor = cursor, .limit = 10});
    ASSERT_TRUE(page.has_value()) << page.error().message;
    page_sizes.push_back(page->jobs.size());
    for (const auto& j : page->jobs) {
      EXPECT_EQ(j.workspace_id, "ws_a");
      seen.push_back(j.id);
    }
    cursor = page->next_cursor;
  } while (!cursor.empty());
  EXPECT_EQ(page_sizes, (std::vector<size_t>{10, 10, 5}));
  EXPECT_EQ(seen, ids);

  auto other = jobs().list({.workspace_id = "ws_b"});
  ASSERT_TRUE(other.has_value());
  EXPECT_EQ(other->jobs.size(), 3u);
  EXPECT_TRUE(other->next_cursor.empty());
}

TEST_F(JobStoreTest, ListFiltersByStateAndKind) {
  const auto a = create();
  const auto b = create(newJob("ws_a", 0, 3, "miniature"));
  create();
  ASSERT_TRUE(jobs().cancel(a.id).has_value());

  auto canceled = jobs().list({.workspace_id = "ws_a", .state = JobState::kCanceled});
  ASSERT_TRUE(canceled.has_value());
  ASSERT_EQ(canceled->jobs.size(), 1u);
  EXPECT_EQ(canceled->jobs[0].id, a.id);

  auto minis = jobs().list({.workspace_id = "ws_a", .kind = "miniature"});
  ASSERT_TRUE(minis.has_value());
  ASSERT_EQ(minis->jobs.size(), 1u);
  EXPECT_EQ(minis->jobs[0].id, b.id);

  auto queued = jobs().list({.workspace_id = "ws_a", .state = JobState::kQueued});
  EXPECT_EQ(queued->jobs.size(), 2u);
}

TEST_F(JobStoreTest, ListRejectsForeignCursorsAndBadLimits) {
  create();
  auto bad_cursor = jobs().list({.workspace_id = "ws_a", .cursor = "not-a-cursor"});
  ASSERT_FALSE(bad_cursor.has_value());
  EXPECT_EQ(bad_cursor.error().code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(bad_cursor.error().details["field"], "cursor");
  EXPECT_EQ(jobs().list({.workspace_id = "ws_a", .limit = 0}).error().details["field"], "limit");
  EXPECT_EQ(jobs().list({.workspace_id = "ws_a", .limit = 101}).error().details["field"], "limit");
}

TEST_F(JobStoreTest, LeaseTakesHighestPriorityThenOldest) {
  const auto old_low = create(newJob("ws_a", 0));
  const auto high = create(newJob("ws_a", 5));
  const auto new_low = create(newJob("ws_a", 0));
  const auto mid = create(newJob("ws_a", 1));
  std::vector<std::string> order;
  for (int i = 0; i < 4; ++i) {
    const Lease lease = leaseOne();
    EXPECT_EQ(lease.attempt, 1);
    EXPECT_EQ(lease.job.state, JobState::kRunning);
    EXPECT_FALSE(lease.token.empty());
    order.push_back(lease.job_id);
  }
  EXPECT_EQ(order, (std::vector<std::string>{high.id, mid.id, old_low.id, new_low.id}));
  auto none = jobs().lease("worker-1", 30'000);
  ASSERT_TRUE(none.has_value());
  EXPECT_FALSE(none->has_value());
}

TEST(JobStoreConcurrency, RacingLeasesFromTwoStoresNeverShareAJob) {
  testing::TempDir dir;
  // Two independent opens of one file: the same locking as two processes.
  auto first = openDataDir(dir.path());
  auto second = openDataDir(dir.path());
  ASSERT_TRUE(first.has_value() && second.has_value());
  constexpr int kJobs = 60;
  for (int i = 0; i < kJobs; ++i) ASSERT_TRUE(first->jobs->create(newJob()).has_value());

  std::mutex mutex;
  std::map<std::string, int> leased;
  std::vector<std::thread> threads;
  for (int t = 0; t < 6; ++t) {
    JobStore* store = (t % 2 == 0 ? first : second)->jobs.get();
    threads.emplace_back([&, store, t] {
      while (true) {
        auto lease = store->lease("worker-" + std::to_string(t), 30'000);
        ASSERT_TRUE(lease.has_value()) << lease.error().message;
        if (!lease->has_value()) return;
        std::lock_guard lock(mutex);
        ++leased[(*lease)->job_id];
      }
    });
  }
  for (auto& th : threads) th.join();
  EXPECT_EQ(leased.size(), static_cast<size_t>(kJobs));
  for (const auto& [id, count] : leased) EXPECT_EQ(count, 1) << id;
  EXPECT_EQ(first->jobs->stats()->running, kJobs);
}

TEST_F(JobStoreTest, HeartbeatExtendsTheLeaseAndRecordsProgress) {
  const auto job = create();
  const Lease lease = leaseOne();
  auto beat = jobs().heartbeat(lease, 30'000, "mesh", 0.4);
  ASSERT_TRUE(beat.has_value()) << beat.error().message;
  EXPECT_FALSE(*beat);
  auto got = jobs().get(job.id);
  EXPECT_EQ(got->step, "mesh");
  EXPECT_DOUBLE_EQ(got->progress, 0.4);
}

TEST_F(JobStoreTest, WrongTokenIsAConflictAndChangesNothing) {
  const auto job = create();
  Lease lease = leaseOne();
  const auto before = jobs().get(job.id).value();
  const int64_t counter = jobs().changeCounter().value();
  Lease forged = lease;
  forged.token = "forged-token";
  auto beat = jobs().heartbeat(forged, 30'000, "mesh", 0.9);
  ASSERT_FALSE(beat.has_value());
  EXPECT_EQ(beat.error().code, ErrorCode::kConflict);
  auto finished = jobs().finish(forged, {.success = true});
  ASSERT_FALSE(finished.has_value());
  EXPECT_EQ(finished.error().code, ErrorCode::kConflict);
  const auto after = jobs().get(job.id).value();
  EXPECT_EQ(after.state, JobState::kRunning);
  EXPECT_EQ(after.step, before.step);
  EXPECT_EQ(after.progress, before.progress);
  EXPECT_EQ(jobs().changeCounter().value(), counter);
  // The real holder still can.
  EXPECT_TRUE(jobs().finish(lease, {.success = true}).has_value());
}

TEST_F(JobStoreTest, FinishWithSuccessStoresArtifactsAndResult) {
  const auto job = create();
  const Lease lease = leaseOne();
  Outcome outcome{.success = true};
  outcome.artifacts = {{"model.glb", "glb", "model/gltf-binary", 1234, std::string(64, 'a')},
                       {"model.stl", "stl", "model/stl", 99, std::string(64, 'b')}};
  outcome.result = {{"subject", "teapot"}, {"checks", {{"watertight", true}}}};
  auto finished = jobs().finish(lease, outcome);
  ASSERT_TRUE(finished.has_value()) << finished.error().message;
  EXPECT_EQ(finished->state, JobState::kSucceeded);
  auto got = jobs().get(job.id).value();
  EXPECT_EQ(got.state, JobState::kSucceeded);
  EXPECT_DOUBLE_EQ(got.progress, 1.0);
  EXPECT_GT(got.finished_at_ms, 0);
  ASSERT_EQ(got.artifacts.size(), 2u);
  EXPECT_EQ(got.artifacts[0].name, "model.glb");
  EXPECT_EQ(got.artifacts[1].sha256, std::string(64, 'b'));
  EXPECT_EQ(got.artifacts[1].bytes, 99u);
  EXPECT_EQ(got.result["checks"]["watertight"], true);
  // Finishing twice is refused: the lease ended with the first finish.
  EXPECT_EQ(jobs().finish(lease, outcome).error().code, ErrorCode::kConflict);
}

TEST_F(JobStoreTest, RetryableFailureRequeuesWithBackoffThenFailsWhenOutOfAttempts) {
  const auto job = create(newJob("ws_a", 0, 2));
  Lease lease = leaseOne();
  const int64_t before = nowUnixMs();
  Outcome failure{.success = false, .error = makeError(ErrorCode::kInternal, "engine crashed")};
  auto retried = jobs().finish(lease, failure);
  ASSERT_TRUE(retried.has_value()) << retried.error().message;
  EXPECT_EQ(retried->state, JobState::kQueued);
  EXPECT_GE(retried->run_after_ms, before + retryBackoffMs(1, job.id) - 5);
  EXPECT_FALSE(retried->error.has_value());
  // Backing off: not leasable yet.
  EXPECT_FALSE(jobs().lease("worker-1", 30'000)->has_value());
  makeRunnableNow();
  lease = leaseOne();
  EXPECT_EQ(lease.attempt, 2);
  auto failed = jobs().finish(lease, failure);
  ASSERT_TRUE(failed.has_value());
  EXPECT_EQ(failed->state, JobState::kFailed);
  ASSERT_TRUE(failed->error.has_value());
  EXPECT_EQ(failed->error->message, "engine crashed");
  EXPECT_EQ(jobs().get(job.id)->error->code, ErrorCode::kInternal);
}

TEST_F(JobStoreTest, NonRetryableFailureFailsAtOnce) {
  const auto job = create();
  const Lease lease = leaseOne();
  Outcome failure{.success = false,
                  .error = makeError(ErrorCode::kUnprocessable, "no known subject", {{"parameter", "prompt"}}),
                  .retryable = false};
  auto failed = jobs().finish(lease, failure);
  ASSERT_TRUE(failed.has_value());
  EXPECT_EQ(failed->state, JobState::kFailed);
  auto got = jobs().get(job.id).value();
  EXPECT_EQ(got.attempts, 1);
  ASSERT_TRUE(got.error.has_value());
  EXPECT_EQ(got.error->code, ErrorCode::kUnprocessable);
  EXPECT_EQ(got.error->details["parameter"], "prompt");
}

// A lease that expired says only that the worker went away (the server or
// the worker was killed, a host died): the job is not at fault, so the attempt
// does not count and the job runs again at once.
TEST_F(JobStoreTest, RescueRequeuesAnExpiredLeaseAtOnceWithoutUsingAnAttempt) {
  const auto job = create(newJob("ws_a", 0, 1));
  leaseOne();
  auto nothing = jobs().rescueExpired();
  ASSERT_TRUE(nothing.has_value());
  EXPECT_EQ(*nothing, 0);
  backdateLeases();
  auto rescued = jobs().rescueExpired();
  ASSERT_TRUE(rescued.has_value()) << rescued.error().message;
  EXPECT_EQ(*rescued, 1);
  auto got = jobs().get(job.id).value();
  EXPECT_EQ(got.state, JobState::kQueued);
  EXPECT_EQ(got.attempts, 1);
  EXPECT_EQ(got.worker_losses, 1);
  EXPECT_LE(got.run_after_ms, nowUnixMs());
  const Lease second = leaseOne();
  EXPECT_EQ(second.attempt, 2);
  EXPECT_EQ(jobs().finish(second, {.success = true})->state, JobState::kSucceeded);
}

TEST_F(JobStoreTest, AJobThatKeepsLosingItsWorkerFailsAfterTheLimit) {
  const auto job = create(newJob("ws_a", 0, 3));
  for (int i = 0; i < kMaxWorkerLosses; ++i) {
    leaseOne();
    backdateLeases();
    ASSERT_EQ(jobs().rescueExpired().value(), 1);
  }
  auto got = jobs().get(job.id).value();
  EXPECT_EQ(got.state, JobState::kFailed);
  EXPECT_GT(got.finished_at_ms, 0);
  ASSERT_TRUE(got.error.has_value());
  EXPECT_EQ(got.error->code, ErrorCode::kInternal);
  EXPECT_NE(got.error->message.find(fmt::format("stopped (killed, or its lease expired) {} times", kMaxWorkerLosses)),
            std::string::npos)
      << got.error->message;
  EXPECT_EQ(got.error->details["worker_losses"], kMaxWorkerLosses);
}

TEST_F(JobStoreTest, ReturningAKilledWorkersJobDoesNotUseAnAttempt) {
  const auto job = create(newJob("ws_a", 0, 1));
  const auto other = create();
  auto mine = jobs().lease("w1.100", 30'000);
  auto theirs = jobs().lease("w2.200", 30'000);
  ASSERT_TRUE(mine && mine->has_value() && theirs && theirs->has_value());
  ASSERT_EQ((*mine)->job_id, job.id);
  auto returned = jobs().returnJobsOf("w1.100", std::nullopt);
  ASSERT_TRUE(returned.has_value()) << returned.error().message;
  EXPECT_EQ(*returned, 1);
  auto got = jobs().get(job.id).value();
  EXPECT_EQ(got.state, JobState::kQueued);
  EXPECT_EQ(got.worker_losses, 1);
  EXPECT_EQ(jobs().get(other.id)->state, JobState::kRunning) << "another worker's job is left alone";
  EXPECT_EQ(jobs().heartbeat(**mine, 30'000, "x", 0.5).error().code, ErrorCode::kConflict);
  const Lease again = leaseOne();
  EXPECT_EQ(again.job_id, job.id);
  EXPECT_EQ(jobs().finish(again, {.success = true})->state, JobState::kSucceeded);
}

TEST_F(JobStoreTest, AWorkerThatCrashedOnItsJobUsesAnAttemptAndTheLastOneFailsTheJob) {
  const auto job = create(newJob("ws_a", 0, 2));
  const Error crash = makeError(ErrorCode::kInternal, "the engine crashed its worker (signal 11, SIGSEGV)",
                                {{"signal", 11}});
  jobs().lease("w1.100", 30'000);
  ASSERT_EQ(jobs().returnJobsOf("w1.100", crash).value(), 1);
  auto got = jobs().get(job.id).value();
  EXPECT_EQ(got.state, JobState::kQueued);
  EXPECT_GT(got.run_after_ms, nowUnixMs()) << "a crash is retried after a backoff";
  makeRunnableNow();
  jobs().lease("w1.101", 30'000);
  ASSERT_EQ(jobs().returnJobsOf("w1.101", crash).value(), 1);
  got = jobs().get(job.id).value();
  EXPECT_EQ(got.state, JobState::kFailed);
  EXPECT_EQ(got.attempts, 2);
  ASSERT_TRUE(got.error.has_value());
  EXPECT_NE(got.error->message.find("SIGSEGV) on attempt 2 of 2; no attempts are left"), std::string::npos)
      << got.error->message;
  EXPECT_EQ(got.error->details["signal"], 11);
  EXPECT_EQ(got.error->details["attempts"], 2);
}

TEST_F(JobStoreTest, LostWorkersDoNotCountTowardsTheAttemptsAnEngineFailureUses) {
  const auto job = create(newJob("ws_a", 0, 2));
  leaseOne();
  backdateLeases();
  ASSERT_EQ(jobs().rescueExpired().value(), 1);
  const Outcome failure{.success = false, .error = makeError(ErrorCode::kInternal, "engine crashed")};
  EXPECT_EQ(jobs().finish(leaseOne(), failure)->state, JobState::kQueued) << "the first failed attempt of two";
  makeRunnableNow();
  EXPECT_EQ(jobs().finish(leaseOne(), failure)->state, JobState::kFailed);
  EXPECT_EQ(jobs().get(job.id)->attempts, 3);
}

TEST_F(JobStoreTest, ARescuedJobsOldLeaseCannotFinishOrHeartbeat) {
  const auto job = create();
  const Lease stale = leaseOne();
  backdateLeases();
  ASSERT_EQ(jobs().rescueExpired().value(), 1);
  makeRunnableNow();
  const Lease fresh = leaseOne();
  EXPECT_EQ(fresh.job_id, job.id);
  EXPECT_NE(fresh.token, stale.token);
  EXPECT_EQ(jobs().heartbeat(stale, 30'000, "x", 0.5).error().code, ErrorCode::kConflict);
  EXPECT_EQ(jobs().finish(stale, {.success = true}).error().code, ErrorCode::kConflict);
  EXPECT_EQ(jobs().get(job.id)->state, JobState::kRunning);
  EXPECT_EQ(jobs().finish(fresh, {.success = true})->state, JobState::kSucceeded);
}

TEST_F(JobStoreTest, CancelingAQueuedJobIsImmediate) {
  const auto job = create();
  auto canceled = jobs().cancel(job.id);
  ASSERT_TRUE(canceled.has_value());
  EXPECT_EQ(canceled->state, JobState::kCanceled);
  EXPECT_GT(canceled->finished_at_ms, 0);
  EXPECT_FALSE(jobs().lease("worker-1", 30'000)->has_value());
  auto again = jobs().cancel(job.id);
  ASSERT_FALSE(again.has_value());
  EXPECT_EQ(again.error().code, ErrorCode::kConflict);
  EXPECT_EQ(jobs().cancel("job_01JD3X5Q8RZ6V0K9YB2M4N7P1C").error().code, ErrorCode::kNotFound);
}

TEST_F(JobStoreTest, CancelingARunningJobReachesTheWorkerAndEndsCanceled) {
  const auto job = create();
  const Lease lease = leaseOne();
  auto requested = jobs().cancel(job.id);
  ASSERT_TRUE(requested.has_value());
  EXPECT_EQ(requested->state, JobState::kRunning);
  EXPECT_TRUE(requested->cancel_requested);
  EXPECT_TRUE(jobs().heartbeat(lease, 30'000, "mesh", 0.5).value());
  auto finished = jobs().finish(lease, {.success = false, .error = makeError(ErrorCode::kCanceled, "canceled")});
  ASSERT_TRUE(finished.has_value());
  EXPECT_EQ(finished->state, JobState::kCanceled);
  EXPECT_FALSE(finished->error.has_value());
}

TEST_F(JobStoreTest, ACanceledJobWhoseWorkerDiedEndsCanceledAtRescue) {
  const auto job = create();
  leaseOne();
  ASSERT_TRUE(jobs().cancel(job.id).has_value());
  backdateLeases();
  ASSERT_EQ(jobs().rescueExpired().value(), 1);
  EXPECT_EQ(jobs().get(job.id)->state, JobState::kCanceled);
}

TEST_F(JobStoreTest, QueuePositionCountsRunnableJobsAhead) {
  const auto a = create();
  const auto b = create();
  const auto urgent = create(newJob("ws_a", 9));
  EXPECT_EQ(jobs().queuePosition(urgent.id).value(), 1);
  EXPECT_EQ(jobs().queuePosition(a.id).value(), 2);
  EXPECT_EQ(jobs().queuePosition(b.id).value(), 3);
  leaseOne();  // takes `urgent`
  EXPECT_EQ(jobs().queuePosition(urgent.id).value(), 0);
  EXPECT_EQ(jobs().queuePosition(b.id).value(), 2);
  EXPECT_EQ(jobs().queuePosition("job_01JD3X5Q8RZ6V0K9YB2M4N7P1C").error().code, ErrorCode::kNotFound);
}

TEST_F(JobStoreTest, StatsCountJobsByState) {
  const auto a = create();
  create();
  create();
  ASSERT_TRUE(jobs().cancel(a.id).has_value());
  const Lease lease = leaseOne();
  ASSERT_TRUE(jobs().finish(lease, {.success = true}).has_value());
  leaseOne();
  auto stats = jobs().stats();
  ASSERT_TRUE(stats.has_value());
  EXPECT_EQ(stats->queued, 0);
  EXPECT_EQ(stats->running, 1);
  EXPECT_EQ(stats->succeeded, 1);
  EXPECT_EQ(stats->canceled, 1);
  EXPECT_EQ(stats->failed, 0);
}

TEST_F(JobStoreTest, ChangeCounterMovesWhenAnotherProcessWrites) {
  const auto job = create();
  const int64_t start = jobs().changeCounter().value();
  EXPECT_EQ(jobs().changeCounter().value(), start);  // stable without changes
  auto other = openDataDir(dir_.path());
  ASSERT_TRUE(other.has_value());
  ASSERT_TRUE(other->jobs->cancel(job.id).has_value());
  const int64_t after_cancel = jobs().changeCounter().value();
  EXPECT_GT(after_cancel, start);
  execSql(dir_.path(), "UPDATE jobs SET step = 'poked'");
  EXPECT_GT(jobs().changeCounter().value(), after_cancel);
}

TEST(JobStorePersistence, AReopenedStoreKeepsJobsAndSecret) {
  testing::TempDir dir;
  std::string id, secret;
  {
    auto stores = openDataDir(dir.path());
    ASSERT_TRUE(stores.has_value());
    auto job = stores->jobs->create(newJob());
    ASSERT_TRUE(job.has_value());
    id = job->id;
    secret = stores->server_secret;
    auto lease = stores->jobs->lease("w", 30'000);
    ASSERT_TRUE(lease.has_value() && lease->has_value());
    ASSERT_TRUE(stores->jobs->finish(**lease, {.success = true, .artifacts = {{"model.glb", "glb",
                                                                              "model/gltf-binary", 5,
                                                                              std::string(64, 'e')}}})
                    .has_value());
  }
  auto stores = openDataDir(dir.path());
  ASSERT_TRUE(stores.has_value());
  auto job = stores->jobs->get(id);
  ASSERT_TRUE(job.has_value());
  EXPECT_EQ(job->state, JobState::kSucceeded);
  ASSERT_EQ(job->artifacts.size(), 1u);
  EXPECT_EQ(stores->server_secret, secret);
  EXPECT_EQ(secret.size(), 32u);
  struct stat st{};
  ASSERT_EQ(::stat((dir.path() / "secret").c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0600u);
}

TEST(JobStorePersistence, OpenDataDirNamesAnUnusablePath) {
  testing::TempDir dir;
  const auto file = dir.path() / "plain-file";
  std::ofstream(file) << "x";
  auto stores = openDataDir(file / "data");
  ASSERT_FALSE(stores.has_value());
  EXPECT_EQ(stores.error().code, ErrorCode::kIo);
  EXPECT_NE(stores.error().message.find(file.string()), std::string::npos) << stores.error().message;
}

TEST(JobStoreConcurrency, CreatesFromEightThreadsAreAllDurableAndCounted) {
  testing::TempDir dir;
  constexpr int kThreads = 8;
  constexpr int kPerThread = 150;
  std::vector<std::string> ids;
  {
    auto stores = openDataDir(dir.path());
    ASSERT_TRUE(stores.has_value());
    std::mutex mutex;
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; ++t) {
      threads.emplace_back([&] {
        for (int i = 0; i < kPerThread; ++i) {
          auto job = stores->jobs->create(newJob());
          ASSERT_TRUE(job.has_value()) << job.error().message;
          std::lock_guard lock(mutex);
          ids.push_back(job->id);
        }
      });
    }
    for (auto& th : threads) th.join();
    auto& db = dynamic_cast<sqlite::SqliteJobStore&>(*stores->jobs).database();
    // Group commit: concurrent creates shared transactions.
    EXPECT_LT(db.writer().transactions(), db.writer().operations());
  }
  ASSERT_EQ(ids.size(), static_cast<size_t>(kThreads * kPerThread));
  EXPECT_EQ(std::set<std::string>(ids.begin(), ids.end()).size(), ids.size());
  auto stores = openDataDir(dir.path());
  ASSERT_TRUE(stores.has_value());
  EXPECT_EQ(stores->jobs->stats()->queued, kThreads * kPerThread);
  for (const auto& id : ids) ASSERT_TRUE(stores->jobs->get(id).has_value()) << id;
}

TEST(RetryBackoff, GrowsExponentiallyWithBoundedJitter) {
  for (int attempt = 1; attempt <= 8; ++attempt) {
    const double base_ms = std::min(1 << attempt, 60) * 1000.0;
    const int64_t ms = retryBackoffMs(attempt, "job_x");
    EXPECT_GE(ms, static_cast<int64_t>(base_ms * 0.8) - 1) << attempt;
    EXPECT_LE(ms, static_cast<int64_t>(base_ms * 1.2) + 1) << attempt;
    EXPECT_EQ(ms, retryBackoffMs(attempt, "job_x"));
  }
  EXPECT_NE(retryBackoffMs(3, "job_a"), retryBackoffMs(3, "job_b"));
}

}  // namespace
}  // namespace kiln::store

namespace kiln::store {
namespace {

TEST_F(JobStoreTest, ArtifactsAttachOnlyToSucceededJobsOnceByName) {
  const auto queued = create();
  const Artifact preview{.name = "preview.png", .format = "png", .media_type = "image/png", .bytes = 10,
                         .sha256 = std::string(64, 'b')};
  EXPECT_EQ(jobs().attachArtifact(queued.id, preview).error().code, ErrorCode::kConflict);
  EXPECT_EQ(jobs().attachArtifact("job_01JD3X5Q8RZ6V0K9YB2M4N7P1C", preview).error().code, ErrorCode::kNotFound);
  const auto lease = leaseOne();
  Outcome outcome{.success = true};
  outcome.artifacts.push_back({.name = "model.glb", .format = "glb", .media_type = "model/gltf-binary", .bytes = 100,
                               .sha256 = std::string(64, 'a')});
  ASSERT_TRUE(jobs().finish(lease, outcome).has_value());
  const int64_t before = *jobs().changeCounter();
  ASSERT_TRUE(jobs().attachArtifact(lease.job_id, preview).has_value());
  ASSERT_TRUE(jobs().attachArtifact(lease.job_id, preview).has_value()) << "idempotent by name";
  EXPECT_GT(*jobs().changeCounter(), before) << "pollers see the new artifact";
  const auto job = jobs().get(lease.job_id);
  ASSERT_TRUE(job.has_value());
  ASSERT_EQ(job->artifacts.size(), 2u);
  EXPECT_EQ(job->artifacts[0].name, "model.glb");
  EXPECT_EQ(job->artifacts[1].name, "preview.png");
}

}  // namespace
}  // namespace kiln::store

namespace kiln::store {
namespace {

TEST_F(JobStoreTest, FinishedRunsAreListedOnceAfterAWatermark) {
  for (int i = 0; i < 3; ++i) create();
  for (int i = 0; i < 3; ++i) {
    const auto lease = leaseOne();
    ASSERT_TRUE(jobs().finish(lease, {.success = i != 1, .retryable = false}).has_value());
  }
  auto all = jobs().finishedSince(0, "", 10);
  ASSERT_TRUE(all.has_value());
  ASSERT_EQ(all->size(), 3u);
  EXPECT_EQ((*all)[1].state, JobState::kFailed);
  for (const auto& run : *all) EXPECT_GE(run.finished_at_ms, run.started_at_ms);
  // From the second run's watermark only the third is new.
  auto rest = jobs().finishedSince((*all)[1].finished_at_ms, (*all)[1].id, 10);
  ASSERT_TRUE(rest.has_value());
  ASSERT_EQ(rest->size(), 1u);
  EXPECT_EQ((*rest)[0].id, (*all)[2].id);
  auto page = jobs().finishedSince(0, "", 2);
  ASSERT_TRUE(page.has_value());
  EXPECT_EQ(page->size(), 2u);
}

}  // namespace
}  // namespace kiln::store
