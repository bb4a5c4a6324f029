// The native /v1 API and the Forge dialect, driven over HTTP against a real
// `kiln serve` with worker processes.
#include <gtest/gtest.h>

#include <fstream>
#include <thread>

#include "kiln_server.h"

namespace kiln::testing {
namespace {

const std::map<std::string, std::string> kJson = {{"Content-Type", "application/json"}};

class ServerApi : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir("api");
    // A fast lane of a minute: the test checks that a finished job is answered
    // "done", however slow the machine (or a sanitizer build) is.
    server_ = new KilnServer(dir_->path(), {"--workers", "2", "--rate-limit", "0", "--lease-ms", "3000",
                                            "--forge-fast-lane-ms", "60000"});
  }
  static void TearDownTestSuite() {
    delete server_;
    delete dir_;
  }
  static TempDir* dir_;
  static KilnServer* server_;
};
TempDir* ServerApi::dir_ = nullptr;
KilnServer* ServerApi::server_ = nullptr;

void expectErrorBody(const client::HttpResponse& r, int status, const std::string& code = "") {
  EXPECT_EQ(r.status, status) << r.body;
  const auto j = parseJson(r.body);
  ASSERT_TRUE(j.is_object()) << r.body;
  ASSERT_TRUE(j.contains("error")) << r.body;
  EXPECT_TRUE(j["error"]["code"].is_string()) << r.body;
  EXPECT_FALSE(j["error"]["message"].get<std::string>().empty()) << r.body;
  EXPECT_TRUE(j["error"].contains("details")) << r.body;
  if (!code.empty()) EXPECT_EQ(j["error"]["code"], code) << r.body;
}

TEST_F(ServerApi, JobLifecycleCreatePollDownload) {
  auto http = server_->client();
  auto r = http.request("POST", "/v1/jobs",
                        R"({"kind":"text_to_3d","tier":"draft","input":{"prompt":"a glazed ceramic teapot"},"outputs":["glb","stl"]})",
                        kJson);
  ASSERT_TRUE(r.has_value()) << r.error().message;
  ASSERT_EQ(r->status, 202) << r->body;
  auto job = parseJson(r->body);
  const std::string id = job["id"];
  EXPECT_EQ(r->header("location"), "/v1/jobs/" + id);
  EXPECT_TRUE(job["status"] == "queued" || job["status"] == "running") << job;
  EXPECT_TRUE(job["queue_position"].is_number()) << job;
  EXPECT_TRUE(job["eta_seconds"].is_number()) << job;

  job = waitForJob(http, id);
  ASSERT_EQ(job["status"], "succeeded") << job;
  EXPECT_EQ(job["attempts"], 1);
  EXPECT_TRUE(job["checks"]["watertight"].get<bool>()) << job;
  EXPECT_LE(job["checks"]["triangles"].get<int>(), 12000);
  ASSERT_GE(job["artifacts"].size(), 2u);  // glb, stl; the preview follows delivery
  // The preview is attached moments after the job succeeds (allow a minute
  // on a loaded machine; the loop ends as soon as it is there).
  for (int i = 0; i < 1200 * testTimeScale() && job["artifacts"].size() < 3; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    job = parseJson(http.request("GET", "/v1/jobs/" + id)->body);
  }
  ASSERT_EQ(job["artifacts"].size(), 3u) << job;
  EXPECT_EQ(job["artifacts"][2]["name"], "preview.png");
  EXPECT_EQ(job["artifacts"][2]["media_type"], "image/png");
  const auto& glb = job["artifacts"][0];
  EXPECT_EQ(glb["format"], "glb");
  EXPECT_EQ(glb["media_type"], "model/gltf-binary");
  TempDir out("dl");
  auto d = http.download(glb["url"].get<std::string>(), out.path() / "teapot.glb");
  ASSERT_TRUE(d.has_value());
  ASSERT_EQ(d->status, 200);
  std::ifstream in(out.path() / "teapot.glb", std::ios::binary);
  std::string bytes{std::istreambuf_iterator<char>(in), {}};
  EXPECT_EQ(bytes.substr(0, 4), "glTF");
  EXPECT_EQ(bytes.size(), glb["bytes"].get<size_t>());
  // A tampered signature is refused.
  auto bad = http.request("GET", glb["url"].get<std::string>() + "x");
  ASSERT_TRUE(bad.has_value());
  expectErrorBody(*bad, 404);
}

