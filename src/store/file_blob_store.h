#pragma once
// BlobStore on a local (or shared) folder: root/ab/<64 hex sha256>.

#include <filesystem>

#include "store/blob_store.h"

namespace kiln::store {

/// Thread- and process-safe: put() writes root/tmp/<random>, fsyncs it,
/// renames it into root/<first two hex>/<sha256> and fsyncs that folder, so
/// a blob is either absent or complete. Blobs are never modified in place.
class FileBlobStore final : public BlobStore {
 public:
  /// `root` must exist (openDataDir creates it); tmp/ is created on demand.
  explicit FileBlobStore(std::filesystem::path root) : root_(std::move(root)) {}

  Result<BlobRef> put(std::string_view data) override;
  Result<std::string> get(const std::string& sha256) override;
  std::optional<std::filesystem::path> localPath(const std::string& sha256) override;
  bool exists(const std::string& sha256) override;

  /// True for 64 lower-case hex characters (the only keys this store accepts).
  static bool isValidKey(std::string_view sha256);

 private:
  std::filesystem::path pathFor(const std::string& sha256) const;

  std::filesystem::path root_;
};

}  // namespace kiln::store
