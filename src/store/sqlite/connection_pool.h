#pragma once
// A pool of reader connections to one database file, so any number of
// threads can read at once (WAL readers never block each other or the writer).

#include <filesystem>
#include <memory>
#include <mutex>
#include <vector>

#include "core/result.h"
#include "store/sqlite/sqlite_db.h"

namespace kiln::store::sqlite {

/// Thread-safe. Connections are opened on demand (one per concurrently
/// reading thread) and kept for reuse, so their prepared statements stay warm.
class ConnectionPool {
 public:
  explicit ConnectionPool(std::filesystem::path path) : path_(std::move(path)) {}

  /// Returns the connection to the pool when it goes out of scope.
  class Lease {
   public:
    Lease(ConnectionPool* pool, std::unique_ptr<Connection> conn) : pool_(pool), conn_(std::move(conn)) {}
    Lease(Lease&&) noexcept = default;
    Lease& operator=(Lease&&) = delete;
    ~Lease() {
      if (conn_) pool_->release(std::move(conn_));
    }
    Connection& operator*() const { return *conn_; }
    Connection* operator->() const { return conn_.get(); }

   private:
    ConnectionPool* pool_;
    std::unique_ptr<Connection> conn_;
  };

  /// An idle connection, or a newly opened one. kIo when the file cannot be opened.
  Result<Lease> acquire();

 private:
  void release(std::unique_ptr<Connection> conn);

  std::filesystem::path path_;
  std::mutex mutex_;
  std::vector<std::unique_ptr<Connection>> idle_;
};

}  // namespace kiln::store::sqlite
