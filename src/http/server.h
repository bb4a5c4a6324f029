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
  size_t max_connections = 20'000;      // beyond this, new connections get 503 and close
  /// Runs before routing; returning a Response short-circuits the request
  /// (rate limiting, auth). Called on the I/O thread.
  std::function<std::optional<Response>(Request&)> before;
  /// Added to every response (e.g. CORS, X-Content-Type-Options).
  std::vector<std::pair<std::string, std::string>> default_headers = {{"X-Content-Type-Options", "nosniff"}};
};

/// Lifecycle: construct, start() (binds and begins accepting; returns the
/// port), then stop() from any thread (stops accepting, lets in-flight
/// requests finish up to drain_ms, closes idle connections), then the
/// destructor joins the threads. Handlers may run concurrently.
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
