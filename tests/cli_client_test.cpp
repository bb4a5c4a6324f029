// The command-line client (`kiln generate | submit | status | fetch | cancel |
// batch`) against a live `kiln serve`.
#include <gtest/gtest.h>

#include <array>
#include <cstring>
#include <fstream>

#include "kiln_server.h"

namespace kiln::testing {
namespace {

CommandOutput runKiln(const KilnServer& server, const std::string& args) {
  return runCommand(fmt::format("KILN_URL={} {} {} 2>&1", server.url(), kKilnBinary, args));
}

std::string readFile(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), {}};
}

class CliClient : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir("cli");
    server_ = new KilnServer(dir_->path(), {"--workers", "2", "--rate-limit", "0"});
  }
  static void TearDownTestSuite() {
    delete server_;
    delete dir_;
  }
  static TempDir* dir_;
  static KilnServer* server_;
};
TempDir* CliClient::dir_ = nullptr;
KilnServer* CliClient::server_ = nullptr;

TEST_F(CliClient, GenerateFollowsAndDownloads) {
  TempDir out("gen");
  const auto file = out.path() / "chest.stl";
  const auto r = runKiln(*server_, fmt::format("generate 'a wooden treasure chest' --tier draft --format stl -o {}", file.string()));
  ASSERT_EQ(r.exit_code, 0) << r.text;
  const auto bytes = readFile(file);
  ASSERT_GT(bytes.size(), 84u);
  uint32_t facets = 0;
  std::memcpy(&facets, bytes.data() + 80, 4);
  EXPECT_EQ(bytes.size(), 84u + 50u * facets) << "a complete binary STL";
  EXPECT_NE(r.text.find("succeeded"), std::string::npos) << r.text;
}

TEST_F(CliClient, SubmitStatusFetchCancel) {
  auto submitted = runKiln(*server_, "submit 'a red mushroom' --tier draft");
  ASSERT_EQ(submitted.exit_code, 0) << submitted.text;
  std::string id = submitted.text;
  id.erase(id.find_last_not_of(" \n") + 1);
  ASSERT_TRUE(id.starts_with("job_")) << submitted.text;
  auto http = server_->client();
  ASSERT_EQ(waitForJob(http, id)["status"], "succeeded");
  auto status = runKiln(*server_, "status " + id + " --json");
  ASSERT_EQ(status.exit_code, 0) << status.text;
  EXPECT_EQ(parseJson(status.text)["status"], "succeeded") << status.text;
  TempDir out("fetch");
  auto fetched = runKiln(*server_, fmt::format("fetch {} -o {}", id, out.path().string()));
  ASSERT_EQ(fetched.exit_code, 0) << fetched.text;
  bool has_glb = false;
  for (const auto& e : fs::directory_iterator(out.path())) has_glb = has_glb || e.path().extension() == ".glb";
  EXPECT_TRUE(has_glb) << fetched.text;

  // A long job to cancel (the fault engine is pinned through the API).
  auto r = http.request("POST", "/v1/jobs", R"({"engine":"fault","input":{"prompt":"slow 30"}})",
                        {{"Content-Type", "application/json"}});
  ASSERT_TRUE(r.has_value());
  const std::string slow_id = parseJson(r->body)["id"];
  auto canceled = runKiln(*server_, "cancel " + slow_id);
  EXPECT_EQ(canceled.exit_code, 0) << canceled.text;
  EXPECT_EQ(waitForJob(http, slow_id, 20)["status"], "canceled");
}

