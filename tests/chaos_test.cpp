// Chaos: clients submit keyed jobs with Idempotency-Keys and retry through
// failures while workers and the server itself are SIGKILLed at random, the
// server restarting on the same data directory and port. At the end the
// data directory is audited, Jepsen-style: every acknowledged job exists and
// finished, no request made two jobs, no job was charged twice, the credit
// ledger balances, SQLite's integrity check passes, and no partial file or
// unreferenced blob is left.
//
// KILN_CHAOS_KILLS sets the number of kills (default 10, for CI);
// bench/chaos.sh runs 100. KILN_CHAOS_SEED repeats a run.
#include <netinet/in.h>
#include <sqlite3.h>
#include <sys/socket.h>

#include <gtest/gtest.h>

#include <atomic>
#include <cstdlib>
#include <deque>
#include <map>
#include <mutex>
#include <random>
#include <set>
#include <thread>

#include "kiln_server.h"

namespace kiln::testing {
namespace {

using namespace std::chrono_literals;

int envInt(const char* name, int fallback) {
  const char* value = std::getenv(name);
  return value != nullptr && *value != '\0' ? std::atoi(value) : fallback;
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

// Read-only SQL on the data directory after the servers are gone.
class Database {
 public:
  explicit Database(const fs::path& path) {
    if (sqlite3_open_v2(path.c_str(), &db_, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) db_ = nullptr;
  }
  ~Database() { sqlite3_close(db_); }
  bool isOpen() const { return db_ != nullptr; }
  // Every row's columns as text.
  std::vector<std::vector<std::string>> rows(const std::string& sql) const {
    std::vector<std::vector<std::string>> out;
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db_, sql.c_str(), -1, &stmt, nullptr) != SQLITE_OK) {
      ADD_FAILURE() << sql << ": " << sqlite3_errmsg(db_);
      return out;
    }
    while (sqlite3_step(stmt) == SQLITE_ROW) {
      std::vector<std::string> row;
      for (int i = 0; i < sqlite3_column_count(stmt); ++i) {
        const auto* text = sqlite3_column_text(stmt, i);
        row.emplace_back(text != nullptr ? reinterpret_cast<const char*>(text) : "");
      }
      out.push_back(std::move(row));
    }
    sqlite3_finalize(stmt);
    return out;
  }
  std::string text(const std::string& sql) const {
    const auto r = rows(sql);
    return r.empty() || r[0].empty() ? std::string() : r[0][0];
  }
  int64_t number(const std::string& sql) const {
    const auto t = text(sql);
    return t.empty() ? 0 : std::stoll(t);
  }

 private:
  sqlite3* db_ = nullptr;
};

struct Counts {
  int kills = 0, worker_kills = 0, server_kills = 0;
  int unprompted_exits = 0, restart_failures = 0;
  int64_t submitted = 0, acknowledged = 0, gave_up = 0, rejected = 0;
  int64_t succeeded = 0, failed = 0, lost = 0, unfinished = 0, duplicated = 0, double_captures = 0;
  int64_t partial_files = 0, stray_blobs = 0;
  bool ledger_balanced = false;
  std::string integrity;
};

// The server under test, restarted on the same port and data directory.
class ChaosServer {
 public:
  ChaosServer(const fs::path& dir, uint16_t port) : dir_(dir), port_(port) {}

  std::vector<std::string> args() const {
    return {"--listen", fmt::format("127.0.0.1:{}", port_), "--workers", "3", "--rate-limit", "0",
            "--key-rate-limit", "0", "--lease-ms", "2000", "--log-level", "warn"};
  }
  // Starts (or restarts) it; a restart that fails at once (port still held,
  // for instance) counts as a failure and is retried.
  bool start(Counts& counts) {
    for (int attempt = 0; attempt < 50; ++attempt) {
      try {
        server_ = std::make_unique<KilnServer>(dir_, args());
        return true;
      } catch (const std::exception&) {
        server_.reset();
        ++counts.restart_failures;
        std::this_thread::sleep_for(200ms);
      }
    }
    return false;
  }
  // True when the server is still running (it must never exit unprompted).
  bool alive() {
    int status = 0;
    return server_ && ::waitpid(server_->pid(), &status, WNOHANG) == 0;
  }
  KilnServer* get() { return server_.get(); }
  void kill() {
    if (server_) server_->stop(SIGKILL);
    server_.reset();
  }
  void stop() {
    if (server_) server_->stop(SIGTERM);
    server_.reset();
  }

