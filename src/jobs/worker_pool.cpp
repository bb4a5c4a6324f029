#include "jobs/worker_pool.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <climits>
#include <optional>
#include <cstring>
#include <thread>

#include <fmt/format.h>
#include <spdlog/spdlog.h>

namespace kiln::jobs {
namespace {

// How often the supervisor looks for dead workers while a restart is pending
// (it cannot block in waitpid then, or the restart would wait for the next death).
constexpr int64_t kPendingRestartPollMs = 20;
// A worker that lived this long before dying is restarted without delay
// growth: it was not crash-looping.
constexpr auto kStableRun = std::chrono::minutes(1);

// In a forked child, before exec: closes every descriptor from `first` up.
// Async-signal-safe (raw syscalls only).
void closeDescriptorsFrom(int first, long max_fd) {
#ifdef SYS_close_range
  if (::syscall(SYS_close_range, static_cast<unsigned>(first), UINT_MAX, 0u) == 0) return;
#endif
  for (long fd = first; fd < max_fd; ++fd) ::close(static_cast<int>(fd));
}

std::string describeExit(int status) {
  if (WIFSIGNALED(status)) {
    const char* name = sigabbrev_np(WTERMSIG(status));
    return fmt::format("signal {}, SIG{}", WTERMSIG(status), name != nullptr ? name : "?");
  }
  return fmt::format("status {}", WEXITSTATUS(status));
}

}  // namespace

WorkerPool::WorkerPool(WorkerPoolOptions options)
    : options_(std::move(options)), slots_(static_cast<size_t>(std::max(0, options_.workers))),
      oom_kills_(oomKillCount()) {}

void WorkerPool::startAll() {
  for (size_t i = 0; i < slots_.size(); ++i) spawn(i);
}

void WorkerPool::wake() {
  // Only non-blocking sends under the lock: nothing else in this class holds
  // it across a fork, a wait or a sleep, so an I/O thread never waits here.
  // MSG_NOSIGNAL: a worker that died and is not reaped yet has closed its
  // end; the send fails with EPIPE instead of raising SIGPIPE.
  std::lock_guard lock(mutex_);
  for (auto& w : slots_) {
    if (w.wake_write_fd >= 0) {
      const char byte = 1;
      [[maybe_unused]] auto n = ::send(w.wake_write_fd, &byte, 1, MSG_NOSIGNAL | MSG_DONTWAIT);
    }
  }
}

void WorkerPool::superviseLoop(const std::atomic<bool>& stopping) {
  while (true) {
    // Restarts that are due, outside the lock (fork can take a while in a big process).
    std::vector<size_t> due;
    std::optional<std::chrono::steady_clock::time_point> next_restart;
    bool any_alive = false;
    {
      std::lock_guard lock(mutex_);
      const auto now = std::chrono::steady_clock::now();
      for (size_t i = 0; i < slots_.size(); ++i) {
        auto& w = slots_[i];
        any_alive = any_alive || w.pid > 0;
        if (w.pid > 0 || !w.restart_at || stopping.load()) continue;
        if (*w.restart_at <= now) {
          w.restart_at.reset();
          due.push_back(i);
        } else if (!next_restart || *w.restart_at < *next_restart) {
          next_restart = w.restart_at;
        }
      }
    }
    for (size_t i : due) spawn(i);
    if (!due.empty()) continue;
    if (stopping.load() && !any_alive) return;

    int status = 0;
    const pid_t pid = ::waitpid(-1, &status, next_restart ? WNOHANG : 0);
    if (pid == 0 || (pid < 0 && errno == ECHILD)) {
      // Nothing exited: wait a little for a pending restart (or, with no
      // children at all, for stopping).
      std::this_thread::sleep_for(std::chrono::milliseconds(next_restart ? kPendingRestartPollMs : 100));
      continue;
    }
    if (pid < 0) continue;  // EINTR
    const auto oom_kills = oomKillCount();
    const bool oom_kill_seen = oom_kills && oom_kills_ && *oom_kills > *oom_kills_;
    oom_kills_ = oom_kills;
    // Killed from outside (an operator, its server's stop, a test), a worker
    // comes back at once; one that crashes or cannot start is restarted more
    // slowly each time in a row, unless it had run for a while.
    const int signal = WIFSIGNALED(status) ? WTERMSIG(status) : 0;
    const bool killed_from_outside =
        !oom_kill_seen && (signal == SIGKILL || signal == SIGTERM || signal == SIGINT || signal == SIGHUP);
    std::optional<WorkerExit> exit;
    {
      std::lock_guard lock(mutex_);
      for (size_t i = 0; i < slots_.size(); ++i) {
        auto& w = slots_[i];
        if (w.pid != pid) continue;
        ::close(w.wake_write_fd);
        w.wake_write_fd = -1;
        w.pid = -1;
        exit = WorkerExit{static_cast<int>(i), fmt::format("w{}", i + 1), pid, status, oom_kill_seen};
        if (stopping.load()) break;
        if (killed_from_outside || std::chrono::steady_clock::now() - w.started_at > kStableRun) {
          w.restarts = 0;
        } else {
          ++w.restarts;
        }
        const int64_t delay_ms =
            std::min(options_.restart_max_ms, options_.restart_base_ms * (int64_t{1} << std::min(w.restarts, 20)));
        w.restart_at = std::chrono::steady_clock::now() + std::chrono::milliseconds(delay_ms);
      }
    }
    if (!exit) continue;  // not one of ours
    if (!stopping.load()) {
      spdlog::warn("worker {} (pid {}) exited ({}); restarting it — its job, if any, returns to the queue",
                   exit->index + 1, pid, describeExit(status));
    }
    if (options_.on_exit) options_.on_exit(*exit);
  }
}

void WorkerPool::stopAll(int64_t grace_ms) {
  std::vector<pid_t> pids;
  {
    std::lock_guard lock(mutex_);
    for (auto& w : slots_) {
      w.restart_at.reset();
      if (w.pid > 0) {
        ::kill(w.pid, SIGTERM);
        pids.push_back(w.pid);
      }
    }
  }
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(grace_ms);
  for (pid_t pid : pids) {
    while (::kill(pid, 0) == 0 && std::chrono::steady_clock::now() < deadline) {
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    if (::kill(pid, 0) == 0) ::kill(pid, SIGKILL);
  }
}

std::vector<pid_t> WorkerPool::pids() {
  std::lock_guard lock(mutex_);
  std::vector<pid_t> out;
  for (const auto& w : slots_) out.push_back(w.pid);
  return out;
}

void WorkerPool::spawn(size_t index) {
  // A socket pair rather than a pipe so that wake() can send with MSG_NOSIGNAL.
  int fds[2];
  if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, fds) != 0) {
    spdlog::error("cannot create a wake-up channel for worker {}: {}", index + 1, std::strerror(errno));
    return;
  }
  ::shutdown(fds[0], SHUT_WR);  // the worker only reads
  // Everything the child needs is built before fork: this process has many
  // threads, so between fork and exec the child may only make
  // async-signal-safe calls (another thread may have held the allocator's
  // lock at the moment of the fork).
  const std::string id = fmt::format("w{}", index + 1);
  std::vector<std::string> args = options_.argv;
  for (const char* extra : {"--wake-fd", "3", "--id"}) args.emplace_back(extra);
  args.push_back(id);
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  const pid_t parent = ::getpid();
  const long max_fd = std::max(1024L, ::sysconf(_SC_OPEN_MAX));
  static constexpr char kExecFailed[] = "kiln: cannot start a worker process (exec failed)\n";
  const pid_t pid = ::fork();
  if (pid == 0) {
    // A worker dies with its server (SIGKILL: a worker that finished its job
    // without a server would only race the next server's workers). If the
    // server died before prctl took effect, leave at once.
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (::getppid() != parent) ::_exit(0);
    // Only stdio and the wake-up channel: the listening socket, client
    // connections and database files stay with the server.
    if (fds[0] != 3) ::dup2(fds[0], 3);  // dup2 clears O_CLOEXEC on the copy
    else ::fcntl(3, F_SETFD, 0);
    closeDescriptorsFrom(4, max_fd);
    sigset_t none;
    sigemptyset(&none);
    pthread_sigmask(SIG_SETMASK, &none, nullptr);
    ::signal(SIGPIPE, SIG_DFL);  // the server ignores it; exec keeps an ignored signal ignored
    ::execv(options_.executable.c_str(), argv.data());
    [[maybe_unused]] const ssize_t written = ::write(STDERR_FILENO, kExecFailed, sizeof kExecFailed - 1);
    ::_exit(127);
  }
  ::close(fds[0]);
  if (pid < 0) {
    ::close(fds[1]);
    spdlog::error("cannot fork worker {}: {}", index + 1, std::strerror(errno));
    return;
  }
  std::lock_guard lock(mutex_);
  slots_[index].pid = pid;
  slots_[index].wake_write_fd = fds[1];
  slots_[index].started_at = std::chrono::steady_clock::now();
}

}  // namespace kiln::jobs
