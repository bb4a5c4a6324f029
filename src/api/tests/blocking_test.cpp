#include "api/blocking.h"

#include <gtest/gtest.h>

#include <chrono>
#include <future>
#include <thread>

#include "core/clock.h"

namespace kiln::api {
namespace {

using http::DeferredReply;
using http::Response;

Response text(int status, std::string body) {
  Response r;
  r.status = status;
  r.body = std::move(body);
  return r;
}

// Polls a deferred reply the way the server does, until it answers or its deadline passes.
Response drive(http::Reply reply) {
  if (auto* r = std::get_if<Response>(&reply)) return *r;
  auto& d = std::get<DeferredReply>(reply);
  while (true) {
    if (auto r = d.poll()) return *r;
    if (monotonicMs() >= d.deadline_ms) return d.on_timeout();
    std::this_thread::sleep_for(std::chrono::milliseconds(d.poll_interval_ms));
  }
}

auto busy = [] { return text(503, "busy"); };
auto slow = [] { return text(503, "slow"); };

TEST(AfterBlocking, WorkRunsOffTheCallingThreadAndThenAnswers) {
  BlockingPool pool(2, 8);
  std::promise<void> release;
  std::shared_future<void> gate = release.get_future().share();
  std::thread::id worker;
  auto reply = afterBlocking(
      pool,
      [&] {
        worker = std::this_thread::get_id();
        gate.wait();
        return Status{};
      },
      [](Status s) -> http::Reply { return text(s ? 201 : 400, "then"); }, busy, slow, 10'000, 1'000);
  auto* deferred = std::get_if<DeferredReply>(&reply);
  ASSERT_NE(deferred, nullptr) << "the handler returns at once instead of waiting";
  EXPECT_FALSE(deferred->poll().has_value()) << "no answer while the work runs";
  release.set_value();
  const Response r = drive(reply);
  EXPECT_EQ(r.status, 201);
  EXPECT_EQ(r.body, "then");
  EXPECT_NE(worker, std::this_thread::get_id());
}

TEST(AfterBlocking, FailedWorkReachesThen) {
  BlockingPool pool(1, 8);
  auto reply = afterBlocking(
      pool, [] { return Status(fail(ErrorCode::kInvalidArgument, "bad photo")); },
      [](Status s) -> http::Reply { return text(s ? 201 : 400, s ? "" : s.error().message); }, busy, slow, 10'000, 0);
  const Response r = drive(std::move(reply));
  EXPECT_EQ(r.status, 400);
  EXPECT_EQ(r.body, "bad photo");
}

TEST(AfterBlocking, FollowsADeferredThenToItsOwnDeadline) {
  BlockingPool pool(1, 8);
  int polls = 0;
  auto reply = afterBlocking(
      pool, [] { return Status{}; },
      [&polls](Status) -> http::Reply {
        DeferredReply inner;
        inner.deadline_ms = monotonicMs() + 50;
        inner.poll = [&polls]() -> std::optional<Response> {
          ++polls;
          return std::nullopt;
        };
        inner.on_timeout = [] { return text(202, "inner timeout"); };
        return inner;
      },
      busy, slow, 10'000, 10'000);
  const Response r = drive(std::move(reply));
  EXPECT_EQ(r.status, 202);
  EXPECT_EQ(r.body, "inner timeout");
  EXPECT_GT(polls, 0);
}

TEST(AfterBlocking, AFullPoolAnswersBusyAndSlowWorkTimesOut) {
  BlockingPool pool(1, 1);
  std::promise<void> release;
  std::shared_future<void> gate = release.get_future().share();
  auto first = afterBlocking(
      pool,
      [gate] {
        gate.wait();
        return Status{};
      },
      [](Status) -> http::Reply { return text(200, "done"); }, busy, slow, 30, 0);
  ASSERT_TRUE(std::holds_alternative<DeferredReply>(first));
  EXPECT_EQ(pool.pending(), 1);
  auto second = afterBlocking(
      pool, [] { return Status{}; }, [](Status) -> http::Reply { return text(200, "done"); }, busy, slow, 30, 0);
  ASSERT_TRUE(std::holds_alternative<Response>(second));
  EXPECT_EQ(std::get<Response>(second).body, "busy");
  EXPECT_EQ(drive(std::move(first)).body, "slow") << "the work outlasted its 30 ms";
  release.set_value();
  // Once the work ends its slot frees up.
  for (int i = 0; i < 500 && pool.pending() > 0; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(2));
  EXPECT_EQ(pool.pending(), 0);
  auto third = afterBlocking(
      pool, [] { return Status{}; }, [](Status) -> http::Reply { return text(200, "done"); }, busy, slow, 10'000, 0);
  EXPECT_EQ(drive(std::move(third)).body, "done");
}

}  // namespace
}  // namespace kiln::api
