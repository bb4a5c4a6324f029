#pragma once
// Wall-clock and monotonic time in milliseconds.

#include <cstdint>
#include <string>

namespace kiln {

/// Milliseconds since the Unix epoch (system clock).
int64_t nowUnixMs();
/// Milliseconds from an arbitrary origin (steady clock), for durations.
int64_t monotonicMs();
/// RFC 3339 UTC with milliseconds, e.g. "2026-11-26T03:31:43.120Z".
std::string formatRfc3339(int64_t unix_ms);

}  // namespace kiln
