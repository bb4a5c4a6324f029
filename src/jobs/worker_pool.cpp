#include "jobs/worker_pool.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <thread>

#include <fmt/format.h>
#include <spdlog/spdlog.h>

namespace kiln::jobs {

WorkerPool::WorkerPool(WorkerPoolOptions options)
    : options_(std::move(options)), slots_(static_cast<size_t>(std::max(0, options_.workers))) {}

void WorkerPool::startAll() {
  std::lock_guard lock(mutex_);
  for (size_t i = 0; i < slots_.size(); ++i) spawn(i);
}

void WorkerPool::wake() {
  std::lock_guard lock(mutex_);
  for (auto& w : slots_) {
    if (w.wake_write_fd >= 0) {
      const char byte = 1;
      [[maybe_unused]] auto n = ::write(w.wake_write_fd, &byte, 1);
    }
  }
}

void WorkerPool::superviseLoop(const std::atomic<bool>& stopping) {
  while (true) {
    int status = 0;
    const pid_t pid = ::waitpid(-1, &status, 0);
    if (pid < 0) {
      if (errno == EINTR) continue;
      if (stopping.load()) return;
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
      continue;
    }
    std::lock_guard lock(mutex_);
    for (size_t i = 0; i < slots_.size(); ++i) {
      auto& w = slots_[i];
      if (w.pid != pid) continue;
      ::close(w.wake_write_fd);
      w.wake_write_fd = -1;
      w.pid = -1;
      if (options_.on_exit) options_.on_exit({static_cast<int>(i), fmt::format("w{}", i + 1), pid, status});
      if (stopping.load()) break;
      spdlog::warn("worker {} (pid {}) exited ({}); restarting it — its job, if any, returns to the queue", i + 1,
                   pid,
                   WIFSIGNALED(status) ? fmt::format("signal {}", WTERMSIG(status))
                                       : fmt::format("status {}", WEXITSTATUS(status)));
      ++w.restarts;
      // A worker that keeps dying is restarted more slowly.
      std::this_thread::sleep_for(std::chrono::milliseconds(
          std::min(options_.restart_max_ms, options_.restart_base_ms * (int64_t{1} << std::min(w.restarts, 20)))));
      spawn(i);
    }
    bool any_alive = false;
    for (const auto& w : slots_) any_alive = any_alive || w.pid > 0;
    if (stopping.load() && !any_alive) return;
  }
}

void WorkerPool::stopAll(int64_t grace_ms) {
  std::vector<pid_t> pids;
  {
    std::lock_guard lock(mutex_);
    for (auto& w : slots_) {
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
  int fds[2];
  if (::pipe2(fds, O_CLOEXEC) != 0) {
    spdlog::error("cannot create a pipe for worker {}: {}", index + 1, std::strerror(errno));
    return;
  }
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
  static constexpr char kExecFailed[] = "kiln: cannot start a worker process (exec failed)\n";
  const pid_t pid = ::fork();
  if (pid == 0) {
    ::prctl(PR_SET_PDEATHSIG, SIGTERM);
    ::dup2(fds[0], 3);  // dup2 clears O_CLOEXEC on the copy
    sigset_t none;
    sigemptyset(&none);
    pthread_sigmask(SIG_SETMASK, &none, nullptr);
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
  ::fcntl(fds[1], F_SETFL, O_NONBLOCK);
  slots_[index].pid = pid;
  slots_[index].wake_write_fd = fds[1];
}

}  // namespace kiln::jobs
