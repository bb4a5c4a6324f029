// Generic Cell Rate Algorithm (ITU-T I.371), in the "theoretical arrival time"
// form described by Brandur Leach, "Rate limiting, cells, and GCRA".
#include "accounts/gcra_limiter.h"

#include <algorithm>
#include <cmath>

#include "core/assert.h"

namespace kiln::accounts {
namespace {

// Rounds a millisecond span up to whole seconds. The small epsilon keeps
// floating-point noise (e.g. 1000.0000001 ms) from adding a second.
int64_t ceilSeconds(double ms) {
  if (ms <= 0) return 0;
  return static_cast<int64_t>(std::ceil(ms / 1000.0 - 1e-9));
}

}  // namespace

GcraLimiter::GcraLimiter(int64_t limit, int64_t period_ms)
    : limit_(limit),
      period_ms_(period_ms),
      emission_ms_(static_cast<double>(period_ms) / static_cast<double>(limit)) {
  KILN_ASSERT(limit > 0 && period_ms > 0, "GcraLimiter needs a positive limit and period");
}

RateDecision GcraLimiter::check(const std::string& key, int64_t now_ms, int64_t cost) {
  const double now = static_cast<double>(now_ms);
  // The burst tolerance: a request is allowed while its new TAT lies at most
  // one period ahead of now, so `limit` cells fit into an idle key at once.
  const double tolerance = static_cast<double>(period_ms_);
  RateDecision decision;
  decision.limit = limit_;

  std::lock_guard lock(mutex_);
  if (now_ms - last_prune_ms_ >= period_ms_ || tat_.size() >= kPruneAtKeys) {
    // A key whose TAT is in the past has its full burst back: forgetting it changes nothing.
    std::erase_if(tat_, [&](const auto& entry) { return entry.second <= now; });
    last_prune_ms_ = now_ms;
  }

  const auto it = tat_.find(key);
  const double tat = it == tat_.end() ? now : std::max(it->second, now);
  const double new_tat = tat + static_cast<double>(cost) * emission_ms_;
  const auto remainingAt = [&](double t) {
    // Cells that still fit before t - now exceeds the tolerance.
    const double room = (tolerance - (t - now)) / emission_ms_;
    return std::max<int64_t>(0, static_cast<int64_t>(std::floor(room + 1e-9)));
  };

  if (cost > limit_) {
    decision.allowed = false;
    decision.remaining = remainingAt(tat);
    decision.retry_after_s = ceilSeconds(tolerance);
    decision.reset_s = ceilSeconds(tat - now);
    return decision;
  }
  if (new_tat - now > tolerance + 1e-6) {
    decision.allowed = false;
    decision.remaining = remainingAt(tat);
    // The earliest time at which new_tat - t <= tolerance.
    decision.retry_after_s = std::max<int64_t>(1, ceilSeconds(new_tat - tolerance - now));
    decision.reset_s = ceilSeconds(tat - now);
    return decision;
  }
  if (it == tat_.end()) {
    tat_.emplace(key, new_tat);
  } else {
    it->second = new_tat;
  }
  decision.allowed = true;
  decision.remaining = remainingAt(new_tat);
  decision.reset_s = ceilSeconds(new_tat - now);
  return decision;
}

size_t GcraLimiter::keyCount() {
  std::lock_guard lock(mutex_);
  return tat_.size();
}

}  // namespace kiln::accounts
