// Photo → 3D over HTTP against a real `kiln serve`: the Forge dialect's
// upload slot + image_urls flow and native image_to_3d jobs. The "photo" is
// kiln's own render of a model it made, on a plain background; an unusable
// photo (noise) is refused with the pre-check's feedback before any job is
// queued, unless skip_validation says otherwise.
#include <gtest/gtest.h>

#include <random>

#include "engines/render/image.h"
#include "kiln_server.h"

namespace kiln::testing {
namespace {

const std::map<std::string, std::string> kJson = {{"Content-Type", "application/json"}};

std::string readFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), {}};
}

class PhotoApi : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir("photo");
    server_ = new KilnServer(dir_->path() / "data", {"--workers", "1", "--rate-limit", "0"});
    // A vase made and rendered by kiln: the photo of a real object on a studio backdrop.
    const fs::path glb = dir_->path() / "vase.glb";
    const fs::path png = dir_->path() / "vase.png";
    auto made = runCommand(fmt::format("{} make 'a red glazed ceramic vase' --tier draft -q -o {} 2>&1", kKilnBinary,
                                       shellQuote(glb.string())));
    ASSERT_EQ(made.exit_code, 0) << made.text;
    auto shot = runCommand(fmt::format("{} render {} -o {} --size 512 --samples 16 --no-ground 2>&1", kKilnBinary,
                                       shellQuote(glb.string()), shellQuote(png.string())));
    ASSERT_EQ(shot.exit_code, 0) << shot.text;
    *photo_ = readFile(png);
    ASSERT_FALSE(photo_->empty());
    // Television static: no object, edges everywhere.
    render::Image8 noise;
    noise.width = noise.height = 256;
    noise.rgb.resize(256 * 256 * 3);
    std::mt19937 rng(7);
    for (auto& v : noise.rgb) v = static_cast<uint8_t>(rng() & 0xff);
    auto encoded = render::encodeImage(noise, render::ImageFormat::kPng);
    ASSERT_TRUE(encoded.has_value());
    noise_->assign(encoded->begin(), encoded->end());
  }
  static void TearDownTestSuite() {
    delete server_;
    delete dir_;
  }

  // Forge upload: POST /api/forge-upload, PUT the bytes; returns public_url.
  static std::string forgeUpload(client::HttpClient& http, const std::string& bytes) {
    auto slot = http.request("POST", "/api/forge-upload",
                             nlohmann::json{{"content_type", "image/png"}, {"size_bytes", bytes.size()}}.dump(), kJson);
    EXPECT_EQ(slot->status, 200) << slot->body;
    const auto s = parseJson(slot->body);
    std::map<std::string, std::string> headers;
    for (const auto& [k, v] : s["headers"].items()) headers[k] = v.get<std::string>();
    auto put = http.request(s["method"], s["upload_url"], bytes, headers);
    EXPECT_EQ(put->status, 200) << put->body;
    return s["public_url"];
  }

  static TempDir* dir_;
  static KilnServer* server_;
  static std::string* photo_;
  static std::string* noise_;
};
TempDir* PhotoApi::dir_ = nullptr;
KilnServer* PhotoApi::server_ = nullptr;
std::string* PhotoApi::photo_ = new std::string;
std::string* PhotoApi::noise_ = new std::string;

TEST_F(PhotoApi, ForgePhotoFlowGivesAValidatorCleanGlb) {
  auto http = server_->client();
  const std::string url = forgeUpload(http, *photo_);
  auto start = http.request("POST", "/api/forge",
                            nlohmann::json{{"image_urls", {url}}, {"tier", "draft"}}.dump(), kJson);
  ASSERT_TRUE(start.has_value());
  ASSERT_TRUE(start->status == 200 || start->status == 202) << start->body;
  auto job = parseJson(start->body);
  EXPECT_EQ(job["mode"], "image_to_3d") << job;
  EXPECT_EQ(job["backend"], "inflate") << job;
  const std::string id = job["job_id"];
  std::set<std::string> steps;
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(120);
  while (job["status"] != "done" && job["status"] != "failed" && std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    auto poll = http.request("GET", "/api/forge?job=" + id);
    ASSERT_EQ(poll->status, 200) << poll->body;
    job = parseJson(poll->body);
    if (job.contains("step")) steps.insert(job["step"].get<std::string>());
  }
  ASSERT_EQ(job["status"], "done") << job;
  for (const auto& s : steps) EXPECT_TRUE(s == "image" || s == "mesh" || s == "finish") << s;
  auto glb = http.request("GET", job["glb_url"]);
  ASSERT_EQ(glb->status, 200);
  const fs::path file = dir_->path() / "photo.glb";
  std::ofstream(file, std::ios::binary) << glb->body;
  auto validated = runCommand(fmt::format("node {} {} 2>&1", (kSourceDir / "tools/validate_gltf.mjs").string(),
                                          shellQuote(file.string())));
  EXPECT_EQ(validated.exit_code, 0) << validated.text;
}

