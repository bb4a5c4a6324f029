#include "accounts/webhook_dispatcher.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <thread>

#include <fmt/format.h>

#include "accounts/webhook_signature.h"
#include "accounts/webhook_target.h"

namespace kiln::accounts {

int64_t webhookRetryDelayMs(int attempts_done, double scale) {
  static constexpr std::array<int64_t, 8> kDelaysS = {5, 5 * 60, 30 * 60, 2 * 3600, 5 * 3600, 10 * 3600, 14 * 3600,
                                                      20 * 3600};
  if (attempts_done < 1 || attempts_done > static_cast<int>(kDelaysS.size())) return -1;
  return static_cast<int64_t>(static_cast<double>(kDelaysS[static_cast<size_t>(attempts_done - 1)]) * 1000.0 * scale);
}

int WebhookDispatcher::runOnce(int64_t now_ms) {
  // Locked for longer than one send can take, so a slow receiver is not sent twice.
  auto due = accounts_.claimDueDeliveries(now_ms, options_.batch, options_.timeout_ms * 2 + 5'000);
  if (!due || due->empty()) return 0;
  const size_t threads = std::clamp<size_t>(static_cast<size_t>(std::max(options_.concurrency, 1)), 1, due->size());
  if (threads == 1) {
    for (const auto& d : *due) deliver(d, now_ms);
  } else {
    std::atomic<size_t> next{0};
    std::vector<std::thread> senders;
    for (size_t t = 0; t < threads; ++t) {
      senders.emplace_back([&] {
        for (size_t i = next++; i < due->size(); i = next++) deliver((*due)[i], now_ms);
      });
    }
    for (auto& s : senders) s.join();
  }
  return static_cast<int>(due->size());
}

void WebhookDispatcher::deliver(const store::WebhookDelivery& d, int64_t now_ms) {
  {
    const int attempt = d.attempts + 1;
    auto record = [&](const std::string& state, int status, const std::string& error, int64_t next_ms) {
      (void)accounts_.recordDeliveryAttempt(d.id, state, status, error, next_ms);
    };
    auto retry_or_fail = [&](int status, const std::string& error) {
      const int64_t delay = webhookRetryDelayMs(attempt, options_.backoff_scale);
      if (delay < 0) {
        record("failed", status, error, 0);
      } else {
        record("pending", status, error, now_ms + delay);
      }
    };
    // Checked again at send time (DNS may have changed since the job was
    // created), resolved once, and sent only to the addresses checked here.
    const HostResolver resolver = options_.allow_private_targets ? HostResolver()
                                  : options_.resolver            ? options_.resolver
                                                                 : HostResolver(resolveHostSystem);
    auto target = resolveWebhookTarget(d.url, options_.allow_private_targets, resolver);
    if (!target) {
      record("failed", 0, target.error().message, 0);
      return;
    }
    auto secret = accounts_.deliverySecret(d);
    if (!secret) {
      record("failed", 0, secret.error().message, 0);
      return;
    }
    const int64_t timestamp_s = now_ms / 1000;
    auto signature = signWebhook(*secret, d.id, timestamp_s, d.payload);
    if (!signature) {
      record("failed", 0, signature.error().message, 0);
      return;
    }
    const std::vector<std::pair<std::string, std::string>> headers = {
        {"content-type", "application/json"},
        {"webhook-id", d.id},
        {"webhook-timestamp", std::to_string(timestamp_s)},
        {"webhook-signature", *signature},
    };
    const auto result = sender_(*target, headers, d.payload, options_.timeout_ms);
    if (result.status >= 200 && result.status < 300) {
      record("delivered", result.status, "", 0);
    } else if (result.status == 410) {
      record("disabled", 410, "the receiver answered 410 Gone; deliveries to it stop", 0);
    } else if (result.status == 0) {
      retry_or_fail(0, result.error.empty() ? std::string("no response") : result.error);
    } else {
      retry_or_fail(result.status, fmt::format("the receiver answered {}", result.status));
    }
  }
}

}  // namespace kiln::accounts
