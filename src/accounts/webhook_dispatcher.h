#pragma once
// Sends queued webhook deliveries (written by the store's outbox trigger),
// signed per Standard Webhooks, with retries spread over about two days
// (REFERENCES.md "Webhooks"). Runs off the request path, in a thread of
// `kiln serve`.

#include <cstdint>
#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "accounts/webhook_target.h"
#include "store/account_store.h"

namespace kiln::accounts {

struct WebhookSendResult {
  int status = 0;        // HTTP status; 0 when no response (network error, time-out)
  std::string error;     // what went wrong when status is 0
};

/// Posts `body` with `headers` to `target.url` within timeout_ms, connecting
/// only to `target.addresses` when there are any (they are the checked
/// addresses of target.host; the sender must not resolve it again, and must
/// not follow redirects). Provided by the caller (libcurl in `kiln serve`),
/// so this module stays free of HTTP code.
using WebhookSender = std::function<WebhookSendResult(
    const WebhookTarget& target, const std::vector<std::pair<std::string, std::string>>& headers,
    const std::string& body, int64_t timeout_ms)>;

struct WebhookDispatcherOptions {
  bool allow_private_targets = false;  // tests and trusted networks only
  int64_t timeout_ms = 15'000;
  double backoff_scale = 1.0;          // multiplies every retry delay (tests use e.g. 0.001)
  int batch = 16;                      // deliveries claimed per round
  /// Deliveries of one round sent at once, so one slow receiver (up to
  /// timeout_ms) does not hold back everyone else's. The sender must be
  /// thread-safe when this is above 1.
  int concurrency = 8;
  /// How target hosts are resolved at send time (empty = the system resolver).
  HostResolver resolver;
};

/// Delay before the next attempt after `attempts_done` failed attempts:
/// 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h (scaled); -1 once all are used.
int64_t webhookRetryDelayMs(int attempts_done, double scale);

/// runOnce is not reentrant; one dispatcher per delivery thread (it sends a
/// round's deliveries on up to `concurrency` threads of its own). Any number of processes may run
/// one against the same store (claims lock deliveries for a while).
class WebhookDispatcher {
 public:
  WebhookDispatcher(store::AccountStore& accounts, WebhookSender sender, WebhookDispatcherOptions options)
      : accounts_(accounts), sender_(std::move(sender)), options_(options) {}

  /// Sends every delivery due at now_ms (one batch). 2xx → delivered;
  /// 410 → disabled (and its endpoint disabled); anything else → retried per
  /// webhookRetryDelayMs, then failed. Returns how many were attempted.
  int runOnce(int64_t now_ms);

 private:
  // Sends one claimed delivery and records the outcome.
  void deliver(const store::WebhookDelivery& delivery, int64_t now_ms);

  store::AccountStore& accounts_;
  WebhookSender sender_;
  WebhookDispatcherOptions options_;
};

}  // namespace kiln::accounts
