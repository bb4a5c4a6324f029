#include "store/sqlite/connection_pool.h"

namespace kiln::store::sqlite {

Result<ConnectionPool::Lease> ConnectionPool::acquire() {
  {
    std::lock_guard lock(mutex_);
    if (!idle_.empty()) {
      auto conn = std::move(idle_.back());
      idle_.pop_back();
      return Lease(this, std::move(conn));
    }
  }
  auto conn = Connection::open(path_);
  if (!conn) return fail(conn.error());
  return Lease(this, std::move(*conn));
}

void ConnectionPool::release(std::unique_ptr<Connection> conn) {
  // A connection left inside a transaction by a failed read must not be reused.
  if (conn->inTransaction()) return;
  std::lock_guard lock(mutex_);
  idle_.push_back(std::move(conn));
}

}  // namespace kiln::store::sqlite
