#pragma once
// Standard Webhooks signatures (https://www.standardwebhooks.com):
// webhook-signature = "v1," + base64(HMAC-SHA256(secret, id + "." + timestamp + "." + body)),
// where the key is the base64-decoded part of "whsec_<base64>".

#include <cstdint>
#include <string>
#include <string_view>

#include "core/result.h"

namespace kiln::accounts {

/// "v1,<base64 signature>" for one message. kInvalidArgument when the secret
/// is not "whsec_" + base64.
Result<std::string> signWebhook(std::string_view secret, std::string_view message_id, int64_t timestamp_s,
                                std::string_view body);

/// Checks a webhook-signature header (space-separated "v1,…" entries; any may
/// match) in constant time, and that the timestamp is within tolerance_s of now_s.
bool verifyWebhook(std::string_view secret, std::string_view message_id, int64_t timestamp_s, std::string_view body,
                   std::string_view signature_header, int64_t now_s, int64_t tolerance_s = 300);

}  // namespace kiln::accounts
