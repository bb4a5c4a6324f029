#include "accounts/webhook_signature.h"

#include <fmt/format.h>

#include "core/crypto.h"

namespace kiln::accounts {

Result<std::string> signWebhook(std::string_view secret, std::string_view message_id, int64_t timestamp_s,
                                std::string_view body) {
  constexpr std::string_view kPrefix = "whsec_";
  if (!secret.starts_with(kPrefix)) {
    return fail(ErrorCode::kInvalidArgument, "a webhook secret starts with whsec_");
  }
  bool ok = false;
  const std::string key = base64Decode(secret.substr(kPrefix.size()), &ok);
  if (!ok || key.empty()) return fail(ErrorCode::kInvalidArgument, "a webhook secret is whsec_ + base64");
  const std::string signed_content = fmt::format("{}.{}.{}", message_id, timestamp_s, body);
  return "v1," + base64Encode(hmacSha256(key, signed_content));
}

bool verifyWebhook(std::string_view secret, std::string_view message_id, int64_t timestamp_s, std::string_view body,
                   std::string_view signature_header, int64_t now_s, int64_t tolerance_s) {
  if (timestamp_s < now_s - tolerance_s || timestamp_s > now_s + tolerance_s) return false;
  auto expected = signWebhook(secret, message_id, timestamp_s, body);
  if (!expected) return false;
  bool match = false;
  size_t pos = 0;
  while (pos <= signature_header.size()) {
    size_t end = signature_header.find(' ', pos);
    if (end == std::string_view::npos) end = signature_header.size();
    const auto candidate = signature_header.substr(pos, end - pos);
    if (!candidate.empty() && constantTimeEquals(candidate, *expected)) match = true;
    pos = end + 1;
  }
  return match;
}

}  // namespace kiln::accounts
