// Asynchronous HTTP/1.1 server on Boost.Beast (RFC 9112 message framing).
//
// One Session per connection; each lives on one io_context run by one thread,
// so a session's state needs no locks. Per request the hot path is: read the
// header into a reused flat_buffer, route, read the body, run the handler,
// serialise the head by hand into a reused string and write head + body with
// one gathered write. Counters are relaxed atomics in ServerStats; the access
// log is level-gated before anything is formatted.
#include "http/server.h"

#include <fcntl.h>
#include <sys/resource.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <condition_variable>
#include <cstdlib>
#include <limits>
#include <list>
#include <mutex>
#include <thread>

#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include "core/clock.h"
#include "core/id.h"
#include "http/server_stats.h"

namespace kiln::http {
namespace {

namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
namespace net = boost::asio;
using tcp = net::ip::tcp;
using SteadyClock = std::chrono::steady_clock;

// Comment line sent on an SSE stream after this much silence, so proxies and
// clients keep the connection open.
constexpr auto kHeartbeatAfter = std::chrono::seconds(15);
// A response to a client that stops reading must not hold the session forever.
constexpr auto kWriteTimeout = std::chrono::seconds(60);
// After an early error (413/431/400) the unread request is drained for at most
// this long before closing, so the client sees the response rather than a reset.
constexpr auto kLingerTimeout = std::chrono::seconds(2);
constexpr size_t kLingerMaxBytes = 1 << 20;

thread_local size_t t_shard = 0;
thread_local bool t_is_io_thread = false;

int64_t steadyMicros() {
  return std::chrono::duration_cast<std::chrono::microseconds>(SteadyClock::now().time_since_epoch())
      .count();
}

bool isSaneRequestId(std::string_view id) {
  if (id.empty() || id.size() > 64) return false;
  return std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' ||
           c == '_' || c == '-';
  });
}

bool isToken(std::string_view name) {
  if (name.empty()) return false;
  return std::all_of(name.begin(), name.end(), [](char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
           std::string_view("!#$%&'*+-.^_`|~").find(c) != std::string_view::npos;
  });
}

// Header values from handlers must not smuggle a line break into the response.
bool isSafeValue(std::string_view value) {
  return value.find_first_of(std::string_view("\r\n\0", 3)) == std::string_view::npos;
}

bool equalsIgnoreCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    const auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
    if (lower(a[i]) != lower(b[i])) return false;
  }
  return true;
}

// Beast 1.74 uses boost::string_view.
std::string_view view(beast::string_view text) { return {text.data(), text.size()}; }

// Headers the server owns; a handler's value for these is ignored.
bool isServerOwned(std::string_view name) {
  return equalsIgnoreCase(name, "content-length") || equalsIgnoreCase(name, "transfer-encoding") ||
         equalsIgnoreCase(name, "connection") || equalsIgnoreCase(name, "server") ||
         equalsIgnoreCase(name, "x-request-id") || equalsIgnoreCase(name, "keep-alive");
}

bool isValidHost(std::string_view host) {
  if (host.empty() || host.size() > 255) return false;
  return std::all_of(host.begin(), host.end(), [](char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' ||
           c == '-' || c == ':' || c == '[' || c == ']';
  });
}

// Paths in log lines: printable ASCII only, bounded.
std::string loggablePath(std::string_view raw_path) {
  std::string out;
  const size_t n = std::min<size_t>(raw_path.size(), 256);
  out.reserve(n);
  for (size_t i = 0; i < n; ++i) {
    const auto c = static_cast<unsigned char>(raw_path[i]);
    if (c < 0x21 || c > 0x7e || c == '"' || c == '\\') {
      out += fmt::format("\\x{:02x}", c);
    } else {
      out.push_back(static_cast<char>(c));
    }
  }
  if (raw_path.size() > n) out += "...";
  return out;
}

bool envFlag(const char* name) {
  const char* value = std::getenv(name);
  if (value == nullptr) return false;
  const std::string_view v(value);
  return v == "1" || v == "true" || v == "on" || v == "yes";
}

// Raises the soft open-file limit to the hard one; returns the soft limit in force.
uint64_t raiseFileLimit() {
  rlimit limit{};
  if (getrlimit(RLIMIT_NOFILE, &limit) != 0) return std::numeric_limits<uint64_t>::max();
  if (limit.rlim_cur < limit.rlim_max) {
    const rlim_t before = limit.rlim_cur;
    limit.rlim_cur = limit.rlim_max;
    if (setrlimit(RLIMIT_NOFILE, &limit) != 0) {
      spdlog::warn("http: could not raise the open-file limit to {}", limit.rlim_max);
      limit.rlim_cur = before;
    }
  }
  return limit.rlim_cur == RLIM_INFINITY ? std::numeric_limits<uint64_t>::max() : static_cast<uint64_t>(limit.rlim_cur);
}

