#include "api/auth.h"

#include <algorithm>

#include <fmt/format.h>

#include "accounts/api_key.h"
#include "core/crypto.h"

namespace kiln::api {
namespace {

// One body for every bad key: callers cannot tell unknown from revoked or
// malformed, and the key is never echoed.
Error badKey() {
  return makeError(ErrorCode::kUnauthenticated,
                   "the API key is missing, malformed, unknown or revoked; send Authorization: Bearer <key> with a "
                   "key from `kiln keys create`",
                   {{"header", "Authorization"}});
}

bool isValidIdempotencyKey(std::string_view key) {
  if (key.empty() || key.size() > 255) return false;
  return std::all_of(key.begin(), key.end(), [](char c) { return c >= 0x21 && c <= 0x7e; });
}

nlohmann::json headersJson(const http::Headers& headers) {
  nlohmann::json out = nlohmann::json::object();
  for (const auto& [name, value] : headers.all()) out[name] = value;
  return out;
}

// Stores `response` under the claimed key (or drops the claim for responses
// a retry should not get back).
void settle(ApiContext& ctx, const store::IdempotencyClaim& claim, const http::Response& response) {
  if (response.status == 429 || response.status == 503) {
    (void)ctx.stores->accounts->abandonIdempotent(claim);
    return;
  }
  (void)ctx.stores->accounts->completeIdempotent(claim, response.status, headersJson(response.headers),
                                                 response.body);
}

}  // namespace

http::Response errorReply(const Error& error, ErrorStyle style) {
  http::Response r = http::errorResponse(error);
  if (style == ErrorStyle::kCompact) {
    r = http::jsonResponse(httpStatusFor(error.code),
                           {{"error", {{"code", errorCodeName(error.code)}, {"message", error.message}}}});
  }
  if (error.code == ErrorCode::kUnauthenticated) r.headers.set("WWW-Authenticate", "Bearer");
  return r;
}

Result<Principal> authenticate(ApiContext& ctx, const http::Request& request, Access access) {
  Principal p;
  p.remote_ip = request.remote_ip;
  const auto authorization = request.headers.get("authorization");
  const auto workspace_header = request.headers.get("x-workspace-id");
  if (!authorization || authorization->empty()) {
    if (access == Access::kRequired || workspace_header) return fail(badKey());
    return p;
  }
  std::string_view value = *authorization;
  constexpr std::string_view kScheme = "bearer ";
  if (value.size() <= kScheme.size()) return fail(badKey());
  std::string scheme(value.substr(0, kScheme.size()));
  std::transform(scheme.begin(), scheme.end(), scheme.begin(), [](unsigned char c) { return std::tolower(c); });
  if (scheme != kScheme) return fail(badKey());
  std::string_view key = value.substr(kScheme.size());
  while (!key.empty() && key.front() == ' ') key.remove_prefix(1);
  while (!key.empty() && key.back() == ' ') key.remove_suffix(1);
  // The checksum rejects typos and junk without touching the database.
  if (!accounts::isWellFormedApiKey(key)) return fail(badKey());
  auto found = ctx.stores->accounts->findKeyByHash(accounts::apiKeyHash(key));
  if (!found) return fail(found.error());
  if (!*found || (*found)->isRevoked() || (*found)->workspace_ids.empty()) return fail(badKey());
  const auto& record = **found;
  p.anonymous = false;
  p.key_id = record.id;
  p.key_hint = record.hint;
  p.workspace_ids = record.workspace_ids;
  p.workspace_id = record.workspace_ids.front();
  if (workspace_header && !workspace_header->empty()) {
    if (std::find(record.workspace_ids.begin(), record.workspace_ids.end(), *workspace_header) ==
        record.workspace_ids.end()) {
      return fail(ErrorCode::kNotFound,
                  fmt::format("this key has no workspace '{}'; GET /v1/workspaces lists the ones it can use",
                              *workspace_header),
                  {{"header", "x-workspace-id"}});
    }
    p.workspace_id = *workspace_header;
  }
  return p;
}

http::Handler guarded(ApiContext& ctx, RoutePolicy policy, AuthedHandler handler) {
  return [&ctx, policy, handler = std::move(handler)](http::Request& request) -> http::Reply {
    auto principal = authenticate(ctx, request, policy.access);
    if (!principal) return errorReply(principal.error(), policy.errors);
    const auto key_header = request.headers.get("idempotency-key");
    if (request.method != "POST" || !key_header) return handler(request, *principal);

    std::string key = *key_header;
    // The draft sends the key as a structured-field string ("…").
    if (key.size() >= 2 && key.front() == '"' && key.back() == '"') key = key.substr(1, key.size() - 2);
    if (!isValidIdempotencyKey(key)) {
      return errorReply(makeError(ErrorCode::kInvalidArgument,
                                  "Idempotency-Key must be 1 to 255 visible ASCII characters (a UUID is a good choice)",
                                  {{"header", "Idempotency-Key"}}),
                        policy.errors);
    }
    const std::string scope = principal->idempotencyScope();
    const std::string fingerprint = sha256Hex(fmt::format("{} {}\n{}", request.method, request.path, request.body));
    auto begun =
        ctx.stores->accounts->beginIdempotent(scope, key, fingerprint, kIdempotencyKeepMs, kIdempotencyInFlightMs);
    if (!begun) return errorReply(begun.error(), policy.errors);
    using Outcome = store::IdempotencyBegin::Outcome;
    switch (begun->outcome) {
      case Outcome::kMismatch:
        return errorReply(makeError(ErrorCode::kUnprocessable,
                                    "this Idempotency-Key was already used with a different request; use a new key "
                                    "for a new request",
                                    {{"header", "Idempotency-Key"}}),
                          policy.errors);
      case Outcome::kInFlight: {
        http::Response r = errorReply(
            makeError(ErrorCode::kConflict,
                      "a request with this Idempotency-Key is still being processed; retry after it finishes",
                      {{"header", "Idempotency-Key"}}),
            policy.errors);
        r.headers.set("Retry-After", "1");
        return r;
      }
      case Outcome::kReplay: {
        http::Response r;
        r.status = begun->status;
        for (const auto& [name, value] : begun->headers.items()) {
          if (value.is_string()) r.headers.set(name, value.get<std::string>());
        }
        r.body = begun->body;
        r.headers.set("Idempotent-Replayed", "true");
        return r;
      }
      case Outcome::kStarted:
        break;
    }
    const store::IdempotencyClaim claim = begun->claim;
    Principal caller = *principal;
    caller.idempotency = claim;
    http::Reply reply;
    try {
      reply = handler(request, caller);
    } catch (...) {
      (void)ctx.stores->accounts->abandonIdempotent(claim);
      throw;
    }
    if (auto* response = std::get_if<http::Response>(&reply)) {
      settle(ctx, claim, *response);
    } else if (auto* deferred = std::get_if<http::DeferredReply>(&reply)) {
      auto poll = std::move(deferred->poll);
      auto on_timeout = std::move(deferred->on_timeout);
      deferred->poll = [&ctx, claim, poll]() -> std::optional<http::Response> {
        auto r = poll();
        if (r) settle(ctx, claim, *r);
        return r;
      };
      deferred->on_timeout = [&ctx, claim, on_timeout]() -> http::Response {
        auto r = on_timeout();
        settle(ctx, claim, r);
        return r;
      };
    } else {
      (void)ctx.stores->accounts->abandonIdempotent(claim);
    }
    return reply;
  };
}

}  // namespace kiln::api
