// The Renders dialect against a live `kiln serve`: compact error bodies, the
// account route, styles that say which kinds work on 3D and 2D sources, image
// uploads with public URLs, and a render of a 2D image refused without
// spending credits (render_api_test.cpp covers real renders).
#include <gtest/gtest.h>

#include "core/crypto.h"
#include "kiln_server.h"

namespace kiln::testing {
namespace {

TEST(RendersApi, AccountStylesUploadsAndAnHonestRefusal) {
  TempDir dir("renders");
  const std::string key = createKey(dir.path(), "studio-x", 100);
  ASSERT_FALSE(key.empty());
  KilnServer server(dir.path(), {"--workers", "1"});
  auto http = server.client();
  const std::map<std::string, std::string> h = {{"Authorization", "Bearer " + key}, {"Content-Type", "application/json"}};

  auto r = http.request("GET", "/api/v1/me", "", {{"Authorization", "Bearer tds_live_XXXXXXXX"}});
  ASSERT_EQ(r->status, 401);
  auto body = parseJson(r->body);
  EXPECT_EQ(body["error"]["code"], "unauthenticated");
  EXPECT_TRUE(body["error"]["message"].is_string());
  EXPECT_FALSE(body["error"].contains("details")) << "the Renders error body is {code, message}";

  r = http.request("GET", "/api/v1/me", "", h);
  ASSERT_EQ(r->status, 200) << r->body;
  EXPECT_EQ(parseJson(r->body)["credits"], 100);

  r = http.request("GET", "/api/v1/styles", "", h);
  ASSERT_EQ(r->status, 200);
  const auto styles = parseJson(r->body);
  ASSERT_FALSE(styles["kinds"].empty());
  for (const auto& k : styles["kinds"]) {
    const bool real = k["id"] == "render" || k["id"] == "enhance" || k["id"] == "video";
    EXPECT_EQ(k["available"].get<bool>(), real) << k;
    if (!real) {
      EXPECT_TRUE(k["reason"].is_string()) << k;
    }
  }

  const std::string png = std::string("\x89PNG\r\n\x1a\n", 8) + std::string(64, 'x');
  r = http.request("POST", "/api/v1/uploads", nlohmann::json{{"image_base64", base64Encode(png)}}.dump(), h);
  ASSERT_EQ(r->status, 201) << r->body;
  const std::string url = parseJson(r->body)["url"];
  auto fetched = http.request("GET", url);
  ASSERT_EQ(fetched->status, 200);
  EXPECT_EQ(fetched->body, png);
  r = http.request("POST", "/api/v1/uploads", R"({"image_base64":"PGh0bWw+"})", h);
  EXPECT_EQ(r->status, 415) << r->body;

  r = http.request("POST", "/api/v1/renders", R"({"scene_type":"interior"})", h);
  EXPECT_EQ(r->status, 400) << r->body;
  r = http.request("POST", "/api/v1/renders",
                   nlohmann::json{{"image_url", url}, {"scene_type", "exterior"}, {"resolution", "2k"},
                                  {"architectural_style", "Modern"}, {"lighting", "Golden Hour"}, {"source", "api"}}
                       .dump(),
                   h);
  EXPECT_EQ(r->status, 422) << r->body;
  body = parseJson(r->body);
  EXPECT_EQ(body["error"]["code"], "unprocessable");
  EXPECT_NE(body["error"]["message"].get<std::string>().find("supports only kind 'enhance'"), std::string::npos)
      << "a 2D source says what is possible: " << body;
  EXPECT_FALSE(body.contains("render")) << "no fake image";
  r = http.request("GET", "/api/v1/me", "", h);
  EXPECT_EQ(parseJson(r->body)["credits"], 100) << "a refused render costs nothing";
  r = http.request("GET", "/api/v1/renders/job_01ARZ3NDEKTSV4RRFFQ69G5FAV", "", h);
  EXPECT_EQ(r->status, 404);
}

}  // namespace
}  // namespace kiln::testing
