#include "api/run_times.h"

#include "core/clock.h"

namespace kiln::api {

RunTimes::RunTimes(Source source, int64_t start_ms, int64_t refresh_ms)
    : source_(std::move(source)), refresh_ms_(refresh_ms), after_ms_(start_ms) {}

std::optional<double> RunTimes::averageSeconds(const std::string& engine, const std::string& tier) {
  std::lock_guard lock(mutex_);
  const int64_t now = monotonicMs();
  if (last_refresh_ms_ < 0 || now - last_refresh_ms_ >= refresh_ms_) refreshLocked(now);
  auto it = average_s_.find({engine, tier});
  if (it == average_s_.end()) return std::nullopt;
  return it->second;
}

void RunTimes::refreshLocked(int64_t now_ms) {
  last_refresh_ms_ = now_ms;
  constexpr int kPage = 500;
  // Bounded per refresh so one status request never reads a long backlog.
  for (int page = 0; page < 4; ++page) {
    auto runs = source_(after_ms_, after_id_, kPage);
    if (!runs || runs->empty()) return;
    for (const auto& run : *runs) {
      after_ms_ = run.finished_at_ms;
      after_id_ = run.id;
      if (run.state != store::JobState::kSucceeded || run.started_at_ms <= 0 || run.finished_at_ms < run.started_at_ms) {
        continue;
      }
      const double seconds = static_cast<double>(run.finished_at_ms - run.started_at_ms) / 1000.0;
      auto [it, inserted] = average_s_.try_emplace({run.engine, run.tier}, seconds);
      if (!inserted) it->second += kAlpha * (seconds - it->second);
    }
    if (runs->size() < static_cast<size_t>(kPage)) return;
  }
}

}  // namespace kiln::api
