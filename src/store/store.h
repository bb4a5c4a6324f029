#pragma once
// Opening a store by URL: the embedded default is a data directory.

#include <filesystem>
#include <memory>
#include <string>

#include "core/result.h"
#include "store/account_store.h"
#include "store/blob_store.h"
#include "store/job_store.h"
#include "store/upload_store.h"

namespace kiln::store {

/// A shared flock on data_dir/lock, held by every process that has the data
/// directory open, so that a starting server can tell whether it is alone
/// (see sweepDataDir). Close-on-exec; released when destroyed.
class DataDirLock {
 public:
  explicit DataDirLock(int fd) : fd_(fd) {}
  ~DataDirLock();
  DataDirLock(const DataDirLock&) = delete;
  DataDirLock& operator=(const DataDirLock&) = delete;
  int fd() const { return fd_; }

 private:
  int fd_;
};

/// Everything persistent that a server or worker needs. Owns its handles.
struct Stores {
  std::unique_ptr<JobStore> jobs;
  std::unique_ptr<BlobStore> blobs;
  std::unique_ptr<UploadStore> uploads;
  std::unique_ptr<AccountStore> accounts;
  std::string server_secret;  // 32 random bytes kept in the data directory, for signing URLs
  std::unique_ptr<DataDirLock> lock;  // shared while this process uses the directory
};

/// Opens (creating on first use) the embedded store in `data_dir`:
/// data_dir/kiln.db (SQLite, WAL, migrated to the current schema),
/// data_dir/blobs/ab/cdef… (content-addressed files), data_dir/secret (0600),
/// data_dir/lock (held shared while the Stores live).
/// Fails with kIo naming the path when the directory cannot be used. Any
/// number of processes may open the same directory at once; the secret is
/// created by the first and read by the rest.
Result<Stores> openDataDir(const std::filesystem::path& data_dir);

}  // namespace kiln::store
