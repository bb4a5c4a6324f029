// Several processes on one data directory: SQLite's POSIX file locks are
// per process, so only real processes exercise the cross-process path.
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fstream>
#include <map>
#include <thread>

#include <gtest/gtest.h>

#include "core/clock.h"
#include "store/store.h"
#include "store/tests/temp_dir.h"

namespace kiln::store {
namespace {

NewJob newJob() {
  NewJob job;
  job.kind = "text_to_3d";
  job.engine = "sculpt";
  job.tier = "draft";
  job.spec = {{"input", {{"prompt", "a wooden chest"}}}};
  job.max_attempts = 2;
  return job;
}

// Forks a child that runs `body` and exits with its return value. The parent
// must hold no store open (no threads) when calling this.
pid_t spawn(const std::function<int()>& body) {
  const pid_t pid = ::fork();
  if (pid == 0) ::_exit(body());
  return pid;
}

int exitCode(pid_t pid) {
  int status = 0;
  if (::waitpid(pid, &status, 0) != pid) return -1;
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

TEST(MultiProcess, RacingWorkerProcessesLeaseEachJobOnce) {
  testing::TempDir dir;
  constexpr int kJobs = 80;
  constexpr int kProcesses = 4;
  {
    auto stores = openDataDir(dir.path());
    ASSERT_TRUE(stores.has_value());
    for (int i = 0; i < kJobs; ++i) ASSERT_TRUE(stores->jobs->create(newJob()).has_value());
  }
  std::vector<pid_t> children;
  for (int p = 0; p < kProcesses; ++p) {
    children.push_back(spawn([&, p] {
      auto stores = openDataDir(dir.path());
      if (!stores) return 2;
      std::ofstream out(dir.path() / ("leased-" + std::to_string(p)));
      while (true) {
        auto lease = stores->jobs->lease("proc-" + std::to_string(p), 60'000);
        if (!lease) return 3;
        if (!lease->has_value()) return 0;
        out << (*lease)->job_id << '\n';
        if (!stores->jobs->finish(**lease, {.success = true})) return 4;
      }
    }));
  }
  for (pid_t pid : children) EXPECT_EQ(exitCode(pid), 0);
  std::map<std::string, int> leased;
  for (int p = 0; p < kProcesses; ++p) {
    std::ifstream in(dir.path() / ("leased-" + std::to_string(p)));
    for (std::string id; std::getline(in, id);) ++leased[id];
  }
  EXPECT_EQ(leased.size(), static_cast<size_t>(kJobs));
  for (const auto& [id, count] : leased) EXPECT_EQ(count, 1) << id;
  auto stores = openDataDir(dir.path());
  ASSERT_TRUE(stores.has_value());
  EXPECT_EQ(stores->jobs->stats()->succeeded, kJobs);
}

TEST(MultiProcess, AKilledWorkersJobIsRescuedByAnotherProcess) {
  testing::TempDir dir;
  std::string id;
  {
    auto stores = openDataDir(dir.path());
    ASSERT_TRUE(stores.has_value());
    id = stores->jobs->create(newJob())->id;
  }
  int ready[2];
  ASSERT_EQ(::pipe(ready), 0);
  const pid_t worker = spawn([&] {
    ::close(ready[0]);
    auto stores = openDataDir(dir.path());
    if (!stores) return 2;
    auto lease = stores->jobs->lease("doomed", 300);
    if (!lease || !lease->has_value()) return 3;
    (void)::write(ready[1], "L", 1);
    while (true) ::pause();  // "working" until killed
  });
  ::close(ready[1]);
  char byte = 0;
  ASSERT_EQ(::read(ready[0], &byte, 1), 1);
  ::close(ready[0]);
  ASSERT_EQ(::kill(worker, SIGKILL), 0);
  EXPECT_EQ(exitCode(worker), 128 + SIGKILL);

  auto stores = openDataDir(dir.path());
  ASSERT_TRUE(stores.has_value());
  EXPECT_EQ(stores->jobs->get(id)->state, JobState::kRunning);  // the lease was durable
  EXPECT_EQ(stores->jobs->rescueExpired().value(), 0);          // not expired yet
  std::this_thread::sleep_for(std::chrono::milliseconds(400));
  EXPECT_EQ(stores->jobs->rescueExpired().value(), 1);
  auto job = stores->jobs->get(id).value();
  EXPECT_EQ(job.state, JobState::kQueued);
  EXPECT_EQ(job.attempts, 1);
  EXPECT_EQ(job.worker_losses, 1);
  EXPECT_LE(job.run_after_ms, nowUnixMs()) << "a lost worker's job runs again at once";
}

}  // namespace
}  // namespace kiln::store
