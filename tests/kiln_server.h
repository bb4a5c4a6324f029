#pragma once
// Test fixture: a real `kiln serve` child process on an ephemeral port with
// a temporary data directory, talked to over HTTP.

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "client/http_client.h"
#include "tests/support/command.h"

namespace kiln::testing {

// g++ says it builds with a sanitizer by __SANITIZE_ADDRESS__; clang (the
// asan preset's compiler) only through __has_feature.
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define KILN_TESTS_SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer)
#define KILN_TESTS_SANITIZED 1
#endif
#endif

/// How many times longer than in a plain build the tests' waits may run: a
/// sanitizer build does the same work several times slower, and a wait that
/// is generous in release (a minute for a preview) is not under ASan on a
/// loaded machine. `KILN_TEST_TIME_SCALE=N` overrides. Only waits scale;
/// nothing asserts on how fast anything was.
inline int testTimeScale() {
  if (const char* s = std::getenv("KILN_TEST_TIME_SCALE")) {
    if (const int v = std::atoi(s); v >= 1) return v;
  }
#ifdef KILN_TESTS_SANITIZED
  return 5;
#else
  return 1;
#endif
}


namespace fs = std::filesystem;

inline const std::string kKilnBinary = KILN_BINARY;
inline const fs::path kSourceDir = KILN_SOURCE_DIR;

/// A temporary directory removed at the end of the test.
class TempDir {
 public:
  explicit TempDir(const std::string& tag) {
    path_ = fs::temp_directory_path() / fmt::format("kiln-{}-{}-{}", tag, ::getpid(), counter()++);
    fs::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
  const fs::path& path() const { return path_; }

 private:
  static int& counter() {
    static int c = 0;
    return c;
  }
  fs::path path_;
};

/// Starts `kiln serve --listen 127.0.0.1:0 --data DIR …` (or the --listen
/// given in the arguments) and reads the URL it prints.
class KilnServer {
 public:
  KilnServer(const fs::path& data_dir, std::vector<std::string> extra_args) : data_dir_(data_dir) {
    start(std::move(extra_args));
  }
  ~KilnServer() { stop(SIGTERM); }

  void start(std::vector<std::string> extra_args) {
    int out[2];
    if (::pipe(out) != 0) throw std::runtime_error("pipe");
    log_path_ = data_dir_ / "server.log";
    pid_ = ::fork();
    if (pid_ == 0) {
      ::dup2(out[1], STDOUT_FILENO);
      const int log = ::open(log_path_.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0644);
      ::dup2(log, STDERR_FILENO);
      ::close(out[0]);
      ::close(out[1]);
      ::setenv("KILN_TEST_ENGINES", "1", 1);
      ::setenv("KILN_BACKOFF_SCALE", "0.01", 1);
      std::vector<std::string> args = {kKilnBinary, "serve", "--data", data_dir_.string()};
      // An ephemeral port unless the test chose one (to restart on the same port).
      if (std::find(extra_args.begin(), extra_args.end(), "--listen") == extra_args.end()) {
        args.insert(args.end(), {"--listen", "127.0.0.1:0"});
      }
      args.insert(args.end(), extra_args.begin(), extra_args.end());
      std::vector<char*> argv;
      for (auto& a : args) argv.push_back(a.data());
      argv.push_back(nullptr);
      ::execv(kKilnBinary.c_str(), argv.data());
      ::_exit(127);
    }
    ::close(out[1]);
    // The first line is "kiln serve: listening on http://127.0.0.1:PORT (…)".
    FILE* f = ::fdopen(out[0], "r");
    char line[512] = {0};
    std::string s;
    while (s.find("listening on http://") == std::string::npos) {
      if (std::fgets(line, sizeof line, f) == nullptr) {
        std::fclose(f);
        throw std::runtime_error("kiln serve did not start; see " + log_path_.string());
      }
      s = line;
    }
    stdout_ = f;  // keep reading end open so the child never gets SIGPIPE
    const auto at = s.find("http://");
    const auto end = s.find(' ', at);
    url_ = s.substr(at, end - at);
  }

  /// Sends `sig` and waits for the process (SIGTERM: graceful stop).
  void stop(int sig) {
    if (pid_ <= 0) return;
    ::kill(pid_, sig);
    int status = 0;
    ::waitpid(pid_, &status, 0);
    pid_ = -1;
    if (stdout_ != nullptr) {
      std::fclose(stdout_);
      stdout_ = nullptr;
    }
  }

  const std::string& url() const { return url_; }
  pid_t pid() const { return pid_; }
  std::string log() const {
    std::ifstream in(log_path_);
    return {std::istreambuf_iterator<char>(in), {}};
  }

  /// Child processes of the server (its workers).
  std::vector<pid_t> workerPids() const {
    std::vector<pid_t> out;
    std::ifstream in(fmt::format("/proc/{}/task/{}/children", pid_, pid_));
    pid_t p = 0;
    while (in >> p) out.push_back(p);
    // Children of other threads of the server.
    for (const auto& entry : fs::directory_iterator(fmt::format("/proc/{}/task", pid_))) {
      std::ifstream t(entry.path() / "children");
      while (t >> p) {
        if (std::find(out.begin(), out.end(), p) == out.end()) out.push_back(p);
      }
    }
    return out;
  }

  client::HttpClient client(int64_t timeout_ms = 30'000) const {
    client::ClientOptions o;
    o.base_url = url_;
    o.timeout_ms = timeout_ms * testTimeScale();
    return client::HttpClient(o);
  }

 private:
  fs::path data_dir_;
  fs::path log_path_;
  pid_t pid_ = -1;
  FILE* stdout_ = nullptr;
  std::string url_;
};

inline nlohmann::json parseJson(const std::string& body) { return nlohmann::json::parse(body, nullptr, false); }

/// `kiln keys create` on a data directory; returns the new key (its stdout, trimmed).
inline std::string createKey(const fs::path& data, const std::string& workspace, int credits) {
  auto out = runCommand(fmt::format("{} keys create --data {} --workspace {} --credits {} 2>/dev/null", kKilnBinary,
                                    data.string(), workspace, credits));
  while (!out.text.empty() && (out.text.back() == '\n' || out.text.back() == '\r')) out.text.pop_back();
  return out.exit_code == 0 ? out.text : std::string();
}

/// Polls GET /v1/jobs/{id} until it is in a final state or `timeout_s` passes.
inline nlohmann::json waitForJob(client::HttpClient& http, const std::string& id, int timeout_s = 60) {
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(timeout_s * testTimeScale());
  nlohmann::json job;
  while (std::chrono::steady_clock::now() < deadline) {
    auto r = http.request("GET", "/v1/jobs/" + id);
    if (r && r->status == 200) {
      job = parseJson(r->body);
      const auto status = job["status"].get<std::string>();
      if (status == "succeeded" || status == "failed" || status == "canceled") return job;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  return job;
}

}  // namespace kiln::testing
