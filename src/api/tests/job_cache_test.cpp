#include "api/job_cache.h"

#include <gtest/gtest.h>

namespace kiln::api {
namespace {

TEST(FinishedJobCache, HitsOnlyWithinTheSameSecondBaseAndOwner) {
  FinishedJobCache cache;
  cache.store("job_a", 100, "http://h", "", "{\"id\":\"job_a\"}");
  EXPECT_EQ(cache.find("job_a", 100, "http://h", ""), "{\"id\":\"job_a\"}");
  EXPECT_FALSE(cache.find("job_a", 101, "http://h", "").has_value()) << "signed URLs are re-signed each second";
  EXPECT_FALSE(cache.find("job_a", 100, "http://other", "").has_value());
  EXPECT_FALSE(cache.find("job_a", 100, "http://h", "ws_other").has_value()) << "never served to another owner";
  EXPECT_FALSE(cache.find("job_b", 100, "http://h", "").has_value());
}

TEST(FinishedJobCache, StaysBounded) {
  FinishedJobCache cache;
  for (int i = 0; i < 100'000; ++i) cache.store("job_" + std::to_string(i), 1, "b", "", "x");
  size_t hits = 0;
  for (int i = 0; i < 100'000; ++i) hits += cache.find("job_" + std::to_string(i), 1, "b", "").has_value() ? 1 : 0;
  EXPECT_LE(hits, FinishedJobCache::kShards * FinishedJobCache::kMaxPerShard);
  EXPECT_GT(hits, 0u);
}

}  // namespace
}  // namespace kiln::api
