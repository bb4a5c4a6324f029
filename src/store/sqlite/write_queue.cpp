#include "store/sqlite/write_queue.h"

#include <fmt/format.h>

namespace kiln::store::sqlite {
namespace {

// Upper bound on operations per transaction: keeps a single COMMIT (and the
// wait of the first caller in it) short even under a flood of requests.
constexpr size_t kMaxBatch = 512;

}  // namespace

WriteQueue::WriteQueue(std::unique_ptr<Connection> conn) : conn_(std::move(conn)), thread_([this] { loop(); }) {}

WriteQueue::~WriteQueue() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  work_cv_.notify_all();
  thread_.join();
}

Status WriteQueue::run(Operation op) {
  Request request;
  request.op = &op;
  std::unique_lock lock(mutex_);
  if (stopping_) return fail(ErrorCode::kUnavailable, "the job store is shutting down");
  pending_.push_back(&request);
  work_cv_.notify_one();
  done_cv_.wait(lock, [&] { return request.done; });
  return std::move(request.status);
}

int64_t WriteQueue::transactions() const {
  std::lock_guard lock(mutex_);
  return transactions_;
}

int64_t WriteQueue::operations() const {
  std::lock_guard lock(mutex_);
  return operations_;
}

void WriteQueue::loop() {
  std::deque<Request*> batch;
  while (true) {
    {
      std::unique_lock lock(mutex_);
      work_cv_.wait(lock, [&] { return stopping_ || !pending_.empty(); });
      if (pending_.empty()) return;  // stopping and drained
      while (!pending_.empty() && batch.size() < kMaxBatch) {
        batch.push_back(pending_.front());
        pending_.pop_front();
      }
    }
    runBatch(batch);
    {
      std::lock_guard lock(mutex_);
      for (Request* r : batch) r->done = true;
      ++transactions_;
      operations_ += static_cast<int64_t>(batch.size());
    }
    done_cv_.notify_all();
    batch.clear();
  }
}

void WriteQueue::runBatch(std::deque<Request*>& batch) {
  Connection& conn = *conn_;
  auto failAll = [&](const Error& error) {
    for (Request* r : batch) {
      if (r->status) r->status = fail(error);
    }
  };
  if (auto ok = conn.exec("BEGIN IMMEDIATE"); !ok) {
    failAll(ok.error());
    return;
  }
  for (Request* r : batch) {
    if (auto ok = conn.exec("SAVEPOINT op"); !ok) {
      r->status = fail(ok.error());
      continue;
    }
    try {
      r->status = (*r->op)(conn);
    } catch (const std::exception& e) {
      r->status = fail(ErrorCode::kInternal, fmt::format("store write failed: {}", e.what()));
    }
    if (!conn.inTransaction()) {
      // SQLite rolled the whole transaction back (disk full, I/O error):
      // every operation of the batch is lost, including earlier successes.
      const Error error = r->status ? makeError(ErrorCode::kIo, "the write transaction was rolled back by SQLite")
                                    : r->status.error();
      for (Request* other : batch) other->status = fail(error);
      return;
    }
    if (!r->status) (void)conn.exec("ROLLBACK TO op");
    (void)conn.exec("RELEASE op");
  }
  if (auto ok = conn.exec("COMMIT"); !ok) {
    (void)conn.exec("ROLLBACK");
    for (Request* r : batch) r->status = fail(ok.error());
  }
}

}  // namespace kiln::store::sqlite
