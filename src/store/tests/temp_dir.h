#pragma once
// A fresh directory under the system temp folder, removed with its contents.

#include <filesystem>
#include <string>

#include "core/crypto.h"

namespace kiln::store::testing {

class TempDir {
 public:
  TempDir() : path_(std::filesystem::temp_directory_path() / ("kiln-store-test-" + toHex(randomBytes(8)))) {
    std::filesystem::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

}  // namespace kiln::store::testing
