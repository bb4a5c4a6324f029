#pragma once
// Identifiers: time-sortable and URL-safe (ULID layout: 48-bit milliseconds
// then 80 random bits, Crockford base32), with a kind prefix, e.g.
// "job_01JD3X5Q8RZ6V0K9YB2M4N7P1C". Lexicographic order = creation order
// (within a millisecond the random part is incremented, so ids from one
// process stay strictly increasing).

#include <string>
#include <string_view>

namespace kiln {

/// A new id "<prefix>_<26 chars>". Thread-safe.
std::string newId(std::string_view prefix);

/// True when `id` has the shape newId produces for `prefix` (no lookup).
bool isWellFormedId(std::string_view id, std::string_view prefix);

}  // namespace kiln
