#pragma once
// Result<T>: the return type of every operation that can fail on user input.

#include <expected>

#include "core/error.h"

namespace kiln {

template <typename T>
using Result = std::expected<T, Error>;

/// Result of an operation that returns nothing on success.
using Status = std::expected<void, Error>;

/// Wraps an Error for returning from a function that returns Result<T>.
inline std::unexpected<Error> fail(ErrorCode code, std::string message,
                                   nlohmann::json details = nlohmann::json::object()) {
  return std::unexpected(makeError(code, std::move(message), std::move(details)));
}

inline std::unexpected<Error> fail(Error error) { return std::unexpected(std::move(error)); }

}  // namespace kiln