TEST_F(ServerApi, PreferWaitReturnsTheFinishedJob) {
  auto http = server_->client();
  auto r = http.request("POST", "/v1/jobs", R"({"tier":"draft","input":{"prompt":"a red mushroom"}})",
                        {{"Content-Type", "application/json"}, {"Prefer", "wait=30"}});
  ASSERT_TRUE(r.has_value());
  ASSERT_EQ(r->status, 200) << r->body;
  const auto job = parseJson(r->body);
  EXPECT_EQ(job["status"], "succeeded");
  EXPECT_EQ(r->header("preference-applied"), "wait");
}

TEST_F(ServerApi, EventsStreamStatusUntilDone) {
  auto http = server_->client();
  auto r = http.request("POST", "/v1/jobs", R"({"engine":"fault","tier":"draft","input":{"prompt":"slow 1"}})", kJson);
  ASSERT_TRUE(r.has_value());
  ASSERT_EQ(r->status, 202) << r->body;
  const std::string id = parseJson(r->body)["id"];
  std::vector<nlohmann::json> events;
  auto streamed = http.streamEvents("/v1/jobs/" + id + "/events", [&](const std::string& event, const std::string& data) {
    EXPECT_EQ(event, "status");
    events.push_back(parseJson(data));
    return true;
  });
  ASSERT_TRUE(streamed.has_value()) << streamed.error().message;
  ASSERT_GE(events.size(), 2u);
  EXPECT_EQ(events.back()["status"], "succeeded");
  bool saw_progress = false;
  for (const auto& e : events) saw_progress = saw_progress || (e["status"] == "running" && e["progress"].get<double>() > 0);
  EXPECT_TRUE(saw_progress);
}

TEST_F(ServerApi, CancelRunningAndQueuedJobs) {
  auto http = server_->client();
  std::vector<std::string> ids;
  for (int i = 0; i < 3; ++i) {
    auto r = http.request("POST", "/v1/jobs", R"({"engine":"fault","input":{"prompt":"slow 20"}})", kJson);
    ASSERT_TRUE(r.has_value());
    ASSERT_EQ(r->status, 202);
    ids.push_back(parseJson(r->body)["id"]);
  }
  for (const auto& id : ids) {
    auto r = http.request("POST", "/v1/jobs/" + id + "/cancel");
    ASSERT_TRUE(r.has_value());
    EXPECT_EQ(r->status, 200) << r->body;
  }
  for (const auto& id : ids) EXPECT_EQ(waitForJob(http, id, 20)["status"], "canceled");
  auto again = http.request("POST", "/v1/jobs/" + ids[0] + "/cancel");
  ASSERT_TRUE(again.has_value());
  expectErrorBody(*again, 409, "conflict");
}

TEST_F(ServerApi, ListJobsWithCursorPages) {
  auto http = server_->client();
  for (int i = 0; i < 3; ++i) {
    http.request("POST", "/v1/jobs", R"({"tier":"draft","input":{"prompt":"a small rock"}})", kJson);
  }
  auto first = http.request("GET", "/v1/jobs?limit=2");
  ASSERT_TRUE(first.has_value());
  ASSERT_EQ(first->status, 200);
  const auto page1 = parseJson(first->body);
  ASSERT_EQ(page1["data"].size(), 2u);
  ASSERT_TRUE(page1["next_cursor"].is_string());
  auto second = http.request("GET", "/v1/jobs?limit=2&cursor=" + page1["next_cursor"].get<std::string>());
  ASSERT_TRUE(second.has_value());
  const auto page2 = parseJson(second->body);
  ASSERT_FALSE(page2["data"].empty());
  EXPECT_LT(page2["data"][0]["id"].get<std::string>(), page1["data"][1]["id"].get<std::string>());
}

