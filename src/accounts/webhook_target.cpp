#include "accounts/webhook_target.h"

#include <arpa/inet.h>
#include <netdb.h>
#include <sys/socket.h>

#include <array>
#include <cstring>

#include <fmt/format.h>

namespace kiln::accounts {
namespace {

Error refused(std::string_view url, const std::string& why) {
  return makeError(ErrorCode::kInvalidArgument, fmt::format("webhook_url '{}' is refused: {}", url, why),
                   {{"field", "webhook_url"}});
}

bool privateV4(const uint8_t* a) {
  return a[0] == 0 || a[0] == 10 || a[0] == 127 || (a[0] == 169 && a[1] == 254) ||
         (a[0] == 172 && (a[1] & 0xf0) == 16) || (a[0] == 192 && a[1] == 168) ||
         (a[0] == 100 && (a[1] & 0xc0) == 64) || a[0] >= 224;
}

bool privateV6(const uint8_t* a) {
  static constexpr std::array<uint8_t, 16> kZero{};
  std::array<uint8_t, 16> loopback{};
  loopback[15] = 1;
  if (std::memcmp(a, kZero.data(), 16) == 0 || std::memcmp(a, loopback.data(), 16) == 0) return true;
  if ((a[0] & 0xfe) == 0xfc) return true;                  // unique local
  if (a[0] == 0xfe && (a[1] & 0xc0) == 0x80) return true;  // link-local
  if (a[0] == 0xff) return true;                           // multicast
  // IPv4-mapped ::ffff:a.b.c.d
  static constexpr uint8_t kMapped[12] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff};
  if (std::memcmp(a, kMapped, 12) == 0) return privateV4(a + 12);
  return false;
}

}  // namespace

bool isPrivateAddress(const std::string& address) {
  uint8_t buf[16];
  if (::inet_pton(AF_INET, address.c_str(), buf) == 1) return privateV4(buf);
  if (::inet_pton(AF_INET6, address.c_str(), buf) == 1) return privateV6(buf);
  return false;
}

Status checkWebhookTarget(std::string_view url, bool allow_private, bool resolve) {
  size_t rest = 0;
  if (url.starts_with("https://")) {
    rest = 8;
  } else if (url.starts_with("http://")) {
    rest = 7;
  } else {
    return fail(refused(url, "use an absolute http:// or https:// URL"));
  }
  const auto authority_end = url.find_first_of("/?#", rest);
  std::string_view authority = url.substr(rest, authority_end == std::string_view::npos ? url.npos : authority_end - rest);
  if (const auto at = authority.rfind('@'); at != std::string_view::npos) authority = authority.substr(at + 1);
  std::string host;
  if (authority.starts_with("[")) {
    const auto close = authority.find(']');
    if (close == std::string_view::npos) return fail(refused(url, "the IPv6 host is missing its ]"));
    host = std::string(authority.substr(1, close - 1));
  } else {
    host = std::string(authority.substr(0, authority.find(':')));
  }
  if (host.empty()) return fail(refused(url, "it has no host"));
  if (allow_private) return {};
  std::string lower = host;
  for (auto& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (lower == "localhost" || lower.ends_with(".localhost") || isPrivateAddress(host)) {
    return fail(refused(url, "loopback and private-network targets are not allowed (the server can be "
                             "configured with --webhook-allow-private)"));
  }
  if (!resolve) return {};
  addrinfo hints{};
  hints.ai_socktype = SOCK_STREAM;
  addrinfo* found = nullptr;
  if (::getaddrinfo(host.c_str(), nullptr, &hints, &found) != 0 || found == nullptr) {
    return fail(refused(url, fmt::format("the host '{}' does not resolve", host)));
  }
  bool is_private = false;
  for (addrinfo* p = found; p != nullptr; p = p->ai_next) {
    char text[INET6_ADDRSTRLEN] = {0};
    if (p->ai_family == AF_INET) {
      ::inet_ntop(AF_INET, &reinterpret_cast<sockaddr_in*>(p->ai_addr)->sin_addr, text, sizeof text);
    } else if (p->ai_family == AF_INET6) {
      ::inet_ntop(AF_INET6, &reinterpret_cast<sockaddr_in6*>(p->ai_addr)->sin6_addr, text, sizeof text);
    }
    is_private = is_private || isPrivateAddress(text);
  }
  ::freeaddrinfo(found);
  if (is_private) return fail(refused(url, fmt::format("the host '{}' resolves to a private-network address", host)));
  return {};
}

}  // namespace kiln::accounts
