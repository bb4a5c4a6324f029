// Every route the server registers, fed hostile requests: bodies of the wrong
// shape, wrong types in every known field, truncated and deeply nested JSON,
// huge numbers, control characters, odd ids in path parameters, bad keys.
// Each answer must be a 4xx (or a 2xx for what happens to be valid) with the
// error body, never a 5xx, and the server must still answer afterwards.
// Seeded, so a failure is replayed by the same run.
#include <gtest/gtest.h>

#include <random>
#include <regex>

#include "kiln_server.h"

namespace kiln::testing {
namespace {

struct Route {
  std::string method;
  std::string path;  // with {param} placeholders
  std::vector<std::string> fields;  // top-level body fields the OpenAPI document names
};

std::vector<Route> routesFrom(const nlohmann::json& openapi) {
  std::vector<Route> routes;
  const auto& schemas = openapi["components"]["schemas"];
  for (const auto& [path, methods] : openapi["paths"].items()) {
    for (const auto& [method, op] : methods.items()) {
      Route r{method, path, {}};
      std::transform(r.method.begin(), r.method.end(), r.method.begin(), ::toupper);
      if (op.contains("requestBody")) {
        for (const auto& [type, media] : op["requestBody"]["content"].items()) {
          auto schema = media.value("schema", nlohmann::json::object());
          if (schema.contains("$ref")) {
            const std::string ref = schema["$ref"];
            schema = schemas.value(ref.substr(ref.rfind('/') + 1), nlohmann::json::object());
          }
          if (schema.contains("properties")) {
            for (const auto& [name, _] : schema["properties"].items()) r.fields.push_back(name);
          }
        }
      }
      routes.push_back(std::move(r));
    }
  }
  return routes;
}

class Hostile {
 public:
  explicit Hostile(uint64_t seed) : rng_(seed) {}

  int pick(int n) { return std::uniform_int_distribution<int>(0, n - 1)(rng_); }

  nlohmann::json value(int depth = 0) {
    switch (pick(depth > 2 ? 9 : 12)) {
      case 0: return nullptr;
      case 1: return pick(2) == 1;
      case 2: return static_cast<int64_t>(rng_() - rng_());  // any 64-bit value, negative ones too
      case 3: return std::numeric_limits<double>::max() * (pick(2) ? 1 : -1);
      case 4: return -1;
      case 5: return "";
      case 6: return std::string(static_cast<size_t>(pick(5000)), 'x');
      case 7: return text();
      case 8: return "upl_01JD3X5Q8RZ6V0K9YB2M4N7P1C";
      case 9: {
        nlohmann::json a = nlohmann::json::array();
        for (int i = pick(6); i > 0; --i) a.push_back(value(depth + 1));
        return a;
      }
      case 10: {
        nlohmann::json o = nlohmann::json::object();
        for (int i = pick(6); i > 0; --i) o[text()] = value(depth + 1);
        return o;
      }
      default: return 1e308;
    }
  }

  std::string text() {
    static const std::vector<std::string> pieces = {
        "a teapot", "draft", "high", "glb", "../../etc/passwd", "%00", "\u00e9\u6f22\u5b57", "\x7f", "\t\n",
        "job_", "upl_", "{", "\"", "\\u0000", "' OR 1=1 --", "http://127.0.0.1:1/hook", "whsec_", "-1", "1e999"};
    std::string s;
    for (int i = 1 + pick(3); i > 0; --i) s += pieces[static_cast<size_t>(pick(static_cast<int>(pieces.size())))];
    return s;
  }

