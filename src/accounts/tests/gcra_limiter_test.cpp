#include "accounts/gcra_limiter.h"

#include <gtest/gtest.h>

#include <atomic>
#include <thread>
#include <vector>

namespace kiln::accounts {
namespace {

TEST(GcraLimiter, AllowsTheWholeBurstAtOnce) {
  GcraLimiter limiter(10, 60'000);
  for (int i = 0; i < 10; ++i) {
    const auto decision = limiter.check("k", 1'000);
    EXPECT_TRUE(decision.allowed) << i;
    EXPECT_EQ(decision.limit, 10);
    EXPECT_EQ(decision.remaining, 9 - i);
  }
}

TEST(GcraLimiter, DeniesTheRequestAfterTheBurst) {
  GcraLimiter limiter(10, 60'000);
  for (int i = 0; i < 10; ++i) ASSERT_TRUE(limiter.check("k", 1'000).allowed);
  const auto denied = limiter.check("k", 1'000);
  EXPECT_FALSE(denied.allowed);
  EXPECT_EQ(denied.remaining, 0);
  // One cell is emitted every 6 s; the burst is fully back after 60 s.
  EXPECT_EQ(denied.retry_after_s, 6);
  EXPECT_EQ(denied.reset_s, 60);
}

TEST(GcraLimiter, RetryAfterIsExact) {
  GcraLimiter limiter(10, 60'000);
  for (int i = 0; i < 10; ++i) ASSERT_TRUE(limiter.check("k", 0).allowed);
  const auto denied = limiter.check("k", 2'500);
  EXPECT_FALSE(denied.allowed);
  EXPECT_EQ(denied.retry_after_s, 4);  // 3.5 s left, rounded up
  EXPECT_FALSE(limiter.check("k", 5'999).allowed);
  EXPECT_TRUE(limiter.check("k", 6'000).allowed);
  EXPECT_FALSE(limiter.check("k", 6'000).allowed);
}

TEST(GcraLimiter, RecoversOverTime) {
  GcraLimiter limiter(4, 4'000);
  for (int i = 0; i < 4; ++i) ASSERT_TRUE(limiter.check("k", 0).allowed);
  EXPECT_FALSE(limiter.check("k", 0).allowed);
  auto later = limiter.check("k", 2'000);  // two cells back, one used now
  EXPECT_TRUE(later.allowed);
  EXPECT_EQ(later.remaining, 1);
  const auto full = limiter.check("k", 100'000);
  EXPECT_TRUE(full.allowed);
  EXPECT_EQ(full.remaining, 3);
  EXPECT_EQ(full.reset_s, 1);
}

TEST(GcraLimiter, KeysAreIsolated) {
  GcraLimiter limiter(2, 1'000);
  EXPECT_TRUE(limiter.check("a", 0).allowed);
  EXPECT_TRUE(limiter.check("a", 0).allowed);
  EXPECT_FALSE(limiter.check("a", 0).allowed);
  EXPECT_TRUE(limiter.check("b", 0).allowed);
  EXPECT_EQ(limiter.check("b", 0).remaining, 0);
}

TEST(GcraLimiter, DeniedRequestsConsumeNothing) {
  GcraLimiter limiter(1, 10'000);
  EXPECT_TRUE(limiter.check("k", 0).allowed);
  for (int i = 0; i < 100; ++i) EXPECT_FALSE(limiter.check("k", 5'000).allowed);
  EXPECT_TRUE(limiter.check("k", 10'000).allowed);
}

TEST(GcraLimiter, CostCountsSeveralCells) {
  GcraLimiter limiter(10, 10'000);
  const auto d = limiter.check("k", 0, 7);
  EXPECT_TRUE(d.allowed);
  EXPECT_EQ(d.remaining, 3);
  EXPECT_FALSE(limiter.check("k", 0, 4).allowed);
  EXPECT_TRUE(limiter.check("k", 0, 3).allowed);
  const auto too_big = limiter.check("other", 0, 11);
  EXPECT_FALSE(too_big.allowed);
  EXPECT_EQ(too_big.retry_after_s, 10);
}

TEST(GcraLimiter, ResetReportsWhenTheBurstIsFull) {
  GcraLimiter limiter(10, 60'000);
  const auto first = limiter.check("k", 0);
  EXPECT_EQ(first.reset_s, 6);
  EXPECT_EQ(first.remaining, 9);
}

TEST(GcraLimiter, IdleKeysArePrunedButActiveOnesKeepTheirState) {
  GcraLimiter limiter(1, 1'000);
  for (int i = 0; i < 50'000; ++i) limiter.check("key" + std::to_string(i), 0);
  EXPECT_EQ(limiter.keyCount(), 50'000u);
  ASSERT_TRUE(limiter.check("busy", 1'500).allowed);
  EXPECT_EQ(limiter.keyCount(), 1u);
  EXPECT_FALSE(limiter.check("busy", 1'600).allowed);  // state survived the prune
  // After a period everything idle is forgotten; a forgotten key has its full burst.
  EXPECT_TRUE(limiter.check("key1", 5'000).allowed);
}

TEST(GcraLimiter, IsThreadSafe) {
  GcraLimiter limiter(1'000, 1'000'000);
  std::atomic<int> allowed{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&] {
      for (int i = 0; i < 500; ++i) allowed += limiter.check("shared", 0).allowed ? 1 : 0;
    });
  }
  for (auto& thread : threads) thread.join();
  EXPECT_EQ(allowed.load(), 1'000);
}

}  // namespace
}  // namespace kiln::accounts
