#include "http/server_stats.h"

#include <cmath>
#include <map>

#include "core/assert.h"

namespace kiln::http {
namespace {

// Methods that get their own "unmatched" series; anything else is "OTHER", so
// a hostile client cannot create unbounded label values.
constexpr std::array<std::string_view, 7> kKnownMethods = {"GET",  "POST",    "PUT",  "DELETE",
                                                           "HEAD", "OPTIONS", "PATCH"};

}  // namespace

ServerStats::ServerStats(const Router& router, size_t shards) : shards_(shards == 0 ? 1 : shards) {
  for (const Route& route : router.routes()) labels_.emplace_back(route.method, route.pattern);
  route_count_ = labels_.size();
  for (const std::string_view method : kKnownMethods) {
    labels_.emplace_back(std::string(method), std::string(kUnmatchedRoute));
  }
  labels_.emplace_back("OTHER", std::string(kUnmatchedRoute));
  slot_count_ = labels_.size();
  for (const double bound : Metrics::bucketBounds()) {
    bounds_us_.push_back(static_cast<int64_t>(std::llround(bound * 1e6)));
  }
  KILN_ASSERT(bounds_us_.size() + 1 <= std::tuple_size_v<decltype(Slot::buckets)>, "too many histogram buckets");
  slots_ = std::make_unique<Slot[]>(shards_ * slot_count_);
}

size_t ServerStats::unmatchedSlot(std::string_view method) const {
  for (size_t i = 0; i < kKnownMethods.size(); ++i) {
    if (kKnownMethods[i] == method) return route_count_ + i;
  }
  return route_count_ + kKnownMethods.size();
}

void ServerStats::record(size_t shard, size_t slot, int status, int64_t duration_us) {
  if (slot >= slot_count_) return;
  Slot& s = slots_[(shard % shards_) * slot_count_ + slot];
  if (status < kMinStatus || status >= kMinStatus + kStatusCount) status = 500;
  s.statuses[static_cast<size_t>(status - kMinStatus)].fetch_add(1, std::memory_order_relaxed);
  size_t bucket = 0;
  while (bucket < bounds_us_.size() && duration_us > bounds_us_[bucket]) ++bucket;
  s.buckets[bucket].fetch_add(1, std::memory_order_relaxed);
  s.sum_us.fetch_add(static_cast<uint64_t>(std::max<int64_t>(0, duration_us)), std::memory_order_relaxed);
  s.count.fetch_add(1, std::memory_order_relaxed);
}

void ServerStats::publish(Metrics& metrics) const {
  struct Durations {
    std::vector<uint64_t> buckets;
    uint64_t sum_us = 0;
    uint64_t count = 0;
  };
  std::map<std::string, Durations> by_route;
  for (size_t slot = 0; slot < slot_count_; ++slot) {
    const auto& [method, route] = labels_[slot];
    Durations& durations = by_route[route];
    durations.buckets.resize(bounds_us_.size() + 1, 0);
    for (int status = 0; status < kStatusCount; ++status) {
      uint64_t total = 0;
      for (size_t shard = 0; shard < shards_; ++shard) {
        total += slots_[shard * slot_count_ + slot].statuses[static_cast<size_t>(status)].load(
            std::memory_order_relaxed);
      }
      if (total == 0) continue;
      metrics.setGauge("kiln_http_requests_total",
                       {{"method", method}, {"route", route}, {"status", std::to_string(status + kMinStatus)}},
                       static_cast<double>(total));
    }
    for (size_t shard = 0; shard < shards_; ++shard) {
      const Slot& s = slots_[shard * slot_count_ + slot];
      for (size_t b = 0; b < durations.buckets.size(); ++b) {
        durations.buckets[b] += s.buckets[b].load(std::memory_order_relaxed);
      }
      durations.sum_us += s.sum_us.load(std::memory_order_relaxed);
      durations.count += s.count.load(std::memory_order_relaxed);
    }
  }
  for (const auto& [route, durations] : by_route) {
    if (durations.count == 0) continue;
    metrics.setHistogram("kiln_http_request_duration_seconds", {{"route", route}}, durations.buckets,
                         static_cast<double>(durations.sum_us) / 1e6, durations.count);
  }
  metrics.setGauge("kiln_http_connections", {},
                   static_cast<double>(connections.load(std::memory_order_relaxed)));
}

}  // namespace kiln::http
