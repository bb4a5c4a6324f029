#pragma once
// Which URLs webhooks may be sent to, and where exactly (REFERENCES.md
// "Webhooks": refuse private-network targets, against SSRF). A host is
// resolved once; every address it resolves to is checked, and the sender
// connects only to those checked addresses (no second lookup that DNS
// rebinding could answer differently).

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace kiln::accounts {

/// Resolves a host name to numeric addresses ("93.184.216.34", "2001:db8::1").
/// An empty list or an error means the name does not resolve.
using HostResolver = std::function<Result<std::vector<std::string>>(const std::string& host)>;

/// getaddrinfo (TCP, IPv4 and IPv6), each address once, in the order returned.
Result<std::vector<std::string>> resolveHostSystem(const std::string& host);

/// Where a webhook URL may be delivered.
struct WebhookTarget {
  std::string url;                     // as given
  std::string host;                    // lower-case, without brackets, IPv6 zone or trailing dot
  uint16_t port = 0;                   // from the URL, else 80 (http) or 443 (https)
  std::vector<std::string> addresses;  // numeric; every one checked. Connect only to these.
};

/// Checks that `url` is http:// or https:// with a host. Unless
/// `allow_private`, the host must not be — or, when `resolve` is set, resolve
/// to — a loopback, private (10/8, 172.16/12, 192.168/16, fc00::/7),
/// link-local, carrier-grade NAT (100.64/10), unspecified, multicast or
/// otherwise non-public address, nor "localhost". Numeric hosts are read as
/// the system reads them (127.1, 2130706433, 0x7f000001, 0177.0.0.1, 0 are all
/// IPv4), a trailing dot and an IPv6 zone (%25eth0) are ignored, and a host
/// with characters outside letters, digits, '-', '_' and '.' is refused.
/// Without `resolve`, a name is accepted with no addresses.
/// kInvalidArgument (details.field "webhook_url") says why.
Result<WebhookTarget> resolveWebhookTarget(std::string_view url, bool allow_private, const HostResolver& resolve);

/// resolveWebhookTarget with the system resolver when `resolve`, else none.
Status checkWebhookTarget(std::string_view url, bool allow_private, bool resolve);

/// True for the address ranges listed above (numeric IPv4 or IPv6 text).
bool isPrivateAddress(const std::string& address);

}  // namespace kiln::accounts
