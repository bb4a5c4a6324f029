// Telling a job that crashed its worker from a worker killed from outside.
#include <signal.h>
#include <sys/wait.h>

#include <cstring>
#include <fstream>
#include <string>

#include <fmt/format.h>

#include "jobs/worker_pool.h"

namespace kiln::jobs {

std::optional<Error> crashOfJob(const WorkerExit& exit) {
  if (!WIFSIGNALED(exit.wait_status)) return std::nullopt;
  const int signal = WTERMSIG(exit.wait_status);
  const char* abbrev = sigabbrev_np(signal);
  const std::string name = fmt::format("SIG{}", abbrev != nullptr ? abbrev : "?");
  switch (signal) {
    case SIGSEGV:
    case SIGBUS:
    case SIGFPE:
    case SIGILL:
    case SIGABRT:
    case SIGSYS:
    case SIGTRAP:
      return makeError(ErrorCode::kInternal,
                       fmt::format("the engine crashed its worker process (signal {}, {})", signal, name),
                       {{"signal", signal}, {"signal_name", name}});
    case SIGKILL:
      if (!exit.oom_kill_seen) return std::nullopt;
      return makeError(ErrorCode::kInternal,
                       "the worker process ran out of memory and the system stopped it (SIGKILL from the "
                       "out-of-memory killer); a lower tier or smaller input needs less",
                       {{"signal", signal}, {"signal_name", name}, {"out_of_memory", true}});
    default:
      return std::nullopt;
  }
}

std::optional<int64_t> oomKillCount() {
  std::ifstream in("/proc/vmstat");
  std::string key;
  int64_t value = 0;
  while (in >> key >> value) {
    if (key == "oom_kill") return value;
  }
  return std::nullopt;
}

}  // namespace kiln::jobs
