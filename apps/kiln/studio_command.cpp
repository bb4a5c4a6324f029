// `kiln studio …`: the Studio dialect's command-line client
// (contracts/studio.md), with exactly its commands and flags, so scripts
// written for it run unchanged against a kiln server.
#include <cstdlib>
#include <filesystem>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "client/http_client.h"
#include "commands.h"

namespace kiln::app {
namespace {

namespace fs = std::filesystem;

// Exit codes that tell the failures apart (also in `kiln studio --help`).
constexpr int kExitAuth = 3;      // the key was refused
constexpr int kExitNetwork = 4;   // no answer in time / cannot connect
constexpr int kExitJobFailed = 5; // the job failed (its error is printed)

constexpr char kDefaultUrl[] = "http://127.0.0.1:8080";

struct StudioOptions {
  std::string api_key;
  double timeout_s = 60;
  std::string description, style, output_format, prompt, model, job_id, output_dir = "./results";
  int size = 0;
};

// Flag, then the environment, then ./.env; empty means unset at every level.
std::string setting(const std::string& flag, const char* name, const std::string& fallback) {
  if (!flag.empty()) return flag;
  if (const char* v = std::getenv(name); v != nullptr && *v != '\0') return v;
  const auto dotenv = client::readDotEnv(fs::current_path() / ".env");
  if (auto it = dotenv.find(name); it != dotenv.end() && !it->second.empty()) return it->second;
  return fallback;
}

struct Session {
  std::unique_ptr<client::HttpClient> http;
  std::string url;
};

Result<Session> connect(const StudioOptions& o) {
  Session s;
  s.url = setting("", "3D_AI_STUDIO_API_URL", kDefaultUrl);
  while (!s.url.empty() && s.url.back() == '/') s.url.pop_back();
  client::ClientOptions options;
  options.base_url = s.url;
  options.api_key = setting(o.api_key, "3D_AI_STUDIO_API_KEY", "");
  if (options.api_key.empty()) {
    return fail(ErrorCode::kUnauthenticated,
                "no API key: set 3D_AI_STUDIO_API_KEY (in the environment or ./.env) or pass --api-key");
  }
  options.timeout_ms = static_cast<int64_t>(o.timeout_s * 1000.0);
  options.connect_timeout_ms = std::min<int64_t>(options.timeout_ms, 10'000);
  options.user_agent = "kiln-studio-cli/0.1";
  s.http = std::make_unique<client::HttpClient>(options);
  return s;
}

// Prints the failure so a user can tell which kind it is, and returns its exit code.
int report(const Error& e, const std::string& url) {
  if (e.code == ErrorCode::kUnauthenticated) {
    fmt::print(stderr, "authentication failed: {}\n  check the key (3D_AI_STUDIO_API_KEY or --api-key)\n", e.message);
    return kExitAuth;
  }
  if (e.code == ErrorCode::kUnavailable && !e.details.contains("status")) {
    fmt::print(stderr, "network error talking to {}: {}\n  check 3D_AI_STUDIO_API_URL, or raise --timeout\n", url,
               e.message);
    return kExitNetwork;
  }
  fmt::print(stderr, "error: {}\n", e.message);
  return e.code == ErrorCode::kInvalidArgument || e.code == ErrorCode::kUnknownParameter ? kExitUsage : kExitFailure;
}

Result<nlohmann::json> call(Session& s, const std::string& method, const std::string& path, const nlohmann::json& body) {
  auto r = s.http->request(method, path, body.is_null() ? std::string() : body.dump(),
                           {{"Content-Type", "application/json"}});
  if (!r) return fail(r.error());
  if (r->status < 200 || r->status >= 300) return fail(client::errorFromResponse(*r));
  auto j = nlohmann::json::parse(r->body, nullptr, false);
  if (j.is_discarded()) return fail(ErrorCode::kInternal, "the server answered with something that is not JSON");
  return j;
}

int start(const StudioOptions& o, const std::string& path, const nlohmann::json& body) {
  auto s = connect(o);
  if (!s) return report(s.error(), "");
  auto j = call(*s, "POST", path, body);
  if (!j) return report(j.error(), s->url);
  // Compact JSON: `grep -o '"job_id":"[^"]*"'` finds the id.
  fmt::print("{}\n", j->dump());
  return kExitOk;
}

int runStartMiniature(const StudioOptions& o) {
  nlohmann::json body = {{"description", o.description}};
  if (!o.style.empty()) body["style"] = o.style;
  if (o.size != 0) body["size"] = o.size;
  if (!o.output_format.empty()) body["output_format"] = o.output_format;
  return start(o, "/api/v1/miniature", body);
}

int runStartGeneration(const StudioOptions& o) {
  nlohmann::json body = {{"prompt", o.prompt}};
  if (!o.model.empty()) body["model"] = o.model;
  if (!o.output_format.empty()) body["output_format"] = o.output_format;
  return start(o, "/api/v1/generate", body);
}

int runStatus(const StudioOptions& o) {
  auto s = connect(o);
  if (!s) return report(s.error(), "");
  auto j = call(*s, "GET", "/api/v1/status/" + o.job_id, nullptr);
  if (!j) return report(j.error(), s->url);
  fmt::print("{}\n", j->dump());
  if ((*j)["status"] == "failed") {
    fmt::print(stderr, "job {} failed: {}\n", o.job_id, j->value("error", "no message"));
    return kExitJobFailed;
  }
  return kExitOk;
}

int runFetchResult(const StudioOptions& o) {
  auto s = connect(o);
  if (!s) return report(s.error(), "");
  auto status = call(*s, "GET", "/api/v1/status/" + o.job_id, nullptr);
  if (!status) return report(status.error(), s->url);
  if ((*status)["status"] == "failed") {
    fmt::print(stderr, "job {} failed: {}\n", o.job_id, status->value("error", "no message"));
    return kExitJobFailed;
  }
  if ((*status)["status"] != "completed") {
    fmt::print(stderr, "job {} is {} ({}%); fetch it once status says completed\n", o.job_id,
               (*status)["status"].get<std::string>(), status->value("progress", 0));
    return kExitFailure;
  }
  auto result = call(*s, "GET", "/api/v1/result/" + o.job_id, nullptr);
  if (!result) return report(result.error(), s->url);
  std::error_code ec;
  fs::create_directories(o.output_dir, ec);
  if (ec) {
    fmt::print(stderr, "cannot create {}: {}\n", o.output_dir, ec.message());
    return kExitFailure;
  }
  for (const auto& f : (*result)["files"]) {
    const fs::path path = fs::path(o.output_dir) / fmt::format("{}-{}", o.job_id, f["filename"].get<std::string>());
    auto d = s->http->download(f["url"].get<std::string>(), path);
    if (!d) return report(d.error(), s->url);
    if (d->status != 200) return report(client::errorFromResponse(*d), s->url);
    fmt::print("{}\n", path.string());
  }
  return kExitOk;
}

void addCommon(CLI::App* cmd, const std::shared_ptr<StudioOptions>& o) {
  cmd->add_option("--api-key", o->api_key, "API key (default: 3D_AI_STUDIO_API_KEY from the environment or ./.env)");
  cmd->add_option("--timeout", o->timeout_s, "Seconds to wait for the server")->capture_default_str()->check(
      CLI::PositiveNumber);
}

}  // namespace

Runner addStudioCommand(CLI::App& app) {
  auto o = std::make_shared<StudioOptions>();
  app.require_subcommand(1);
  app.footer(fmt::format(
      "Server: 3D_AI_STUDIO_API_URL (default {}). Exit codes: 0 ok, 2 bad input, {} authentication failed (check the "
      "key), {} network error or time-out, {} the job failed, 1 anything else.",
      kDefaultUrl, kExitAuth, kExitNetwork, kExitJobFailed));
  auto* mini = app.add_subcommand("start-miniature", "Start a miniature; prints {\"job_id\":\"…\"}");
  mini->add_option("--description", o->description, "What to make, e.g. \"A golden retriever statue\"")->required();
  mini->add_option("--style", o->style, "realistic, stylized or cartoon")->check(CLI::IsMember({"realistic", "stylized", "cartoon"}));
  mini->add_option("--size", o->size, "Height in cm: 5, 10, 15 or 20")->check(CLI::IsMember({5, 10, 15, 20}));
  mini->add_option("--output-format", o->output_format, "gltf, obj or stl")->check(CLI::IsMember({"gltf", "obj", "stl"}));
  addCommon(mini, o);
  auto* gen = app.add_subcommand("start-generation", "Start a generic 3D object; prints {\"job_id\":\"…\"}");
  gen->add_option("--prompt", o->prompt, "What to make")->required();
  gen->add_option("--model", o->model, "default, detailed or fast")->check(CLI::IsMember({"default", "detailed", "fast"}));
  gen->add_option("--output-format", o->output_format, "gltf, obj or stl")->check(CLI::IsMember({"gltf", "obj", "stl"}));
  addCommon(gen, o);
  auto* status = app.add_subcommand("status", "Print a job's status JSON");
  status->add_option("--job-id", o->job_id, "The job id from start-*")->required();
  addCommon(status, o);
  auto* fetch = app.add_subcommand("fetch-result", "Download a completed job's files and print their paths");
  fetch->add_option("--job-id", o->job_id, "The job id from start-*")->required();
  fetch->add_option("--output-dir", o->output_dir, "Where to write the files")->capture_default_str();
  addCommon(fetch, o);
  return [o, mini, gen, status, fetch] {
    if (mini->parsed()) return runStartMiniature(*o);
    if (gen->parsed()) return runStartGeneration(*o);
    if (status->parsed()) return runStatus(*o);
    if (fetch->parsed()) return runFetchResult(*o);
    return kExitUsage;
  };
}

}  // namespace kiln::app
