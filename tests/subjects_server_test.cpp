// The subject library behind the server: user subject folders reach the
// workers, and a broken subject fails only its own job — with the file and
// line — while the worker goes on to the next job.
#include <gtest/gtest.h>

#include <fstream>

#include "kiln_server.h"

namespace kiln::testing {
namespace {

const std::map<std::string, std::string> kJson = {{"Content-Type", "application/json"}};

void writeSubject(const fs::path& dir, const std::string& id, const std::string& body) {
  std::ofstream(dir / (id + ".lua")) << "return { id = '" << id << "', names = {'" << id
                                     << "'}, family = 'test', size_mm = 50,\n  build = function(k)\n"
                                     << body << "\n  end }\n";
}

TEST(SubjectsServer, ABrokenSubjectFailsItsJobWithFileAndLineAndTheWorkerGoesOn) {
  TempDir dir("subjects");
  const fs::path subjects = dir.path() / "my-subjects";
  fs::create_directories(subjects);
  writeSubject(subjects, "spinner", "    while true do end");
  writeSubject(subjects, "hog", "    return string.rep('x', 1 << 30)");
  writeSubject(subjects, "pebbly", "    return sphere(20):noise(1, 8)");
  KilnServer server(dir.path(), {"--workers", "1", "--rate-limit", "0", "--subjects", subjects.string()});
  auto http = server.client();

  for (const auto& [prompt, expected] : std::vector<std::pair<std::string, std::string>>{
           {"a spinner", "instruction budget"}, {"a hog", "memory limit"}}) {
    auto r = http.request("POST", "/v1/jobs", R"({"tier":"draft","input":{"prompt":")" + prompt + R"("}})",
                          {{"Content-Type", "application/json"}});
    ASSERT_TRUE(r.has_value());
    // Polled rather than waited on in one request: a sanitizer build runs the
    // runaway loop to its budget far more slowly.
    const auto job = waitForJob(http, parseJson(r->body)["id"].get<std::string>(), 300);
    EXPECT_EQ(job["status"], "failed") << job;
    EXPECT_EQ(job["attempts"], 1) << "a broken subject is the request's fault: not retried";
    const std::string message = job["error"]["message"];
    EXPECT_NE(message.find(expected), std::string::npos) << message;
    EXPECT_NE(message.find(".lua:3"), std::string::npos) << "names the file and line: " << message;
  }
  // The same worker then makes a user subject and a built-in one.
  for (const char* prompt : {"a pebbly", "a vase"}) {
    auto r = http.request("POST", "/v1/jobs", std::string(R"({"tier":"draft","input":{"prompt":")") + prompt + R"("}})",
                          {{"Content-Type", "application/json"}});
    ASSERT_TRUE(r.has_value());
    EXPECT_EQ(waitForJob(http, parseJson(r->body)["id"].get<std::string>(), 300)["status"], "succeeded") << r->body;
  }
  auto health = http.request("GET", "/healthz");
  ASSERT_TRUE(health.has_value());
  EXPECT_EQ(health->status, 200);
}

}  // namespace
}  // namespace kiln::testing
