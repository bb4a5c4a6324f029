#include "store/data_dir_sweep.h"

#include <sys/file.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <thread>
#include <unordered_set>

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include "store/file_blob_store.h"
#include "store/sqlite/sqlite_db.h"

namespace kiln::store {
namespace {

namespace fs = std::filesystem;

// Every blob key the database mentions: artifacts, uploads, and any SHA-256
// in a job's spec or result (inputs such as input.model.sha256 and
// input.image_blobs). Erring towards keeping: any 64-hex run counts.
Result<std::unordered_set<std::string>> referencedBlobs(const fs::path& database) {
  auto conn = sqlite::Connection::open(database);
  if (!conn) return fail(conn.error());
  std::unordered_set<std::string> keys;
  auto stmt = (*conn)->prepare(
      "SELECT sha256 FROM artifacts UNION ALL SELECT sha256 FROM uploads WHERE sha256 <> '' "
      "UNION ALL SELECT spec || ' ' || result FROM jobs WHERE instr(spec, 'sha256') > 0 OR instr(result, 'sha256') > 0");
  if (!stmt) return fail(stmt.error());
  while (true) {
    auto row = stmt->step();
    if (!row) return fail(row.error());
    if (!*row) break;
    const std::string_view text = stmt->columnText(0);
    size_t run = 0;
    for (size_t i = 0; i <= text.size(); ++i) {
      const bool hex = i < text.size() && ((text[i] >= '0' && text[i] <= '9') || (text[i] >= 'a' && text[i] <= 'f'));
      if (hex) {
        ++run;
        continue;
      }
      if (run == 64) keys.emplace(text.substr(i - 64, 64));
      run = 0;
    }
  }
  return keys;
}

int64_t ageMs(const fs::directory_entry& entry) {
  std::error_code ec;
  const auto written = entry.last_write_time(ec);
  if (ec) return 0;
  return std::chrono::duration_cast<std::chrono::milliseconds>(fs::file_time_type::clock::now() - written).count();
}

// Removes one file, adding to the report; logs (and skips) what cannot go.
bool removeFile(const fs::directory_entry& entry, SweepReport& report) {
  std::error_code ec;
  const auto size = entry.file_size(ec);
  const uint64_t bytes = ec ? 0 : size;
  if (!fs::remove(entry.path(), ec) || ec) {
    spdlog::warn("sweep: cannot remove {}: {}", entry.path().string(), ec ? ec.message() : "it vanished");
    return false;
  }
  report.bytes += bytes;
  return true;
}

// Tries to take the data directory's lock exclusively, for up to wait_ms.
bool lockExclusively(int fd, int64_t wait_ms) {
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(wait_ms);
  while (true) {
    if (::flock(fd, LOCK_EX | LOCK_NB) == 0) return true;
    // A failed conversion may have dropped the shared lock: take it back.
    while (::flock(fd, LOCK_SH) != 0 && errno == EINTR) {
    }
    if (std::chrono::steady_clock::now() >= deadline) return false;
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
}

}  // namespace

Result<SweepReport> sweepDataDir(Stores& stores, const fs::path& data_dir, int64_t wait_alone_ms) {
  SweepReport report;
  const int lock_fd = stores.lock ? stores.lock->fd() : -1;
  report.had_directory_to_itself = lock_fd >= 0 && lockExclusively(lock_fd, wait_alone_ms);
  // Back to shared however the sweep ends.
  struct Relock {
    int fd;
    bool exclusive;
    ~Relock() {
      if (exclusive) ::flock(fd, LOCK_SH);
    }
  } relock{lock_fd, report.had_directory_to_itself};

  const fs::path blobs = data_dir / "blobs";
  std::error_code ec;
  if (fs::is_directory(blobs / "tmp", ec)) {
    for (const auto& entry : fs::directory_iterator(blobs / "tmp", ec)) {
      if (!entry.is_regular_file(ec)) continue;
      if (!report.had_directory_to_itself && ageMs(entry) < kSharedPartialAgeMs) continue;
      if (removeFile(entry, report)) ++report.partial_files;
    }
    if (ec) return fail(ErrorCode::kIo, fmt::format("cannot list {}: {}", (blobs / "tmp").string(), ec.message()));
  }
  if (!report.had_directory_to_itself) return report;

  auto keep = referencedBlobs(data_dir / "kiln.db");
  if (!keep) return fail(keep.error());
  for (const auto& shard : fs::directory_iterator(blobs, ec)) {
    const std::string shard_name = shard.path().filename().string();
    if (!shard.is_directory(ec) || shard_name.size() != 2) continue;
    std::error_code inner;
    for (const auto& entry : fs::directory_iterator(shard.path(), inner)) {
      const std::string name = entry.path().filename().string();
      // Only files that are blobs by name: anything else is not ours to judge.
      if (!entry.is_regular_file(inner) || !FileBlobStore::isValidKey(name) || !name.starts_with(shard_name)) continue;
      if (keep->contains(name)) continue;
      if (removeFile(entry, report)) ++report.unreferenced_blobs;
    }
    if (inner) spdlog::warn("sweep: cannot list {}: {}", shard.path().string(), inner.message());
  }
  if (ec) return fail(ErrorCode::kIo, fmt::format("cannot list {}: {}", blobs.string(), ec.message()));
  return report;
}

}  // namespace kiln::store
