#pragma once
// Short-lived signed URLs for artifacts and upload slots: the query carries
// `expires` (Unix seconds) and `sig` = base64url(HMAC-SHA256(secret,
// method + "\n" + path + "\n" + expires)).

#include <cstdint>
#include <string>
#include <string_view>

#include "core/result.h"

namespace kiln::http {

/// "expires=…&sig=…" for `method` and `path` valid until `expires_unix_s`.
std::string signQuery(std::string_view secret, std::string_view method, std::string_view path,
                      int64_t expires_unix_s);

/// Checks a signature. kNotFound (never revealing which part failed) for a
/// bad or missing signature; kNotFound also when expired (the URL is gone).
Status verifySignedQuery(std::string_view secret, std::string_view method, std::string_view path,
                         std::string_view expires, std::string_view sig, int64_t now_unix_s);

}  // namespace kiln::http
