#pragma once
// HTTP request/response values passed between the server and handlers.
// Handlers never see Beast types.

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/error.h"

namespace kiln::http {

/// Case-insensitive header map (names compared lower-cased).
class Headers {
 public:
  void set(std::string_view name, std::string value);
  void add(std::string_view name, std::string value);  // keeps earlier values
  /// The first value, or nullopt.
  std::optional<std::string> get(std::string_view name) const;
  bool has(std::string_view name) const { return get(name).has_value(); }
  const std::vector<std::pair<std::string, std::string>>& all() const { return entries_; }

 private:
  std::vector<std::pair<std::string, std::string>> entries_;  // name as given, value
};

struct Request {
  std::string method;                              // "GET"
  std::string target;                              // "/v1/jobs?limit=2"
  std::string path;                                // "/v1/jobs" (percent-decoded)
  std::string raw_query;                           // "limit=2"
  std::multimap<std::string, std::string> query;   // decoded; a bare key ("?catalog") maps to ""
  Headers headers;
  std::string body;
  std::string remote_ip;                           // client address as text
  std::string request_id;                          // assigned by the server ("req_…")
  std::map<std::string, std::string> path_params;  // from the route pattern ("{id}")
  /// Scheme + host the client used, for absolute URLs ("http://127.0.0.1:8080").
  std::string base_url;

  std::optional<std::string> queryParam(const std::string& name) const;
};

struct Response {
  int status = 200;
  Headers headers;
  std::string body;
  /// Serve this file as the body instead of `body` (blobs); content-length from the file.
  std::string file_path;
};

/// {"error": {...}} with the status that the error code maps to.
Response errorResponse(const Error& error);
/// JSON body with Content-Type: application/json.
Response jsonResponse(int status, const nlohmann::json& body);

/// A reply that completes later: the server calls `poll` every
/// `poll_interval_ms` (on its own timer, never blocking a thread) until it
/// returns a Response or `deadline_ms` (monotonic) passes, then uses `on_timeout`.
struct DeferredReply {
  std::function<std::optional<Response>()> poll;
  std::function<Response()> on_timeout;
  int64_t deadline_ms = 0;
  int poll_interval_ms = 10;
};

/// Server-Sent Events: the head is sent first (status + headers, no length),
/// then `next` is polled every `poll_interval_ms`; each call returns text to
/// send (possibly empty) and whether the stream is finished. The server adds
/// a comment heartbeat when nothing was sent for 15 s, and ends the stream when
/// the client goes away.
struct StreamStep {
  std::string data;
  bool done = false;
};
struct StreamReply {
  Response head;
  std::function<StreamStep()> next;
  int poll_interval_ms = 100;
};

using Reply = std::variant<Response, DeferredReply, StreamReply>;

/// A handler runs on a server I/O thread; it must not block for long (store
/// calls are fine; waiting is done with DeferredReply/StreamReply).
using Handler = std::function<Reply(Request&)>;

/// Percent-decoding (RFC 3986). nullopt when a '%' is not followed by two hex
/// digits. `plus_is_space` decodes '+' as ' ' (query strings only).
std::optional<std::string> percentDecode(std::string_view text, bool plus_is_space);
/// Encodes every byte except the RFC 3986 unreserved set (A-Z a-z 0-9 - . _ ~).
std::string percentEncode(std::string_view text);
/// "a=1&b=x+y&flag" → {a:1, b:"x y", flag:""}; empty pairs are skipped, repeated
/// keys are kept in order. Pairs with an invalid escape are dropped.
std::multimap<std::string, std::string> parseQuery(std::string_view raw_query);
/// As parseQuery, but nullopt when any pair has an invalid escape (the server
/// answers 400 for such requests).
std::optional<std::multimap<std::string, std::string>> parseQueryStrict(std::string_view raw_query);

}  // namespace kiln::http
