#include <gtest/gtest.h>

#include "api/api.h"

namespace kiln::api {
namespace {

// Every route of a real server, registered as `kiln serve` does (no store is touched).
class OpenApi : public ::testing::Test {
 protected:
  void SetUp() override {
    ctx.registry = &registry;
    ctx.metrics = &metrics;
    addAllRoutes(router, ctx);
  }
  http::Router router;
  http::Metrics metrics;
  const engines::Registry registry = engines::Registry::withBuiltins();
  ApiContext ctx;
};

TEST_F(OpenApi, EveryRegisteredRouteIsDocumented) {
  const auto doc = buildOpenApi(router);
  EXPECT_EQ(doc["openapi"], "3.1.0");
  ASSERT_GE(router.routes().size(), 15u);
  for (const auto& route : router.routes()) {
    std::string method = route.method;
    for (auto& c : method) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    ASSERT_TRUE(doc["paths"].contains(route.pattern)) << route.pattern;
    ASSERT_TRUE(doc["paths"][route.pattern].contains(method)) << route.method << " " << route.pattern;
    const auto& op = doc["paths"][route.pattern][method];
    EXPECT_FALSE(op["summary"].get<std::string>().empty()) << route.pattern;
    EXPECT_FALSE(op["responses"].empty()) << route.pattern;
    for (const auto& [status, response] : op["responses"].items()) {
      EXPECT_TRUE(response.contains("description")) << route.pattern << " " << status;
    }
  }
  // Path parameters are declared.
  const auto& get_job = doc["paths"]["/v1/jobs/{id}"]["get"];
  ASSERT_TRUE(get_job.contains("parameters"));
  EXPECT_EQ(get_job["parameters"][0]["name"], "id");
  EXPECT_EQ(get_job["parameters"][0]["in"], "path");
}

TEST_F(OpenApi, DocumentsTheForgeDialect) {
  const auto doc = buildOpenApi(router);
  EXPECT_TRUE(doc["paths"]["/api/forge"].contains("post"));
  EXPECT_TRUE(doc["paths"]["/api/forge"].contains("get"));
  EXPECT_TRUE(doc["paths"]["/api/forge-upload"].contains("post"));
}

TEST_F(OpenApi, DocumentsAccountsStudioAndRenders) {
  const auto doc = buildOpenApi(router);
  for (const auto& [path, method] : std::vector<std::pair<std::string, std::string>>{
           {"/v1/me", "get"}, {"/v1/usage", "get"}, {"/v1/workspaces", "get"}, {"/v1/webhooks", "post"},
           {"/v1/webhooks/{id}", "delete"}, {"/api/v1/miniature", "post"}, {"/api/v1/generate", "post"},
           {"/api/v1/status/{job_id}", "get"}, {"/api/v1/result/{job_id}", "get"}, {"/api/v1/me", "get"},
           {"/api/v1/styles", "get"}, {"/api/v1/uploads", "post"}, {"/api/v1/renders", "post"},
           {"/api/v1/renders/{id}", "get"}}) {
    EXPECT_TRUE(doc["paths"].contains(path) && doc["paths"][path].contains(method)) << method << " " << path;
  }
}

}  // namespace
}  // namespace kiln::api
