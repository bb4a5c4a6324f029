#pragma once
// Error values for expected failures (bad input, unknown names, I/O). Bugs use
// KILN_ASSERT; see CONVENTIONS.md "Errors have four tiers".

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

namespace kiln {

/// What kind of failure an Error is. Each code maps to one HTTP status
/// (httpStatusFor) and one snake_case name (errorCodeName).
enum class ErrorCode {
  kInvalidArgument,    // 400: a value is malformed or out of range
  kUnknownParameter,   // 400: a key that the schema does not declare
  kUnauthenticated,    // 401
  kPaymentRequired,    // 402
  kNotFound,           // 404
  kConflict,           // 409
  kTooLarge,           // 413
  kUnsupportedMedia,   // 415
  kUnprocessable,      // 422: understood but cannot be made
  kUnknownSubject,     // 422: a prompt whose subject the library does not know
  kRateLimited,        // 429
  kCanceled,           // the operation was canceled by its caller
  kIo,                 // 500: file system or device failure
  kInternal,           // 500: a failure that is not the caller's fault
  kUnavailable,        // 503
};

/// The snake_case name used in JSON error bodies, e.g. "invalid_argument".
std::string_view errorCodeName(ErrorCode code);

/// The HTTP status an ErrorCode maps to (the one place this mapping lives).
int httpStatusFor(ErrorCode code);

/// A failure a user can act on: `message` says what went wrong and how to fix
/// it; `details` names the parameter, limit or alternatives (a JSON object).
struct Error {
  ErrorCode code = ErrorCode::kInternal;
  std::string message;
  nlohmann::json details = nlohmann::json::object();

  /// {"error": {"code": ..., "message": ..., "details": {...}}}
  nlohmann::json toJson() const;
};

/// Shorthand constructor: makeError(ErrorCode::kInvalidArgument, "…", {{"parameter", "tier"}}).
Error makeError(ErrorCode code, std::string message,
                nlohmann::json details = nlohmann::json::object());

}  // namespace kiln
