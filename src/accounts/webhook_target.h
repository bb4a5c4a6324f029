#pragma once
// Which URLs webhooks may be sent to (REFERENCES.md "Webhooks": refuse
// private-network targets, against SSRF).

#include <string>
#include <string_view>

#include "core/result.h"

namespace kiln::accounts {

/// Checks that `url` is http:// or https:// with a host. Unless
/// `allow_private`, the host must not be — or, when `resolve`, resolve to —
/// a loopback, private (10/8, 172.16/12, 192.168/16, fc00::/7), link-local,
/// carrier-grade NAT (100.64/10), unspecified or multicast address, nor
/// "localhost". kInvalidArgument (details.field "webhook_url") says why.
Status checkWebhookTarget(std::string_view url, bool allow_private, bool resolve);

/// True for the address ranges listed above (numeric IPv4 or IPv6 text).
bool isPrivateAddress(const std::string& address);

}  // namespace kiln::accounts
