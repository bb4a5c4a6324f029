#pragma once
// A deliberately simple blocking HTTP client over a POSIX socket for server
// tests: it sends raw bytes (so tests can send malformed or slow requests) and
// parses responses with Beast's parser, with a poll() timeout on every read so
// a failing test cannot hang.

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include <boost/beast/http.hpp>

namespace kiln::http::testing {

namespace bhttp = boost::beast::http;
using RawResponse = bhttp::response<bhttp::string_body>;

class TestClient {
 public:
  explicit TestClient(uint16_t port) {
    fd_ = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    connected_ = ::connect(fd_, reinterpret_cast<sockaddr*>(&address), sizeof(address)) == 0;
    int one = 1;
    ::setsockopt(fd_, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));
  }
  ~TestClient() {
    if (fd_ >= 0) ::close(fd_);
  }
  TestClient(const TestClient&) = delete;
  TestClient& operator=(const TestClient&) = delete;

  bool connected() const { return connected_; }

  bool send(std::string_view bytes) {
    while (!bytes.empty()) {
      const ssize_t n = ::send(fd_, bytes.data(), bytes.size(), MSG_NOSIGNAL);
      if (n <= 0) return false;
      bytes.remove_prefix(static_cast<size_t>(n));
    }
    return true;
  }

  /// One response, or nullopt on timeout, close before a complete response, or a parse error.
  std::optional<RawResponse> read(int timeout_ms = 5'000) {
    bhttp::response_parser<bhttp::string_body> parser;
    parser.eager(true);
    parser.body_limit(64u << 20);
    while (true) {
      if (!pending_.empty()) {
        boost::beast::error_code ec;
        const size_t used = parser.put(boost::asio::buffer(pending_), ec);
        pending_.erase(0, used);
        if (ec && ec != bhttp::error::need_more) return std::nullopt;
        if (parser.is_done()) return parser.release();
        if (used > 0 && !pending_.empty()) continue;
      }
      char chunk[16 * 1024];
      const ssize_t n = receive(chunk, sizeof(chunk), timeout_ms);
      if (n < 0) return std::nullopt;
      if (n == 0) {
        boost::beast::error_code ec;
        parser.put_eof(ec);
        if (!ec && parser.is_done()) return parser.release();
        return std::nullopt;
      }
      pending_.append(chunk, static_cast<size_t>(n));
    }
  }

  std::optional<RawResponse> request(std::string_view raw, int timeout_ms = 5'000) {
    if (!send(raw)) return std::nullopt;
    return read(timeout_ms);
  }

  /// Raw bytes as they arrive (for event streams); empty on timeout or close.
  std::string readSome(int timeout_ms = 5'000) {
    if (!pending_.empty()) return std::exchange(pending_, {});
    char chunk[16 * 1024];
    const ssize_t n = receive(chunk, sizeof(chunk), timeout_ms);
    return n > 0 ? std::string(chunk, static_cast<size_t>(n)) : std::string();
  }

  /// True when the server closes the connection within the timeout (unread data is discarded).
  bool waitClosed(int timeout_ms) {
    char chunk[4096];
    while (true) {
      const ssize_t n = receive(chunk, sizeof(chunk), timeout_ms);
      if (n == 0) return true;
      if (n < 0) return errno_ != ETIMEDOUT;
    }
  }

 private:
  // > 0 bytes, 0 on orderly close, -1 on timeout (errno_ = ETIMEDOUT) or error.
  ssize_t receive(char* data, size_t size, int timeout_ms) {
    pollfd descriptor{fd_, POLLIN, 0};
    const int ready = ::poll(&descriptor, 1, timeout_ms);
    if (ready <= 0) {
      errno_ = ETIMEDOUT;
      return -1;
    }
    const ssize_t n = ::recv(fd_, data, size, 0);
    if (n < 0) errno_ = errno;
    return n;
  }

  int fd_ = -1;
  bool connected_ = false;
  int errno_ = 0;
  std::string pending_;
};

inline std::string get(std::string_view path, std::string_view extra_headers = "") {
  return std::string("GET ") + std::string(path) + " HTTP/1.1\r\nHost: localhost\r\n" +
         std::string(extra_headers) + "\r\n";
}

inline std::string field(const RawResponse& response, std::string_view name) {
  const auto value = response[boost::beast::string_view(name.data(), name.size())];
  return std::string(value.data(), value.size());
}

}  // namespace kiln::http::testing
