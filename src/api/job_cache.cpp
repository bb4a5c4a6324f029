#include "api/job_cache.h"

#include <functional>

namespace kiln::api {

FinishedJobCache::Shard& FinishedJobCache::shardFor(const std::string& job_id) {
  return shards_[std::hash<std::string>{}(job_id) % kShards];
}

std::optional<std::string> FinishedJobCache::find(const std::string& job_id, int64_t unix_second,
                                                  const std::string& base_url, const std::string& workspace_id) {
  Shard& shard = shardFor(job_id);
  std::lock_guard lock(shard.mutex);
  auto it = shard.entries.find(job_id);
  if (it == shard.entries.end() || it->second.second != unix_second || it->second.base_url != base_url ||
      it->second.workspace_id != workspace_id) {
    return std::nullopt;
  }
  return it->second.body;
}

void FinishedJobCache::store(const std::string& job_id, int64_t unix_second, const std::string& base_url,
                             const std::string& workspace_id, std::string body) {
  Shard& shard = shardFor(job_id);
  std::lock_guard lock(shard.mutex);
  if (shard.entries.size() >= kMaxPerShard) shard.entries.clear();
  shard.entries[job_id] = Entry{unix_second, base_url, workspace_id, std::move(body)};
}

}  // namespace kiln::api
