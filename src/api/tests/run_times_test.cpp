#include "api/run_times.h"

#include <gtest/gtest.h>

namespace kiln::api {
namespace {

// An in-memory log of finished runs in place of the job store: source()
// answers exactly as JobStore::finishedSince does (after the (finished_at,
// id) watermark, oldest first, at most `limit`), so the averaging and the
// watermark are tested without a database.
struct RunLog {
  std::vector<store::FinishedRun> runs;
  int reads = 0;
  RunTimes::Source source() {
    return [this](int64_t after_ms, const std::string& after_id, int limit) -> Result<std::vector<store::FinishedRun>> {
      ++reads;
      std::vector<store::FinishedRun> out;
      for (const auto& r : runs) {
        if (r.finished_at_ms < after_ms || (r.finished_at_ms == after_ms && r.id <= after_id)) continue;
        if (static_cast<int>(out.size()) == limit) break;
        out.push_back(r);
      }
      return out;
    };
  }
  void add(std::string id, std::string engine, std::string tier, int64_t started, int64_t finished,
           store::JobState state = store::JobState::kSucceeded) {
    runs.push_back({std::move(id), std::move(engine), std::move(tier), state, started, finished});
  }
};

TEST(RunTimes, AveragesSucceededRunsPerEngineAndTier) {
  RunLog log;
  log.add("job_1", "sculpt", "draft", 1000, 1100);
  log.add("job_2", "sculpt", "draft", 2000, 2300);
  log.add("job_3", "sculpt", "high", 3000, 7000);
  log.add("job_4", "sculpt", "draft", 4000, 9000, store::JobState::kFailed);  // failures do not count
  RunTimes times(log.source(), 0, 0);
  const auto draft = times.averageSeconds("sculpt", "draft");
  ASSERT_TRUE(draft.has_value());
  EXPECT_NEAR(*draft, 0.1 + RunTimes::kAlpha * (0.3 - 0.1), 1e-9);
  EXPECT_NEAR(times.averageSeconds("sculpt", "high").value(), 4.0, 1e-9);
  EXPECT_FALSE(times.averageSeconds("inflate", "draft").has_value()) << "not measured yet";
}

TEST(RunTimes, ReadsEachRunOnceAndOnlyAfterItsStart) {
  RunLog log;
  log.add("job_0", "sculpt", "draft", 10, 20'000);  // finished before the server started following
  log.add("job_1", "sculpt", "draft", 50'000, 51'000);
  RunTimes times(log.source(), 30'000, 0);
  EXPECT_NEAR(times.averageSeconds("sculpt", "draft").value(), 1.0, 1e-9);
  // Read again: nothing new, the average stays.
  EXPECT_NEAR(times.averageSeconds("sculpt", "draft").value(), 1.0, 1e-9);
  log.add("job_2", "sculpt", "draft", 60'000, 63'000);
  EXPECT_NEAR(times.averageSeconds("sculpt", "draft").value(), 1.0 + RunTimes::kAlpha * 2.0, 1e-9);
}

TEST(RunTimes, RefreshesAtMostOncePerInterval) {
  RunLog log;
  log.add("job_1", "sculpt", "draft", 0, 500);
  RunTimes times(log.source(), -1, 60'000);
  for (int i = 0; i < 100; ++i) (void)times.averageSeconds("sculpt", "draft");
  EXPECT_EQ(log.reads, 1);
}

}  // namespace
}  // namespace kiln::api
