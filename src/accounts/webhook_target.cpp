#include "accounts/webhook_target.h"

#include <arpa/inet.h>
#include <netdb.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <cstring>

#include <fmt/format.h>

namespace kiln::accounts {
namespace {

Error refused(std::string_view url, const std::string& why) {
  return makeError(ErrorCode::kInvalidArgument, fmt::format("webhook_url '{}' is refused: {}", url, why),
                   {{"field", "webhook_url"}});
}

const char kPrivateHint[] =
    "loopback and private-network targets are not allowed (the server can be configured with "
    "--webhook-allow-private)";

// RFC 6890 special-purpose ranges a webhook has no business reaching.
bool privateV4(const uint8_t* a) {
  return a[0] == 0 || a[0] == 10 || a[0] == 127 || (a[0] == 169 && a[1] == 254) ||
         (a[0] == 172 && (a[1] & 0xf0) == 16) || (a[0] == 192 && a[1] == 168) ||
         (a[0] == 100 && (a[1] & 0xc0) == 64) || (a[0] == 192 && a[1] == 0 && a[2] == 0) ||
         (a[0] == 198 && (a[1] & 0xfe) == 18) || a[0] >= 224;
}

bool privateV6(const uint8_t* a) {
  static constexpr std::array<uint8_t, 16> kZero{};
  if (std::memcmp(a, kZero.data(), 15) == 0 && a[15] <= 1) return true;  // :: and ::1
  if ((a[0] & 0xfe) == 0xfc) return true;                                // unique local
  if (a[0] == 0xfe && (a[1] & 0xc0) == 0x80) return true;                // link-local
  if (a[0] == 0xfe && (a[1] & 0xc0) == 0xc0) return true;                // site-local (deprecated)
  if (a[0] == 0xff) return true;                                         // multicast
  // Forms that carry an IPv4 address: mapped ::ffff:a.b.c.d, compatible
  // ::a.b.c.d, NAT64 64:ff9b::a.b.c.d, and 6to4 2002:aabb:ccdd::.
  static constexpr uint8_t kMapped[12] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff};
  static constexpr uint8_t kNat64[12] = {0, 0x64, 0xff, 0x9b, 0, 0, 0, 0, 0, 0, 0, 0};
  if (std::memcmp(a, kMapped, 12) == 0 || std::memcmp(a, kZero.data(), 12) == 0 ||
      std::memcmp(a, kNat64, 12) == 0) {
    return privateV4(a + 12);
  }
  if (a[0] == 0x20 && a[1] == 0x02) return privateV4(a + 2);
  return false;
}

// The numeric address `host` stands for, the way the system's resolver reads
// it (inet_aton takes 127.1, 2130706433, 0x7f000001 and 0177.0.0.1), as text;
// "" when the host is a name.
std::string numericAddress(const std::string& host) {
  in6_addr v6{};
  char text[INET6_ADDRSTRLEN] = {0};
  if (host.find(':') != std::string::npos) {
    if (::inet_pton(AF_INET6, host.c_str(), &v6) != 1) return "";
    ::inet_ntop(AF_INET6, &v6, text, sizeof text);
    return text;
  }
  in_addr v4{};
  if (::inet_aton(host.c_str(), &v4) == 0) return "";
  ::inet_ntop(AF_INET, &v4, text, sizeof text);
  return text;
}

bool isHostChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.';
}

}  // namespace

bool isPrivateAddress(const std::string& address) {
  uint8_t buf[16];
  if (::inet_pton(AF_INET, address.c_str(), buf) == 1) return privateV4(buf);
  if (::inet_pton(AF_INET6, address.c_str(), buf) == 1) return privateV6(buf);
  return false;
}

Result<std::vector<std::string>> resolveHostSystem(const std::string& host) {
  addrinfo hints{};
  hints.ai_socktype = SOCK_STREAM;
  hints.ai_family = AF_UNSPEC;
  addrinfo* found = nullptr;
  const int rc = ::getaddrinfo(host.c_str(), nullptr, &hints, &found);
  if (rc != 0 || found == nullptr) {
    return fail(ErrorCode::kInvalidArgument, fmt::format("the host '{}' does not resolve ({})", host, ::gai_strerror(rc)));
  }
  std::vector<std::string> out;
  for (addrinfo* p = found; p != nullptr; p = p->ai_next) {
    char text[INET6_ADDRSTRLEN] = {0};
    if (p->ai_family == AF_INET) {
      ::inet_ntop(AF_INET, &reinterpret_cast<sockaddr_in*>(p->ai_addr)->sin_addr, text, sizeof text);
    } else if (p->ai_family == AF_INET6) {
      ::inet_ntop(AF_INET6, &reinterpret_cast<sockaddr_in6*>(p->ai_addr)->sin6_addr, text, sizeof text);
    } else {
      continue;
    }
    if (std::find(out.begin(), out.end(), text) == out.end()) out.emplace_back(text);
  }
  ::freeaddrinfo(found);
  return out;
}

