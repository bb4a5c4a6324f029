#pragma once
// Rendered status bodies of finished jobs. A succeeded, failed or canceled
// job never changes again, so GET /v1/jobs/{id} for it can reuse the JSON it
// rendered a moment ago — except for the signed artifact URLs, whose expiry
// is in whole seconds, so an entry is valid only within the second it was
// rendered (and for the same base URL and owner). Polling clients hit this
// path hardest. Thread-safe; memory is bounded (each shard is cleared when
// it grows past kMaxPerShard).

#include <array>
#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

namespace kiln::api {

class FinishedJobCache {
 public:
  static constexpr size_t kShards = 16;
  static constexpr size_t kMaxPerShard = 4096;

  /// The body rendered for `job_id` during `unix_second` for this base URL and
  /// owner, if any.
  std::optional<std::string> find(const std::string& job_id, int64_t unix_second, const std::string& base_url,
                                  const std::string& workspace_id);
  void store(const std::string& job_id, int64_t unix_second, const std::string& base_url,
             const std::string& workspace_id, std::string body);

 private:
  struct Entry {
    int64_t second = 0;
    std::string base_url;
    std::string workspace_id;
    std::string body;
  };
  struct Shard {
    std::mutex mutex;
    std::unordered_map<std::string, Entry> entries;
  };
  Shard& shardFor(const std::string& job_id);
  std::array<Shard, kShards> shards_;
};

}  // namespace kiln::api
