#include "jobs/worker_pool.h"

#include <fcntl.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <future>
#include <set>
#include <thread>

#include <fmt/format.h>
#include <gtest/gtest.h>

#include "core/crypto.h"

namespace kiln::jobs {
namespace {

using namespace std::chrono_literals;

// A pool whose workers run `script` in /bin/sh.
WorkerPoolOptions shellWorkers(const std::string& script, int count = 1) {
  WorkerPoolOptions options;
  options.executable = "/bin/sh";
  options.argv = {"sh", "-c", script};
  options.workers = count;
  return options;
}

// Blocks until `pid` has exited, without reaping it (it stays a zombie).
void waitUntilExitedNotReaped(pid_t pid) {
  siginfo_t info{};
  ASSERT_EQ(::waitid(P_PID, static_cast<id_t>(pid), &info, WEXITED | WNOWAIT), 0);
}

class TempDir {
 public:
  TempDir() : path_(std::filesystem::temp_directory_path() / ("kiln-pool-test-" + toHex(randomBytes(8)))) {
    std::filesystem::create_directories(path_);
  }
  ~TempDir() { std::filesystem::remove_all(path_); }
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

// A worker that died but was not reaped yet has closed its end of the wake-up
// channel; waking it must not raise SIGPIPE in the server (whose default
// action would end the whole API).
TEST(WorkerPoolDeathTest, WakingAWorkerThatJustDiedDoesNotKillTheServer) {
  GTEST_FLAG_SET(death_test_style, "threadsafe");
  EXPECT_EXIT(
      {
        ::signal(SIGPIPE, SIG_DFL);
        WorkerPool pool(shellWorkers("exit 0"));
        pool.startAll();
        waitUntilExitedNotReaped(pool.pids().at(0));
        pool.wake();
        pool.wake();
        std::exit(0);
      },
      ::testing::ExitedWithCode(0), "");
}

// wake() runs on HTTP I/O threads: it must return even while the supervisor
// waits out a long restart delay for a worker that keeps dying.
TEST(WorkerPool, WakeReturnsWhileACrashingWorkerWaitsForItsRestart) {
  auto options = shellWorkers("exit 3");
  options.restart_base_ms = 60'000;
  options.restart_max_ms = 60'000;
  std::promise<void> exited;
  std::atomic<bool> reported{false};
  options.on_exit = [&](const WorkerExit&) {
    if (!reported.exchange(true)) exited.set_value();
  };
  WorkerPool pool(std::move(options));
  std::atomic<bool> stopping{false};
  pool.startAll();
  std::thread supervisor([&] { pool.superviseLoop(stopping); });
  exited.get_future().wait();
  auto woke = std::async(std::launch::async, [&] { pool.wake(); });
  EXPECT_EQ(woke.wait_for(20s), std::future_status::ready) << "wake() waited for the supervisor's restart delay";
  stopping.store(true);
  pool.stopAll(1'000);
  supervisor.join();
}

TEST(WorkerPool, ReportsHowAWorkerEndedAndRestartsIt) {
  auto options = shellWorkers("kill -SEGV $$");
  options.restart_base_ms = 1;
  std::mutex mutex;
  std::vector<WorkerExit> exits;
  std::promise<void> two;
  options.on_exit = [&](const WorkerExit& exit) {
    std::lock_guard lock(mutex);
    exits.push_back(exit);
    if (exits.size() == 2) two.set_value();
  };
  WorkerPool pool(std::move(options));
  std::atomic<bool> stopping{false};
  pool.startAll();
  const pid_t first = pool.pids().at(0);
  std::thread supervisor([&] { pool.superviseLoop(stopping); });
  two.get_future().wait();
  stopping.store(true);
  pool.stopAll(1'000);
  supervisor.join();
  std::lock_guard lock(mutex);
  ASSERT_GE(exits.size(), 2u);
  EXPECT_EQ(exits[0].index, 0);
  EXPECT_EQ(exits[0].name, "w1");
  EXPECT_EQ(exits[0].pid, first);
  EXPECT_TRUE(WIFSIGNALED(exits[0].wait_status));
  EXPECT_EQ(WTERMSIG(exits[0].wait_status), SIGSEGV);
  EXPECT_NE(exits[1].pid, first) << "the slot was restarted with a new process";
}

// Killed from outside, a worker is not crash-looping: it comes back after
// the base delay every time (with doubling delays, eight deaths in a row
// would take 100 ms·(2+4+…+256) ≈ 51 s).
TEST(WorkerPool, AWorkerKilledFromOutsideComesBackWithoutGrowingDelays) {
  auto options = shellWorkers("kill -KILL $$");
  options.restart_base_ms = 100;
  options.restart_max_ms = 60'000;
  std::atomic<int> exits{0};
  std::promise<void> eight;
  options.on_exit = [&](const WorkerExit&) {
    if (++exits == 8) eight.set_value();
  };
  WorkerPool pool(std::move(options));
  std::atomic<bool> stopping{false};
  pool.startAll();
  std::thread supervisor([&] { pool.superviseLoop(stopping); });
  EXPECT_EQ(eight.get_future().wait_for(30s), std::future_status::ready);
  stopping.store(true);
  pool.stopAll(1'000);
  supervisor.join();
}

// A worker must not keep the server's listening socket (or any other
// descriptor) open: after a server crash it would hold the port.
TEST(WorkerPool, WorkersInheritOnlyTheirWakeChannel) {
  TempDir dir;
  // Deliberately without SOCK_CLOEXEC, and on a descriptor number above the ones a child keeps.
  const int socket_fd = ::socket(AF_INET, SOCK_STREAM, 0);
  ASSERT_GE(socket_fd, 0);
  const int listener = ::fcntl(socket_fd, F_DUPFD, 40);
  ::close(socket_fd);
  ASSERT_GE(listener, 40);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  ASSERT_EQ(::bind(listener, reinterpret_cast<sockaddr*>(&address), sizeof address), 0);
  ASSERT_EQ(::listen(listener, 4), 0);
  const auto listing = dir.path() / "fds";
  // ls lists its own descriptors, inherited from the shell, plus the one it opens on the folder.
  WorkerPool pool(shellWorkers(fmt::format("ls -1 /proc/self/fd > {}.tmp && mv {}.tmp {}", listing.string(),
                                           listing.string(), listing.string())));
  pool.startAll();
  int status = 0;
  ASSERT_EQ(::waitpid(pool.pids().at(0), &status, 0), pool.pids().at(0));
  ::close(listener);
  std::ifstream in(listing);
  std::set<int> fds;
  int fd = -1;
  while (in >> fd) fds.insert(fd);
  ASSERT_FALSE(fds.empty());
  for (int inherited : {0, 1, 2, 3}) EXPECT_TRUE(fds.contains(inherited)) << inherited;
  EXPECT_FALSE(fds.contains(listener)) << "the listening socket leaked into the worker";
  EXPECT_LE(fds.size(), 5u) << "only stdio, the wake channel and ls's own folder handle";
}

}  // namespace
}  // namespace kiln::jobs
