// The Studio dialect against a live `kiln serve`: its HTTP routes and status
// words, and its CLI flow (start → poll status → fetch-result) exactly as the
// contract's scripts use it.
#include <gtest/gtest.h>

#include <regex>
#include <thread>

#include "kiln_server.h"

namespace kiln::testing {
namespace {

struct Run {
  int exit_code = -1;
  std::string out;
};

// Runs a shell command in `cwd` with stderr discarded.
Run sh(const std::string& cmd, const fs::path& cwd) {
  const std::string full = fmt::format("cd {} && {} 2>/dev/null", cwd.string(), cmd);
  FILE* p = ::popen(full.c_str(), "r");
  Run r;
  char buf[512];
  while (std::fgets(buf, sizeof buf, p) != nullptr) r.out += buf;
  const int status = ::pclose(p);
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return r;
}

class StudioApi : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir("studio");
    const auto r = sh(fmt::format("{} keys create --data {} --workspace studio --credits 100", kKilnBinary,
                                  dir_->path().string()),
                      dir_->path());
    key_ = r.out.substr(0, r.out.find('\n'));
    server_ = new KilnServer(dir_->path() / "data", {"--workers", "2", "--rate-limit", "0"});
  }
  static void TearDownTestSuite() {
    delete server_;
    delete dir_;
  }
  static TempDir* dir_;
  static KilnServer* server_;
  static std::string key_;
};
TempDir* StudioApi::dir_ = nullptr;
KilnServer* StudioApi::server_ = nullptr;
std::string StudioApi::key_;

