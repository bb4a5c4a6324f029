#include "http/router.h"

#include <gtest/gtest.h>

namespace kiln::http {
namespace {

Handler tagged(std::string tag) {
  return [tag](Request&) -> Reply { return jsonResponse(200, {{"tag", tag}}); };
}

std::string tagOf(const Router::Match& match) {
  Request request;
  auto reply = match.route->handler(request);
  return nlohmann::json::parse(std::get<Response>(reply).body)["tag"];
}

Router makeRouter() {
  Router router;
  router.add({"GET", "/v1/jobs", tagged("list")});
  router.add({"POST", "/v1/jobs", tagged("create")});
  router.add({"GET", "/v1/jobs/{id}", tagged("get")});
  router.add({"DELETE", "/v1/jobs/{id}", tagged("delete")});
  router.add({"GET", "/v1/jobs/{id}/events", tagged("events")});
  router.add({"GET", "/v1/jobs/stats", tagged("stats")});
  router.add({"GET", "/v1/{kind}/latest", tagged("kind-latest")});
  router.add({"GET", "/", tagged("root")});
  return router;
}

TEST(Router, MatchesExactPathAndMethod) {
  const Router router = makeRouter();
  const auto match = router.match("POST", "/v1/jobs");
  ASSERT_NE(match.route, nullptr);
  EXPECT_EQ(tagOf(match), "create");
  EXPECT_EQ(tagOf(router.match("GET", "/")), "root");
}

TEST(Router, CapturesParameters) {
  const Router router = makeRouter();
  const auto match = router.match("GET", "/v1/jobs/job_123/events");
  ASSERT_NE(match.route, nullptr);
  EXPECT_EQ(tagOf(match), "events");
  EXPECT_EQ(match.params.at("id"), "job_123");
}

TEST(Router, ExactSegmentBeatsParameter) {
  const Router router = makeRouter();
  EXPECT_EQ(tagOf(router.match("GET", "/v1/jobs/stats")), "stats");
  EXPECT_EQ(tagOf(router.match("GET", "/v1/jobs/other")), "get");
  // "/v1/jobs/latest": /v1/{kind}/latest vs /v1/jobs/{id} — the exact "jobs" comes first.
  EXPECT_EQ(tagOf(router.match("GET", "/v1/jobs/latest")), "get");
  EXPECT_EQ(tagOf(router.match("GET", "/v1/meshes/latest")), "kind-latest");
}

TEST(Router, RegistrationOrderDoesNotDecideSpecificity) {
  Router router;
  router.add({"GET", "/a/{x}", tagged("param")});
  router.add({"GET", "/a/b", tagged("exact")});
  EXPECT_EQ(tagOf(router.match("GET", "/a/b")), "exact");
}

TEST(Router, UnknownPathIsNotKnown) {
  const Router router = makeRouter();
  const auto match = router.match("GET", "/v2/jobs");
  EXPECT_EQ(match.route, nullptr);
  EXPECT_FALSE(match.path_known);
}

TEST(Router, WrongMethodListsAllowedMethods) {
  const Router router = makeRouter();
  const auto match = router.match("PUT", "/v1/jobs/abc");
  EXPECT_EQ(match.route, nullptr);
  EXPECT_TRUE(match.path_known);
  EXPECT_EQ(match.allowed_methods, (std::vector<std::string>{"DELETE", "GET"}));
}

TEST(Router, TrailingSlashIsNotIgnored) {
  const Router router = makeRouter();
  EXPECT_EQ(router.match("GET", "/v1/jobs/").route, nullptr);  // {id} never matches empty
  EXPECT_FALSE(router.match("GET", "/v1/jobs/").path_known);
}

TEST(Router, RejectsRelativeAndHugePaths) {
  const Router router = makeRouter();
  EXPECT_EQ(router.match("GET", "v1/jobs").route, nullptr);
  EXPECT_EQ(router.match("GET", "").route, nullptr);
  std::string deep;
  for (int i = 0; i < 1000; ++i) deep += "/x";
  EXPECT_EQ(router.match("GET", deep).route, nullptr);
}

TEST(Router, ParameterKeepsDecodedText) {
  const Router router = makeRouter();
  const auto match = router.match("GET", "/v1/jobs/a b");
  ASSERT_NE(match.route, nullptr);
  EXPECT_EQ(match.params.at("id"), "a b");
}

}  // namespace
}  // namespace kiln::http