// Photo → 3D from the command line: the photo (kiln's own render of a model
// it made, no ground) is uploaded, becomes an image_to_3d job, and the model
// comes back; a photo that is not an image, or neither prompt nor photo, is
// refused with a message that says what to give.
TEST_F(CliClient, GenerateFromAPhotoUploadsItAndDownloadsTheModel) {
  TempDir out("photo");
  const auto glb = out.path() / "mug.glb";
  const auto photo = out.path() / "mug.png";
  auto made = runCommand(fmt::format("{} make 'a blue ceramic mug' --tier draft -q -o {} 2>&1", kKilnBinary,
                                     shellQuote(glb.string())));
  ASSERT_EQ(made.exit_code, 0) << made.text;
  auto shot = runCommand(fmt::format("{} render {} -o {} --size 512 --samples 16 --no-ground 2>&1", kKilnBinary,
                                     shellQuote(glb.string()), shellQuote(photo.string())));
  ASSERT_EQ(shot.exit_code, 0) << shot.text;

  const auto model = out.path() / "from-photo.stl";
  auto r = runKiln(*server_, fmt::format("generate --image {} --tier draft -o {}", shellQuote(photo.string()),
                                         shellQuote(model.string())));
  ASSERT_EQ(r.exit_code, 0) << r.text;
  const auto bytes = readFile(model);
  ASSERT_GT(bytes.size(), 84u);
  uint32_t facets = 0;
  std::memcpy(&facets, bytes.data() + 80, 4);
  EXPECT_EQ(bytes.size(), 84u + 50u * facets) << "a complete binary STL";
  EXPECT_GT(facets, 1000u);

  auto submitted = runKiln(*server_, fmt::format("submit --image {} --tier draft --json", shellQuote(photo.string())));
  ASSERT_EQ(submitted.exit_code, 0) << submitted.text;
  EXPECT_EQ(parseJson(submitted.text)["kind"], "image_to_3d") << submitted.text;

  const auto text_file = out.path() / "notes.txt";
  std::ofstream(text_file) << "not a photo";
  auto not_image = runKiln(*server_, fmt::format("generate --image {}", shellQuote(text_file.string())));
  EXPECT_EQ(not_image.exit_code, 2) << not_image.text;
  EXPECT_NE(not_image.text.find("not a PNG, JPEG or WebP"), std::string::npos) << not_image.text;
  auto neither = runKiln(*server_, "generate");
  EXPECT_EQ(neither.exit_code, 2) << neither.text;
  EXPECT_NE(neither.text.find("--image"), std::string::npos) << neither.text;
  auto both = runKiln(*server_, fmt::format("generate 'a mug' --image {}", shellQuote(photo.string())));
  EXPECT_EQ(both.exit_code, 2) << both.text;
}

TEST_F(CliClient, BadPromptExitsWithTheServersMessage) {
  auto r = runKiln(*server_, "generate 'a teapoot' --tier draft -o /tmp/never.glb");
  EXPECT_EQ(r.exit_code, 2) << r.text;
  EXPECT_NE(r.text.find("teapot"), std::string::npos) << r.text;
}

TEST_F(CliClient, UnreachableServerSaysHowToFixIt) {
  const auto r = runCommand(
      fmt::format("{} status job_01JD3X5Q8RZ6V0K9YB2M4N7P1C --server http://127.0.0.1:9 2>&1", kKilnBinary));
  EXPECT_NE(r.exit_code, 0);
  EXPECT_NE(r.text.find("127.0.0.1:9"), std::string::npos) << r.text;
  EXPECT_NE(r.text.find("kiln serve"), std::string::npos) << r.text;
}

TEST(CliBatch, HonoursRateLimitsAndResumes) {
  TempDir dir("batch");
  KilnServer server(dir.path(), {"--workers", "2", "--rate-limit", "4"});
  TempDir out("batchout");
  const auto prompts = out.path() / "prompts.txt";
  std::ofstream(prompts) << "# a comment\na vase\n\na barrel\na rock\na dog\na mushroom\n";
  const auto models = out.path() / "models";
  auto first = runKiln(server, fmt::format("batch {} --out {} --parallel 2 --tier draft", prompts.string(), models.string()));
  ASSERT_EQ(first.exit_code, 0) << first.text;
  size_t files = 0;
  for (const auto& e : fs::recursive_directory_iterator(models)) files += e.path().extension() == ".glb" ? 1 : 0;
  EXPECT_EQ(files, 5u) << first.text;
  // A second run finds every output present and makes nothing.
  auto again = runKiln(server, fmt::format("batch {} --out {} --tier draft", prompts.string(), models.string()));
  ASSERT_EQ(again.exit_code, 0) << again.text;
  EXPECT_NE(again.text.find("skipped"), std::string::npos) << again.text;
  auto http = server.client();
  auto list = http.request("GET", "/v1/jobs?limit=100");
  EXPECT_EQ(parseJson(list->body)["data"].size(), 5u) << "the re-run created no jobs";
}

}  // namespace
}  // namespace kiln::testing
