#include "store/file_blob_store.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include <fmt/format.h>

#include "core/crypto.h"

namespace kiln::store {
namespace {

Error ioError(std::string_view what, const std::filesystem::path& path, int err) {
  return makeError(ErrorCode::kIo, fmt::format("{} {}: {}", what, path.string(), std::strerror(err)),
                   {{"path", path.string()}});
}

Status fsyncPath(const std::filesystem::path& path, int flags) {
  const int fd = ::open(path.c_str(), flags | O_CLOEXEC);
  if (fd < 0) return fail(ioError("cannot open", path, errno));
  const int rc = ::fsync(fd);
  const int err = errno;
  ::close(fd);
  if (rc != 0) return fail(ioError("cannot fsync", path, err));
  return {};
}

Status writeFileDurably(const std::filesystem::path& path, std::string_view data) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
  if (fd < 0) return fail(ioError("cannot create", path, errno));
  size_t written = 0;
  while (written < data.size()) {
    const ssize_t n = ::write(fd, data.data() + written, data.size() - written);
    if (n < 0) {
      if (errno == EINTR) continue;
      const int err = errno;
      ::close(fd);
      return fail(ioError("cannot write", path, err));
    }
    written += static_cast<size_t>(n);
  }
  if (::fsync(fd) != 0) {
    const int err = errno;
    ::close(fd);
    return fail(ioError("cannot fsync", path, err));
  }
  if (::close(fd) != 0) return fail(ioError("cannot close", path, errno));
  return {};
}

// Reads a whole file; nullopt with errno set when it cannot be opened or read.
std::optional<std::string> readWholeFile(const std::filesystem::path& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return std::nullopt;
  std::string bytes;
  char buffer[1 << 16];
  while (true) {
    const ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n < 0) {
      if (errno == EINTR) continue;
      const int err = errno;
      ::close(fd);
      errno = err;
      return std::nullopt;
    }
    if (n == 0) break;
    bytes.append(buffer, static_cast<size_t>(n));
  }
  ::close(fd);
  return bytes;
}

Error malformedKey(const std::string& sha256) {
  return makeError(ErrorCode::kInvalidArgument,
                   fmt::format("'{}' is not a blob key; keys are 64 lower-case hex characters (a SHA-256)",
                               sha256.substr(0, 80)),
                   {{"field", "sha256"}});
}

}  // namespace

bool FileBlobStore::isValidKey(std::string_view sha256) {
  if (sha256.size() != 64) return false;
  for (char c : sha256) {
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  }
  return true;
}

std::filesystem::path FileBlobStore::pathFor(const std::string& sha256) const {
  return root_ / sha256.substr(0, 2) / sha256;
}

Result<BlobRef> FileBlobStore::put(std::string_view data) {
  BlobRef ref{.sha256 = sha256Hex(data), .bytes = data.size()};
  const auto final_path = pathFor(ref.sha256);
  std::error_code ec;
  // Content-addressed: an existing blob of the right size already holds these bytes.
  if (const auto size = std::filesystem::file_size(final_path, ec); !ec && size == data.size()) return ref;

  const auto dir = final_path.parent_path();
  const auto tmp_dir = root_ / "tmp";
  for (const auto& d : {dir, tmp_dir}) {
    std::filesystem::create_directories(d, ec);
    if (ec) return fail(ioError("cannot create the blob folder", d, ec.value()));
  }
  const auto tmp = tmp_dir / fmt::format("{}.{}.tmp", ref.sha256.substr(0, 16), toHex(randomBytes(8)));
  if (auto ok = writeFileDurably(tmp, data); !ok) {
    std::filesystem::remove(tmp, ec);
    return fail(ok.error());
  }
  // rename() is atomic: concurrent writers of the same bytes race harmlessly.
  if (::rename(tmp.c_str(), final_path.c_str()) != 0) {
    const int err = errno;
    std::filesystem::remove(tmp, ec);
    return fail(ioError("cannot move the blob into place at", final_path, err));
  }
  if (auto ok = fsyncPath(dir, O_RDONLY | O_DIRECTORY); !ok) return fail(ok.error());
  return ref;
}

Result<std::string> FileBlobStore::get(const std::string& sha256) {
  if (!isValidKey(sha256)) return fail(malformedKey(sha256));
  const auto path = pathFor(sha256);
  auto bytes = readWholeFile(path);
  if (!bytes) {
    if (errno == ENOENT) return fail(ErrorCode::kNotFound, fmt::format("no blob {}", sha256), {{"sha256", sha256}});
    return fail(ioError("cannot read the blob", path, errno));
  }
  return std::move(*bytes);
}

std::optional<std::filesystem::path> FileBlobStore::localPath(const std::string& sha256) {
  if (!isValidKey(sha256)) return std::nullopt;
  auto path = pathFor(sha256);
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) return std::nullopt;
  return path;
}

bool FileBlobStore::exists(const std::string& sha256) {
  return localPath(sha256).has_value();
}

}  // namespace kiln::store
