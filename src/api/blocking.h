#pragma once
// Work a handler must not do on an I/O thread (decoding and measuring a photo
// can take most of a second for a small but many-megapixel PNG): it runs on a
// small pool, and the request is answered from a DeferredReply that polls for
// the result, so the I/O threads keep serving everyone else meanwhile.

#include <atomic>
#include <functional>
#include <future>
#include <memory>
#include <optional>

#include <boost/asio/thread_pool.hpp>

#include "core/result.h"
#include "http/message.h"

namespace kiln::api {

/// A fixed pool of threads for blocking request work, with a cap on queued
/// tasks so a flood of expensive requests is refused (503) instead of queued
/// without bound.
class BlockingPool {
 public:
  BlockingPool(int threads, int max_pending);
  ~BlockingPool();  // waits for queued work
  BlockingPool(const BlockingPool&) = delete;
  BlockingPool& operator=(const BlockingPool&) = delete;

  /// Queues `work`; nullopt when max_pending tasks are already waiting or running.
  std::optional<std::shared_future<Status>> submit(std::function<Status()> work);
  int pending() const { return pending_.load(); }

 private:
  boost::asio::thread_pool pool_;
  const int max_pending_;
  std::atomic<int> pending_{0};
};

/// Runs `work` on `pool`, then replies with `then(outcome)`. `then` runs on an
/// I/O thread and may itself return a DeferredReply (e.g. Prefer: wait),
/// which is followed until its own deadline. When the pool is full the reply
/// is `busy()`; when the work outlasts `work_timeout_ms`, `timed_out()`.
http::Reply afterBlocking(BlockingPool& pool, std::function<Status()> work, std::function<http::Reply(Status)> then,
                          std::function<http::Response()> busy, std::function<http::Response()> timed_out,
                          int64_t work_timeout_ms, int64_t max_follow_ms);

}  // namespace kiln::api
