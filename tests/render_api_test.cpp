// Rendering through the job system against a live `kiln serve`: native
// render jobs from an uploaded GLB and from another job's artifact, and the
// Renders dialect's blocking renders — credits captured on success and
// refunded on failure, enhance of a 2D image, honest refusals, and tenant
// isolation of sources.
#include <gtest/gtest.h>

#include <cstdint>
#include <fstream>

#include "core/crypto.h"
#include "kiln_server.h"

namespace kiln::testing {
namespace {

using Headers = std::map<std::string, std::string>;


// A real GLB made by `kiln make`.
std::string makeGlb(const fs::path& dir) {
  const fs::path glb = dir / "mug.glb";
  const std::string cmd =
      fmt::format("{} make 'a ceramic mug' --tier draft -q -o {} >/dev/null 2>&1", kKilnBinary, glb.string());
  EXPECT_EQ(std::system(cmd.c_str()), 0);
  std::ifstream in(glb, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), {}};
}

struct PngSize {
  uint32_t width = 0, height = 0;
};
// Width and height from a PNG's IHDR chunk; zero when the bytes are not a PNG.
PngSize pngSize(const std::string& b) {
  if (b.size() < 24 || b.substr(0, 8) != std::string("\x89PNG\r\n\x1a\n", 8) || b.substr(12, 4) != "IHDR") return {};
  auto be32 = [&](size_t at) {
    return (uint32_t{static_cast<uint8_t>(b[at])} << 24) | (uint32_t{static_cast<uint8_t>(b[at + 1])} << 16) |
           (uint32_t{static_cast<uint8_t>(b[at + 2])} << 8) | uint32_t{static_cast<uint8_t>(b[at + 3])};
  };
  return {be32(16), be32(20)};
}

Headers keyed(const std::string& key) { return {{"Authorization", "Bearer " + key}, {"Content-Type", "application/json"}}; }

// Uploads through the native presigned slot; returns the upload id.
std::string nativeUpload(client::HttpClient& http, const std::string& key, const std::string& bytes,
                         const std::string& type) {
  auto r = http.request("POST", "/v1/uploads", nlohmann::json{{"content_type", type}, {"size_bytes", bytes.size()}}.dump(),
                        keyed(key));
  EXPECT_EQ(r->status, 201) << r->body;
  const auto slot = parseJson(r->body);
  auto put = http.request("PUT", slot["upload_url"], bytes, {{"Content-Type", type}});
  EXPECT_EQ(put->status, 200) << put->body;
  return slot["upload_id"];
}

// Uploads through the Renders dialect; returns {id, url}.
nlohmann::json rendersUpload(client::HttpClient& http, const std::string& key, const std::string& bytes) {
  auto r = http.request("POST", "/api/v1/uploads", nlohmann::json{{"image_base64", base64Encode(bytes)}}.dump(),
                        keyed(key));
  EXPECT_EQ(r->status, 201) << r->body;
  return parseJson(r->body);
}

int64_t credits(client::HttpClient& http, const std::string& key) {
  auto r = http.request("GET", "/api/v1/me", "", keyed(key));
  return parseJson(r->body)["credits"].get<int64_t>();
}

class RenderApi : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::make_unique<TempDir>("render-api");
    key_a_ = createKey(dir_->path(), "acme", 100);
    key_b_ = createKey(dir_->path(), "globex", 100);
    glb_ = makeGlb(dir_->path());
    ASSERT_GT(glb_.size(), 100u);
    ASSERT_EQ(glb_.substr(0, 4), "glTF");
    server_ = std::make_unique<KilnServer>(dir_->path(), std::vector<std::string>{"--workers", "1"});
  }
  void TearDown() override {
    server_.reset();
    dir_.reset();
  }

  std::unique_ptr<TempDir> dir_;
  std::unique_ptr<KilnServer> server_;
  std::string key_a_, key_b_, glb_;
};