TEST_F(ServerApi, UploadsCheckTypeFromBytesAndSize) {
  auto http = server_->client();
  const std::string png = std::string("\x89PNG\r\n\x1a\n", 8) + std::string(100, 'x');
  auto slot = http.request("POST", "/v1/uploads", fmt::format(R"({{"content_type":"image/png","size_bytes":{}}})", png.size()), kJson);
  ASSERT_TRUE(slot.has_value());
  ASSERT_EQ(slot->status, 201) << slot->body;
  const auto s = parseJson(slot->body);
  EXPECT_EQ(s["method"], "PUT");
  // HTML that claims to be a PNG is refused.
  auto lie = http.request("PUT", s["upload_url"], "<html>not a png</html>", {{"Content-Type", "image/png"}});
  ASSERT_TRUE(lie.has_value());
  expectErrorBody(*lie, 415);
  // Bigger than declared.
  auto big = http.request("PUT", s["upload_url"], png + "extra", {{"Content-Type", "image/png"}});
  ASSERT_TRUE(big.has_value());
  expectErrorBody(*big, 413);
  // The real thing.
  auto ok = http.request("PUT", s["upload_url"], png, {{"Content-Type", "image/png"}});
  ASSERT_TRUE(ok.has_value());
  EXPECT_EQ(ok->status, 200) << ok->body;
  auto meta = http.request("GET", "/v1/uploads/" + s["upload_id"].get<std::string>());
  ASSERT_TRUE(meta.has_value());
  EXPECT_TRUE(parseJson(meta->body)["complete"].get<bool>());
  // A tampered upload URL is refused.
  auto forged = http.request("PUT", "/v1/uploads/" + s["upload_id"].get<std::string>() + "?expires=99999999999&sig=abc", png);
  ASSERT_TRUE(forged.has_value());
  expectErrorBody(*forged, 404);
  // Unsupported media and oversized slots.
  auto gif = http.request("POST", "/v1/uploads", R"({"content_type":"image/gif","size_bytes":10})", kJson);
  ASSERT_TRUE(gif.has_value());
  expectErrorBody(*gif, 415);
  auto huge = http.request("POST", "/v1/uploads", R"({"content_type":"image/png","size_bytes":999999999999})", kJson);
  ASSERT_TRUE(huge.has_value());
  expectErrorBody(*huge, 413);
}

TEST_F(ServerApi, BadInputGetsTheRight4xx) {
  auto http = server_->client();
  struct Case {
    std::string body;
    int status;
    std::string mentions;
  };
  const std::vector<Case> cases = {
      {"{not json", 400, "JSON"},
      {"[1,2]", 400, "object"},
      {R"({"input":{"prompt":42}})", 400, "prompt"},
      {R"({"input":{}})", 400, "prompt"},
      {R"({"input":{"prompt":"ab"}})", 400, "prompt"},
      {R"({"input":{"prompt":")" + std::string(1001, 'a') + R"("}})", 400, "prompt"},
      {R"({"engine":"nosuch","input":{"prompt":"a vase"}})", 400, "engine"},
      {R"({"tier":"ultra","input":{"prompt":"a vase"}})", 400, "tier"},
      {R"({"input":{"prompt":"a vase"},"params":{"wobble":1}})", 400, "wobble"},
      {R"({"input":{"prompt":"a vase"},"params":{"height_mm":-3}})", 400, "height_mm"},
      {R"({"input":{"prompt":"a vase"},"outputs":["fbx"]})", 400, "fbx"},
      {R"({"input":{"prompt":"a vase"},"surprise":true})", 400, "surprise"},
      {R"({"kind":"hologram","input":{"prompt":"a vase"}})", 400, "kind"},
      {R"({"input":{"prompt":"a vase"},"seed":-1})", 400, "seed"},
  };
  for (const auto& c : cases) {
    auto r = http.request("POST", "/v1/jobs", c.body, kJson);
    ASSERT_TRUE(r.has_value());
    expectErrorBody(*r, c.status);
    EXPECT_NE(r->body.find(c.mentions), std::string::npos) << c.body << " → " << r->body;
  }
  // Oversized body.
  auto big = http.request("POST", "/v1/jobs", std::string(200 * 1024, ' '), kJson);
  ASSERT_TRUE(big.has_value());
  expectErrorBody(*big, 413);
  // Unknown job ids, well-formed or not.
  for (const char* id : {"job_01JD3X5Q8RZ6V0K9YB2M4N7P1C", "nope", "..%2F..%2Fetc"}) {
    auto r = http.request("GET", std::string("/v1/jobs/") + id);
    ASSERT_TRUE(r.has_value());
    expectErrorBody(*r, 404, "not_found");
  }
  // A prompt whose subject kiln does not know is refused at intake, with
  // related suggestions — never queued, never made as another object.
  auto unknown = http.request("POST", "/v1/jobs", R"({"tier":"draft","input":{"prompt":"a teapoot"}})",
                              {{"Content-Type", "application/json"}, {"Prefer", "wait=20"}});
  ASSERT_TRUE(unknown.has_value());
  expectErrorBody(*unknown, 422, "unknown_subject");
  const auto refused = parseJson(unknown->body);
  EXPECT_EQ(refused["error"]["details"]["field"], "input.prompt") << unknown->body;
  EXPECT_EQ(refused["error"]["details"]["suggestions"][0], "teapot") << unknown->body;
  auto nonsense = http.request("POST", "/v1/jobs", R"({"tier":"draft","input":{"prompt":"asdfgh"}})",
                               {{"Content-Type", "application/json"}});
  ASSERT_TRUE(nonsense.has_value());
  expectErrorBody(*nonsense, 422, "unknown_subject");
  auto listed = http.request("GET", "/v1/jobs");
  ASSERT_TRUE(listed.has_value());
  EXPECT_EQ(listed->body.find("teapoot"), std::string::npos) << "a refused prompt made no job";
  // The server still answers.
  auto health = http.request("GET", "/healthz");
  ASSERT_TRUE(health.has_value());
  EXPECT_EQ(health->status, 200);
}

