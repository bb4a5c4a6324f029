#include "store/sqlite/sqlite_upload_store.h"

#include <fmt/format.h>

#include "core/clock.h"
#include "core/id.h"

namespace kiln::store::sqlite {
namespace {

#define KILN_UPLOAD_COLUMNS \
  "id, workspace_id, content_type, max_bytes, created_at_ms, expires_at_ms, complete, sha256, bytes, detected_type"

constexpr char kInsertUpload[] =
    "INSERT INTO uploads (id, workspace_id, content_type, max_bytes, created_at_ms, expires_at_ms) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6)";
constexpr char kGetUpload[] = "SELECT " KILN_UPLOAD_COLUMNS " FROM uploads WHERE id = ?1";
constexpr char kCompleteUpload[] =
    "UPDATE uploads SET complete = 1, sha256 = ?2, bytes = ?3, detected_type = ?4 "
    "WHERE id = ?1 AND complete = 0 RETURNING " KILN_UPLOAD_COLUMNS;

UploadRecord readUpload(const Statement& s) {
  UploadRecord r;
  r.id = s.columnText(0);
  r.workspace_id = s.columnText(1);
  r.content_type = s.columnText(2);
  r.max_bytes = static_cast<uint64_t>(s.columnInt(3));
  r.created_at_ms = s.columnInt(4);
  r.expires_at_ms = s.columnInt(5);
  r.complete = s.columnInt(6) != 0;
  r.sha256 = s.columnText(7);
  r.bytes = static_cast<uint64_t>(s.columnInt(8));
  r.detected_type = s.columnText(9);
  return r;
}

Error uploadNotFound(const std::string& id) {
  return makeError(ErrorCode::kNotFound, fmt::format("no upload with id '{}'", id), {{"id", id}});
}

}  // namespace

Result<UploadRecord> SqliteUploadStore::createUpload(const UploadRecord& record) {
  UploadRecord r = record;
  if (r.id.empty()) r.id = newId("upl");
  if (r.created_at_ms == 0) r.created_at_ms = nowUnixMs();
  r.complete = false;
  r.sha256.clear();
  r.bytes = 0;
  r.detected_type.clear();
  if (r.content_type.empty()) {
    return fail(ErrorCode::kInvalidArgument, "an upload needs a content type, e.g. image/png",
                {{"field", "content_type"}});
  }
  if (r.max_bytes == 0) {
    return fail(ErrorCode::kInvalidArgument, "an upload needs a positive size limit", {{"field", "max_bytes"}});
  }
  if (r.expires_at_ms <= r.created_at_ms) {
    return fail(ErrorCode::kInvalidArgument, "an upload must expire after it is created",
                {{"field", "expires_at_ms"}});
  }
  auto ok = db_->writer().run([&](Connection& conn) -> Status {
    auto stmt = conn.prepare(kInsertUpload);
    if (!stmt) return fail(stmt.error());
    stmt->bind(1, r.id).bind(2, r.workspace_id).bind(3, r.content_type);
    stmt->bind(4, static_cast<int64_t>(r.max_bytes)).bind(5, r.created_at_ms).bind(6, r.expires_at_ms);
    auto done = stmt->run();
    if (!done && sqlite3_extended_errcode(conn.raw()) == SQLITE_CONSTRAINT_PRIMARYKEY) {
      return fail(ErrorCode::kConflict, fmt::format("an upload with id '{}' already exists", r.id), {{"id", r.id}});
    }
    return done;
  });
  if (!ok) return fail(ok.error());
  return r;
}

Result<UploadRecord> SqliteUploadStore::getUpload(const std::string& id) {
  auto conn = db_->readers().acquire();
  if (!conn) return fail(conn.error());
  auto stmt = (*conn)->prepare(kGetUpload);
  if (!stmt) return fail(stmt.error());
  stmt->bind(1, id);
  auto row = stmt->step();
  if (!row) return fail(row.error());
  if (!*row) return fail(uploadNotFound(id));
  return readUpload(*stmt);
}

Result<UploadRecord> SqliteUploadStore::completeUpload(const std::string& id, const std::string& sha256,
                                                       uint64_t bytes, const std::string& detected_type) {
  std::optional<UploadRecord> done;
  auto ok = db_->writer().run([&](Connection& conn) -> Status {
    auto stmt = conn.prepare(kCompleteUpload);
    if (!stmt) return fail(stmt.error());
    stmt->bind(1, id).bind(2, sha256).bind(3, static_cast<int64_t>(bytes)).bind(4, detected_type);
    auto row = stmt->step();
    if (!row) return fail(row.error());
    if (*row) {
      done = readUpload(*stmt);
      return stmt->run();
    }
    auto exists = conn.prepare(kGetUpload);
    if (!exists) return fail(exists.error());
    exists->bind(1, id);
    auto found = exists->step();
    if (!found) return fail(found.error());
    if (!*found) return fail(uploadNotFound(id));
    return fail(ErrorCode::kConflict, fmt::format("upload {} already has its bytes; create a new upload", id),
                {{"id", id}});
  });
  if (!ok) return fail(ok.error());
  return std::move(*done);
}

}  // namespace kiln::store::sqlite
