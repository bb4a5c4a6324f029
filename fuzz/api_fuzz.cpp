// libFuzzer target: request bodies into every dialect's request parser,
// through the real router, authentication, idempotency and intake, on a
// real store in a scratch directory — the native /v1 jobs, uploads and
// webhooks, Forge, Studio and Renders. The first input byte chooses the
// route, the second a few request options, the rest is the body; for
// uploads the body is also PUT to the slot it creates (media sniffing).
#include <unistd.h>

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include <nlohmann/json.hpp>

#include "accounts/api_key.h"
#include "api/api.h"
#include "engines/sculpt/subject_library.h"
#include "fuzz/seeds.h"
#include "http/message.h"
#include "store/store.h"

namespace {

using namespace kiln;
namespace fs = std::filesystem;

struct Route {
  const char* method;
  const char* path;
  bool keyed;  // needs the API key
};
constexpr Route kRoutes[] = {
    {"POST", "/v1/jobs", false},          {"POST", "/v1/jobs", true},          {"POST", "/api/forge", false},
    {"POST", "/api/v1/generate", true},   {"POST", "/api/v1/miniature", true}, {"POST", "/api/v1/renders", true},
    {"POST", "/v1/uploads", false},       {"POST", "/api/forge-upload", false}, {"POST", "/api/v1/uploads", true},
    {"POST", "/v1/webhooks", true},       {"GET", "/v1/jobs", false},
};
constexpr size_t kRouteCount = sizeof(kRoutes) / sizeof(kRoutes[0]);

// One server's worth of state; rebuilt every so often so the store stays small.
struct World {
  fs::path dir;
  store::Stores stores;
  engines::Registry registry = engines::Registry::withBuiltins();
  http::Metrics metrics;
  std::unique_ptr<api::ApiContext> ctx;
  http::Router router;
  std::string key;

