#pragma once
// One open kiln.db: a pool of reader connections plus the group-commit
// writer, shared by the job and upload stores of a process.

#include <filesystem>
#include <memory>

#include "core/result.h"
#include "store/sqlite/connection_pool.h"
#include "store/sqlite/write_queue.h"

namespace kiln::store::sqlite {

/// Thread-safe. Opening migrates the schema (see migrations.h) and registers
/// kiln's SQL functions on the writer connection.
class Database {
 public:
  static Result<std::shared_ptr<Database>> open(const std::filesystem::path& path);

  ConnectionPool& readers() { return readers_; }
  WriteQueue& writer() { return *writer_; }
  const std::filesystem::path& path() const { return path_; }

 private:
  Database(std::filesystem::path path, std::unique_ptr<Connection> writer_conn)
      : path_(path), readers_(std::move(path)), writer_(std::make_unique<WriteQueue>(std::move(writer_conn))) {}

  std::filesystem::path path_;
  ConnectionPool readers_;
  std::unique_ptr<WriteQueue> writer_;
};

}  // namespace kiln::store::sqlite
