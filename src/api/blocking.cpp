#include "api/blocking.h"

#include <boost/asio/post.hpp>

#include "core/clock.h"

namespace kiln::api {

BlockingPool::BlockingPool(int threads, int max_pending) : pool_(static_cast<size_t>(threads)), max_pending_(max_pending) {}

BlockingPool::~BlockingPool() { pool_.join(); }

std::optional<std::shared_future<Status>> BlockingPool::submit(std::function<Status()> work) {
  if (pending_.fetch_add(1) >= max_pending_) {
    pending_.fetch_sub(1);
    return std::nullopt;
  }
  auto task = std::make_shared<std::packaged_task<Status()>>([this, work = std::move(work)]() {
    struct Done {
      std::atomic<int>& pending;
      ~Done() { pending.fetch_sub(1); }
    } done{pending_};
    return work();
  });
  std::shared_future<Status> future = task->get_future().share();
  boost::asio::post(pool_, [task]() { (*task)(); });
  return future;
}

http::Reply afterBlocking(BlockingPool& pool, std::function<Status()> work, std::function<http::Reply(Status)> then,
                          std::function<http::Response()> busy, std::function<http::Response()> timed_out,
                          int64_t work_timeout_ms, int64_t max_follow_ms) {
  auto future = pool.submit(std::move(work));
  if (!future) return busy();
  // Polled by one session at a time, so the state needs no lock.
  struct State {
    std::shared_future<Status> future;
    int64_t work_deadline_ms = 0;
    std::optional<http::DeferredReply> inner;  // what `then` deferred to, once the work is done
  };
  auto state = std::make_shared<State>();
  state->future = std::move(*future);
  state->work_deadline_ms = monotonicMs() + work_timeout_ms;
  http::DeferredReply deferred;
  deferred.deadline_ms = state->work_deadline_ms + max_follow_ms;
  deferred.poll_interval_ms = 5;
  deferred.poll = [state, then]() -> std::optional<http::Response> {
    if (state->inner) {
      if (monotonicMs() >= state->inner->deadline_ms) return state->inner->on_timeout();
      return state->inner->poll();
    }
    if (state->future.wait_for(std::chrono::seconds(0)) != std::future_status::ready) return std::nullopt;
    http::Reply next = then(state->future.get());
    if (auto* response = std::get_if<http::Response>(&next)) return std::move(*response);
    if (auto* inner = std::get_if<http::DeferredReply>(&next)) {
      state->inner = std::move(*inner);
      return state->inner->poll();
    }
    return http::errorResponse(makeError(ErrorCode::kInternal, "a streamed reply cannot follow blocking work"));
  };
  deferred.on_timeout = [state, timed_out]() -> http::Response {
    if (state->inner) return state->inner->on_timeout();
    return timed_out();
  };
  return deferred;
}

}  // namespace kiln::api