TEST_F(ServerApi, OpsEndpoints) {
  auto http = server_->client();
  auto ready = http.request("GET", "/readyz");
  ASSERT_TRUE(ready.has_value());
  EXPECT_EQ(ready->status, 200);
  // One finished job, so the engine-duration histogram has a run to show.
  auto made = http.request("POST", "/v1/jobs", R"({"tier":"draft","input":{"prompt":"a rock"}})",
                           {{"Content-Type", "application/json"}, {"Prefer", "wait=30"}});
  ASSERT_TRUE(made.has_value());
  // Prefer: wait is capped at a minute; a slow (sanitizer) build polls on.
  auto job = parseJson(made->body);
  if (job["status"] != "succeeded" && job.contains("id")) job = waitForJob(http, job["id"].get<std::string>());
  ASSERT_EQ(job["status"], "succeeded") << made->body;
  auto metrics = http.request("GET", "/metrics");
  ASSERT_TRUE(metrics.has_value());
  EXPECT_EQ(metrics->status, 200);
  for (const char* name : {"kiln_http_requests_total", "kiln_http_request_duration_seconds", "kiln_queue_depth", "kiln_jobs",
                           "kiln_engine_duration_seconds_bucket{engine=\"sculpt\",tier=\"draft\",outcome=\"succeeded\""}) {
    EXPECT_NE(metrics->body.find(name), std::string::npos) << name;
  }
  auto openapi = http.request("GET", "/openapi.json");
  ASSERT_TRUE(openapi.has_value());
  const auto doc = parseJson(openapi->body);
  EXPECT_EQ(doc["openapi"], "3.1.0");
  EXPECT_TRUE(doc["paths"].contains("/v1/jobs/{id}/events"));
  auto catalog = http.request("GET", "/v1/catalog");
  ASSERT_TRUE(catalog.has_value());
  EXPECT_EQ(parseJson(catalog->body)["engines"][0]["id"], "sculpt");
}

// ---- Forge dialect (contracts/forge.md) ----