TEST_F(RenderApi, NativeRenderJobFromAnUploadedGlbAndFromAJobArtifact) {
  auto http = server_->client(120'000);
  Headers h = keyed(key_a_);
  const std::string upload = nativeUpload(http, key_a_, glb_, "model/gltf-binary");

  Headers wait = h;
  wait["Prefer"] = "wait=60";
  auto r = http.request("POST", "/v1/jobs",
                        nlohmann::json{{"kind", "render"},
                                       {"input", {{"model", {{"upload_id", upload}}}}},
                                       {"params", {{"resolution", "320x240"}, {"samples", 4}, {"lighting", "noon"}}}}
                            .dump(),
                        wait);
  ASSERT_EQ(r->status, 200) << r->body;
  auto job = parseJson(r->body);
  ASSERT_EQ(job["status"], "succeeded") << job.dump();
  EXPECT_EQ(job["engine"], "render");
  EXPECT_EQ(job["tier"], "draft") << "a 320x240 render fits the draft tier";
  EXPECT_EQ(job["cost"]["credits"], 1);
  ASSERT_EQ(job["artifacts"].size(), 1u) << "a render has its image and no preview: " << job.dump();
  EXPECT_EQ(job["artifacts"][0]["name"], "render.png");
  EXPECT_EQ(job["artifacts"][0]["media_type"], "image/png");
  auto image = http.request("GET", job["artifacts"][0]["url"], "", h);
  ASSERT_EQ(image->status, 200);
  const auto size = pngSize(image->body);
  EXPECT_EQ(size.width, 320u);
  EXPECT_EQ(size.height, 240u);
  EXPECT_EQ(credits(http, key_a_), 99);

  // A model job, then a render of its artifact.
  r = http.request("POST", "/v1/jobs",
                   nlohmann::json{{"input", {{"prompt", "a wooden barrel"}}}, {"tier", "draft"}}.dump(), wait);
  ASSERT_EQ(r->status, 200) << r->body;
  const std::string model_job = parseJson(r->body)["id"];
  r = http.request("POST", "/v1/jobs",
                   nlohmann::json{{"kind", "render"},
                                  {"input", {{"model", {{"job_id", model_job}, {"artifact", "model.glb"}}}}},
                                  {"params", {{"resolution", "256x256"}, {"samples", 2}, {"format", "jpg"},
                                              {"scene", "interior"}}}}
                       .dump(),
                   wait);
  ASSERT_EQ(r->status, 200) << r->body;
  job = parseJson(r->body);
  ASSERT_EQ(job["status"], "succeeded") << job.dump();
  EXPECT_EQ(job["input"]["model"]["job_id"], model_job);
  EXPECT_EQ(job["artifacts"][0]["name"], "render.jpg");
  image = http.request("GET", job["artifacts"][0]["url"], "", h);
  ASSERT_EQ(image->status, 200);
  ASSERT_GE(image->body.size(), 3u);
  EXPECT_EQ(image->body.substr(0, 3), std::string("\xff\xd8\xff", 3));

  // Bad requests are refused before anything is charged.
  const int64_t before = credits(http, key_a_);
  r = http.request("POST", "/v1/jobs", R"({"kind":"render","params":{"resolution":"512"}})", h);
  EXPECT_EQ(r->status, 400) << r->body;
  EXPECT_EQ(parseJson(r->body)["error"]["details"]["field"], "input.model");
  r = http.request("POST", "/v1/jobs",
                   nlohmann::json{{"input", {{"prompt", "a vase"}, {"model", {{"upload_id", upload}}}}}}.dump(), h);
  EXPECT_EQ(r->status, 400) << r->body;
  r = http.request("POST", "/v1/jobs",
                   nlohmann::json{{"kind", "render"}, {"tier", "standard"}, {"input", {{"model", {{"upload_id", upload}}}}},
                                  {"params", {{"resolution", "2k"}}}}
                       .dump(),
                   h);
  EXPECT_EQ(r->status, 400) << "a 2k render needs tier high: " << r->body;
  r = http.request("POST", "/v1/jobs",
                   nlohmann::json{{"kind", "render"}, {"input", {{"model", {{"upload_id", upload}}}}},
                                  {"outputs", {"glb"}}}
                       .dump(),
                   h);
  EXPECT_EQ(r->status, 400) << r->body;
  // Another workspace can use neither the upload nor the job.
  const Headers hb = keyed(key_b_);
  r = http.request("POST", "/v1/jobs",
                   nlohmann::json{{"kind", "render"}, {"input", {{"model", {{"upload_id", upload}}}}}}.dump(), hb);
  EXPECT_EQ(r->status, 404) << r->body;
  r = http.request("POST", "/v1/jobs",
                   nlohmann::json{{"kind", "render"}, {"input", {{"model", {{"job_id", model_job}}}}}}.dump(), hb);
  EXPECT_EQ(r->status, 404) << r->body;
  EXPECT_EQ(credits(http, key_a_), before);
  EXPECT_EQ(credits(http, key_b_), 100);
}

TEST_F(RenderApi, RendersDialectBlocksChargesOnSuccessAndRefundsFailures) {
  auto http = server_->client(600'000);  // renders run slowly in a sanitizer build
  const Headers h = keyed(key_a_);

  auto r = http.request("GET", "/api/v1/styles", "", h);
  ASSERT_EQ(r->status, 200);
  const auto styles = parseJson(r->body);
  std::map<std::string, nlohmann::json> kinds;
  for (const auto& k : styles["kinds"]) kinds[k["id"]] = k;
  EXPECT_TRUE(kinds["render"]["available"].get<bool>());
  EXPECT_TRUE(kinds["render"]["sources"]["3d"].get<bool>());
  EXPECT_FALSE(kinds["render"]["sources"]["2d"].get<bool>());
  EXPECT_TRUE(kinds["enhance"]["sources"]["2d"].get<bool>());
  EXPECT_FALSE(kinds["enhance"]["sources"]["3d"].get<bool>());
  EXPECT_FALSE(kinds["refine"]["available"].get<bool>());
  EXPECT_EQ(kinds["render"]["credits"]["512"], 1);
  EXPECT_EQ(kinds["render"]["credits"]["4k"], 10);

  const auto model = rendersUpload(http, key_a_, glb_);
  r = http.request("POST", "/api/v1/renders",
                   nlohmann::json{{"image_url", model["url"]}, {"scene_type", "exterior"}, {"resolution", "512"},
                                  {"lighting", "Golden Hour"}, {"architectural_style", "Modern"}, {"source", "api"}}
                       .dump(),
                   h);
  ASSERT_TRUE(r.has_value()) << r.error().message;
  ASSERT_EQ(r->status, 200) << r->body;
  auto body = parseJson(r->body);
  EXPECT_EQ(body["render"]["status"], "done");
  EXPECT_EQ(body["render"]["credits_used"], 1);
  EXPECT_EQ(body["credits"], 99);
  EXPECT_EQ(credits(http, key_a_), 99);
  const std::string render_id = body["render"]["id"];
  auto image = http.request("GET", body["render"]["output_image_url"], "", h);
  ASSERT_EQ(image->status, 200);
  const std::string rendered_png = image->body;
  EXPECT_EQ(pngSize(rendered_png).width, 512u);
  EXPECT_EQ(pngSize(rendered_png).height, 512u);

  r = http.request("GET", "/api/v1/renders/" + render_id, "", h);
  ASSERT_EQ(r->status, 200) << r->body;
  EXPECT_EQ(parseJson(r->body)["render"]["status"], "done");
  // The style set the surroundings of that render; an unknown one is a 400 that lists the styles, at no cost.
  auto as_job = http.request("GET", "/v1/jobs/" + render_id, "", h);
  ASSERT_EQ(as_job->status, 200) << "a render's id is its job's id: " << as_job->body;
  EXPECT_EQ(parseJson(as_job->body)["summary"]["style"], "modern") << as_job->body;
  r = http.request("POST", "/api/v1/renders",
                   nlohmann::json{{"image_url", model["url"]}, {"architectural_style", "Baroque"}}.dump(), h);
  EXPECT_EQ(r->status, 400) << r->body;
  EXPECT_NE(r->body.find("Scandinavian"), std::string::npos) << r->body;
  EXPECT_EQ(credits(http, key_a_), 99);
  r = http.request("GET", "/api/v1/renders/" + render_id, "", keyed(key_b_));
  EXPECT_EQ(r->status, 404) << "another workspace's render is not found";

  // A file that sniffs as GLB but does not decode: the render fails and its credit is refunded.
  std::string corrupt = "glTF";
  corrupt += std::string("\x02\x00\x00\x00\x40\x00\x00\x00", 8);
  corrupt += std::string(52, '\x07');
  const auto bad = rendersUpload(http, key_a_, corrupt);
  r = http.request("POST", "/api/v1/renders", nlohmann::json{{"image_url", bad["url"]}, {"resolution", "512"}}.dump(), h);
  EXPECT_NE(r->status, 200) << r->body;
  body = parseJson(r->body);
  EXPECT_TRUE(body["error"]["message"].is_string());
  EXPECT_NE(body["error"]["message"].get<std::string>().find("cannot be read"), std::string::npos) << r->body;
  EXPECT_FALSE(body.contains("render"));
  EXPECT_EQ(credits(http, key_a_), 99) << "a failed render is refunded";

  // A 2D source: enhance doubles it; other kinds are refused with 422 at no cost.
  r = http.request("POST", "/api/v1/renders",
                   nlohmann::json{{"image_base64", base64Encode(rendered_png)}, {"kind", "enhance"}}.dump(), h);
  ASSERT_EQ(r->status, 200) << r->body;
  body = parseJson(r->body);
  EXPECT_EQ(body["render"]["credits_used"], 1);
  EXPECT_EQ(body["credits"], 98);
  image = http.request("GET", body["render"]["output_image_url"], "", h);
  ASSERT_EQ(image->status, 200);
  EXPECT_EQ(pngSize(image->body).width, 1024u);
  EXPECT_EQ(pngSize(image->body).height, 1024u);

  const auto picture = rendersUpload(http, key_a_, rendered_png);
  r = http.request("POST", "/api/v1/renders",
                   nlohmann::json{{"image_url", picture["url"]}, {"scene_type", "interior"}}.dump(), h);
  EXPECT_EQ(r->status, 422) << r->body;
  body = parseJson(r->body);
  EXPECT_EQ(body["error"]["code"], "unprocessable");
  EXPECT_NE(body["error"]["message"].get<std::string>().find("enhance"), std::string::npos) << r->body;
  r = http.request("POST", "/api/v1/renders",
                   nlohmann::json{{"image_url", model["url"]}, {"kind", "staging"}}.dump(), h);
  EXPECT_EQ(r->status, 422) << r->body;
  EXPECT_EQ(credits(http, key_a_), 98);

  // Another workspace cannot use this workspace's upload or job artifact as a source.
  const Headers hb = keyed(key_b_);
  r = http.request("GET", "/v1/jobs/" + render_id, "", h);
  const std::string artifact_url = parseJson(r->body)["artifacts"][0]["url"];
  r = http.request("POST", "/api/v1/renders", nlohmann::json{{"image_url", artifact_url}, {"kind", "enhance"}}.dump(), hb);
  EXPECT_EQ(r->status, 404) << r->body;
  r = http.request("POST", "/api/v1/renders", nlohmann::json{{"image_url", model["url"]}}.dump(), hb);
  EXPECT_EQ(r->status, 404) << r->body;
  r = http.request("POST", "/api/v1/renders", nlohmann::json{{"job_id", render_id}}.dump(), hb);
  EXPECT_EQ(r->status, 404) << r->body;
  EXPECT_EQ(credits(http, key_b_), 100);
}

}  // namespace
}  // namespace kiln::testing