 private:
  fs::path dir_;
  uint16_t port_;
  std::unique_ptr<KilnServer> server_;
};

// One logical request: POST the same body with the same key until the
// server acknowledges it with a job id (or too long has passed).
struct Submission {
  int seed = 0;
  std::string job_id;
};

TEST(Chaos, KilledWorkersAndServersLoseNoAcknowledgedJobAndChargeNothingTwice) {
  const int kills = envInt("KILN_CHAOS_KILLS", 10);
  const unsigned seed = static_cast<unsigned>(envInt("KILN_CHAOS_SEED", static_cast<int>(::time(nullptr))));
  std::mt19937 random(seed);
  TempDir dir("chaos");
  const std::string key = createKey(dir.path(), "ws_chaos", 1'000'000);
  ASSERT_FALSE(key.empty());
  const uint16_t port = freeLoopbackPort();
  const std::string url = fmt::format("http://127.0.0.1:{}", port);
  Counts counts;
  ChaosServer server(dir.path(), port);
  ASSERT_TRUE(server.start(counts));

  std::atomic<bool> stop_submitting{false};
  std::atomic<int> next_seed{1};
  std::mutex mutex;
  std::vector<Submission> acknowledged;
  std::atomic<int64_t> gave_up{0}, rejected{0}, submitted{0};
  std::vector<std::thread> clients;
  for (int c = 0; c < 3; ++c) {
    clients.emplace_back([&] {
      client::ClientOptions options;
      options.base_url = url;
      options.timeout_ms = 10'000;
      client::HttpClient http(options);
      // At most this many of a client's jobs unfinished at once, so that the
      // queue stays short enough to drain at the end.
      constexpr size_t kOutstanding = 3;
      std::deque<std::string> outstanding;
      while (!stop_submitting.load()) {
        while (outstanding.size() >= kOutstanding && !stop_submitting.load()) {
          auto r = http.request("GET", "/v1/jobs/" + outstanding.front(), "", {{"Authorization", "Bearer " + key}});
          const auto status = r && r->status == 200 ? parseJson(r->body).value("status", "") : std::string();
          if (status == "succeeded" || status == "failed" || status == "canceled") {
            outstanding.pop_front();
          } else {
            std::this_thread::sleep_for(100ms);
          }
        }
        const int s = next_seed.fetch_add(1);
        ++submitted;
        // A quarter of the jobs run for a second, so kills find them mid-run.
        const std::string body = fmt::format(
            R"({{"engine":"fault","tier":"draft","seed":{},"input":{{"prompt":"slow {}"}}}})", s, s % 4 == 0 ? 1 : 0);
        const std::map<std::string, std::string> headers = {{"Content-Type", "application/json"},
                                                            {"Authorization", "Bearer " + key},
                                                            {"Idempotency-Key", fmt::format("chaos-{}", s)}};
        const auto give_up_at = std::chrono::steady_clock::now() + 30s;
        while (true) {
          auto r = http.request("POST", "/v1/jobs", body, headers);
          if (r && (r->status == 200 || r->status == 201 || r->status == 202)) {
            const auto job = parseJson(r->body);
            std::lock_guard lock(mutex);
            acknowledged.push_back({s, job.value("id", "")});
            outstanding.push_back(job.value("id", ""));
            break;
          }
          if (r && r->status >= 400 && r->status < 500 && r->status != 409 && r->status != 429) {
            ++rejected;
            ADD_FAILURE() << "request " << s << " was refused: " << r->status << " " << r->body;
            break;
          }
          if (std::chrono::steady_clock::now() > give_up_at) {
            ++gave_up;
            break;
          }
          // Down (connection refused), overloaded (503), or a retry of a
          // request still in flight (409): the same key again, shortly.
          std::this_thread::sleep_for(r && r->status == 409 ? 300ms : 100ms);
        }
        std::this_thread::sleep_for(50ms);
      }
    });
  }

  std::uniform_int_distribution<int> pause_ms(400, 1200);
  std::uniform_int_distribution<int> percent(0, 99);
  for (int k = 0; k < kills; ++k) {
    std::this_thread::sleep_for(std::chrono::milliseconds(pause_ms(random)));
    if (!server.alive()) {
      ++counts.unprompted_exits;
      ADD_FAILURE() << "the server exited on its own; its log:\n" << (server.get() ? server.get()->log() : "");
      server.kill();
      ASSERT_TRUE(server.start(counts));
    }
    ++counts.kills;
    if (percent(random) < 20) {
      ++counts.server_kills;
      server.kill();
      ASSERT_TRUE(server.start(counts)) << "the server could not restart on port " << port;
      continue;
    }
    const auto workers = server.get()->workerPids();
    if (workers.empty()) continue;
    ++counts.worker_kills;
    ::kill(workers[std::uniform_int_distribution<size_t>(0, workers.size() - 1)(random)], SIGKILL);
  }
  stop_submitting.store(true);
  for (auto& c : clients) c.join();
  if (!server.alive()) {
    ++counts.unprompted_exits;
    server.kill();
    ASSERT_TRUE(server.start(counts));
  }

  // Let every acknowledged job finish.
  {
    auto http = server.get()->client(10'000);
    const auto deadline = std::chrono::steady_clock::now() + 180s;
    for (const auto& s : acknowledged) {
      while (std::chrono::steady_clock::now() < deadline) {
        auto r = http.request("GET", "/v1/jobs/" + s.job_id, "", {{"Authorization", "Bearer " + key}});
        if (r && r->status == 200) {
          const auto status = parseJson(r->body).value("status", "");
          if (status == "succeeded" || status == "failed" || status == "canceled") break;
        }
        std::this_thread::sleep_for(50ms);
      }
    }
  }
  EXPECT_TRUE(server.alive()) << "the server exited on its own";
  server.stop();
  // One more start with the directory to itself sweeps what the kills left behind.
  {
    KilnServer last(dir.path(), {"--no-workers", "--log-level", "warn"});
    last.stop(SIGTERM);
  }

  // The audit.
  counts.submitted = submitted.load();
  counts.acknowledged = static_cast<int64_t>(acknowledged.size());
  counts.gave_up = gave_up.load();
  counts.rejected = rejected.load();
  Database db(dir.path() / "kiln.db");
  ASSERT_TRUE(db.isOpen());
  counts.integrity = db.text("PRAGMA integrity_check");
  std::map<std::string, std::pair<std::string, std::string>> state_of;  // id → state, error
  for (const auto& row : db.rows("SELECT id, state, COALESCE(error, '') FROM jobs")) {
    state_of[row[0]] = {row[1], row[2]};
  }
  for (const auto& s : acknowledged) {
    const auto it = state_of.find(s.job_id);
    if (it == state_of.end()) {
      ++counts.lost;
      ADD_FAILURE() << "acknowledged job " << s.job_id << " (request " << s.seed << ") is missing";
    } else if (it->second.first == "succeeded") {
      ++counts.succeeded;
    } else if (it->second.first == "failed" || it->second.first == "canceled") {
      ++counts.failed;
      ADD_FAILURE() << "job " << s.job_id << " (request " << s.seed << ") " << it->second.first << ": "
                    << it->second.second;
    } else if (++counts.unfinished <= 5) {
      ADD_FAILURE() << "job " << s.job_id << " (request " << s.seed << ") is still " << it->second.first;
    }
  }
  // Two jobs for one request (one seed) is a duplicate, acknowledged or not.
  counts.duplicated = db.number(
      "SELECT COUNT(*) FROM (SELECT json_extract(spec, '$.seed') FROM jobs GROUP BY 1 HAVING COUNT(*) > 1)");
  counts.double_captures =
      db.number("SELECT COUNT(*) FROM (SELECT job_id FROM credit_ledger WHERE kind = 'capture' GROUP BY job_id "
                "HAVING COUNT(*) > 1)") +
      db.number("SELECT COUNT(*) FROM credit_ledger l JOIN jobs j ON j.id = l.job_id WHERE l.kind = 'capture' "
                "AND j.state <> 'succeeded'") +
      db.number("SELECT COUNT(*) FROM (SELECT job_id FROM credit_ledger WHERE kind IN ('capture', 'release') "
                "GROUP BY job_id HAVING COUNT(DISTINCT kind) > 1)");
  const auto sum = [&](const std::string& kind) {
    return db.number("SELECT COALESCE(SUM(amount), 0) FROM credit_ledger WHERE workspace_id = 'ws_chaos' AND kind = '" +
                     kind + "'");
  };
  const int64_t granted = db.number("SELECT credits_granted FROM workspaces WHERE id = 'ws_chaos'");
  const int64_t reserved = db.number("SELECT credits_reserved FROM workspaces WHERE id = 'ws_chaos'");
  const int64_t captured = db.number("SELECT credits_captured FROM workspaces WHERE id = 'ws_chaos'");
  counts.ledger_balanced =
      granted == sum("grant") && captured == sum("capture") &&
      reserved == sum("reserve") - sum("capture") - sum("release") &&
      reserved == db.number("SELECT COALESCE(SUM(amount), 0) FROM credit_holds WHERE state = 'reserved'") &&
      captured == db.number("SELECT COALESCE(SUM(credits), 0) FROM jobs WHERE state = 'succeeded' AND "
                            "workspace_id = 'ws_chaos'") &&
      db.number("SELECT COUNT(*) FROM credit_holds h JOIN jobs j ON j.id = h.job_id WHERE h.state = 'reserved' AND "
                "j.state IN ('succeeded', 'failed', 'canceled')") == 0;
  std::set<std::string> referenced;
  for (const auto& row : db.rows("SELECT sha256 FROM artifacts UNION SELECT sha256 FROM uploads")) {
    referenced.insert(row[0]);
  }
  std::error_code ec;
  for (const auto& entry : fs::recursive_directory_iterator(dir.path() / "blobs", ec)) {
    if (!entry.is_regular_file()) continue;
    if (entry.path().parent_path().filename() == "tmp") {
      ++counts.partial_files;
    } else if (!referenced.contains(entry.path().filename().string())) {
      ++counts.stray_blobs;
    }
  }

  fmt::print(
      "chaos (seed {}): kills {} (workers {}, servers {}); submitted {}, acknowledged {}, succeeded {}, failed {}, "
      "lost {}, unfinished {}, duplicated {}, double captures {}, ledger {}, integrity_check {}, partial files {}, "
      "stray blobs {}, "
      "unacknowledged (gave up) {}, refused {}, unprompted server exits {}, failed restarts {}\n",
      seed, counts.kills, counts.worker_kills, counts.server_kills, counts.submitted, counts.acknowledged,
      counts.succeeded, counts.failed, counts.lost, counts.unfinished, counts.duplicated, counts.double_captures,
      counts.ledger_balanced ? "balanced" : "UNBALANCED", counts.integrity, counts.partial_files, counts.stray_blobs,
      counts.gave_up, counts.rejected, counts.unprompted_exits, counts.restart_failures);
  EXPECT_GT(counts.acknowledged, 0);
  EXPECT_EQ(counts.lost, 0);
  EXPECT_EQ(counts.unfinished, 0);
  EXPECT_EQ(counts.duplicated, 0);
  EXPECT_EQ(counts.double_captures, 0);
  EXPECT_TRUE(counts.ledger_balanced);
  EXPECT_EQ(counts.integrity, "ok");
  EXPECT_EQ(counts.partial_files, 0);
  EXPECT_EQ(counts.stray_blobs, 0);
  EXPECT_EQ(counts.failed, 0) << "infrastructure kills must not use up a job's attempts";
  EXPECT_EQ(counts.unprompted_exits, 0);
  EXPECT_EQ(counts.restart_failures, 0) << "a killed server's port must be free for its successor at once";
}

}  // namespace
}  // namespace kiln::testing
