#pragma once
// Who is calling, and the per-request policies that depend on it: bearer-key
// authentication (or the anonymous lane), workspace selection
// (x-workspace-id), and Idempotency-Key handling on every POST
// (IETF httpapi-idempotency-key-header draft; REFERENCES.md).

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "api/api.h"
#include "http/message.h"

namespace kiln::api {

/// The caller of one request.
struct Principal {
  bool anonymous = true;
  std::string workspace_id;                 // "" on the anonymous lane
  std::string key_id;                       // "" on the anonymous lane
  std::string key_hint;                     // last 4 characters of the key
  std::vector<std::string> workspace_ids;   // every workspace the key may select
  std::string remote_ip;
  /// This request's Idempotency-Key claim (POST with the header); handlers
  /// that create a job pass it on in NewJob::idempotency (applyCallerToJob).
  std::optional<store::IdempotencyClaim> idempotency;

  /// "key:<id>" or "ip:<address>": the rate-limit bucket.
  std::string rateKey() const { return anonymous ? "ip:" + remote_ip : "key:" + key_id; }
  /// Idempotency keys are scoped per workspace, or per client address when anonymous.
  std::string idempotencyScope() const { return anonymous ? "ip:" + remote_ip : "ws:" + workspace_id; }
  /// True when this caller may see a resource owned by `owner_workspace_id`.
  bool owns(const std::string& owner_workspace_id) const { return owner_workspace_id == workspace_id; }
};

enum class Access {
  kOptional,  // a key selects a workspace; no key → anonymous lane (a bad key is still 401)
  kRequired,  // 401 without a valid key
};

/// How error bodies look on a route.
enum class ErrorStyle {
  kNative,   // {"error": {"code", "message", "details"}}
  kCompact,  // {"error": {"code", "message"}} (the Renders dialect)
};

struct RoutePolicy {
  Access access = Access::kOptional;
  ErrorStyle errors = ErrorStyle::kNative;
};

/// Resolves `Authorization: Bearer <key>` and `x-workspace-id`. Unknown,
/// revoked, malformed and (for kRequired) missing keys all get the same
/// kUnauthenticated error, which never repeats the key; a workspace the key
/// cannot select is kNotFound.
Result<Principal> authenticate(ApiContext& ctx, const http::Request& request, Access access);

/// An error response in the route's style.
http::Response errorReply(const Error& error, ErrorStyle style);

using AuthedHandler = std::function<http::Reply(http::Request&, const Principal&)>;

/// Wraps a handler: authenticates per `policy`, then, for POST requests with
/// an Idempotency-Key, replays a stored response (same key and body: the
/// stored status, headers and body, plus `Idempotent-Replayed: true`),
/// refuses a reused key with another body (422) or one still in flight
/// (409), and stores the handler's response for 24 h (not 429 or 503, which
/// a retry should get another chance at). Works with deferred replies.
/// A job-creating request links its key to the job in the job's own
/// transaction, so when it dies before answering, a retry gets that job (the
/// handler runs again and JobStore::create returns the linked job). A claim
/// with no job is taken over after kIdempotencyInFlightMs.
http::Handler guarded(ApiContext& ctx, RoutePolicy policy, AuthedHandler handler);

/// How long idempotency records are kept (published in the API docs).
inline constexpr int64_t kIdempotencyKeepMs = 24LL * 3600 * 1000;
/// How long a request holding a key without having created its job yet is
/// presumed alive; a retry after that takes the key over (the old holder's
/// create then fails with 409, so there is never a second job).
inline constexpr int64_t kIdempotencyInFlightMs = 30 * 1000;

}  // namespace kiln::api
