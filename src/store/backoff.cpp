// Retry backoff: capped exponential with deterministic per-job jitter (the
// "exponential + jitter" of Oban; see REFERENCES.md "Job queue semantics").
#include <algorithm>
#include <cmath>
#include <cstdlib>

#include "store/job_store.h"

namespace kiln::store {
namespace {

constexpr double kMaxBackoffSeconds = 60.0;
constexpr double kJitter = 0.2;  // ±20 %

double backoffScale() {
  const char* text = std::getenv("KILN_BACKOFF_SCALE");
  if (text == nullptr || *text == '\0') return 1.0;
  char* end = nullptr;
  const double scale = std::strtod(text, &end);
  return (end != text && std::isfinite(scale) && scale >= 0.0) ? scale : 1.0;
}

// FNV-1a over the id and attempt: the same job retries on the same schedule,
// different jobs spread out.
double unitHash(int attempt, const std::string& job_id) {
  uint64_t h = 1469598103934665603ull;
  auto mix = [&](uint8_t byte) {
    h ^= byte;
    h *= 1099511628211ull;
  };
  for (char c : job_id) mix(static_cast<uint8_t>(c));
  for (int i = 0; i < 4; ++i) mix(static_cast<uint8_t>(attempt >> (8 * i)));
  h ^= h >> 33;
  return static_cast<double>(h >> 11) / static_cast<double>(1ull << 53);
}

}  // namespace

int64_t retryBackoffMs(int attempt, const std::string& job_id) {
  const int n = std::clamp(attempt, 1, 30);
  const double base_s = std::min(std::ldexp(1.0, n), kMaxBackoffSeconds);
  const double jitter = 1.0 - kJitter + 2.0 * kJitter * unitHash(n, job_id);
  return static_cast<int64_t>(std::llround(base_s * 1000.0 * jitter * backoffScale()));
}

}  // namespace kiln::store