TEST_F(ServerApi, ForgeTextFlowEveryField) {
  auto http = server_->client();
  auto r = http.request("POST", "/api/forge", R"({"prompt":"a wooden treasure chest","tier":"standard","aspect_ratio":"1:1"})", kJson);
  ASSERT_TRUE(r.has_value());
  ASSERT_TRUE(r->status == 200 || r->status == 202) << r->body;
  auto j = parseJson(r->body);
  ASSERT_TRUE(j["job_id"].is_string());
  const std::string id = j["job_id"];
  EXPECT_EQ(j["creation_id"], id);
  if (j["status"] == "done") {
    EXPECT_TRUE(j["glb_url"].is_string());
  } else {
    EXPECT_TRUE(j["status"] == "queued" || j["status"] == "running") << j;
    EXPECT_EQ(j["mode"], "text_to_3d");
    EXPECT_EQ(j["tier"], "standard");
    EXPECT_EQ(j["backend"], "sculpt");
    EXPECT_TRUE(j["eta_seconds"].is_number());
  }
  // Poll until done; every fetch gives a fresh, working glb_url.
  nlohmann::json polled;
  for (int i = 0; i < 600 * testTimeScale(); ++i) {
    auto p = http.request("GET", "/api/forge?job=" + id);
    ASSERT_TRUE(p.has_value());
    ASSERT_EQ(p->status, 200);
    polled = parseJson(p->body);
    EXPECT_EQ(polled["job_id"], id);
    if (polled["status"] == "running") {
      const auto step = polled["step"].get<std::string>();
      EXPECT_TRUE(step == "image" || step == "mesh" || step == "finish") << step;
    }
    if (polled["status"] == "done" || polled["status"] == "failed") break;
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  ASSERT_EQ(polled["status"], "done") << polled;
  const std::string url = polled["glb_url"];
  std::this_thread::sleep_for(std::chrono::milliseconds(1100));
  auto again = http.request("GET", "/api/forge?job=" + id);
  const std::string url2 = parseJson(again->body)["glb_url"];
  EXPECT_NE(url, url2) << "each fetch signs a fresh URL";
  auto glb = http.request("GET", url2);
  ASSERT_TRUE(glb.has_value());
  EXPECT_EQ(glb->status, 200);
  EXPECT_EQ(glb->body.substr(0, 4), "glTF");
}

TEST_F(ServerApi, ForgeFastLaneAnswersDone) {
  auto http = server_->client();
  auto r = http.request("POST", "/api/forge", R"({"prompt":"a small rock","tier":"draft"})", kJson);
  ASSERT_TRUE(r.has_value());
  const auto j = parseJson(r->body);
  ASSERT_EQ(j["status"], "done") << "a draft job finishes within the fast lane: " << r->body;
  EXPECT_EQ(r->status, 200);
  EXPECT_TRUE(j["glb_url"].is_string());
}

TEST_F(ServerApi, ForgeCatalogUploadAndErrors) {
  auto http = server_->client();
  auto cat = http.request("GET", "/api/forge?catalog");
  ASSERT_TRUE(cat.has_value());
  const auto c = parseJson(cat->body);
  ASSERT_FALSE(c["backends"].empty());
  const auto& b = c["backends"][0];
  EXPECT_EQ(b["id"], "sculpt");
  EXPECT_TRUE(b["label"].is_string());
  EXPECT_EQ(b["paths"][0], "text");
  EXPECT_EQ(b["needs_key"], false);
  EXPECT_TRUE(b["eta_seconds"].is_number());
  ASSERT_EQ(c["tiers"].size(), 3u);
  EXPECT_EQ(c["tiers"][0]["polygon_budget"], 12000);
  EXPECT_EQ(c["tiers"][1]["polygon_budget"], 30000);
  EXPECT_EQ(c["tiers"][2]["polygon_budget"], 200000);
  EXPECT_TRUE(c["tiers"][0].contains("price_credits"));

  auto slot = http.request("POST", "/api/forge-upload", R"({"content_type":"image/jpeg","size_bytes":2000})", kJson);
  ASSERT_TRUE(slot.has_value());
  ASSERT_EQ(slot->status, 200) << slot->body;
  const auto s = parseJson(slot->body);
  for (const char* f : {"upload_url", "method", "headers", "public_url"}) EXPECT_TRUE(s.contains(f)) << f;
  EXPECT_EQ(s["method"], "PUT");

  // Photo input referring to a URL that is not one of this server's uploads.
  auto photo = http.request("POST", "/api/forge", R"({"image_urls":["https://example.invalid/cat.jpg"]})", kJson);
  ASSERT_TRUE(photo.has_value());
  EXPECT_EQ(photo->status, 400);
  EXPECT_NE(photo->body.find("image_urls"), std::string::npos);

  auto short_prompt = http.request("POST", "/api/forge", R"({"prompt":"ab"})", kJson);
  ASSERT_TRUE(short_prompt.has_value());
  EXPECT_EQ(short_prompt->status, 400);
  auto missing = http.request("GET", "/api/forge?job=job_01JD3X5Q8RZ6V0K9YB2M4N7P1C");
  ASSERT_TRUE(missing.has_value());
  EXPECT_EQ(missing->status, 404);
  // The provider key is never echoed or stored.
  auto keyed = http.request("POST", "/api/forge", R"({"prompt":"a vase","tier":"draft"})",
                            {{"Content-Type", "application/json"}, {"x-forge-provider-key", "sk-test-SECRET-123"}});
  ASSERT_TRUE(keyed.has_value());
  EXPECT_EQ(keyed->body.find("SECRET"), std::string::npos);
}

TEST_F(ServerApi, ForgeFlowFromNodeWithBuiltInFetch) {
  const std::string cmd = fmt::format("node {} {} {} 2>&1", (kSourceDir / "tests/forge_flow.mjs").string(), server_->url(),
                                      (kSourceDir / "tools/validate_gltf.mjs").string());
  FILE* p = popen(cmd.c_str(), "r");
  ASSERT_NE(p, nullptr);
  std::string out;
  char buf[4096];
  size_t n = 0;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
  const int status = pclose(p);
  EXPECT_EQ(WEXITSTATUS(status), 0) << out;
  EXPECT_NE(out.find("0 errors, 0 warnings"), std::string::npos) << out;
}

}  // namespace
}  // namespace kiln::testing
