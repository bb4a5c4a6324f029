// Account routes of the native API: who am I, workspaces, the credits ledger,
// and webhook endpoints (DESIGN.md §4). All need an API key.
#include <charconv>

#include <fmt/format.h>

#include "accounts/webhook_target.h"
#include "api/api.h"
#include "api/auth.h"
#include "api/job_view.h"
#include "core/clock.h"

namespace kiln::api {
namespace {

using http::Reply;
using http::Request;

nlohmann::json balanceJson(const store::CreditBalance& b) {
  return {{"balance", b.available()}, {"granted", b.granted}, {"captured", b.captured}, {"reserved", b.reserved}};
}

Reply getMe(ApiContext& ctx, const Principal& p) {
  auto workspace = ctx.stores->accounts->getWorkspace(p.workspace_id);
  if (!workspace) return http::errorResponse(workspace.error());
  auto balance = ctx.stores->accounts->balance(p.workspace_id);
  if (!balance) return http::errorResponse(balance.error());
  return http::jsonResponse(
      200, {{"workspace", {{"id", workspace->id}, {"name", workspace->name}}},
            {"key", {{"id", p.key_id}, {"hint", "…" + p.key_hint}, {"workspaces", p.workspace_ids}}},
            {"credits", balanceJson(*balance)},
            {"rate_limit", {{"jobs_per_minute", ctx.config.keyed_jobs_per_minute}}}});
}

Reply getWorkspaces(ApiContext& ctx, const Principal& p) {
  nlohmann::json data = nlohmann::json::array();
  for (const auto& id : p.workspace_ids) {
    auto workspace = ctx.stores->accounts->getWorkspace(id);
    auto balance = ctx.stores->accounts->balance(id);
    if (!workspace || !balance) continue;
    data.push_back({{"id", id}, {"name", workspace->name}, {"selected", id == p.workspace_id},
                    {"credits", balanceJson(*balance)}});
  }
  return http::jsonResponse(200, {{"data", data}});
}

Reply getUsage(ApiContext& ctx, Request& request, const Principal& p) {
  int limit = 50;
  int64_t before = 0;
  if (auto v = request.queryParam("limit")) {
    auto [ptr, ec] = std::from_chars(v->data(), v->data() + v->size(), limit);
    if (ec != std::errc() || ptr != v->data() + v->size() || limit < 1 || limit > 500) {
      return http::errorResponse(
          makeError(ErrorCode::kInvalidArgument, "limit must be an integer from 1 to 500", {{"field", "limit"}}));
    }
  }
  if (auto v = request.queryParam("cursor")) {
    auto [ptr, ec] = std::from_chars(v->data(), v->data() + v->size(), before);
    if (ec != std::errc() || ptr != v->data() + v->size() || before < 1) {
      return http::errorResponse(makeError(ErrorCode::kInvalidArgument,
                                           "cursor is not one this server issued; pass next_cursor unchanged",
                                           {{"field", "cursor"}}));
    }
  }
  auto page = ctx.stores->accounts->ledger(p.workspace_id, before, limit);
  if (!page) return http::errorResponse(page.error());
  auto balance = ctx.stores->accounts->balance(p.workspace_id);
  if (!balance) return http::errorResponse(balance.error());
  nlohmann::json data = nlohmann::json::array();
  for (const auto& e : page->entries) {
    data.push_back({{"id", e.id}, {"kind", e.kind}, {"amount", e.amount},
                    {"job_id", e.job_id.empty() ? nlohmann::json(nullptr) : nlohmann::json(e.job_id)},
                    {"note", e.note}, {"created_at", formatRfc3339(e.created_at_ms)}});
  }
  return http::jsonResponse(200, {{"workspace_id", p.workspace_id},
                                  {"credits", balanceJson(*balance)},
                                  {"data", data},
                                  {"next_cursor", page->next_before > 0 ? nlohmann::json(std::to_string(page->next_before))
                                                                        : nlohmann::json(nullptr)}});
}

nlohmann::json endpointJson(const store::WebhookEndpoint& e) {
  return {{"id", e.id}, {"url", e.url}, {"secret", e.secret}, {"enabled", e.enabled},
          {"disabled_reason", e.disabled_reason.empty() ? nlohmann::json(nullptr) : nlohmann::json(e.disabled_reason)},
          {"created_at", formatRfc3339(e.created_at_ms)}};
}

Reply listWebhooks(ApiContext& ctx, const Principal& p) {
  auto endpoints = ctx.stores->accounts->listEndpoints(p.workspace_id);
  if (!endpoints) return http::errorResponse(endpoints.error());
  auto workspace = ctx.stores->accounts->getWorkspace(p.workspace_id);
  if (!workspace) return http::errorResponse(workspace.error());
  nlohmann::json data = nlohmann::json::array();
  for (const auto& e : *endpoints) data.push_back(endpointJson(e));
  return http::jsonResponse(200, {{"data", data}, {"job_webhook_secret", workspace->webhook_secret}});
}

Reply createWebhook(ApiContext& ctx, Request& request, const Principal& p) {
  auto body = parseJsonBody(request);
  if (!body) return http::errorResponse(body.error());
  for (const auto& [key, value] : body->items()) {
    if (key != "url") {
      return http::errorResponse(makeError(ErrorCode::kUnknownParameter,
                                           fmt::format("unknown field '{}'; a webhook endpoint takes url", key),
                                           {{"field", key}}));
    }
  }
  if (!body->contains("url") || !(*body)["url"].is_string()) {
    return http::errorResponse(
        makeError(ErrorCode::kInvalidArgument, "url is required: where to POST job events", {{"field", "url"}}));
  }
  const auto url = (*body)["url"].get<std::string>();
  auto refused = [](Error e) {
    e.details["field"] = "url";
    return http::errorResponse(e);
  };
  auto literal = accounts::resolveWebhookTarget(url, ctx.config.webhook_allow_private, {});
  if (!literal) return refused(literal.error());
  auto create = [&ctx, url, workspace_id = p.workspace_id]() -> http::Response {
    auto endpoint = ctx.stores->accounts->createEndpoint(workspace_id, url);
    if (!endpoint) return http::errorResponse(endpoint.error());
    return http::jsonResponse(201, endpointJson(*endpoint));
  };
  if (ctx.config.webhook_allow_private || !literal->addresses.empty()) return create();
  // A name: resolve it once, off the I/O threads, and check every address.
  return afterBlocking(
      *ctx.blocking, [url]() { return accounts::checkWebhookTarget(url, false, true); },
      [create, refused](Status checked) -> Reply {
        if (!checked) return refused(checked.error());
        return create();
      },
      [] {
        http::Response r = http::errorResponse(
            makeError(ErrorCode::kUnavailable, "every slot for webhook URL lookups is busy; retry in a second"));
        r.headers.set("Retry-After", "1");
        return r;
      },
      [] {
        return http::errorResponse(
            makeError(ErrorCode::kUnavailable, "looking up the webhook URL's host took longer than 30 s; retry"));
      },
      30'000, 1'000);
}

Reply deleteWebhook(ApiContext& ctx, Request& request, const Principal& p) {
  auto ok = ctx.stores->accounts->deleteEndpoint(p.workspace_id, request.path_params["id"]);
  if (!ok) return http::errorResponse(ok.error());
  return http::jsonResponse(200, {{"deleted", true}, {"id", request.path_params["id"]}});
}

Reply listDeliveries(ApiContext& ctx, const Principal& p) {
  auto deliveries = ctx.stores->accounts->listDeliveries(p.workspace_id, 100);
  if (!deliveries) return http::errorResponse(deliveries.error());
  nlohmann::json data = nlohmann::json::array();
  for (const auto& d : *deliveries) {
    data.push_back({{"id", d.id}, {"job_id", d.job_id}, {"endpoint_id", d.endpoint_id.empty() ? nlohmann::json(nullptr) : nlohmann::json(d.endpoint_id)},
                    {"url", d.url}, {"type", d.event_type}, {"state", d.state}, {"attempts", d.attempts},
                    {"last_status", d.last_status}, {"last_error", d.last_error},
                    {"next_attempt_at", d.state == "pending" ? nlohmann::json(formatRfc3339(d.next_attempt_ms)) : nlohmann::json(nullptr)},
                    {"created_at", formatRfc3339(d.created_at_ms)}});
  }
  return http::jsonResponse(200, {{"data", data}});
}

}  // namespace

void addAccountRoutes(http::Router& router, ApiContext& ctx) {
  const RoutePolicy keyed{.access = Access::kRequired};
  const nlohmann::json error = {{"description", "error"}, {"content", {{"application/json", {{"schema", {{"$ref", "#/components/schemas/Error"}}}}}}}};
  const nlohmann::json workspace_header = nlohmann::json::array(
      {{{"name", "x-workspace-id"}, {"in", "header"}, {"schema", {{"type", "string"}}},
        {"description", "selects one of the key's workspaces (default: its first)"}}});
  router.add({"GET", "/v1/me", guarded(ctx, keyed, [&ctx](Request&, const Principal& p) { return getMe(ctx, p); }),
              {.summary = "The calling key, its workspace and credit balance", .tags = {"accounts"},
               .responses = {{"200", {{"description", "workspace, key and credits {balance, granted, captured, reserved}"}}}, {"401", error}},
               .parameters = workspace_header}});
  router.add({"GET", "/v1/workspaces", guarded(ctx, keyed, [&ctx](Request&, const Principal& p) { return getWorkspaces(ctx, p); }),
              {.summary = "Workspaces the key can select with x-workspace-id", .tags = {"accounts"},
               .responses = {{"200", {{"description", "workspaces"}}}, {"401", error}}}});
  router.add({"GET", "/v1/usage", guarded(ctx, keyed, [&ctx](Request& r, const Principal& p) { return getUsage(ctx, r, p); }),
              {.summary = "Credits ledger: grants, reservations, captures and releases, newest first",
               .description = "A job's credits are reserved when it is created, captured when it succeeds and "
                              "released when it fails or is canceled.",
               .tags = {"accounts"},
               .responses = {{"200", {{"description", "ledger page"}}}, {"401", error}},
               .parameters = nlohmann::json::array({{{"name", "limit"}, {"in", "query"}, {"schema", {{"type", "integer"}, {"minimum", 1}, {"maximum", 500}}}},
                                                    {{"name", "cursor"}, {"in", "query"}, {"schema", {{"type", "string"}}}},
                                                    workspace_header[0]})}});
  router.add({"GET", "/v1/webhooks", guarded(ctx, keyed, [&ctx](Request&, const Principal& p) { return listWebhooks(ctx, p); }),
              {.summary = "Webhook endpoints of the workspace, and the secret that signs per-job webhook_url deliveries",
               .tags = {"webhooks"}, .responses = {{"200", {{"description", "endpoints"}}}, {"401", error}}}});
  router.add({"POST", "/v1/webhooks", guarded(ctx, keyed, [&ctx](Request& r, const Principal& p) { return createWebhook(ctx, r, p); }),
              {.summary = "Add a webhook endpoint (every job's final state is POSTed to it)",
               .description = "Deliveries carry Standard Webhooks headers (webhook-id, webhook-timestamp, "
                              "webhook-signature v1 = HMAC-SHA256 of id.timestamp.body under the whsec_ secret), "
                              "are retried over about two days, and stop when the receiver answers 410.",
               .tags = {"webhooks"},
               .request_body = {{"required", true}, {"content", {{"application/json", {{"schema", {{"type", "object"}, {"required", {"url"}}, {"properties", {{"url", {{"type", "string"}, {"format", "uri"}}}}}}}}}}}},
               .responses = {{"201", {{"description", "the endpoint with its secret"}}}, {"400", error}, {"401", error}}},
              16 * 1024});
  router.add({"DELETE", "/v1/webhooks/{id}", guarded(ctx, keyed, [&ctx](Request& r, const Principal& p) { return deleteWebhook(ctx, r, p); }),
              {.summary = "Remove a webhook endpoint", .tags = {"webhooks"},
               .responses = {{"200", {{"description", "deleted"}}}, {"404", error}}}});
  router.add({"GET", "/v1/webhooks/deliveries", guarded(ctx, keyed, [&ctx](Request&, const Principal& p) { return listDeliveries(ctx, p); }),
              {.summary = "Recent webhook deliveries and their state", .tags = {"webhooks"},
               .responses = {{"200", {{"description", "deliveries"}}}, {"401", error}}}});
}

}  // namespace kiln::api
