#pragma once
// Content-addressed blobs: artifacts and uploads, keyed by SHA-256.

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "core/result.h"

namespace kiln::store {

struct BlobRef {
  std::string sha256;   // lower-case hex
  uint64_t bytes = 0;
};

/// Thread- and process-safe: writes go to a temporary file, are fsync'd, and
/// are renamed into place, so a reader never sees a partial blob.
class BlobStore {
 public:
  virtual ~BlobStore() = default;
  /// Stores `data` durably before returning (idempotent: the same bytes give
  /// the same ref and one stored copy). kIo naming the path on failure.
  virtual Result<BlobRef> put(std::string_view data) = 0;
  /// The bytes of a blob; kNotFound when absent; kInvalidArgument for a
  /// malformed key (anything but 64 lower-case hex characters).
  virtual Result<std::string> get(const std::string& sha256) = 0;
  /// A local file path for a blob (for sendfile-style serving), if the store
  /// has one; nullopt when absent or the key is malformed.
  virtual std::optional<std::filesystem::path> localPath(const std::string& sha256) = 0;
  /// False when absent or the key is malformed.
  virtual bool exists(const std::string& sha256) = 0;
};

}  // namespace kiln::store