TEST_F(PhotoApi, UnusablePhotoGetsFeedbackUnlessValidationIsSkipped) {
  auto http = server_->client();
  const std::string url = forgeUpload(http, *noise_);
  auto refused = http.request("POST", "/api/forge", nlohmann::json{{"image_urls", {url}}}.dump(), kJson);
  ASSERT_EQ(refused->status, 400) << refused->body;
  const auto error = parseJson(refused->body);
  EXPECT_EQ(error["details"]["field"], "image_urls") << error;
  ASSERT_TRUE(error["details"]["photo_check"]["problems"].is_array()) << error;
  EXPECT_FALSE(error["details"]["photo_check"]["problems"].empty()) << error;
  EXPECT_NE(error["message"].get<std::string>().find("skip_validation"), std::string::npos) << error;
  auto list = http.request("GET", "/v1/jobs?limit=100");
  for (const auto& j : parseJson(list->body)["data"]) EXPECT_NE(j["kind"], "image_to_3d") << "no job was queued: " << j;

  // The caller insists: the job is queued and ends either way, never stuck.
  auto insisted = http.request("POST", "/api/forge",
                               nlohmann::json{{"image_urls", {url}}, {"tier", "draft"}, {"skip_validation", true}}.dump(),
                               kJson);
  ASSERT_TRUE(insisted->status == 200 || insisted->status == 202) << insisted->body;
  const std::string id = parseJson(insisted->body)["job_id"];
  auto job = waitForJob(http, id, 120);
  EXPECT_TRUE(job["status"] == "succeeded" || job["status"] == "failed") << job;
  if (job["status"] == "failed") {
    EXPECT_FALSE(job["error"]["message"].get<std::string>().empty()) << job;
  }
}

TEST_F(PhotoApi, NativeImageTo3dJobFromAnUpload) {
  auto http = server_->client();
  auto slot = http.request("POST", "/v1/uploads",
                           nlohmann::json{{"content_type", "image/png"}, {"size_bytes", photo_->size()}}.dump(), kJson);
  ASSERT_EQ(slot->status, 201) << slot->body;
  const auto s = parseJson(slot->body);
  ASSERT_EQ(http.request("PUT", s["upload_url"], *photo_, {{"Content-Type", "image/png"}})->status, 200);
  const std::string upload = s["upload_id"];

  // Shape errors name the field.
  auto none = http.request("POST", "/v1/jobs", R"({"kind":"image_to_3d","input":{}})", kJson);
  EXPECT_EQ(none->status, 400) << none->body;
  EXPECT_EQ(parseJson(none->body)["error"]["details"]["field"], "input.images") << none->body;
  auto five = http.request(
      "POST", "/v1/jobs",
      nlohmann::json{{"kind", "image_to_3d"}, {"input", {{"images", {upload, upload, upload, upload, upload}}}}}.dump(),
      kJson);
  EXPECT_EQ(five->status, 400) << five->body;
  auto unknown = http.request(
      "POST", "/v1/jobs",
      nlohmann::json{{"kind", "image_to_3d"}, {"input", {{"images", {"upl_01JD3X5Q8RZ6V0K9YB2M4N7P1C"}}}}}.dump(), kJson);
  EXPECT_EQ(unknown->status, 400) << unknown->body;
  auto depth = http.request("POST", "/v1/jobs",
                            nlohmann::json{{"kind", "image_to_3d"},
                                           {"input", {{"images", {upload}}}},
                                           {"params", {{"depth", 99}}}}
                                .dump(),
                            kJson);
  EXPECT_EQ(depth->status, 400) << depth->body;
  EXPECT_EQ(parseJson(depth->body)["error"]["details"]["field"], "params.depth") << depth->body;

  auto created = http.request("POST", "/v1/jobs",
                              nlohmann::json{{"kind", "image_to_3d"},
                                             {"tier", "draft"},
                                             {"input", {{"images", {upload}}}},
                                             {"outputs", {"glb", "stl"}}}
                                  .dump(),
                              kJson);
  ASSERT_EQ(created->status, 202) << created->body;
  auto job = waitForJob(http, parseJson(created->body)["id"], 120);
  ASSERT_EQ(job["status"], "succeeded") << job;
  EXPECT_EQ(job["engine"], "inflate");
  EXPECT_TRUE(job["checks"]["watertight"].get<bool>()) << job;
  EXPECT_LE(job["checks"]["triangles"].get<int>(), 12000) << job;
}

}  // namespace
}  // namespace kiln::testing
