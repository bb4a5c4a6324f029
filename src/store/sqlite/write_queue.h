#pragma once
// Group commit: every write of a process goes through one writer thread that
// owns the only writing connection. Requests that arrive while a COMMIT is
// being fsync'd are gathered and committed together in the next transaction,
// so N concurrent callers pay for one fsync instead of N — each caller still
// returns only after the COMMIT that contains its change (durable).

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

#include "core/result.h"
#include "store/sqlite/sqlite_db.h"

namespace kiln::store::sqlite {

/// Thread-safe. Each operation runs inside BEGIN IMMEDIATE … COMMIT under its
/// own SAVEPOINT: an operation that returns an error is rolled back alone and
/// the rest of its batch still commits. Operations must not begin or end
/// transactions themselves. The destructor finishes queued work, then stops.
class WriteQueue {
 public:
  using Operation = std::function<Status(Connection&)>;

  explicit WriteQueue(std::unique_ptr<Connection> conn);
  ~WriteQueue();
  WriteQueue(const WriteQueue&) = delete;
  WriteQueue& operator=(const WriteQueue&) = delete;

  /// Runs `op` on the writer connection and waits until its transaction has
  /// committed (or failed). Returns op's own error, or the transaction's
  /// (kUnavailable when another process held the write lock past the busy
  /// timeout, kIo when the commit could not be written).
  Status run(Operation op);

  /// Transactions committed so far and operations they carried (for tests and benchmarks).
  int64_t transactions() const;
  int64_t operations() const;

 private:
  struct Request {
    Operation* op = nullptr;
    Status status;
    bool done = false;
  };

  void loop();
  void runBatch(std::deque<Request*>& batch);

  std::unique_ptr<Connection> conn_;
  mutable std::mutex mutex_;
  std::condition_variable work_cv_;
  std::condition_variable done_cv_;
  std::deque<Request*> pending_;
  bool stopping_ = false;
  int64_t transactions_ = 0;
  int64_t operations_ = 0;
  std::thread thread_;  // last: started after everything above is ready
};

}  // namespace kiln::store::sqlite