// A message at most once per interval, with how many times it was suppressed.
class LogThrottle {
 public:
  explicit LogThrottle(int64_t interval_ms) : interval_ms_(interval_ms) {}
  /// True when the caller should log now; `suppressed` is how many calls since the last log were not logged.
  bool ready(int64_t& suppressed) {
    const int64_t now = monotonicMs();
    int64_t last = last_ms_.load(std::memory_order_relaxed);
    if (now - last < interval_ms_ || !last_ms_.compare_exchange_strong(last, now)) {
      count_.fetch_add(1, std::memory_order_relaxed);
      return false;
    }
    suppressed = count_.exchange(0, std::memory_order_relaxed);
    return true;
  }

 private:
  int64_t interval_ms_;
  std::atomic<int64_t> last_ms_{std::numeric_limits<int64_t>::min() / 2};
  std::atomic<int64_t> count_{0};
};

Response errorWithStatus(int status, ErrorCode code, std::string message,
                         nlohmann::json details = nlohmann::json::object()) {
  Response response = errorResponse(makeError(code, std::move(message), std::move(details)));
  response.status = status;
  return response;
}

class Session;

// Everything a session needs from its server (Server::Impl is this).
struct ServerCore {
  ServerCore(ServerOptions opts, const Router& r, Metrics& m)
      : options(std::move(opts)),
        router(r),
        metrics(m),
        stats(std::make_shared<ServerStats>(r, static_cast<size_t>(std::max(1, options.threads)))),
        log_every_request(options.log_every_request || envFlag("KILN_ACCESS_LOG")),
        contexts(makeContexts(std::max(1, options.threads))),
        acceptor(*contexts[0]),
        accept_retry(*contexts[0]) {
    for (auto& context : contexts) work.emplace_back(context->get_executor());
  }

  static std::vector<std::unique_ptr<net::io_context>> makeContexts(int count) {
    std::vector<std::unique_ptr<net::io_context>> out;
    for (int i = 0; i < count; ++i) out.push_back(std::make_unique<net::io_context>(1));
    return out;
  }

  // Round-robin: a new connection lives on one context (one thread) for its life.
  net::io_context& nextContext() {
    return *contexts[next_context.fetch_add(1, std::memory_order_relaxed) % contexts.size()];
  }

  void doAccept();
  void onAccept(beast::error_code ec, tcp::socket socket);
  void limitConnectionsToFileLimit(uint64_t open_file_limit);
  void rejectOverCapacity(tcp::socket socket);
  void stopNow(int64_t drain_ms);

  ServerOptions options;
  const Router& router;
  Metrics& metrics;
  std::shared_ptr<ServerStats> stats;
  bool log_every_request;