  std::string body(const Route& route) {
    switch (pick(8)) {
      case 0: return "";
      case 1: return "{";
      case 2: return std::string(static_cast<size_t>(pick(64) + 1), '[') + "1";
      case 3: {  // nesting far beyond any sane document
        std::string deep;
        for (int i = 0; i < 20'000; ++i) deep += "[";
        return deep;
      }
      case 4: return value().dump();
      case 5: {
        std::string raw;
        for (int i = pick(300); i > 0; --i) raw.push_back(static_cast<char>(rng_()));
        return raw;
      }
      default: {  // the route's own fields, each given something unexpected
        nlohmann::json o = nlohmann::json::object();
        for (const auto& f : route.fields) {
          if (pick(3) != 0) o[f] = value();
        }
        if (pick(4) == 0) o[text()] = value();
        return o.dump();
      }
    }
  }

  std::string path(const std::string& templ) {
    static const std::vector<std::string> ids = {"job_01JD3X5Q8RZ6V0K9YB2M4N7P1C", "x", "..", "%2e%2e%2f", "job_",
                                                 std::string(300, 'a'), "upl_01JD3X5Q8RZ6V0K9YB2M4N7P1C", "%ff%fe",
                                                 "whk_1", "-1"};
    static const std::regex param(R"(\{[^}]+\})");
    std::string out;
    std::sregex_iterator it(templ.begin(), templ.end(), param), end;
    size_t last = 0;
    for (; it != end; ++it) {
      out += templ.substr(last, static_cast<size_t>(it->position()) - last);
      out += ids[static_cast<size_t>(pick(static_cast<int>(ids.size())))];
      last = static_cast<size_t>(it->position() + it->length());
    }
    out += templ.substr(last);
    static const std::vector<std::string> queries = {"",          "?limit=0",   "?limit=99999999999", "?cursor=%00",
                                                     "?job=",     "?catalog",   "?status=nope",       "?expires=1&sig=x",
                                                     "?job=../x", "?kind=%22"};
    return out + queries[static_cast<size_t>(pick(static_cast<int>(queries.size())))];
  }

 private:
  std::mt19937_64 rng_;
};

TEST(HostileInput, NoRouteAnswers5xxAndTheServerStaysUp) {
  TempDir dir("hostile");
  const std::string key = createKey(dir.path(), "ws_hostile", 1000);
  ASSERT_FALSE(key.empty());
  KilnServer server(dir.path(), {"--no-workers", "--rate-limit", "0", "--key-rate-limit", "0"});
  auto http = server.client(10'000);
  auto doc = http.request("GET", "/openapi.json");
  ASSERT_TRUE(doc.has_value());
  const auto routes = routesFrom(parseJson(doc->body));
  ASSERT_GT(routes.size(), 30u);

  // KILN_HOSTILE_SEED / KILN_HOSTILE_ROUNDS explore further than the default run.
  const char* seed_env = std::getenv("KILN_HOSTILE_SEED");
  const char* rounds_env = std::getenv("KILN_HOSTILE_ROUNDS");
  const uint64_t seed = seed_env != nullptr ? std::strtoull(seed_env, nullptr, 10) : 20261126;
  const int rounds = rounds_env != nullptr ? std::atoi(rounds_env) : 40;
  Hostile h(seed);
  const std::vector<std::string> auths = {"", "Bearer " + key, "Bearer kiln_live_nope", "Basic Zm9vOmJhcg==",
                                          "Bearer " + std::string(5000, 'k')};
  int requests = 0;
  std::map<int, int> statuses;
  std::string failures;
  for (int round = 0; round < rounds; ++round) {
    for (const auto& route : routes) {
      std::map<std::string, std::string> headers = {{"Content-Type", h.pick(5) == 0 ? "text/plain" : "application/json"}};
      // Mostly the good key, so requests reach the handlers' own checks.
      const int a = h.pick(20);
      const auto& auth = a < 12 ? auths[1] : a < 17 ? auths[0] : auths[static_cast<size_t>(2 + h.pick(3))];
      if (!auth.empty()) headers["Authorization"] = auth;
      if (h.pick(6) == 0) headers["Idempotency-Key"] = h.text();
      if (h.pick(6) == 0) headers["x-workspace-id"] = h.text();
      if (h.pick(6) == 0) headers["Prefer"] = "wait=" + std::to_string(h.pick(3) - 1);
      const std::string path = h.path(route.path);
      const std::string body = route.method == "GET" || route.method == "DELETE" ? "" : h.body(route);
      auto r = http.request(route.method, path, body, headers);
      ++requests;
      if (r) ++statuses[r->status];
      if (!r) {
        failures += fmt::format("{} {}: no answer ({})\n", route.method, path, r.error().message);
        continue;
      }
      if (r->status >= 500) {
        failures += fmt::format("{} {} [{}] → {} {}\n", route.method, path, body.substr(0, 200), r->status,
                                r->body.substr(0, 300));
      }
      if (r->status >= 400 && r->status < 500 && r->header("content-type").starts_with("application/json")) {
        const auto j = parseJson(r->body);
        if (!j.is_object() || !j.contains("error")) {
          failures += fmt::format("{} {} → {} without an error body: {}\n", route.method, path, r->status,
                                  r->body.substr(0, 200));
        }
      }
    }
  }
  EXPECT_TRUE(failures.empty()) << "seed " << seed << ":\n" << failures;
  EXPECT_GT(requests, 300);
  std::string seen;
  for (const auto& [status, n] : statuses) seen += fmt::format(" {}×{}", status, n);
  std::printf("%d requests to %zu routes; answers:%s\n", requests, routes.size(), seen.c_str());
  // Most requests must get past routing and authentication to the handlers' checks.
  EXPECT_GT(statuses[400] + statuses[422] + statuses[413] + statuses[415], requests / 5) << seen;
  auto health = http.request("GET", "/healthz");
  ASSERT_TRUE(health.has_value());
  EXPECT_EQ(health->status, 200);
  EXPECT_EQ(server.log().find("terminate called"), std::string::npos);
}

}  // namespace
}  // namespace kiln::testing
