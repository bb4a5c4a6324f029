#pragma once
// The HTTP server's own request counters: lock-free, sharded per I/O thread and
// indexed by route, so the hot path is a few relaxed atomic adds. They are
// published into a Metrics registry at render time (Metrics::onRender).

#include <array>
#include <atomic>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "http/metrics.h"
#include "http/router.h"

namespace kiln::http {

class ServerStats {
 public:
  /// One slot per route plus one per method for requests that matched no route.
  ServerStats(const Router& router, size_t shards);

  /// The slot for requests that matched no route (404, 405, 400 before routing).
  size_t unmatchedSlot(std::string_view method) const;
  /// Records one finished request on shard `shard` (taken modulo the shard count).
  void record(size_t shard, size_t slot, int status, int64_t duration_us);
  /// Writes kiln_http_requests_total, kiln_http_request_duration_seconds and
  /// kiln_http_connections into `metrics`.
  void publish(Metrics& metrics) const;

  std::atomic<int64_t> connections{0};

  static constexpr std::string_view kUnmatchedRoute = "unmatched";

 private:
  static constexpr int kMinStatus = 100;
  static constexpr int kStatusCount = 500;  // 100…599
  struct Slot {
    std::array<std::atomic<uint64_t>, kStatusCount> statuses{};
    std::array<std::atomic<uint64_t>, 16> buckets{};  // ≥ bucketBounds().size() + 1
    std::atomic<uint64_t> sum_us{0};
    std::atomic<uint64_t> count{0};
  };
  std::vector<std::pair<std::string, std::string>> labels_;  // method, route per slot
  std::vector<int64_t> bounds_us_;
  size_t route_count_ = 0;
  size_t slot_count_ = 0;
  size_t shards_ = 1;
  std::unique_ptr<Slot[]> slots_;  // shards_ × slot_count_
};

}  // namespace kiln::http
