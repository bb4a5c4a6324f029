#pragma once
// Measured run times per engine and tier, for the ETAs in job statuses.
// Runs happen in worker processes, possibly on other machines; the store is
// where they meet, so this follows the store's finished runs (a watermark on
// finished_at, like the metrics) and keeps an exponential moving average of
// the succeeded ones. Until an engine and tier have been measured, the ETA
// falls back to the catalog's estimate.

#include <cstdint>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/result.h"
#include "store/job_store.h"

namespace kiln::api {

class RunTimes {
 public:
  /// Reads finished runs after a watermark (JobStore::finishedSince).
  using Source = std::function<Result<std::vector<store::FinishedRun>>(int64_t after_ms, const std::string& after_id,
                                                                     int limit)>;
  /// Follows `source` from `start_ms` (runs that finished earlier are not
  /// read), refreshing at most every `refresh_ms`.
  RunTimes(Source source, int64_t start_ms, int64_t refresh_ms = 2'000);

  /// Weight of the newest run in the moving average.
  static constexpr double kAlpha = 0.2;

  /// The average run time of succeeded `engine` jobs at `tier`, in seconds,
  /// reading new runs first when the last read is older than refresh_ms.
  /// nullopt until one has been measured. Thread-safe.
  std::optional<double> averageSeconds(const std::string& engine, const std::string& tier);

 private:
  void refreshLocked(int64_t now_ms);

  Source source_;
  const int64_t refresh_ms_;
  std::mutex mutex_;
  int64_t after_ms_;
  std::string after_id_;
  int64_t last_refresh_ms_ = -1;
  std::map<std::pair<std::string, std::string>, double> average_s_;
};

}  // namespace kiln::api
