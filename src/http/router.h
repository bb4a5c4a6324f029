#pragma once
// Method + path-pattern routing ("/v1/jobs/{id}/events"), with the metadata
// the OpenAPI document is built from.

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "http/message.h"

namespace kiln::http {

/// What the OpenAPI document says about a route.
struct RouteDoc {
  std::string summary;
  std::string description;
  std::vector<std::string> tags;
  nlohmann::json request_body;   // OpenAPI requestBody object, or null
  nlohmann::json responses;      // OpenAPI responses object; {} gets a default 200
  nlohmann::json parameters = nlohmann::json::array();  // query/header parameters
};

struct Route {
  std::string method;            // "GET", "POST", "PUT", "DELETE"
  std::string pattern;           // "/v1/jobs/{id}"
  Handler handler;
  RouteDoc doc;
  size_t max_body_bytes = 1 << 20;  // requests with larger bodies get 413
};

/// Built once at startup, then read-only (thread-safe to match).
class Router {
 public:
  void add(Route route);
  struct Match {
    const Route* route = nullptr;
    std::map<std::string, std::string> params;
    bool path_known = false;      // some route has this path (→ 405 instead of 404)
    std::vector<std::string> allowed_methods;
  };
  /// `path` is already percent-decoded. Segments are compared one by one; an
  /// exact segment beats a {param} segment at the first position where two
  /// candidate patterns differ. A trailing slash is not ignored. On no match
  /// for `method`, `path_known` and `allowed_methods` say whether to answer
  /// 405 (with Allow) or 404.
  Match match(std::string_view method, std::string_view path) const;
  const std::vector<Route>& routes() const { return routes_; }

 private:
  struct Segment {
    std::string text;    // literal text, or the parameter name
    bool is_param = false;
  };
  std::vector<Route> routes_;
  std::vector<std::vector<Segment>> segments_;  // parallel to routes_
};

}  // namespace kiln::http
