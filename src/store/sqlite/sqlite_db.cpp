#include "store/sqlite/sqlite_db.h"

#include <fmt/format.h>

namespace kiln::store::sqlite {

Error sqliteError(sqlite3* db, int rc, std::string_view what) {
  const int primary = rc & 0xff;
  ErrorCode code = ErrorCode::kInternal;
  switch (primary) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      code = ErrorCode::kUnavailable;
      break;
    case SQLITE_IOERR:
    case SQLITE_FULL:
    case SQLITE_READONLY:
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
      code = ErrorCode::kIo;
      break;
    default:
      break;
  }
  const char* detail = db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
  std::string message = fmt::format("{}: {} (sqlite code {})", what, detail, rc);
  if (code == ErrorCode::kUnavailable) message += "; the database is busy, retry shortly";
  return makeError(code, std::move(message), {{"sqlite_code", rc}});
}

Statement::~Statement() {
  if (stmt_ == nullptr) return;
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
}

Statement& Statement::bind(int index, int64_t value) {
  sqlite3_bind_int64(stmt_, index, value);
  return *this;
}

Statement& Statement::bind(int index, double value) {
  sqlite3_bind_double(stmt_, index, value);
  return *this;
}

Statement& Statement::bind(int index, std::string_view text) {
  // SQLITE_TRANSIENT: SQLite copies, so temporaries are safe to bind. A
  // default string_view has a null data pointer, which SQLite would bind as NULL.
  sqlite3_bind_text64(stmt_, index, text.data() != nullptr ? text.data() : "", text.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
  return *this;
}

Statement& Statement::bindNull(int index) {
  sqlite3_bind_null(stmt_, index);
  return *this;
}

Result<bool> Statement::step() {
  const int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  return fail(sqliteError(db_, rc, "sqlite step"));
}

Status Statement::run() {
  while (true) {
    auto row = step();
    if (!row) return fail(row.error());
    if (!*row) return {};
  }
}

std::string_view Statement::columnText(int column) const {
  const auto* text = sqlite3_column_text(stmt_, column);
  if (text == nullptr) return {};
  return {reinterpret_cast<const char*>(text), static_cast<size_t>(sqlite3_column_bytes(stmt_, column))};
}

Result<std::unique_ptr<Connection>> Connection::open(const std::filesystem::path& path) {
  sqlite3* raw = nullptr;
  const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX;
  const int rc = sqlite3_open_v2(path.c_str(), &raw, flags, nullptr);
  DbHandle db(raw);
  if (rc != SQLITE_OK) {
    return fail(ErrorCode::kIo,
                fmt::format("cannot open the database {}: {}; check that the directory exists and is writable",
                            path.string(), raw != nullptr ? sqlite3_errmsg(raw) : sqlite3_errstr(rc)),
                {{"path", path.string()}});
  }
  sqlite3_extended_result_codes(db.get(), 1);
  sqlite3_busy_timeout(db.get(), kBusyTimeoutMs);
  std::unique_ptr<Connection> conn(new Connection(std::move(db), path));
  // journal_mode=WAL is persistent in the file; synchronous and foreign_keys
  // are per connection. FULL makes every COMMIT durable (WAL fsync'd).
  if (auto ok = conn->exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;"); !ok) {
    return fail(ErrorCode::kIo, fmt::format("cannot configure the database {}: {}", path.string(), ok.error().message),
                {{"path", path.string()}});
  }
  return conn;
}

Status Connection::exec(std::string_view sql) {
  const std::string text(sql);
  char* message = nullptr;
  const int rc = sqlite3_exec(db_.get(), text.c_str(), nullptr, nullptr, &message);
  if (rc != SQLITE_OK) {
    sqlite3_free(message);
    return fail(sqliteError(db_.get(), rc, fmt::format("`{}` on {}", text.substr(0, 60), path_.string())));
  }
  return {};
}

Result<Statement> Connection::prepare(const char* sql) {
  auto it = statements_.find(sql);
  if (it == statements_.end()) {
    sqlite3_stmt* raw = nullptr;
    const int rc = sqlite3_prepare_v3(db_.get(), sql, -1, SQLITE_PREPARE_PERSISTENT, &raw, nullptr);
    if (rc != SQLITE_OK) {
      sqlite3_finalize(raw);
      return fail(sqliteError(db_.get(), rc, fmt::format("preparing `{}`", std::string_view(sql).substr(0, 80))));
    }
    it = statements_.emplace(sql, StmtHandle(raw)).first;
  }
  return Statement(db_.get(), it->second.get());
}

}  // namespace kiln::store::sqlite
