#pragma once
// Generic Cell Rate Algorithm rate limiter (ITU-T I.371; Brandur Leach,
// "Rate limiting, cells, and GCRA"): one theoretical arrival time per key.

#include <cstdint>
#include <mutex>
#include <string>
#include <unordered_map>

namespace kiln::accounts {

struct RateDecision {
  bool allowed = true;
  int64_t limit = 0;           // requests per period (the burst)
  int64_t remaining = 0;       // requests left right now
  int64_t retry_after_s = 0;   // when denied: seconds until one request is allowed (ceil)
  int64_t reset_s = 0;         // seconds until the full burst is available again (ceil)
};

/// Thread-safe. Memory is bounded: keys idle past their reset are pruned (at
/// most once per period, and whenever the table passes kPruneAtKeys), so the
/// table holds only keys seen within the last period.
class GcraLimiter {
 public:
  static constexpr size_t kPruneAtKeys = 100'000;

  /// `limit` requests per `period_ms`, all of which may arrive at once; then
  /// one more every period_ms / limit. Both must be positive.
  GcraLimiter(int64_t limit, int64_t period_ms);
  /// Decides one request of `cost` cells for `key` at `now_ms` (monotonic or
  /// wall clock, but the same for every call) and records it when allowed.
  /// A denied request consumes nothing. A cost above the limit is always
  /// denied (retry_after_s is then the whole period).
  RateDecision check(const std::string& key, int64_t now_ms, int64_t cost = 1);
  int64_t limit() const { return limit_; }
  int64_t periodMs() const { return period_ms_; }
  /// Keys currently tracked (for tests and metrics).
  size_t keyCount();

 private:
  int64_t limit_;
  int64_t period_ms_;
  double emission_ms_;  // period / limit
  std::mutex mutex_;
  std::unordered_map<std::string, double> tat_;  // theoretical arrival time (ms)
  int64_t last_prune_ms_ = 0;
};

}  // namespace kiln::accounts
