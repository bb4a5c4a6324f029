#include "core/error.h"

namespace kiln {

std::string_view errorCodeName(ErrorCode code) {
  switch (code) {
    case ErrorCode::kInvalidArgument: return "invalid_argument";
    case ErrorCode::kUnknownParameter: return "unknown_parameter";
    case ErrorCode::kUnauthenticated: return "unauthenticated";
    case ErrorCode::kPaymentRequired: return "insufficient_credits";
    case ErrorCode::kNotFound: return "not_found";
    case ErrorCode::kConflict: return "conflict";
    case ErrorCode::kTooLarge: return "too_large";
    case ErrorCode::kUnsupportedMedia: return "unsupported_media_type";
    case ErrorCode::kUnprocessable: return "unprocessable";
    case ErrorCode::kUnknownSubject: return "unknown_subject";
    case ErrorCode::kRateLimited: return "rate_limited";
    case ErrorCode::kCanceled: return "canceled";
    case ErrorCode::kIo: return "io_error";
    case ErrorCode::kInternal: return "internal";
    case ErrorCode::kUnavailable: return "unavailable";
  }
  return "internal";
}

int httpStatusFor(ErrorCode code) {
  switch (code) {
    case ErrorCode::kInvalidArgument:
    case ErrorCode::kUnknownParameter: return 400;
    case ErrorCode::kUnauthenticated: return 401;
    case ErrorCode::kPaymentRequired: return 402;
    case ErrorCode::kNotFound: return 404;
    case ErrorCode::kConflict:
    case ErrorCode::kCanceled: return 409;
    case ErrorCode::kTooLarge: return 413;
    case ErrorCode::kUnsupportedMedia: return 415;
    case ErrorCode::kUnprocessable:
    case ErrorCode::kUnknownSubject: return 422;
    case ErrorCode::kRateLimited: return 429;
    case ErrorCode::kIo:
    case ErrorCode::kInternal: return 500;
    case ErrorCode::kUnavailable: return 503;
  }
  return 500;
}

nlohmann::json Error::toJson() const {
  return {{"error", {{"code", errorCodeName(code)}, {"message", message}, {"details", details}}}};
}

Error makeError(ErrorCode code, std::string message, nlohmann::json details) {
  return Error{code, std::move(message), std::move(details)};
}

}  // namespace kiln
