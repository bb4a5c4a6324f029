// Reliability under attack, against a real `kiln serve`: an Idempotency-Key
// survives a server crash (the retry gets the job its request committed),
// and webhook targets that name private addresses in any spelling are
// refused at intake.
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <sstream>

#include "core/crypto.h"
#include "kiln_server.h"
#include "store/sqlite/sqlite_db.h"

namespace kiln::testing {
namespace {

std::map<std::string, std::string> keyed(const std::string& key, const std::string& idempotency_key = "") {
  std::map<std::string, std::string> h = {{"Content-Type", "application/json"}, {"Authorization", "Bearer " + key}};
  if (!idempotency_key.empty()) h["Idempotency-Key"] = idempotency_key;
  return h;
}

void execSql(const fs::path& data_dir, const std::string& sql) {
  auto conn = store::sqlite::Connection::open(data_dir / "kiln.db");
  ASSERT_TRUE(conn.has_value()) << conn.error().message;
  auto ok = (*conn)->exec(sql);
  ASSERT_TRUE(ok.has_value()) << ok.error().message;
}

int64_t queryInt(const fs::path& data_dir, const std::string& sql) {
  auto conn = store::sqlite::Connection::open(data_dir / "kiln.db");
  EXPECT_TRUE(conn.has_value());
  if (!conn) return -1;
  auto stmt = (*conn)->prepare(sql.c_str());
  EXPECT_TRUE(stmt.has_value());
  if (!stmt || !stmt->step().value_or(false)) return -1;
  return stmt->columnInt(0);
}

TEST(Reliability, IdempotencyKeyRetriedAfterAServerCrashGetsTheCommittedJob) {
  TempDir dir("idem-crash");
  const std::string key = createKey(dir.path(), "acme", 100);
  ASSERT_FALSE(key.empty());
  const std::string body = R"({"tier":"draft","input":{"prompt":"a barrel"}})";
  std::string id;
  {
    KilnServer server(dir.path(), {"--no-workers", "--rate-limit", "0"});
    auto http = server.client();
    auto r = http.request("POST", "/v1/jobs", body, keyed(key, "order-7"));
    ASSERT_TRUE(r.has_value());
    ASSERT_EQ(r->status, 202) << r->body;
    id = parseJson(r->body)["id"];
    server.stop(SIGKILL);
  }
  // The state a crash between the job's commit and the stored answer leaves.
  execSql(dir.path(), "UPDATE idempotency_keys SET state = 'in_flight', status = 0, headers = '{}', body = ''");
  KilnServer server(dir.path(), {"--no-workers", "--rate-limit", "0"});
  auto http = server.client();
  auto retry = http.request("POST", "/v1/jobs", body, keyed(key, "order-7"));
  ASSERT_TRUE(retry.has_value());
  EXPECT_EQ(retry->status, 202) << retry->body;
  EXPECT_EQ(parseJson(retry->body)["id"], id) << retry->body;
  EXPECT_EQ(queryInt(dir.path(), "SELECT COUNT(*) FROM jobs"), 1);
  EXPECT_EQ(queryInt(dir.path(), "SELECT COUNT(*) FROM credit_holds"), 1);
  // The retry's answer is stored: the next one is a replay.
  auto replay = http.request("POST", "/v1/jobs", body, keyed(key, "order-7"));
  ASSERT_TRUE(replay.has_value());
  EXPECT_EQ(replay->status, 202);
  EXPECT_EQ(replay->header("idempotent-replayed"), "true");
  EXPECT_EQ(parseJson(replay->body)["id"], id);
}

TEST(Reliability, IdempotencyKeyOfARequestThatDiedBeforeCommittingIsReclaimed) {
  TempDir dir("idem-reclaim");
  const std::string key = createKey(dir.path(), "acme", 100);
  ASSERT_FALSE(key.empty());
  const std::string body = R"({"tier":"draft","input":{"prompt":"a crate"}})";
  // What a request that died before its job committed leaves behind: a claim
  // with no job, here 31 s old (past kIdempotencyInFlightMs).
  const int64_t now_ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                             std::chrono::system_clock::now().time_since_epoch()).count();
  execSql(dir.path(), fmt::format("INSERT INTO idempotency_keys (scope, key, fingerprint, state, created_at_ms, "
                                  "expires_at_ms) VALUES ('ws:acme', 'order-8', '{}', 'in_flight', {}, {})",
                                  sha256Hex("POST /v1/jobs\n" + body), now_ms - 31'000, now_ms + 3'600'000));
  KilnServer server(dir.path(), {"--no-workers", "--rate-limit", "0"});
  auto http = server.client();
  auto retry = http.request("POST", "/v1/jobs", body, keyed(key, "order-8"));
  ASSERT_TRUE(retry.has_value());
  EXPECT_EQ(retry->status, 202) << retry->body;
  EXPECT_EQ(queryInt(dir.path(), "SELECT COUNT(*) FROM jobs"), 1);
}

// Every private-target form an attack run got past intake, on both ways to
// name a webhook: a job's webhook_url and a workspace endpoint.
TEST(Reliability, WebhookTargetsNamingPrivateAddressesAreRefusedAtIntake) {
  TempDir dir("ssrf");
  const std::string key = createKey(dir.path(), "acme", 100);
  ASSERT_FALSE(key.empty());
  KilnServer server(dir.path(), {"--no-workers", "--rate-limit", "0"});
  auto http = server.client();
  std::vector<std::string> urls = {"http://2130706433/", "http://0x7f000001/", "http://127.1/", "http://0/",
                                   "http://0177.0.0.1/", "http://localhost./", "http://169.254.169.254./latest",
                                   "http://[fe80::1%25eth0]/", "http://[::ffff:7f00:1]/"};
  // Names that resolve to loopback through /etc/hosts (never external DNS).
  std::ifstream hosts("/etc/hosts");
  std::string line;
  while (std::getline(hosts, line)) {
    std::istringstream fields(line.substr(0, line.find('#')));
    std::string address, name;
    if (!(fields >> address) || !address.starts_with("127.")) continue;
    while (fields >> name) urls.push_back("http://" + name + ":9/hook");
  }
  for (const auto& url : urls) {
    nlohmann::json job = {{"tier", "draft"}, {"input", {{"prompt", "a barrel"}}}, {"webhook_url", url}};
    auto r = http.request("POST", "/v1/jobs", job.dump(), keyed(key));
    ASSERT_TRUE(r.has_value());
    EXPECT_EQ(r->status, 400) << url << " " << r->body;
    EXPECT_EQ(parseJson(r->body)["error"]["details"]["field"], "webhook_url") << r->body;
    auto e = http.request("POST", "/v1/webhooks", nlohmann::json{{"url", url}}.dump(), keyed(key));
    ASSERT_TRUE(e.has_value());
    EXPECT_EQ(e->status, 400) << url << " " << e->body;
  }
  EXPECT_EQ(queryInt(dir.path(), "SELECT COUNT(*) FROM jobs"), 0);
  EXPECT_EQ(queryInt(dir.path(), "SELECT COUNT(*) FROM webhook_endpoints"), 0);
}

}  // namespace
}  // namespace kiln::testing
