#include "store/job_store.h"

namespace kiln::store {

std::string_view jobStateName(JobState state) {
  switch (state) {
    case JobState::kQueued: return "queued";
    case JobState::kRunning: return "running";
    case JobState::kSucceeded: return "succeeded";
    case JobState::kFailed: return "failed";
    case JobState::kCanceled: return "canceled";
  }
  return "queued";
}

std::optional<JobState> parseJobState(std::string_view name) {
  for (JobState s : {JobState::kQueued, JobState::kRunning, JobState::kSucceeded, JobState::kFailed,
                     JobState::kCanceled}) {
    if (jobStateName(s) == name) return s;
  }
  return std::nullopt;
}

}  // namespace kiln::store