  explicit World(fs::path data_dir) : dir(std::move(data_dir)) {
    auto opened = store::openDataDir(dir);
    if (!opened) std::abort();
    stores = std::move(*opened);
    (void)stores.accounts->ensureWorkspace("ws_fuzz", "fuzz");
    key = accounts::generateApiKey();
    (void)stores.accounts->createKey(accounts::apiKeyHash(key), accounts::apiKeyHint(key), "fuzz", {"ws_fuzz"});
    (void)stores.accounts->grantCredits("ws_fuzz", 1'000'000'000, "fuzz");
    ctx = std::make_unique<api::ApiContext>();
    ctx->stores = &stores;
    ctx->registry = &registry;
    ctx->metrics = &metrics;
    ctx->config.public_base_url = "http://127.0.0.1:8080";
    ctx->config.anonymous_jobs_per_minute = 0;
    ctx->config.keyed_jobs_per_minute = 0;
    // No DNS from a fuzzer: webhook hosts are parsed but never looked up.
    ctx->config.webhook_allow_private = true;
    api::addAllRoutes(router, *ctx);
  }
  ~World() {
    ctx.reset();
    stores = {};
    std::error_code ec;
    fs::remove_all(dir, ec);
  }
};

fs::path scratchDir() {
  const fs::path shm = "/dev/shm";
  const fs::path base = fs::is_directory(shm) ? shm : fs::temp_directory_path();
  return base / ("kiln-fuzz-api-" + std::to_string(::getpid()));
}

std::unique_ptr<World>& world() {
  static std::unique_ptr<World> w;
  return w;
}

// Runs a reply to its end: deferred replies (photo checks on the blocking
// pool) are polled for a bounded time, then time out as the server would.
http::Response finish(http::Reply reply) {
  if (auto* r = std::get_if<http::Response>(&reply)) return std::move(*r);
  if (auto* d = std::get_if<http::DeferredReply>(&reply)) {
    for (int i = 0; i < 2000; ++i) {
      if (auto r = d->poll()) return std::move(*r);
      std::this_thread::sleep_for(std::chrono::microseconds(200));
    }
    return d->on_timeout();
  }
  return {};
}

http::Response send(World& w, const std::string& method, const std::string& target, std::string body,
                    const http::Headers& headers) {
  http::Request request;
  request.method = method;
  request.target = target;
  const auto q = target.find('?');
  request.path = target.substr(0, q);
  if (q != std::string::npos) {
    request.raw_query = target.substr(q + 1);
    request.query = http::parseQuery(request.raw_query);
  }
  request.headers = headers;
  request.body = std::move(body);
  request.remote_ip = "127.0.0.1";
  request.request_id = "req_fuzz";
  request.base_url = "http://127.0.0.1:8080";
  auto match = w.router.match(request.method, request.path);
  if (match.route == nullptr) return {};
  if (request.body.size() > match.route->max_body_bytes) return {};
  request.path_params = match.params;
  return finish(match.route->handler(request));
}

std::vector<fuzz::Seed> seeds() {
  std::vector<fuzz::Seed> out;
  auto add = [&](uint8_t route, uint8_t options, const std::string& body) {
    fuzz::Seed s = {route, options};
    s.insert(s.end(), body.begin(), body.end());
    out.push_back(std::move(s));
  };
  add(0, 0, R"({"tier":"draft","input":{"prompt":"a red barrel"},"outputs":["glb","stl"],"seed":3})");
  add(1, 1, R"({"kind":"lithophane","input":{"images":["upl_nope"]},"params":{"shape":"arc"},"webhook_url":"https://example.com/h"})");
  add(2, 0, R"({"prompt":"a teapot","tier":"draft","aspect_ratio":"1:1","backend":"sculpt"})");
  add(2, 0, R"({"image_urls":["http://127.0.0.1:8080/u/upl_x"],"tier":"draft"})");
  add(3, 0, R"({"prompt":"a mushroom","format":"glb","quality":"draft"})");
  add(4, 0, R"({"prompt":"a knight","height_mm":32,"base":"round"})");
  add(5, 0, R"({"model_id":"job_x","style":"studio","width":512,"height":512})");
  add(6, 0, R"({"content_type":"image/png","size_bytes":1024})");
  add(7, 0, R"({"content_type":"image/jpeg","size_bytes":2048})");
  add(8, 0, R"({"content_type":"model/gltf-binary","size_bytes":4096})");
  add(9, 0, R"({"url":"https://hooks.example.com/kiln"})");
  add(10, 0, "");
  add(6, 4, "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x02\x00\x00\x00");
  return out;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) {
  kiln::fuzz::plantSeeds(*argc, *argv, seeds());
  // The subject library loads once per process, on the first prompt a
  // server checks (several seconds under the sanitizers): load it here, not
  // inside whichever input happens to be first.
  (void)kiln::engines::sculpt::SubjectLibrary::current();
  std::atexit([] { world().reset(); });
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static int64_t runs = 0;
  if (size < 2) return 0;
  auto& w = world();
  // Rebuilt every 2 000 inputs: a store that keeps every job ever created
  // makes each listing slower, and the fuzzer with it.
  if (!w || ++runs % 2'000 == 0) {
    w.reset();
    w = std::make_unique<World>(scratchDir());
  }
  const Route& route = kRoutes[data[0] % kRouteCount];
  const uint8_t options = data[1];
  std::string body(reinterpret_cast<const char*>(data + 2), size - 2);
  http::Headers headers;
  headers.set("Content-Type", "application/json");
  if (route.keyed || (options & 1)) headers.set("Authorization", "Bearer " + w->key);
  if (options & 2) headers.set("Idempotency-Key", "fuzz-" + std::to_string(options >> 4));
  if (options & 8) headers.set("x-workspace-id", "ws_fuzz");
  std::string target = route.path;
  if (route.method == std::string("GET")) {
    target += "?" + body;
    body.clear();
  }
  if (options & 4) {
    // An upload: a valid slot, then the input's bytes PUT to it.
    const std::string slot_body = nlohmann::json{{"content_type", "image/png"}, {"size_bytes", body.size()}}.dump();
    auto slot = send(*w, "POST", "/v1/uploads", slot_body, headers);
    const auto json = nlohmann::json::parse(slot.body, nullptr, false);
    if (json.is_object() && json.contains("upload_url") && json["upload_url"].is_string()) {
      std::string url = json["upload_url"];
      if (const auto at = url.find("/", url.find("://") + 3); at != std::string::npos) url = url.substr(at);
      http::Headers put_headers;
      put_headers.set("Content-Type", "image/png");
      (void)send(*w, "PUT", url, body, put_headers);
    }
    return 0;
  }
  (void)send(*w, route.method, target, std::move(body), headers);
  return 0;
}
