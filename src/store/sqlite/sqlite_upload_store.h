#pragma once
// UploadStore on the same SQLite database as the jobs.

#include <memory>

#include "store/sqlite/database.h"
#include "store/upload_store.h"

namespace kiln::store::sqlite {

/// Thread-safe; shares the database's reader pool and group-commit writer.
/// completeUpload does not look at expires_at_ms: the HTTP layer refuses a
/// late PUT before it reads the body.
class SqliteUploadStore final : public UploadStore {
 public:
  explicit SqliteUploadStore(std::shared_ptr<Database> db) : db_(std::move(db)) {}

  /// Fills in id ("upl_…") and created_at_ms when empty; kInvalidArgument
  /// for an empty content type, a zero size limit or an expiry before creation.
  Result<UploadRecord> createUpload(const UploadRecord& record) override;
  Result<UploadRecord> getUpload(const std::string& id) override;
  Result<UploadRecord> completeUpload(const std::string& id, const std::string& sha256, uint64_t bytes,
                                      const std::string& detected_type) override;

 private:
  std::shared_ptr<Database> db_;
};

}  // namespace kiln::store::sqlite