Result<WebhookTarget> resolveWebhookTarget(std::string_view url, bool allow_private, const HostResolver& resolve) {
  WebhookTarget target;
  target.url = std::string(url);
  size_t rest = 0;
  if (url.starts_with("https://")) {
    rest = 8;
    target.port = 443;
  } else if (url.starts_with("http://")) {
    rest = 7;
    target.port = 80;
  } else {
    return fail(refused(url, "use an absolute http:// or https:// URL"));
  }
  const auto authority_end = url.find_first_of("/?#\\", rest);
  std::string_view authority = url.substr(rest, authority_end == std::string_view::npos ? url.npos : authority_end - rest);
  if (const auto at = authority.rfind('@'); at != std::string_view::npos) {
    // Parsers disagree on which '@' ends the user part; allow no doubt.
    if (authority.find('@') != at) return fail(refused(url, "it has more than one '@' before the host"));
    authority = authority.substr(at + 1);
  }
  std::string host;
  std::string_view port_text;
  bool bracketed = false;
  if (authority.starts_with("[")) {
    const auto close = authority.find(']');
    if (close == std::string_view::npos) return fail(refused(url, "the IPv6 host is missing its ]"));
    host = std::string(authority.substr(1, close - 1));
    bracketed = true;
    const auto after = authority.substr(close + 1);
    if (!after.empty()) {
      if (after.front() != ':') return fail(refused(url, "unexpected characters after the IPv6 host"));
      port_text = after.substr(1);
    }
    // A zone (fe80::1%25eth0, fe80::1%eth0) does not change which range the address is in.
    if (const auto zone = host.find('%'); zone != std::string::npos) host.resize(zone);
  } else {
    const auto colon = authority.find(':');
    host = std::string(authority.substr(0, colon));
    if (colon != std::string_view::npos) port_text = authority.substr(colon + 1);
  }
  if (!port_text.empty()) {
    unsigned port = 0;
    auto [end, ec] = std::from_chars(port_text.data(), port_text.data() + port_text.size(), port);
    if (ec != std::errc() || end != port_text.data() + port_text.size() || port == 0 || port > 65535) {
      return fail(refused(url, "the port must be a number from 1 to 65535"));
    }
    target.port = static_cast<uint16_t>(port);
  }
  for (auto& c : host) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (!host.empty() && host.back() == '.' && !bracketed) host.pop_back();  // "localhost." is localhost
  if (host.empty()) return fail(refused(url, "it has no host"));
  if (!bracketed && !std::all_of(host.begin(), host.end(), isHostChar)) {
    return fail(refused(url, "the host may only contain letters, digits, '-', '_' and '.'"));
  }
  target.host = host;
  const std::string numeric = numericAddress(host);
  if (bracketed && numeric.empty()) return fail(refused(url, "the bracketed host is not an IPv6 address"));
  if (!numeric.empty()) target.addresses.push_back(numeric);
  if (allow_private) {
    if (numeric.empty() && resolve) {
      auto found = resolve(host);
      if (!found || found->empty()) return fail(refused(url, fmt::format("the host '{}' does not resolve", host)));
      target.addresses = std::move(*found);
    }
    return target;
  }
  if (host == "localhost" || host.ends_with(".localhost") || (!numeric.empty() && isPrivateAddress(numeric))) {
    return fail(refused(url, kPrivateHint));
  }
  if (!numeric.empty() || !resolve) return target;
  auto found = resolve(host);
  if (!found || found->empty()) return fail(refused(url, fmt::format("the host '{}' does not resolve", host)));
  for (const auto& address : *found) {
    if (isPrivateAddress(address) || numericAddress(address).empty()) {
      return fail(refused(url, fmt::format("the host '{}' resolves to {}; {}", host, address, kPrivateHint)));
    }
  }
  target.addresses = std::move(*found);
  return target;
}

Status checkWebhookTarget(std::string_view url, bool allow_private, bool resolve) {
  auto target = resolveWebhookTarget(url, allow_private, resolve ? HostResolver(resolveHostSystem) : HostResolver());
  if (!target) return fail(target.error());
  return {};
}

}  // namespace kiln::accounts
