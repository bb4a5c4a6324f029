#pragma once
// Start-up clean-up of a data directory after a crash: a process killed in
// the middle of FileBlobStore::put leaves a partial file in blobs/tmp/, and
// one killed between writing a blob and committing what refers to it (a
// job's artifact, an upload) leaves a blob nothing will ever read.

#include <cstdint>
#include <filesystem>

#include "core/result.h"
#include "store/store.h"

namespace kiln::store {

struct SweepReport {
  int64_t partial_files = 0;       // removed from blobs/tmp/
  int64_t unreferenced_blobs = 0;  // removed from blobs/ab/…
  uint64_t bytes = 0;              // freed by both
  /// False when another process had the data directory open, so blobs were
  /// left alone (one of them may be about to be referred to) and only partial
  /// files older than kSharedPartialAgeMs were removed.
  bool had_directory_to_itself = false;
};

/// Partial files this old are removed even while other processes use the
/// directory: no blob write takes an hour.
inline constexpr int64_t kSharedPartialAgeMs = 3'600'000;

/// Removes partial blob files, and blobs referred to by no job artifact, no
/// upload and no job's input, from `data_dir` (opened by `stores`). Blobs are
/// judged only while no other process has the directory open (every
/// openDataDir holds a shared lock on data_dir/lock; the sweep takes it
/// exclusively for its duration, waiting up to `wait_alone_ms` for processes
/// that are on their way out, such as the workers of a server that was
/// killed). kIo when the folder cannot be listed; a file that cannot be
/// removed is logged and skipped.
Result<SweepReport> sweepDataDir(Stores& stores, const std::filesystem::path& data_dir, int64_t wait_alone_ms = 2'000);

}  // namespace kiln::store
