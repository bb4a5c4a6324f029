#pragma once
// Asynchronous HTTP/1.1 server on Boost.Beast: keep-alive, header and body
// limits, slow-client timeouts, request ids, structured access logs, metrics,
// deferred replies (Prefer: wait) and Server-Sent Events, graceful stop.

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>

#include "core/result.h"
#include "http/message.h"
#include "http/metrics.h"
#include "http/router.h"

namespace kiln::http {

struct ServerOptions {
  std::string host = "127.0.0.1";
  uint16_t port = 8080;              // 0 = pick a free port (see Server::port())
  int threads = 2;                   // I/O threads
  size_t max_header_bytes = 16 * 1024;
  int64_t header_timeout_ms = 10'000;   // whole header must arrive within this (slowloris)
  int64_t body_timeout_ms = 60'000;     // whole body must arrive within this
  int64_t idle_timeout_ms = 120'000;    // keep-alive connection with no request
  /// Beyond this, new connections get 503 and close. start() lowers it to
  /// fit the open-file limit (see connectionLimitFor).
  size_t max_connections = 20'000;
  /// Runs before routing; returning a Response short-circuits the request
  /// (rate limiting, auth). Called on the I/O thread.
  std::function<std::optional<Response>(Request&)> before;
  /// Added to every response (e.g. CORS, X-Content-Type-Options) unless the
  /// handler set the same header.
  std::vector<std::pair<std::string, std::string>> default_headers = {{"X-Content-Type-Options", "nosniff"}};
  /// Access log policy (one line per request through spdlog's default logger:
  /// method, path without the query, status, bytes, duration_ms, request_id,
  /// remote; never the query string or headers). 5xx lines are logged at warn;
  /// other lines at debug, or at info when this is true or the environment has
  /// KILN_ACCESS_LOG=1. The level is checked before anything is formatted, so
  /// a quiet log costs nothing per request. For high request rates give the
  /// default logger an async sink.
  bool log_every_request = false;
};

/// Lifecycle: construct, start() (binds and begins accepting; returns the
/// port), then stop() from any thread (stops accepting, lets in-flight
/// requests finish up to drain_ms, closes idle connections), then the
/// destructor joins the threads. Handlers may run concurrently.
///
/// Per request: the header must arrive within header_timeout_ms (431 when it
/// exceeds max_header_bytes; 400 and close when it is not HTTP/1.1); an
/// unknown path gets 404, a known path with another method 405 with Allow; a
/// Content-Length (or chunked body) above the route's max_body_bytes gets 413
/// before the body is read; the body must arrive within body_timeout_ms. Then
/// `before`, then the handler; an exception becomes a 500 JSON error. Every
/// response carries Server, X-Request-Id (the client's X-Request-Id when it is
/// 1-64 chars of [A-Za-z0-9._-], else a new "req_…" id), default_headers,
/// Content-Type and Content-Length (not for event streams, which end by
/// closing the connection). Keep-alive follows HTTP/1.1 rules; a kept-alive
/// connection may stay idle for idle_timeout_ms. start() raises RLIMIT_NOFILE
/// to the hard limit and caps max_connections below it (connectionLimitFor,
/// logged when it lowers the cap); above the cap a new connection gets 503
/// with Retry-After and is closed (logged at most every 10 s), so the server
/// never runs out of descriptors for its store and workers. The listening
/// socket and connections are close-on-exec. Metrics: kiln_http_requests_total{method,route,status},
/// kiln_http_request_duration_seconds{route} and kiln_http_connections, with
/// route = the pattern ("unmatched" for 404/405/400), published at render time.
/// How many connections a server serves at once: max_connections, lowered
/// so that a reserve of descriptors (a quarter of the limit, 64 to 1024)
/// stays free for everything else. At least 1.
size_t connectionLimitFor(size_t max_connections, uint64_t open_file_limit);

class Server {
 public:
  Server(ServerOptions options, const Router& router, Metrics& metrics);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  /// Binds and starts the I/O threads. kUnavailable with the address when the bind fails.
  Result<uint16_t> start();
  uint16_t port() const;
  /// Graceful stop; safe to call more than once and from a signal-handling thread.
  void stop(int64_t drain_ms = 5'000);
  /// Blocks until stop() has completed.
  void wait();
  /// Open connections now (for metrics and tests).
  size_t connectionCount() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace kiln::http