namespace kiln::testing {
namespace {

TEST_F(RenderApi, NativeVideoJobMakesAnMp4TurntableOfAJobsModel) {
  auto http = server_->client(180'000);
  Headers wait = keyed(key_a_);
  wait["Prefer"] = "wait=120";
  auto r = http.request("POST", "/v1/jobs",
                        nlohmann::json{{"input", {{"prompt", "a wooden barrel"}}}, {"tier", "draft"}}.dump(), wait);
  ASSERT_EQ(r->status, 200) << r->body;
  const std::string model_job = parseJson(r->body)["id"];
  r = http.request("POST", "/v1/jobs",
                   nlohmann::json{{"kind", "video"},
                                  {"input", {{"model", {{"job_id", model_job}, {"artifact", "model.glb"}}}}},
                                  {"params", {{"frames", 8}, {"fps", 8}, {"resolution", "256"}, {"samples", 2}}}}
                       .dump(),
                   wait);
  ASSERT_EQ(r->status, 200) << r->body;
  const auto job = parseJson(r->body);
  ASSERT_EQ(job["status"], "succeeded") << job.dump();
  EXPECT_EQ(job["engine"], "turntable");
  ASSERT_EQ(job["artifacts"].size(), 1u) << job.dump();
  EXPECT_EQ(job["artifacts"][0]["name"], "turntable.mp4");
  EXPECT_EQ(job["artifacts"][0]["media_type"], "video/mp4");
  auto video = http.request("GET", job["artifacts"][0]["url"], "", keyed(key_a_));
  ASSERT_EQ(video->status, 200);
  ASSERT_GT(video->body.size(), 1000u);
  EXPECT_EQ(video->body.substr(4, 4), "ftyp") << "an MP4 file";
  // Another workspace cannot turn this job's model into a video.
  auto other = http.request("POST", "/v1/jobs",
                            nlohmann::json{{"kind", "video"},
                                           {"input", {{"model", {{"job_id", model_job}, {"artifact", "model.glb"}}}}}}
                                .dump(),
                            keyed(key_b_));
  EXPECT_EQ(other->status, 404) << other->body;
}

}  // namespace
}  // namespace kiln::testing
