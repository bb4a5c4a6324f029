#pragma once
// Upload slots: a presigned PUT target that accepts one body of a declared
// type and size, then points at its blob.

#include <cstdint>
#include <optional>
#include <string>

#include "core/result.h"

namespace kiln::store {

struct UploadRecord {
  std::string id;                 // "upl_…"
  std::string workspace_id;
  std::string content_type;       // declared media type ("image/png")
  uint64_t max_bytes = 0;         // declared size limit
  int64_t created_at_ms = 0;
  int64_t expires_at_ms = 0;      // the PUT is refused after this
  bool complete = false;
  std::string sha256;             // blob key once complete
  uint64_t bytes = 0;
  std::string detected_type;      // media type sniffed from the bytes
};

class UploadStore {
 public:
  virtual ~UploadStore() = default;
  /// Records a new slot. Fills in id ("upl_…") and created_at_ms when empty.
  /// kInvalidArgument for an empty content type, max_bytes 0 or an expiry
  /// not after creation; kConflict for a duplicate id.
  virtual Result<UploadRecord> createUpload(const UploadRecord& record) = 0;
  /// kNotFound when absent.
  virtual Result<UploadRecord> getUpload(const std::string& id) = 0;
  /// Marks the slot complete with its blob. kConflict when already complete,
  /// kNotFound when absent. Expiry is the caller's check (before reading the body).
  virtual Result<UploadRecord> completeUpload(const std::string& id, const std::string& sha256, uint64_t bytes,
                                              const std::string& detected_type) = 0;
};

}  // namespace kiln::store