  std::mutex sessions_mutex;
  std::list<std::weak_ptr<Session>> sessions;
  std::atomic<bool> stopping{false};
  std::atomic<uint16_t> bound_port{0};
  size_t connection_limit = 0;  // options.max_connections, capped below the open-file limit at start()
  LogThrottle shed_log{10'000};
  LogThrottle accept_error_log{10'000};

  std::mutex lifecycle_mutex;
  std::condition_variable lifecycle_cv;
  bool started = false;
  bool stop_begun = false;
  bool stopped = false;
  std::vector<std::thread> threads;
  std::atomic<size_t> next_context{0};

  // Declared last so that they are destroyed first: pending handlers own
  // sessions, whose destructors use the members above.
  //
  // One io_context per I/O thread rather than one shared by all threads: a
  // session never migrates, so it needs no strand, and the threads do not
  // contend on one scheduler lock. Measured with wrk -t2 -c64 on 2 shared
  // cores against nginx (2 workers, `return 200`) on a small JSON route: a
  // shared context with strands reached ~50 % of nginx's requests/s, this ~80 %.
  std::vector<std::unique_ptr<net::io_context>> contexts;
  std::vector<net::executor_work_guard<net::io_context::executor_type>> work;
  tcp::acceptor acceptor;
  net::steady_timer accept_retry;
};

class Session : public std::enable_shared_from_this<Session> {
 public:
  Session(ServerCore& server, tcp::socket socket)
      : server_(server), stream_(std::move(socket)), timer_(stream_.get_executor()) {
    beast::error_code ec;
    const auto endpoint = stream_.socket().remote_endpoint(ec);
    if (!ec) remote_ip_ = endpoint.address().to_string();
    const auto local = stream_.socket().local_endpoint(ec);
    if (!ec) {
      local_host_ = local.address().is_v6() ? fmt::format("[{}]:{}", local.address().to_string(), local.port())
                                            : fmt::format("{}:{}", local.address().to_string(), local.port());
    }
    stream_.socket().set_option(tcp::no_delay(true), ec);
    server_.stats->connections.fetch_add(1, std::memory_order_relaxed);
  }

  ~Session() {
    server_.stats->connections.fetch_sub(1, std::memory_order_relaxed);
    std::lock_guard lock(server_.sessions_mutex);
    if (registered_) server_.sessions.erase(registry_entry_);
  }

  Session(const Session&) = delete;
  Session& operator=(const Session&) = delete;

  void start() {
    {
      std::lock_guard lock(server_.sessions_mutex);
      registry_entry_ = server_.sessions.insert(server_.sessions.end(), weak_from_this());
      registered_ = true;
    }
    net::dispatch(stream_.get_executor(), [self = shared_from_this()] {
      if (self->server_.stopping.load()) return self->closeNow();
      self->readHeader(self->server_.options.header_timeout_ms);
    });
  }

  net::any_io_executor streamExecutor() { return stream_.get_executor(); }

  /// Posted to the session's context by Server::stop: idle connections close now, busy
  /// ones close after their response (they check `stopping`).
  void onStop() {
    if (state_ == State::kWaiting) closeNow();
    if (state_ == State::kStreaming) stream_finished_ = true;
  }

 private:
  enum class State { kWaiting, kBusy, kStreaming, kClosed };

  // ---- reading -------------------------------------------------------------

  void awaitRequest() {
    state_ = State::kWaiting;
    if (server_.stopping.load()) return closeNow();
    if (buffer_.size() > 0) return readHeader(server_.options.header_timeout_ms);  // pipelined
    // Wait for the first byte under the idle timeout, then give the rest of
    // the header the (shorter) header timeout.
    stream_.expires_after(std::chrono::milliseconds(server_.options.idle_timeout_ms));
    stream_.async_read_some(buffer_.prepare(1024), [self = shared_from_this()](beast::error_code ec, size_t n) {
      if (ec) return self->closeNow();
      self->buffer_.commit(n);
      self->readHeader(self->server_.options.header_timeout_ms);
    });
  }

  void readHeader(int64_t timeout_ms) {
    parser_.emplace();
    parser_->header_limit(static_cast<uint32_t>(std::min<size_t>(server_.options.max_header_bytes,
                                                                 std::numeric_limits<uint32_t>::max())));
    // The route's limit is applied once the header is known; until then a large
    // Content-Length must not fail the header parse.
    parser_->body_limit(std::numeric_limits<uint64_t>::max());
    stream_.expires_after(std::chrono::milliseconds(timeout_ms));
    bhttp::async_read_header(stream_, buffer_, *parser_,
                             [self = shared_from_this()](beast::error_code ec, size_t) { self->onHeader(ec); });
  }

  void onHeader(beast::error_code ec) {
    if (ec == bhttp::error::end_of_stream || ec == net::error::eof || ec == beast::error::timeout ||
        ec == net::error::operation_aborted || ec == net::error::connection_reset ||
        ec == bhttp::error::partial_message) {
      return closeNow();
    }
    beginExchange();
    if (ec == bhttp::error::header_limit) {
      return sendEarlyError(errorWithStatus(431, ErrorCode::kTooLarge, "The request header is too large.",
                                            {{"limit_bytes", server_.options.max_header_bytes}}));
    }
    if (ec) {
      return sendEarlyError(errorWithStatus(400, ErrorCode::kInvalidArgument, "The request is not valid HTTP/1.1."));
    }
    const auto& message = parser_->get();
    keep_alive_ = message.keep_alive();
    http10_ = message.version() < 11;
    method_ = std::string(view(message.method_string()));
    metrics_slot_ = server_.stats->unmatchedSlot(method_);

    request_ = Request{};
    request_.method = method_;
    request_.target = std::string(view(message.target()));
    std::string_view target = request_.target;
    // Absolute-form ("http://host/path") is legal in requests; keep the path.
    if (target.starts_with("http://") || target.starts_with("https://")) {
      const size_t authority = target.find("//") + 2;
      const size_t slash = target.find('/', authority);
      target = slash == std::string_view::npos ? std::string_view("/") : target.substr(slash);
    }
    const size_t question = target.find('?');
    const std::string_view raw_path = target.substr(0, question);
    log_path_ = raw_path;
    if (raw_path.empty() || raw_path.front() != '/') {
      return sendEarlyError(errorWithStatus(400, ErrorCode::kInvalidArgument, "The request target must be a path."));
    }
    auto path = percentDecode(raw_path, false);
    if (!path || path->find('\0') != std::string::npos) {
      return sendEarlyError(errorWithStatus(400, ErrorCode::kInvalidArgument,
                                            "The request path has an invalid percent-escape."));
    }
    request_.path = std::move(*path);
    if (question != std::string_view::npos) {
      request_.raw_query = std::string(target.substr(question + 1));
      auto query = parseQueryStrict(request_.raw_query);
      if (!query) {
        return sendEarlyError(errorWithStatus(400, ErrorCode::kInvalidArgument,
                                              "The query string has an invalid percent-escape."));
      }
      request_.query = std::move(*query);
    }

    Router::Match match = server_.router.match(method_, request_.path);
    if (match.route == nullptr) {
      if (match.path_known) {
        std::string allow;
        for (const auto& m : match.allowed_methods) allow += (allow.empty() ? "" : ", ") + m;
        Response response = errorWithStatus(405, ErrorCode::kInvalidArgument,
                                            fmt::format("Method {} is not allowed here; use {}.", loggablePath(method_), allow),
                                            {{"allowed_methods", match.allowed_methods}});
        response.headers.set("Allow", allow);
        return sendEarlyError(std::move(response));
      }
      return sendEarlyError(errorWithStatus(404, ErrorCode::kNotFound, "No such endpoint.",
                                            {{"path", loggablePath(raw_path)}}));
    }
    route_ = match.route;
    metrics_slot_ = static_cast<size_t>(route_ - server_.router.routes().data());
    request_.path_params = std::move(match.params);

    const auto content_length = parser_->content_length();
    if (content_length && *content_length > route_->max_body_bytes) {
      return sendEarlyError(tooLarge());
    }
    parser_->body_limit(route_->max_body_bytes);
    if (parser_->is_done()) return onBody({});

    if (equalsIgnoreCase(view(message[bhttp::field::expect]), "100-continue") && !http10_) {
      static constexpr std::string_view kContinue = "HTTP/1.1 100 Continue\r\n\r\n";
      stream_.expires_after(kWriteTimeout);
      return net::async_write(stream_, net::buffer(kContinue.data(), kContinue.size()),
                              [self = shared_from_this()](beast::error_code write_ec, size_t) {
                                if (write_ec) return self->closeNow();
                                self->readBody();
                              });
    }
    readBody();
  }

  void readBody() {
    stream_.expires_after(std::chrono::milliseconds(server_.options.body_timeout_ms));
    bhttp::async_read(stream_, buffer_, *parser_,
                      [self = shared_from_this()](beast::error_code ec, size_t) { self->onBody(ec); });
  }

  Response tooLarge() const {
    return errorWithStatus(413, ErrorCode::kTooLarge, "The request body is too large.",
                           {{"limit_bytes", route_ != nullptr ? route_->max_body_bytes : 0}});
  }

  void onBody(beast::error_code ec) {
    if (ec == bhttp::error::body_limit) return sendEarlyError(tooLarge());
    if (ec == beast::error::timeout || ec == bhttp::error::partial_message || ec == net::error::eof ||
        ec == bhttp::error::end_of_stream || ec == net::error::operation_aborted ||
        ec == net::error::connection_reset) {
      return closeNow();
    }
    if (ec) {
      return sendEarlyError(errorWithStatus(400, ErrorCode::kInvalidArgument, "The request body is malformed."));
    }
    auto& message = parser_->get();
    for (const auto& field : message) {
      request_.headers.add(view(field.name_string()), std::string(view(field.value())));
    }
    request_.body = std::move(message.body());
    request_.remote_ip = remote_ip_;
    request_.request_id = request_id_;
    const auto host = view(message[bhttp::field::host]);
    request_.base_url = "http://" + std::string(isValidHost(host) ? host : std::string_view(local_host_));
    parser_.reset();
    runHandler();
  }

  // ---- handling ------------------------------------------------------------

  void runHandler() {
    Reply reply;
    try {
      std::optional<Response> early;
      if (server_.options.before) early = server_.options.before(request_);
      if (early) {
        reply = std::move(*early);
      } else {
        reply = route_->handler(request_);
      }
    } catch (const std::exception& e) {
      spdlog::error("http: handler for {} {} threw: {} request_id={}", method_, route_->pattern, e.what(),
                    request_id_);
      reply = internalError();
    } catch (...) {
      spdlog::error("http: handler for {} {} threw a non-standard exception request_id={}", method_,
                    route_->pattern, request_id_);
      reply = internalError();
    }
    if (auto* response = std::get_if<Response>(&reply)) return sendResponse(std::move(*response));
    if (auto* deferred = std::get_if<DeferredReply>(&reply)) {
      deferred_ = std::move(*deferred);
      return pollDeferred();
    }
    stream_reply_ = std::move(std::get<StreamReply>(reply));
    startStream();
  }

  static Response internalError() {
    return errorResponse(makeError(ErrorCode::kInternal, "The server failed while handling this request."));
  }

  // DeferredReply: poll on the session's timer; a slow poll never blocks other sessions.
  void pollDeferred() {
    std::optional<Response> response;
    try {
      response = deferred_.poll ? deferred_.poll() : std::optional<Response>(internalError());
      if (!response && monotonicMs() >= deferred_.deadline_ms) {
        response = deferred_.on_timeout ? deferred_.on_timeout() : internalError();
      }
    } catch (const std::exception& e) {
      spdlog::error("http: deferred reply for {} threw: {} request_id={}", route_->pattern, e.what(), request_id_);
      response = internalError();
    }
    if (response) {
      deferred_ = {};
      return sendResponse(std::move(*response));
    }
    const int64_t wait_ms = std::clamp<int64_t>(
        std::min<int64_t>(deferred_.poll_interval_ms, deferred_.deadline_ms - monotonicMs()), 1, 60'000);
    timer_.expires_after(std::chrono::milliseconds(wait_ms));
    timer_.async_wait([self = shared_from_this()](beast::error_code ec) {
      if (ec) return self->closeNow();
      self->pollDeferred();
    });
  }

  // ---- writing -------------------------------------------------------------

  void beginExchange() {
    state_ = State::kBusy;
    start_us_ = steadyMicros();
    route_ = nullptr;
    metrics_slot_ = server_.stats->unmatchedSlot("OTHER");
    log_path_ = {};
    method_.clear();
    if (parser_) {
      const auto id = view(parser_->get()["X-Request-Id"]);
      request_id_ = isSaneRequestId(id) ? std::string(id) : newId("req");
    } else {
      request_id_ = newId("req");
    }
  }

  // Status line and headers into head_. `content_length` < 0 means none (SSE).
  void buildHead(int status, const Headers& headers, std::string_view default_type, int64_t content_length) {
    head_.clear();
    const auto reason = view(bhttp::obsolete_reason(static_cast<bhttp::status>(status)));
    head_ += "HTTP/1.1 ";
    head_ += std::to_string(status);
    head_.push_back(' ');
    head_.append(reason.data(), reason.size());
    head_ += "\r\nServer: kiln\r\nX-Request-Id: ";
    head_ += request_id_;
    head_ += "\r\n";
    bool has_content_type = false;
    for (const auto& [name, value] : headers.all()) {
      if (!isToken(name) || !isSafeValue(value) || isServerOwned(name)) continue;
      if (equalsIgnoreCase(name, "content-type")) has_content_type = true;
      head_ += name;
      head_ += ": ";
      head_ += value;
      head_ += "\r\n";
    }
    for (const auto& [name, value] : server_.options.default_headers) {
      if (!isToken(name) || !isSafeValue(value) || isServerOwned(name) || headers.has(name)) continue;
      head_ += name;
      head_ += ": ";
      head_ += value;
      head_ += "\r\n";
    }
    if (!has_content_type && !default_type.empty()) {
      head_ += "Content-Type: ";
      head_ += default_type;
      head_ += "\r\n";
    }
    if (content_length >= 0) {
      head_ += "Content-Length: ";
      head_ += std::to_string(content_length);
      head_ += "\r\n";
    }
    if (!keep_alive_) {
      head_ += "Connection: close\r\n";
    } else if (http10_) {
      head_ += "Connection: keep-alive\r\n";
    }
    head_ += "\r\n";
  }

  // An error before the request was fully read: answer, then close when the
  // rest of the request is unread (the connection cannot be reused then).
  void sendEarlyError(Response response) {
    // A complete request without a body (a 404 for a GET) leaves the connection usable.
    const bool complete = parser_ && parser_->is_header_done() && parser_->is_done();
    if (!complete) {
      keep_alive_ = false;
      linger_ = true;
    }
    sendResponse(std::move(response));
  }

  void sendResponse(Response response) {
    if (server_.stopping.load()) keep_alive_ = false;
    if (response.status < 100 || response.status > 599) response = internalError();
    status_ = response.status;
    if (!response.file_path.empty()) return sendFile(std::move(response));
    // 1xx, 204 and 304 carry neither a body nor a Content-Length (RFC 9110 §8.6).
    const bool bodyless = status_ < 200 || status_ == 204 || status_ == 304;
    if (bodyless) response.body.clear();
    body_ = std::move(response.body);
    buildHead(status_, response.headers, body_.empty() ? "" : "text/plain; charset=utf-8",
              bodyless ? -1 : static_cast<int64_t>(body_.size()));
    bytes_ = body_.size();
    const std::array<net::const_buffer, 2> buffers = {net::buffer(head_), net::buffer(body_)};
    stream_.expires_after(kWriteTimeout);
    net::async_write(stream_, buffers, [self = shared_from_this()](beast::error_code ec, size_t) {
      self->onWritten(ec);
    });
  }

  void sendFile(Response response) {
    bhttp::file_body::value_type file;
    beast::error_code ec;
    file.open(response.file_path.c_str(), beast::file_mode::scan, ec);
    if (ec) {
      return sendResponse(errorWithStatus(404, ErrorCode::kNotFound, "The file is no longer available."));
    }
    const uint64_t size = file.size();
    file_response_ = std::make_unique<bhttp::response<bhttp::file_body>>(
        std::piecewise_construct, std::make_tuple(std::move(file)),
        std::make_tuple(static_cast<bhttp::status>(status_), 11));
    auto& res = *file_response_;
    res.set(bhttp::field::server, "kiln");
    res.set("X-Request-Id", request_id_);
    bool has_content_type = false;
    for (const auto& [name, value] : response.headers.all()) {
      if (!isToken(name) || !isSafeValue(value) || isServerOwned(name)) continue;
      if (equalsIgnoreCase(name, "content-type")) has_content_type = true;
      res.insert(name, value);
    }
    for (const auto& [name, value] : server_.options.default_headers) {
      if (!isToken(name) || !isSafeValue(value) || isServerOwned(name) || response.headers.has(name)) continue;
      res.insert(name, value);
    }
    if (!has_content_type) res.set(bhttp::field::content_type, "application/octet-stream");
    res.content_length(size);
    res.keep_alive(keep_alive_);
    bytes_ = size;
    // Large files get longer than a small response: at least 64 KiB/s.
    stream_.expires_after(kWriteTimeout + std::chrono::milliseconds(size / 64));
    bhttp::async_write(stream_, res, [self = shared_from_this()](beast::error_code write_ec, size_t) {
      self->file_response_.reset();
      self->onWritten(write_ec);
    });
  }

  void onWritten(beast::error_code ec) {
    finishExchange();
    body_.clear();
    if (body_.capacity() > 64 * 1024) body_.shrink_to_fit();
    if (ec) return closeNow();
    if (!keep_alive_ || server_.stopping.load()) return closeGracefully();
    awaitRequest();
  }

  void finishExchange() {
    const int64_t duration_us = steadyMicros() - start_us_;
    server_.stats->record(t_shard, metrics_slot_, status_, duration_us);
    auto* logger = spdlog::default_logger_raw();
    const auto level = status_ >= 500                      ? spdlog::level::warn
                       : server_.log_every_request ? spdlog::level::info
                                                           : spdlog::level::debug;
    if (logger->should_log(level)) {
      logger->log(level,
                  "http method={} path=\"{}\" status={} bytes={} duration_ms={:.3f} request_id={} remote={}",
                  loggablePath(method_), loggablePath(log_path_), status_, bytes_,
                  static_cast<double>(duration_us) / 1000.0, request_id_, remote_ip_);
    }
  }

  // ---- Server-Sent Events ----------------------------------------------------

  void startStream() {
    keep_alive_ = false;  // the stream ends by closing the connection
    state_ = State::kStreaming;
    Response& head = stream_reply_.head;
    status_ = head.status < 100 || head.status > 599 ? 200 : head.status;
    if (!head.headers.has("Cache-Control")) head.headers.set("Cache-Control", "no-cache");
    buildHead(status_, head.headers, "text/event-stream", -1);
    bytes_ = 0;
    last_sent_ = SteadyClock::now();
    stream_.expires_after(kWriteTimeout);
    net::async_write(stream_, net::buffer(head_), [self = shared_from_this()](beast::error_code ec, size_t) {
      if (ec) return self->endStream();
      self->watchForDisconnect();
      self->scheduleStreamPoll(true);
    });
  }

  // A read that only completes when the client closes (or sends junk): the
  // cheapest way to notice a vanished client while nothing is being written.
  void watchForDisconnect() {
    stream_.expires_never();
    buffer_.clear();
    stream_.async_read_some(buffer_.prepare(512), [self = shared_from_this()](beast::error_code ec, size_t) {
      self->buffer_.clear();
      if (ec) {
        self->stream_finished_ = true;
        self->timer_.cancel();
        return;
      }
      if (self->state_ == State::kStreaming) self->watchForDisconnect();
    });
  }

  void scheduleStreamPoll(bool immediately) {
    timer_.expires_after(immediately ? std::chrono::milliseconds(0)
                                     : std::chrono::milliseconds(std::max(1, stream_reply_.poll_interval_ms)));
    timer_.async_wait([self = shared_from_this()](beast::error_code) { self->pollStream(); });
  }

  void pollStream() {
    if (state_ != State::kStreaming) return;
    if (stream_finished_ || server_.stopping.load()) return endStream();
    StreamStep step;
    try {
      step = stream_reply_.next ? stream_reply_.next() : StreamStep{"", true};
    } catch (const std::exception& e) {
      spdlog::error("http: event stream for {} threw: {} request_id={}", route_->pattern, e.what(), request_id_);
      step = {"", true};
    }
    if (step.data.empty() && SteadyClock::now() - last_sent_ >= kHeartbeatAfter) step.data = ":\n\n";
    if (step.data.empty()) {
      if (step.done) return endStream();
      return scheduleStreamPoll(false);
    }
    body_ = std::move(step.data);
    const bool done = step.done;
    stream_.expires_after(kWriteTimeout);
    net::async_write(stream_, net::buffer(body_), [self = shared_from_this(), done](beast::error_code ec, size_t n) {
      self->bytes_ += n;
      self->last_sent_ = SteadyClock::now();
      if (ec || done) return self->endStream();
      self->scheduleStreamPoll(false);
    });
  }

  void endStream() {
    if (state_ != State::kStreaming) return;
    state_ = State::kBusy;
    stream_reply_ = {};
    finishExchange();
    closeGracefully();
  }

  // ---- closing ---------------------------------------------------------------

  void closeGracefully() {
    state_ = State::kClosed;
    beast::error_code ec;
    stream_.socket().shutdown(tcp::socket::shutdown_send, ec);
    if (!linger_) return closeNow();
    // Read and discard what the client is still sending, so that closing does
    // not reset the connection before it has read our answer.
    linger_bytes_ = 0;
    stream_.expires_after(kLingerTimeout);
    drainThenClose();
  }

  void drainThenClose() {
    buffer_.clear();
    stream_.async_read_some(buffer_.prepare(16 * 1024), [self = shared_from_this()](beast::error_code ec, size_t n) {
      self->linger_bytes_ += n;
      if (ec || self->linger_bytes_ > kLingerMaxBytes) return self->closeNow();
      self->drainThenClose();
    });
  }

  void closeNow() {
    state_ = State::kClosed;
    timer_.cancel();
    beast::error_code ec;
    stream_.socket().close(ec);
  }

  ServerCore& server_;
  beast::tcp_stream stream_;
  net::steady_timer timer_;
  beast::flat_buffer buffer_;
  std::optional<bhttp::request_parser<bhttp::string_body>> parser_;
  State state_ = State::kWaiting;
  std::list<std::weak_ptr<Session>>::iterator registry_entry_;
  bool registered_ = false;
  std::string remote_ip_;
  std::string local_host_;

  // The current exchange.
  Request request_;
  const Route* route_ = nullptr;
  std::string method_;
  std::string log_path_;
  std::string request_id_;
  size_t metrics_slot_ = 0;
  int status_ = 0;
  uint64_t bytes_ = 0;
  int64_t start_us_ = 0;
  bool keep_alive_ = true;
  bool http10_ = false;
  bool linger_ = false;
  size_t linger_bytes_ = 0;
  std::string head_;
  std::string body_;
  std::unique_ptr<bhttp::response<bhttp::file_body>> file_response_;
  DeferredReply deferred_;
  StreamReply stream_reply_;
  bool stream_finished_ = false;
  SteadyClock::time_point last_sent_;
};

}  // namespace

struct Server::Impl : ServerCore {
  using ServerCore::ServerCore;
};

void ServerCore::doAccept() {
  acceptor.async_accept(nextContext().get_executor(), [this](beast::error_code ec, tcp::socket socket) {
    onAccept(ec, std::move(socket));
  });
}

void ServerCore::onAccept(beast::error_code ec, tcp::socket socket) {
  if (stopping.load() || ec == net::error::operation_aborted) return;
  if (ec) {
    // Usually EMFILE/ENFILE (files other than connections used up the
    // reserve): back off briefly instead of spinning.
    if (int64_t suppressed = 0; accept_error_log.ready(suppressed)) {
      spdlog::warn("http: accepting a connection failed: {} ({} more since the last message); retrying every 50 ms",
                   ec.message(), suppressed);
    }
    accept_retry.expires_after(std::chrono::milliseconds(50));
    accept_retry.async_wait([this](beast::error_code wait_ec) {
      if (!wait_ec && !stopping.load()) doAccept();
    });
    return;
  }
  // Connections must not reach a worker process (spawned by another thread
  // at any moment): asio does not open them with SOCK_CLOEXEC.
  ::fcntl(socket.native_handle(), F_SETFD, FD_CLOEXEC);
  if (static_cast<size_t>(stats->connections.load(std::memory_order_relaxed)) >= connection_limit) {
    rejectOverCapacity(std::move(socket));
  } else {
    std::make_shared<Session>(*this, std::move(socket))->start();
  }
  doAccept();
}

void ServerCore::rejectOverCapacity(tcp::socket socket) {
  struct Reject {
    tcp::socket socket;
    std::string text;
  };
  auto reject = std::make_shared<Reject>(Reject{std::move(socket), {}});
  const std::string body =
      errorResponse(makeError(ErrorCode::kUnavailable, "The server is at its connection limit; retry shortly."))
          .body;
  reject->text = fmt::format(
      "HTTP/1.1 503 Service Unavailable\r\nServer: kiln\r\nX-Request-Id: {}\r\nContent-Type: "
      "application/json\r\nContent-Length: {}\r\nRetry-After: 1\r\nConnection: close\r\n\r\n{}",
      newId("req"), body.size(), body);
  net::async_write(reject->socket, net::buffer(reject->text), [reject](beast::error_code, size_t) {
    beast::error_code ec;
    reject->socket.shutdown(tcp::socket::shutdown_send, ec);
    reject->socket.close(ec);
  });
  stats->record(t_shard, stats->unmatchedSlot("OTHER"), 503, 0);
  if (int64_t suppressed = 0; shed_log.ready(suppressed)) {
    spdlog::warn("http: at the connection limit ({} open): new connections get 503 ({} more since the last "
                 "message); raise the open-file limit (ulimit -n) or add servers",
                 connection_limit, suppressed);
  }
}

void ServerCore::limitConnectionsToFileLimit(uint64_t open_file_limit) {
  connection_limit = connectionLimitFor(options.max_connections, open_file_limit);
  if (connection_limit < options.max_connections) {
    spdlog::warn("http: the open-file limit is {}, so at most {} connections are served at once (not {}); the "
                 "rest of the descriptors stay for the store, the workers and files being served. Raise the "
                 "limit (ulimit -n, LimitNOFILE=) to serve more",
                 open_file_limit, connection_limit, options.max_connections);
  }
}

void ServerCore::stopNow(int64_t drain_ms) {
  stopping.store(true);
  net::post(*contexts[0], [this] {
    beast::error_code ec;
    acceptor.close(ec);
    accept_retry.cancel();
  });
  // Take strong references under the lock but drop them outside it: the last
  // reference to a session may be ours, and its destructor takes the lock.
  std::vector<std::shared_ptr<Session>> live;
  {
    std::lock_guard lock(sessions_mutex);
    for (const auto& weak : sessions) {
      if (auto session = weak.lock()) live.push_back(std::move(session));
    }
  }
  for (auto& session : live) {
    net::post(session->streamExecutor(), [session] { session->onStop(); });
  }
  live.clear();
  const auto deadline = SteadyClock::now() + std::chrono::milliseconds(std::max<int64_t>(0, drain_ms));
  while (stats->connections.load() > 0 && SteadyClock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
  }
  for (auto& guard : work) guard.reset();
  for (auto& context : contexts) context->stop();
  for (auto& thread : threads) {
    if (thread.joinable()) thread.join();
  }
  threads.clear();
}

Server::Server(ServerOptions options, const Router& router, Metrics& metrics)
    : impl_(std::make_unique<Impl>(std::move(options), router, metrics)) {
  metrics.describe("kiln_http_requests_total", "counter", "HTTP requests by method, route pattern and status.");
  metrics.describe("kiln_http_request_duration_seconds", "histogram",
                   "Time from a complete request header to the end of the response, by route pattern.");
  metrics.describe("kiln_http_connections", "gauge", "Open HTTP connections.");
  // The callback shares the counters, so it stays valid after the server is gone.
  metrics.onRender([stats = impl_->stats](Metrics& m) { stats->publish(m); });
}

Server::~Server() { stop(0); }

Result<uint16_t> Server::start() {
  Impl& impl = *impl_;
  std::lock_guard lock(impl.lifecycle_mutex);
  if (impl.started || impl.stop_begun) {
    return fail(ErrorCode::kInternal, "The server was already started.");
  }
  impl.limitConnectionsToFileLimit(raiseFileLimit());
  beast::error_code ec;
  const auto address = net::ip::make_address(impl.options.host, ec);
  if (ec) {
    return fail(ErrorCode::kInvalidArgument, fmt::format("'{}' is not an IP address.", impl.options.host),
                {{"host", impl.options.host}});
  }
  const tcp::endpoint endpoint(address, impl.options.port);
  const auto unavailable = [&](std::string_view what) {
    return fail(ErrorCode::kUnavailable,
                fmt::format("Cannot listen on {}:{} ({}: {}).", impl.options.host, impl.options.port, what,
                            ec.message()),
                {{"host", impl.options.host}, {"port", impl.options.port}});
  };
  impl.acceptor.open(endpoint.protocol(), ec);
  if (ec) return unavailable("open");
  // Not inherited by worker processes: a worker outliving a crashed server
  // would keep the port (connections hang, a restart cannot bind).
  ::fcntl(impl.acceptor.native_handle(), F_SETFD, FD_CLOEXEC);
  impl.acceptor.set_option(net::socket_base::reuse_address(true), ec);
  impl.acceptor.bind(endpoint, ec);
  if (ec) return unavailable("bind");
  impl.acceptor.listen(net::socket_base::max_listen_connections, ec);
  if (ec) return unavailable("listen");
  impl.bound_port = impl.acceptor.local_endpoint(ec).port();
  impl.doAccept();
  const int thread_count = std::max(1, impl.options.threads);
  for (int i = 0; i < thread_count; ++i) {
    impl.threads.emplace_back([&impl, i] {
      t_shard = static_cast<size_t>(i);
      t_is_io_thread = true;
      // An exception escaping a completion handler must not take the thread
      // (and every connection on its context) down: log it and keep running.
      auto& context = *impl.contexts[static_cast<size_t>(i)];
      while (true) {
        try {
          context.run();
          return;
        } catch (const std::exception& e) {
          spdlog::error("http: exception escaped an I/O handler: {}", e.what());
        } catch (...) {
          spdlog::error("http: non-standard exception escaped an I/O handler");
        }
      }
    });
  }
  impl.started = true;
  spdlog::info("http: listening on {}:{} with {} threads", impl.options.host, impl.bound_port.load(),
               thread_count);
  return impl.bound_port.load();
}

uint16_t Server::port() const { return impl_->bound_port.load(); }

size_t connectionLimitFor(size_t max_connections, uint64_t open_file_limit) {
  // Kept back for everything but connections: the database and its WAL per
  // pooled connection, worker channels, blob files being written or served,
  // webhook sockets. A quarter of the limit, at least 64 and at most 1024.
  const uint64_t reserve = std::clamp<uint64_t>(open_file_limit / 4, 64, 1024);
  const uint64_t room = open_file_limit > 2 * reserve ? open_file_limit - reserve : open_file_limit / 2;
  return static_cast<size_t>(std::max<uint64_t>(1, std::min<uint64_t>(max_connections, room)));
}

void Server::stop(int64_t drain_ms) {
  Impl& impl = *impl_;
  {
    std::unique_lock lock(impl.lifecycle_mutex);
    if (impl.stop_begun) {
      // A second caller waits for the first one (unless it is an I/O thread,
      // which must not block the loop it would be waiting for).
      if (!t_is_io_thread) impl.lifecycle_cv.wait(lock, [&] { return impl.stopped; });
      return;
    }
    impl.stop_begun = true;
    if (!impl.started) {
      impl.stopped = true;
      impl.lifecycle_cv.notify_all();
      return;
    }
  }
  const auto finish = [&impl, drain_ms] {
    impl.stopNow(drain_ms);
    std::lock_guard lock(impl.lifecycle_mutex);
    impl.stopped = true;
    impl.lifecycle_cv.notify_all();
  };
  if (t_is_io_thread) {
    // Called from a handler: an I/O thread cannot join itself, so stop from a
    // helper thread; wait() and the destructor block until it has finished.
    std::thread(finish).detach();
    return;
  }
  finish();
}

void Server::wait() {
  std::unique_lock lock(impl_->lifecycle_mutex);
  impl_->lifecycle_cv.wait(lock, [&] { return impl_->stopped || !impl_->started; });
}

size_t Server::connectionCount() const {
  return static_cast<size_t>(std::max<int64_t>(0, impl_->stats->connections.load()));
}

}  // namespace kiln::http
