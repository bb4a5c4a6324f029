#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include <fmt/format.h>

#include "core/crypto.h"
#include "store/file_blob_store.h"
#include "store/sqlite/sqlite_account_store.h"
#include "store/sqlite/sqlite_job_store.h"
#include "store/sqlite/sqlite_upload_store.h"
#include "store/store.h"

namespace kiln::store {
namespace {

constexpr size_t kSecretBytes = 32;

Error ioError(std::string what, const std::filesystem::path& path, const std::string& reason) {
  return makeError(ErrorCode::kIo, fmt::format("{} {}: {}", what, path.string(), reason), {{"path", path.string()}});
}

Result<std::string> readSecret(const std::filesystem::path& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return fail(ioError("cannot read the server secret", path, std::strerror(errno)));
  std::string secret(kSecretBytes + 1, '\0');  // one spare byte detects a longer file
  const ssize_t n = ::read(fd, secret.data(), secret.size());
  const int err = errno;
  ::close(fd);
  if (n < 0) return fail(ioError("cannot read the server secret", path, std::strerror(err)));
  secret.resize(static_cast<size_t>(n));
  if (secret.size() != kSecretBytes) {
    return fail(ioError("the server secret is damaged", path,
                        fmt::format("it holds {} bytes instead of {}; delete it to make a new one (signed URLs "
                                    "issued before stop working)",
                                    secret.size(), kSecretBytes)));
  }
  return secret;
}

// Created once and reused: written to a temporary file, fsync'd, then
// link()ed into place, which fails if another process got there first — so
// every process ends up with the same secret.
Result<std::string> loadOrCreateSecret(const std::filesystem::path& path) {
  std::error_code ec;
  if (std::filesystem::exists(path, ec)) return readSecret(path);
  const std::string secret = randomBytes(kSecretBytes);
  const auto tmp = std::filesystem::path(path.string() + "." + toHex(randomBytes(6)) + ".tmp");
  const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0) return fail(ioError("cannot create the server secret", tmp, std::strerror(errno)));
  const bool written = ::write(fd, secret.data(), secret.size()) == static_cast<ssize_t>(secret.size()) &&
                       ::fsync(fd) == 0;
  const int err = errno;
  ::close(fd);
  if (!written) {
    ::unlink(tmp.c_str());
    return fail(ioError("cannot write the server secret", tmp, std::strerror(err)));
  }
  const int rc = ::link(tmp.c_str(), path.c_str());
  const int link_err = errno;
  ::unlink(tmp.c_str());
  if (rc != 0) {
    if (link_err == EEXIST) return readSecret(path);
    return fail(ioError("cannot create the server secret", path, std::strerror(link_err)));
  }
  return secret;
}

Result<std::unique_ptr<DataDirLock>> lockShared(const std::filesystem::path& path) {
  const int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
  if (fd < 0) return fail(ioError("cannot open the data directory's lock file", path, std::strerror(errno)));
  auto lock = std::make_unique<DataDirLock>(fd);
  while (::flock(fd, LOCK_SH) != 0) {
    if (errno != EINTR) return fail(ioError("cannot lock", path, std::strerror(errno)));
  }
  return lock;
}

}  // namespace

DataDirLock::~DataDirLock() {
  if (fd_ >= 0) ::close(fd_);
}

Result<Stores> openDataDir(const std::filesystem::path& data_dir) {
  std::error_code ec;
  std::filesystem::create_directories(data_dir, ec);
  if (ec) return fail(ioError("cannot create the data directory", data_dir, ec.message()));
  if (!std::filesystem::is_directory(data_dir, ec)) {
    return fail(ioError("the data directory is not a directory:", data_dir, "choose another path"));
  }
  if (::access(data_dir.c_str(), R_OK | W_OK | X_OK) != 0) {
    return fail(ioError("the data directory is not writable:", data_dir, std::strerror(errno)));
  }
  const auto blob_dir = data_dir / "blobs";
  std::filesystem::create_directories(blob_dir, ec);
  if (ec) return fail(ioError("cannot create the blob folder", blob_dir, ec.message()));

  auto lock = lockShared(data_dir / "lock");
  if (!lock) return fail(lock.error());
  auto secret = loadOrCreateSecret(data_dir / "secret");
  if (!secret) return fail(secret.error());
  auto db = sqlite::Database::open(data_dir / "kiln.db");
  if (!db) return fail(db.error());

  Stores stores;
  stores.jobs = std::make_unique<sqlite::SqliteJobStore>(*db);
  stores.uploads = std::make_unique<sqlite::SqliteUploadStore>(*db);
  stores.accounts = std::make_unique<sqlite::SqliteAccountStore>(*db);
  stores.blobs = std::make_unique<FileBlobStore>(blob_dir);
  stores.server_secret = std::move(*secret);
  stores.lock = std::move(*lock);
  return stores;
}

}  // namespace kiln::store