TEST_F(StudioApi, CliStartPollFetchWithKeyFromDotEnv) {
  // The key file lives in the data dir the server uses: make the key there.
  const auto made = sh(fmt::format("{} keys create --data {} --workspace studio --credits 50", kKilnBinary,
                                   (dir_->path() / "data").string()),
                       dir_->path());
  ASSERT_EQ(made.exit_code, 0);
  const std::string key = made.out.substr(0, made.out.find('\n'));
  TempDir work("studio-cli");
  {
    std::ofstream env(work.path() / ".env");
    env << "3D_AI_STUDIO_API_KEY=" << key << "\n";
  }
  const std::string env = fmt::format("env 3D_AI_STUDIO_API_URL={}", server_->url());
  const auto started = sh(fmt::format("{} {} studio start-miniature --description \"A golden retriever statue\" "
                                      "--style cartoon --size 5 --output-format stl --timeout 30",
                                      env, kKilnBinary),
                          work.path());
  ASSERT_EQ(started.exit_code, 0) << started.out;
  std::smatch m;
  static const std::regex kJobId(R"re("job_id":"([^"]*)")re");
  ASSERT_TRUE(std::regex_search(started.out, m, kJobId)) << started.out;
  const std::string id = m[1];

  std::string last;
  for (int i = 0; i < 60; ++i) {
    const auto status = sh(fmt::format("{} {} studio status --job-id {}", env, kKilnBinary, id), work.path());
    ASSERT_EQ(status.exit_code, 0) << status.out;
    last = status.out;
    const auto j = parseJson(status.out);
    ASSERT_TRUE(j["status"] == "pending" || j["status"] == "processing" || j["status"] == "completed") << j;
    ASSERT_GE(j["progress"].get<int>(), 0);
    ASSERT_LE(j["progress"].get<int>(), 100);
    if (j["status"] == "completed") {
      EXPECT_EQ(j["progress"], 100);
      EXPECT_FALSE(j["result_urls"].empty());
      break;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(250));
  }
  ASSERT_NE(last.find("completed"), std::string::npos) << last;
  const auto fetched = sh(fmt::format("{} {} studio fetch-result --job-id {} --output-dir ./results", env, kKilnBinary, id),
                          work.path());
  ASSERT_EQ(fetched.exit_code, 0) << fetched.out;
  const fs::path stl = work.path() / fetched.out.substr(0, fetched.out.find('\n'));
  ASSERT_TRUE(fs::exists(stl)) << fetched.out;
  EXPECT_EQ(stl.extension(), ".stl");
  EXPECT_GT(fs::file_size(stl), 84u);

  // A miniature of size 5 is 50 mm tall.
  auto http = server_->client();
  auto job = http.request("GET", "/v1/jobs/" + id, "", {{"Authorization", "Bearer " + key}});
  ASSERT_EQ(job->status, 200);
  const auto checks = parseJson(job->body)["checks"];
  ASSERT_TRUE(checks["bbox_mm"].is_array()) << checks;
  // bbox_mm is [x, y, z] with y up (glTF).
  EXPECT_NEAR(checks["bbox_mm"][1].get<double>(), 50.0, 1.0) << checks;
}

TEST_F(StudioApi, CliTellsAuthFailuresAndNetworkErrorsApart) {
  TempDir work("studio-cli-bad");
  const auto bad_key = sh(fmt::format("env 3D_AI_STUDIO_API_URL={} {} studio start-generation --prompt \"a vase\" --api-key nope",
                                      server_->url(), kKilnBinary),
                          work.path());
  EXPECT_EQ(bad_key.exit_code, 3);
  const auto no_server = sh(fmt::format("env 3D_AI_STUDIO_API_URL=http://127.0.0.1:9 {} studio status --job-id job_x "
                                        "--api-key {} --timeout 2",
                                        kKilnBinary, key_),
                            work.path());
  EXPECT_EQ(no_server.exit_code, 4);
  const auto bad_flag = sh(fmt::format("{} studio start-miniature --description x --size 7 --api-key k", kKilnBinary),
                           work.path());
  EXPECT_NE(bad_flag.exit_code, 0);
}

TEST_F(StudioApi, HttpRoutesSpeakTheStudioWords) {
  auto http = server_->client();
  auto r = http.request("POST", "/api/v1/generate", R"({"prompt":"a vase"})", {{"Content-Type", "application/json"}});
  ASSERT_TRUE(r.has_value());
  EXPECT_EQ(r->status, 401) << r->body;
  // The server's own key is in the data dir of the server (made by this test).
  const auto made = sh(fmt::format("{} keys create --data {} --workspace studio2 --credits 20", kKilnBinary,
                                   (dir_->path() / "data").string()),
                       dir_->path());
  const std::string key = made.out.substr(0, made.out.find('\n'));
  const std::map<std::string, std::string> h = {{"Content-Type", "application/json"}, {"Authorization", "Bearer " + key}};
  r = http.request("POST", "/api/v1/generate", R"({"prompt":"a vase","model":"huge"})", h);
  EXPECT_EQ(r->status, 400) << r->body;
  r = http.request("POST", "/api/v1/miniature", R"({"description":"a knight","size":7})", h);
  EXPECT_EQ(r->status, 400) << r->body;
  r = http.request("POST", "/api/v1/generate", R"({"prompt":"a small vase","model":"fast","output_format":"obj"})", h);
  ASSERT_EQ(r->status, 200) << r->body;
  const std::string id = parseJson(r->body)["job_id"];
  auto result = http.request("GET", "/api/v1/result/" + id, "", h);
  // Either still running (409) or already done (200).
  EXPECT_TRUE(result->status == 409 || result->status == 200) << result->body;
  nlohmann::json status;
  for (int i = 0; i < 200; ++i) {
    status = parseJson(http.request("GET", "/api/v1/status/" + id, "", h)->body);
    if (status["status"] == "completed" || status["status"] == "failed") break;
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  ASSERT_EQ(status["status"], "completed") << status;
  result = http.request("GET", "/api/v1/result/" + id, "", h);
  ASSERT_EQ(result->status, 200);
  const auto files = parseJson(result->body)["files"];
  ASSERT_GE(files.size(), 1u);
  EXPECT_EQ(files[0]["format"], "obj");
  // Draft tier ("fast") costs 1 credit.
  auto me = http.request("GET", "/v1/me", "", h);
  EXPECT_EQ(parseJson(me->body)["credits"]["balance"], 19) << me->body;
  // A key of another workspace cannot see it.
  auto other = http.request("GET", "/api/v1/status/" + id, "", {{"Authorization", "Bearer " + key_}});
  EXPECT_EQ(other->status, 401);  // key_ belongs to another data directory: unknown here

  // A size in the description beats Studio's default of 10 cm; an unknown
  // subject is refused before a job exists.
  r = http.request("POST", "/api/v1/miniature", R"({"description":"a vase 7cm tall"})", h);
  ASSERT_EQ(r->status, 200) << r->body;
  const std::string mini = parseJson(r->body)["job_id"];
  nlohmann::json job;
  for (int i = 0; i < 1200; ++i) {
    job = parseJson(http.request("GET", "/v1/jobs/" + mini, "", h)->body);
    if (job["status"] == "succeeded" || job["status"] == "failed") break;
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  ASSERT_EQ(job["status"], "succeeded") << job;
  EXPECT_NEAR(job["checks"]["bbox_mm"][1].get<double>(), 70.0, 0.5) << job["checks"];
  r = http.request("POST", "/api/v1/miniature", R"({"description":"asdfgh"})", h);
  EXPECT_EQ(r->status, 422) << r->body;
  EXPECT_NE(r->body.find("unknown_subject"), std::string::npos) << r->body;
}

}  // namespace
}  // namespace kiln::testing
