#pragma once
// A thin RAII layer over the SQLite C API: connections that cache their
// prepared statements, statement handles that reset themselves, and the
// mapping from SQLite result codes to kiln Errors.

#include <sqlite3.h>

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "core/result.h"

namespace kiln::store::sqlite {

/// Deleters so every sqlite3* and sqlite3_stmt* is owned by a unique_ptr.
struct DbCloser {
  void operator()(sqlite3* db) const { sqlite3_close_v2(db); }
};
struct StmtFinalizer {
  void operator()(sqlite3_stmt* stmt) const { sqlite3_finalize(stmt); }
};
using DbHandle = std::unique_ptr<sqlite3, DbCloser>;
using StmtHandle = std::unique_ptr<sqlite3_stmt, StmtFinalizer>;

/// An Error for SQLite result code `rc` on `db`: busy/locked → kUnavailable,
/// I/O, full, read-only and cannot-open → kIo, everything else → kInternal.
/// The message names `what` (the operation or path) and SQLite's own text.
Error sqliteError(sqlite3* db, int rc, std::string_view what);

/// A prepared statement borrowed from a Connection's cache. Binding is
/// 1-based; the destructor resets the statement and clears its bindings so
/// the next user starts clean. Not copyable; lives on the stack of one call.
class Statement {
 public:
  Statement(sqlite3* db, sqlite3_stmt* stmt) : db_(db), stmt_(stmt) {}
  Statement(Statement&& other) noexcept : db_(other.db_), stmt_(other.stmt_) { other.stmt_ = nullptr; }
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;
  Statement& operator=(Statement&&) = delete;
  ~Statement();

  Statement& bind(int index, int64_t value);
  Statement& bind(int index, int value) { return bind(index, static_cast<int64_t>(value)); }
  Statement& bind(int index, double value);
  Statement& bind(int index, std::string_view text);
  Statement& bind(int index, const char* text) { return bind(index, std::string_view(text)); }
  Statement& bind(int index, const std::string& text) { return bind(index, std::string_view(text)); }
  Statement& bindNull(int index);

  /// Advances: true with a row, false when done, an Error on failure.
  Result<bool> step();
  /// Runs to completion, ignoring rows.
  Status run();

  int64_t columnInt(int column) const { return sqlite3_column_int64(stmt_, column); }
  double columnDouble(int column) const { return sqlite3_column_double(stmt_, column); }
  bool columnIsNull(int column) const { return sqlite3_column_type(stmt_, column) == SQLITE_NULL; }
  /// Text of a column ("" for NULL); valid until the next step/reset.
  std::string_view columnText(int column) const;

 private:
  sqlite3* db_;
  sqlite3_stmt* stmt_;
};

/// One SQLite connection configured for kiln: WAL journal, synchronous=FULL
/// (a COMMIT is on disk before it returns), a busy timeout so several
/// processes share the file, foreign keys on.
///
/// Thread-safety: none — a Connection is used by one thread at a time (the
/// pool and the write queue guarantee it), so it is opened without SQLite's
/// own mutex.
class Connection {
 public:
  /// Opens (creating) the database at `path`. kIo naming the path on failure.
  static Result<std::unique_ptr<Connection>> open(const std::filesystem::path& path);

  /// Runs one or more SQL statements without results.
  Status exec(std::string_view sql);
  /// The cached prepared statement for `sql`. The cache is keyed by the
  /// address of `sql`, which must therefore have static storage duration
  /// (a string literal or a namespace-scope constant).
  Result<Statement> prepare(const char* sql);

  sqlite3* raw() const { return db_.get(); }
  const std::filesystem::path& path() const { return path_; }
  /// Rows changed by the last INSERT/UPDATE/DELETE on this connection.
  int64_t changes() const { return sqlite3_changes64(db_.get()); }
  bool inTransaction() const { return sqlite3_get_autocommit(db_.get()) == 0; }

 private:
  Connection(DbHandle db, std::filesystem::path path) : db_(std::move(db)), path_(std::move(path)) {}

  std::unordered_map<const char*, StmtHandle> statements_;
  DbHandle db_;  // declared after statements_: statements are finalized first
  std::filesystem::path path_;
};

/// Busy timeout applied to every connection: how long a writer waits for
/// another process's write transaction before failing with kUnavailable.
inline constexpr int kBusyTimeoutMs = 10'000;

}  // namespace kiln::store::sqlite
