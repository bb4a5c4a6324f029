#include "http/signed_url.h"

#include <charconv>

#include <fmt/format.h>

#include "core/crypto.h"

namespace kiln::http {
namespace {

std::string signature(std::string_view secret, std::string_view method, std::string_view path,
                      std::string_view expires) {
  std::string message;
  message.reserve(method.size() + path.size() + expires.size() + 2);
  message.append(method).append("\n").append(path).append("\n").append(expires);
  return base64UrlEncode(hmacSha256(secret, message));
}

}  // namespace

std::string signQuery(std::string_view secret, std::string_view method, std::string_view path,
                      int64_t expires_unix_s) {
  const std::string expires = fmt::format("{}", expires_unix_s);
  return fmt::format("expires={}&sig={}", expires, signature(secret, method, path, expires));
}

Status verifySignedQuery(std::string_view secret, std::string_view method, std::string_view path,
                         std::string_view expires, std::string_view sig, int64_t now_unix_s) {
  // One error for every failure so a caller learns nothing about which part was wrong.
  const auto gone = [] { return fail(ErrorCode::kNotFound, "This link is invalid or has expired."); };
  if (expires.empty() || expires.size() > 18 || sig.empty() || sig.size() > 128) return gone();
  int64_t expires_s = 0;
  const auto [end, ec] = std::from_chars(expires.data(), expires.data() + expires.size(), expires_s);
  if (ec != std::errc{} || end != expires.data() + expires.size() || expires_s < 0) return gone();
  // Compare the signature before looking at the time, so timing does not reveal expiry of forgeries.
  const bool valid = constantTimeEquals(signature(secret, method, path, expires), sig);
  if (!valid || now_unix_s > expires_s) return gone();
  return {};
}

}  // namespace kiln::http
