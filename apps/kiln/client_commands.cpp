// `kiln generate|submit|status|fetch|cancel|batch`: the API client commands,
// talking to a kiln server over the native /v1 API (client/job_client.h).
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include <fmt/format.h>

#include "client/job_client.h"
#include "commands.h"
#include "core/clock.h"

namespace kiln::app {
namespace {

namespace fs = std::filesystem;

const std::vector<std::string> kTiers = {"draft", "standard", "high"};
const std::vector<std::string> kFormats = {"glb", "gltf", "obj", "stl", "3mf", "ply"};
constexpr int kNonTtyProgressStepPercent = 10;  // plain-line progress granularity

// ---- options shared by the commands -----------------------------------------

struct ConnectionOptions {
  std::string server;
  std::string api_key;
};

void addConnectionOptions(CLI::App& app, ConnectionOptions& o) {
  app.add_option("--server", o.server,
                 "Server URL (default: $KILN_URL, else KILN_URL in ./.env, else http://127.0.0.1:8080)");
  app.add_option("--api-key", o.api_key,
                 "API key, sent as 'Authorization: Bearer KEY' (default: $KILN_API_KEY, else KILN_API_KEY in ./.env)");
}

client::ClientOptions clientOptions(const ConnectionOptions& o) {
  const auto endpoint = client::resolveEndpoint(o.server, o.api_key);
  client::ClientOptions options;
  options.base_url = endpoint.url;
  options.api_key = endpoint.api_key;
  return options;
}

struct JobOptions {
  std::string tier = "standard";
  std::string format;
  std::optional<uint64_t> seed;
  double timeout_s = 600;
};

void addJobOptions(CLI::App& app, JobOptions& o) {
  app.add_option("-t,--tier", o.tier,
                 "Quality tier: draft (fast, <= 12 000 triangles), standard (<= 30 000, materials), "
                 "high (<= 200 000, PBR materials)")
      ->check(CLI::IsMember(kTiers))
      ->capture_default_str();
  app.add_option("-f,--format", o.format, "Output format: glb, gltf, obj, stl, 3mf or ply (default: glb)")
      ->check(CLI::IsMember(kFormats));
  app.add_option("-s,--seed", o.seed, "Random seed: the same prompt, tier and seed give the same model");
}

void addTimeoutOption(CLI::App& app, JobOptions& o) {
  app.add_option("--timeout", o.timeout_s,
                 "Stop waiting for a job after this many seconds (it keeps running on the server; 0 waits forever)")
      ->check(CLI::NonNegativeNumber)
      ->capture_default_str();
}

nlohmann::json jobRequest(const std::string& prompt, const JobOptions& o, const std::string& format) {
  nlohmann::json request = {{"kind", "text_to_3d"},
                            {"tier", o.tier},
                            {"input", {{"prompt", prompt}}},
                            {"outputs", nlohmann::json::array({format})}};
  if (o.seed) request["seed"] = *o.seed;
  return request;
}

int64_t deadlineFor(double timeout_s) {
  return timeout_s > 0 ? monotonicMs() + static_cast<int64_t>(timeout_s * 1000.0) : 0;
}

// ---- reporting ----------------------------------------------------------------

// 2 when the user can fix the command (bad prompt, key, id, parameters), 1 otherwise.
int exitCodeFor(const Error& error) {
  switch (error.code) {
    case ErrorCode::kInvalidArgument:
    case ErrorCode::kUnknownParameter:
    case ErrorCode::kUnauthenticated:
    case ErrorCode::kPaymentRequired:
    case ErrorCode::kNotFound:
    case ErrorCode::kTooLarge:
    case ErrorCode::kUnsupportedMedia:
    case ErrorCode::kUnprocessable:
    case ErrorCode::kUnknownSubject: return kExitUsage;
    default: return kExitFailure;
  }
}

bool isNetworkError(const Error& error) {
  return error.code == ErrorCode::kUnavailable && error.details.is_object() && error.details.contains("reason") &&
         error.details["reason"] == "network";
}

int reportError(std::string_view command, const Error& error) {
  fmt::print(stderr, "kiln {}: {}\n", command, error.message);
  if (isNetworkError(error)) {
    fmt::print(stderr,
               "  Is the server running? Start one with `kiln serve`, or point at another with --server URL "
               "(or KILN_URL).\n");
  } else if (error.code == ErrorCode::kUnauthenticated) {
    fmt::print(stderr, "  Pass a key with --api-key, or set KILN_API_KEY (in the environment or ./.env).\n");
  }
  return exitCodeFor(error);
}

int reportJobFailure(std::string_view command, const client::Job& job) {
  if (job.status == "canceled") {
    fmt::print(stderr, "kiln {}: job {} was canceled\n", command, job.id);
    return kExitFailure;
  }
  if (job.error) {
    fmt::print(stderr, "kiln {}: job {} failed: {}\n", command, job.id, job.error->message);
    return exitCodeFor(*job.error);
  }
  fmt::print(stderr, "kiln {}: job {} failed\n", command, job.id);
  return kExitFailure;
}

std::string humanBytes(int64_t bytes) {
  if (bytes < 1024) return fmt::format("{} B", bytes);
  if (bytes < 1024 * 1024) return fmt::format("{:.1f} KiB", static_cast<double>(bytes) / 1024.0);
  return fmt::format("{:.1f} MiB", static_cast<double>(bytes) / (1024.0 * 1024.0));
}

std::string humanSeconds(double seconds) {
  const auto s = static_cast<int64_t>(std::ceil(std::max(0.0, seconds)));
  if (s < 60) return fmt::format("{}s", s);
  if (s < 3600) return fmt::format("{}m{:02}s", s / 60, s % 60);
  return fmt::format("{}h{:02}m", s / 3600, (s % 3600) / 60);
}

// "queued (position 3, eta 4s)", "running mesh 40%", "succeeded".
std::string plainStatus(const client::Job& job) {
  if (job.status == "queued") {
    std::vector<std::string> parts;
    if (job.queue_position && *job.queue_position > 0) parts.push_back(fmt::format("position {}", *job.queue_position));
    if (job.eta_seconds) parts.push_back("eta " + humanSeconds(*job.eta_seconds));
    return parts.empty() ? "queued" : fmt::format("queued ({})", fmt::join(parts, ", "));
  }
  if (job.status == "running") {
    std::string line = "running";
    if (!job.step.empty()) line += " " + job.step;
    return line + fmt::format(" {:.0f}%", job.progress * 100.0);
  }
  return job.status;
}

std::string checksSummary(const nlohmann::json& job) {
  if (!job.contains("checks") || !job["checks"].is_object()) return {};
  const auto& c = job["checks"];
  std::vector<std::string> parts;
  if (c.contains("triangles") && c["triangles"].is_number()) parts.push_back(fmt::format("{} triangles", c["triangles"].get<int64_t>()));
  if (c.contains("watertight") && c["watertight"].is_boolean()) {
    parts.push_back(c["watertight"].get<bool>() ? "watertight" : "NOT watertight");
  }
  if (c.contains("manifold") && c["manifold"].is_boolean() && !c["manifold"].get<bool>()) parts.push_back("NOT manifold");
  if (c.contains("bbox_mm") && c["bbox_mm"].is_array() && c["bbox_mm"].size() == 3) {
    const auto& b = c["bbox_mm"];
    if (b[0].is_number() && b[1].is_number() && b[2].is_number()) {
      parts.push_back(fmt::format("{:.1f} x {:.1f} x {:.1f} mm", b[0].get<double>(), b[1].get<double>(), b[2].get<double>()));
    }
  }
  return fmt::format("{}", fmt::join(parts, ", "));
}

/// Live progress of one job on stderr: a redrawn bar on a terminal, otherwise
/// a plain line per change of state or step (and every 10 %).
class ProgressView {
 public:
  explicit ProgressView(bool enabled) : enabled_(enabled), tty_(enabled && isatty(STDERR_FILENO) != 0) {}

  void update(const client::Job& job) {
    if (!enabled_) return;
    if (tty_) {
      std::string line;
      if (job.status == "running") {
        constexpr int kWidth = 24;
        const int filled = static_cast<int>(std::lround(job.progress * kWidth));
        line = fmt::format("[{}{}] {:3.0f}%  {}", std::string(filled, '#'), std::string(kWidth - filled, '.'),
                           job.progress * 100.0, job.step.empty() ? "running" : job.step);
        if (job.eta_seconds) line += "  eta " + humanSeconds(*job.eta_seconds);
      } else {
        line = plainStatus(job);
      }
      fmt::print(stderr, "\r\x1b[2K{}", line);
      std::fflush(stderr);
      drawn_ = true;
      return;
    }
    const int percent_bucket = static_cast<int>(job.progress * 100.0) / kNonTtyProgressStepPercent;
    const bool changed = job.status != last_status_ || job.step != last_step_ ||
                         (job.status == "running" && percent_bucket != last_bucket_) ||
                         (job.status == "queued" && job.queue_position != last_position_);
    if (!changed) return;
    last_status_ = job.status;
    last_step_ = job.step;
    last_bucket_ = percent_bucket;
    last_position_ = job.queue_position;
    fmt::print(stderr, "{}\n", plainStatus(job));
  }

  /// Ends the redrawn line so later output starts clean.
  void finish(const client::Job& job) {
    if (!enabled_) return;
    if (tty_) {
      if (drawn_) fmt::print(stderr, "\r\x1b[2K");
      fmt::print(stderr, "{}\n", plainStatus(job));
    } else if (job.status != last_status_) {
      fmt::print(stderr, "{}\n", plainStatus(job));
    }
  }

 private:
  bool enabled_;
  bool tty_;
  bool drawn_ = false;
  std::string last_status_;
  std::string last_step_;
  int last_bucket_ = -1;
  std::optional<int64_t> last_position_;
};

// ---- artifacts ----------------------------------------------------------------

bool isModelExtension(const std::string& ext) {
  return std::find(kFormats.begin(), kFormats.end(), ext) != kFormats.end();
}

std::string extensionOf(const std::string& name) {
  std::string ext = fs::path(name).extension().string();
  if (!ext.empty()) ext.erase(0, 1);
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return ext;
}

// A server-supplied name reduced to one safe path component (never "..", never
// a directory), so a hostile server cannot write outside the target folder.
std::string safeFileName(const std::string& name, const std::string& fallback) {
  const std::string base = fs::path(name).filename().string();
  if (base.empty() || base == "." || base == ".." || base.find('\\') != std::string::npos || base.front() == '.') {
    return fallback;
  }
  return base;
}

/// The files of one output format: the main model file plus the companions it
/// references by name (glTF .bin, OBJ .mtl, textures).
struct ArtifactSet {
  const client::Artifact* main = nullptr;
  std::vector<const client::Artifact*> companions;
};

ArtifactSet artifactsFor(const client::Job& job, const std::string& format) {
  ArtifactSet set;
  for (const auto& a : job.artifacts) {
    if (a.format == format && extensionOf(a.name) == format) {
      set.main = &a;
      break;
    }
  }
  if (set.main == nullptr) {
    for (const auto& a : job.artifacts) {
      if (a.format == format) {
        set.main = &a;
        break;
      }
    }
  }
  if (set.main == nullptr) return set;
  for (const auto& a : job.artifacts) {
    if (&a == set.main) continue;
    if (a.format == format || !isModelExtension(extensionOf(a.name))) set.companions.push_back(&a);
  }
  return set;
}

/// Downloads the main file to `main_path` and companions beside it under their
/// own names (the main file refers to them by those names).
Result<std::vector<fs::path>> downloadSet(client::JobClient& api, const client::Job& job, const ArtifactSet& set,
                                          const fs::path& main_path) {
  std::vector<fs::path> written;
  const fs::path dir = main_path.has_parent_path() ? main_path.parent_path() : fs::path(".");
  for (size_t i = 0; i < set.companions.size(); ++i) {
    const auto* a = set.companions[i];
    const fs::path path = dir / safeFileName(a->name, fmt::format("{}-{}.{}", job.id, i + 1, a->format));
    if (auto ok = api.downloadArtifact(job.id, *a, path); !ok) return fail(ok.error());
    written.push_back(path);
  }
  // The main file last: its presence marks the whole set complete (batch resumes on it).
  if (auto ok = api.downloadArtifact(job.id, *set.main, main_path); !ok) return fail(ok.error());
  written.insert(written.begin(), main_path);
  return written;
}

Status ensureDirectory(const fs::path& dir) {
  if (dir.empty()) return {};
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec) {
    return fail(ErrorCode::kIo, fmt::format("cannot create directory {}: {}", dir.string(), ec.message()),
                {{"path", dir.string()}});
  }
  return {};
}

std::function<void(int64_t, const std::string&)> waitReporter(std::string command) {
  return [command = std::move(command)](int64_t wait_ms, const std::string& why) {
    fmt::print(stderr, "kiln {}: {}; retrying in {}\n", command, why, humanSeconds(static_cast<double>(wait_ms) / 1000.0));
  };
}

// ---- generate / submit ----------------------------------------------------------

struct GenerateOptions {
  std::string prompt;
  std::string image;  // a photo for image_to_3d instead of a prompt
  bool skip_validation = false;
  std::string output;
  JobOptions job;
  ConnectionOptions connection;
  bool json = false;
  bool quiet = false;
};

std::string formatFor(const GenerateOptions& o) {
  if (!o.job.format.empty()) return o.job.format;
  const std::string ext = extensionOf(o.output);
  return isModelExtension(ext) ? ext : std::string("glb");
}

// The job body: text → 3D from the prompt, or photo → 3D from --image, which
// is uploaded first.
Result<nlohmann::json> requestFor(client::JobClient& api, const GenerateOptions& o, const std::string& format) {
  if (o.image.empty() == o.prompt.empty()) {
    return fail(ErrorCode::kInvalidArgument,
                "give either a prompt (\"a glazed ceramic teapot\") or --image PHOTO, not both and not neither");
  }
  if (o.image.empty()) {
    if (o.skip_validation) return fail(ErrorCode::kInvalidArgument, "--skip-validation goes with --image");
    return jobRequest(o.prompt, o.job, format);
  }
  auto upload = api.uploadImage(o.image);
  if (!upload) return fail(upload.error());
  nlohmann::json request = {{"kind", "image_to_3d"},
                            {"tier", o.job.tier},
                            {"input", {{"images", {*upload}}}},
                            {"outputs", nlohmann::json::array({format})}};
  if (o.skip_validation) request["params"] = {{"skip_validation", true}};
  if (o.job.seed) request["seed"] = *o.job.seed;
  return request;
}

int runGenerate(const GenerateOptions& o) {
  const std::string format = formatFor(o);
  client::JobClientOptions job_options;
  job_options.on_wait = waitReporter("generate");
  client::JobClient api(clientOptions(o.connection), job_options);

  auto request = requestFor(api, o, format);
  if (!request) return reportError("generate", request.error());
  auto submitted = api.submit(*request);
  if (!submitted) return reportError("generate", submitted.error());
  ProgressView view(!o.quiet);
  client::Job job = *submitted;
  view.update(job);
  if (!job.isTerminal()) {
    auto followed = api.follow(job.id, [&](const client::Job& j) { view.update(j); }, deadlineFor(o.job.timeout_s));
    if (!followed) return reportError("generate", followed.error());
    job = *followed;
  }
  view.finish(job);
  if (!job.isTerminal()) {
    fmt::print(stderr,
               "kiln generate: job {} is still {} after {}; it keeps going on the server.\n"
               "  Check on it with `kiln status {}` and download it with `kiln fetch {} -o DIR`.\n",
               job.id, job.status, humanSeconds(o.job.timeout_s), job.id, job.id);
    return kExitFailure;
  }
  if (job.status != "succeeded") return reportJobFailure("generate", job);

  const ArtifactSet set = artifactsFor(job, format);
  if (set.main == nullptr) {
    return reportError("generate", makeError(ErrorCode::kInternal,
                                             fmt::format("job {} succeeded but has no {} file", job.id, format)));
  }
  const fs::path output = o.output.empty() ? fs::path(fmt::format("{}.{}", job.id, format)) : fs::path(o.output);
  if (auto ok = ensureDirectory(output.parent_path()); !ok) return reportError("generate", ok.error());
  auto written = downloadSet(api, job, set, output);
  if (!written) return reportError("generate", written.error());

  if (o.json) {
    nlohmann::json out = job.json;
    nlohmann::json files = nlohmann::json::array();
    for (const auto& p : *written) files.push_back(p.string());
    out["files"] = files;
    fmt::print("{}\n", out.dump());
    return kExitOk;
  }
  if (!o.quiet) {
    if (const std::string checks = checksSummary(job.json); !checks.empty()) fmt::print(stderr, "{}\n", checks);
  }
  for (const auto& p : *written) fmt::print("{}\n", p.string());
  return kExitOk;
}

int runSubmit(const GenerateOptions& o) {
  client::JobClientOptions job_options;
  job_options.on_wait = waitReporter("submit");
  client::JobClient api(clientOptions(o.connection), job_options);
  auto request = requestFor(api, o, formatFor(o));
  if (!request) return reportError("submit", request.error());
  auto job = api.submit(*request);
  if (!job) return reportError("submit", job.error());
  if (o.json) {
    fmt::print("{}\n", job->json.dump());
  } else {
    fmt::print("{}\n", job->id);
  }
  return kExitOk;
}

// ---- status / fetch / cancel ----------------------------------------------------

struct JobIdOptions {
  std::string id;
  std::string out_dir = ".";
  ConnectionOptions connection;
  bool json = false;
};

void printJob(const client::Job& job) {
  const auto& j = job.json;
  auto text = [&](const char* key) {
    return j.contains(key) && j[key].is_string() ? j[key].get<std::string>() : std::string("-");
  };
  fmt::print("{}  {}\n", job.id, plainStatus(job));
  fmt::print("  kind {}, engine {}, tier {}\n", text("kind"), text("engine"), text("tier"));
  if (j.contains("input") && j["input"].is_object() && j["input"].contains("prompt") && j["input"]["prompt"].is_string()) {
    fmt::print("  prompt \"{}\"\n", j["input"]["prompt"].get<std::string>());
  }
  fmt::print("  created {}, started {}, finished {}\n", text("created_at"), text("started_at"), text("finished_at"));
  if (!job.artifacts.empty()) {
    fmt::print("  artifacts:\n");
    for (const auto& a : job.artifacts) fmt::print("    {:<24} {:<5} {}\n", a.name, a.format, humanBytes(a.bytes));
  }
  if (const std::string checks = checksSummary(j); !checks.empty()) fmt::print("  checks: {}\n", checks);
  if (job.error) fmt::print("  error: {}\n", job.error->message);
}

int runStatus(const JobIdOptions& o) {
  client::JobClient api(clientOptions(o.connection));
  auto job = api.get(o.id);
  if (!job) return reportError("status", job.error());
  if (o.json) {
    fmt::print("{}\n", job->json.dump(2));
  } else {
    printJob(*job);
  }
  return kExitOk;
}

int runFetch(const JobIdOptions& o) {
  client::JobClient api(clientOptions(o.connection));
  auto job = api.get(o.id);
  if (!job) return reportError("fetch", job.error());
  if (job->status == "failed" || job->status == "canceled") return reportJobFailure("fetch", *job);
  if (job->status != "succeeded") {
    fmt::print(stderr, "kiln fetch: job {} is {}; nothing to fetch yet (try again when it has succeeded)\n", job->id,
               plainStatus(*job));
    return kExitFailure;
  }
  if (auto ok = ensureDirectory(o.out_dir); !ok) return reportError("fetch", ok.error());
  for (size_t i = 0; i < job->artifacts.size(); ++i) {
    const auto& a = job->artifacts[i];
    const fs::path path = fs::path(o.out_dir) / safeFileName(a.name, fmt::format("{}-{}.{}", job->id, i + 1, a.format));
    if (auto ok = api.downloadArtifact(job->id, a, path); !ok) return reportError("fetch", ok.error());
    fmt::print("{}\n", path.string());
  }
  return kExitOk;
}

int runCancel(const JobIdOptions& o) {
  client::JobClient api(clientOptions(o.connection));
  auto job = api.cancel(o.id);
  if (!job) return reportError("cancel", job.error());
  if (job->status == "canceled") {
    fmt::print("{} canceled\n", job->id);
  } else {
    fmt::print("{} is {}; nothing to cancel\n", job->id, job->status);
  }
  return kExitOk;
}

// ---- batch --------------------------------------------------------------------

struct BatchOptions {
  std::string prompts_file;
  std::string out_dir;
  int parallel = 2;
  JobOptions job;
  ConnectionOptions connection;
};

struct BatchItem {
  int line = 0;
  std::string prompt;
  fs::path output;
};

// Lower-case ASCII letters and digits joined by single dashes, at most 48
// characters, cut at a word boundary: "A red, glazed teapot!" → "a-red-glazed-teapot".
std::string slugOf(const std::string& prompt) {
  constexpr size_t kMaxSlug = 48;
  std::string slug;
  for (const char raw : prompt) {
    const char c = static_cast<char>(std::tolower(static_cast<unsigned char>(raw)));
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      slug += c;
    } else if (!slug.empty() && slug.back() != '-') {
      slug += '-';
    }
  }
  if (slug.size() > kMaxSlug) {
    slug.resize(kMaxSlug);
    if (const auto dash = slug.rfind('-'); dash != std::string::npos && dash > kMaxSlug / 2) slug.resize(dash);
  }
  while (!slug.empty() && slug.back() == '-') slug.pop_back();
  return slug.empty() ? std::string("prompt") : slug;
}

Result<std::vector<BatchItem>> readPrompts(const BatchOptions& o, const std::string& format) {
  std::ifstream in(o.prompts_file, std::ios::binary);
  if (!in) {
    return fail(ErrorCode::kInvalidArgument, fmt::format("cannot read {}", o.prompts_file), {{"path", o.prompts_file}});
  }
  std::vector<std::pair<int, std::string>> prompts;
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    const auto first = line.find_first_not_of(" \t\r\n");
    if (first == std::string::npos || line[first] == '#') continue;
    const auto last = line.find_last_not_of(" \t\r\n");
    prompts.emplace_back(number, line.substr(first, last - first + 1));
  }
  // Line numbers padded to the file's length (at least 3 digits) so names sort in file order.
  const int width = std::max<int>(3, static_cast<int>(std::to_string(std::max(number, 1)).size()));
  std::vector<BatchItem> items;
  for (auto& [n, prompt] : prompts) {
    const std::string name = fmt::format("{:0{}}-{}.{}", n, width, slugOf(prompt), format);
    items.push_back({.line = n, .prompt = std::move(prompt), .output = fs::path(o.out_dir) / name});
  }
  return items;
}

/// Shared state of a batch: what is left, counts, and stderr/stdout output
/// serialised under one lock.
class BatchRun {
 public:
  BatchRun(std::vector<BatchItem> items, size_t skipped) : items_(std::move(items)), skipped_(skipped) {}

  const BatchItem* next() {
    const size_t i = next_++;
    return i < items_.size() ? &items_[i] : nullptr;
  }
  void done(const BatchItem& item, const std::vector<fs::path>& files) {
    std::lock_guard lock(mutex_);
    ++done_;
    fmt::print("done    line {}: {}\n", item.line, files.front().string());
    std::fflush(stdout);
  }
  void failed(const BatchItem& item, const std::string& why) {
    std::lock_guard lock(mutex_);
    ++failed_;
    fmt::print("failed  line {}: {} ({})\n", item.line, why, item.prompt);
    std::fflush(stdout);
  }
  void note(const std::string& text) {
    std::lock_guard lock(mutex_);
    fmt::print(stderr, "{}\n", text);
  }
  size_t failedCount() const { return failed_; }
  void summary() const {
    fmt::print("summary: {} done, {} failed, {} skipped (already there)\n", done_, failed_, skipped_);
  }

 private:
  std::vector<BatchItem> items_;
  std::atomic<size_t> next_{0};
  std::mutex mutex_;
  size_t done_ = 0;
  size_t failed_ = 0;
  size_t skipped_;
};

// Runs one prompt through submit → follow → download; returns the files written.
Result<std::vector<fs::path>> runBatchItem(client::JobClient& api, const BatchOptions& o, const std::string& format,
                                           const BatchItem& item, BatchRun& run) {
  auto submitted = api.submit(jobRequest(item.prompt, o.job, format));
  if (!submitted) return fail(submitted.error());
  run.note(fmt::format("line {}: submitted {} ({})", item.line, submitted->id, plainStatus(*submitted)));
  client::Job job = *submitted;
  if (!job.isTerminal()) {
    auto followed = api.follow(job.id, [](const client::Job&) {}, deadlineFor(o.job.timeout_s));
    if (!followed) return fail(followed.error());
    job = *followed;
  }
  if (!job.isTerminal()) {
    return fail(ErrorCode::kUnavailable,
                fmt::format("job {} still {} after {}", job.id, job.status, humanSeconds(o.job.timeout_s)));
  }
  if (job.status != "succeeded") {
    if (job.error) return fail(*job.error);
    return fail(ErrorCode::kCanceled, fmt::format("job {} was {}", job.id, job.status));
  }
  const ArtifactSet set = artifactsFor(job, format);
  if (set.main == nullptr) return fail(ErrorCode::kInternal, fmt::format("job {} has no {} file", job.id, format));
  // Companion files (glTF .bin, OBJ .mtl) are named by the server and would
  // collide between prompts, so multi-file outputs get a folder each.
  fs::path main_path = item.output;
  if (!set.companions.empty()) {
    const fs::path folder = item.output.parent_path() / item.output.stem();
    if (auto ok = ensureDirectory(folder); !ok) return fail(ok.error());
    main_path = folder / item.output.filename();
  }
  return downloadSet(api, job, set, main_path);
}

int runBatch(const BatchOptions& o) {
  const std::string format = o.job.format.empty() ? std::string("glb") : o.job.format;
  auto items = readPrompts(o, format);
  if (!items) return reportError("batch", items.error());
  if (auto ok = ensureDirectory(o.out_dir); !ok) return reportError("batch", ok.error());

  // Resume: an output that exists is complete (downloads are atomic renames).
  std::vector<BatchItem> pending;
  size_t skipped = 0;
  for (auto& item : *items) {
    const fs::path folder_main = item.output.parent_path() / item.output.stem() / item.output.filename();
    if (fs::exists(item.output) || fs::exists(folder_main)) {
      ++skipped;
    } else {
      pending.push_back(std::move(item));
    }
  }
  BatchRun run(std::move(pending), skipped);
  const size_t workers = std::min<size_t>(static_cast<size_t>(std::max(1, o.parallel)), items->size() - skipped);

  // One pause shared by every worker: a 429 to one of them holds all back.
  client::Pacer pacer;
  const client::ClientOptions http = clientOptions(o.connection);
  std::atomic<bool> unreachable = false;
  std::vector<std::thread> threads;
  for (size_t w = 0; w < workers; ++w) {
    threads.emplace_back([&] {
      client::JobClientOptions job_options;
      job_options.pacer = &pacer;
      job_options.on_wait = [&](int64_t wait_ms, const std::string& why) {
        run.note(fmt::format("kiln batch: {}; pausing submissions for {}", why,
                             humanSeconds(static_cast<double>(wait_ms) / 1000.0)));
      };
      client::JobClient api(http, job_options);
      while (const BatchItem* item = run.next()) {
        // A dead server would fail every remaining prompt the same way; say it once and stop.
        if (unreachable) {
          run.failed(*item, "not attempted: the server is unreachable");
          continue;
        }
        auto written = runBatchItem(api, o, format, *item, run);
        if (written) {
          run.done(*item, *written);
          continue;
        }
        run.failed(*item, written.error().message);
        if (isNetworkError(written.error()) && !unreachable.exchange(true)) {
          run.note("kiln batch: is the server running? Start one with `kiln serve`, or point at another with "
                   "--server URL (or KILN_URL). Not attempting the remaining prompts.");
        }
      }
    });
  }
  for (auto& t : threads) t.join();
  run.summary();
  return run.failedCount() > 0 ? kExitFailure : kExitOk;
}

}  // namespace

Runner addGenerateCommand(CLI::App& app) {
  auto o = std::make_shared<GenerateOptions>();
  app.add_option("prompt", o->prompt, "What to make, e.g. \"a glazed ceramic teapot\" (or give --image)");
  app.add_option("-i,--image", o->image,
                 "Make the model from this photo (PNG, JPEG or WebP of one object on a plain background) "
                 "instead of a prompt: it is uploaded and becomes an image_to_3d job")
      ->check(CLI::ExistingFile);
  app.add_flag("--skip-validation", o->skip_validation,
               "With --image: use the photo even if the server's pre-check finds it unusable");
  app.add_option("-o,--output", o->output,
                 "Where to write the model; its extension picks the format unless --format is given "
                 "(default: <job id>.<format> in the current directory)");
  addJobOptions(app, o->job);
  addTimeoutOption(app, o->job);
  addConnectionOptions(app, o->connection);
  app.add_flag("--json", o->json, "Print the finished job as one JSON object, with the written files under \"files\"");
  app.add_flag("-q,--quiet", o->quiet, "Show no progress; print only the written paths");
  return [o] { return runGenerate(*o); };
}

Runner addSubmitCommand(CLI::App& app) {
  auto o = std::make_shared<GenerateOptions>();
  app.add_option("prompt", o->prompt, "What to make, e.g. \"a low-poly pine tree\" (or give --image)");
  app.add_option("-i,--image", o->image, "Make the model from this photo instead of a prompt (uploaded first)")
      ->check(CLI::ExistingFile);
  app.add_flag("--skip-validation", o->skip_validation,
               "With --image: use the photo even if the server's pre-check finds it unusable");
  app.add_option("-o,--output", o->output, "Only its extension is used: it picks the format unless --format is given");
  addJobOptions(app, o->job);
  addConnectionOptions(app, o->connection);
  app.add_flag("--json", o->json, "Print the new job as JSON instead of just its id");
  return [o] { return runSubmit(*o); };
}

Runner addStatusCommand(CLI::App& app) {
  auto o = std::make_shared<JobIdOptions>();
  app.add_option("id", o->id, "Job id, as printed by `kiln submit`")->required();
  addConnectionOptions(app, o->connection);
  app.add_flag("--json", o->json, "Print the job JSON as the server sends it");
  return [o] { return runStatus(*o); };
}

Runner addFetchCommand(CLI::App& app) {
  auto o = std::make_shared<JobIdOptions>();
  app.add_option("id", o->id, "Job id of a succeeded job")->required();
  app.add_option("-o,--output", o->out_dir, "Directory to download every artifact into (created if missing)")
      ->capture_default_str();
  addConnectionOptions(app, o->connection);
  return [o] { return runFetch(*o); };
}

Runner addCancelCommand(CLI::App& app) {
  auto o = std::make_shared<JobIdOptions>();
  app.add_option("id", o->id, "Job id to cancel (queued or running)")->required();
  addConnectionOptions(app, o->connection);
  return [o] { return runCancel(*o); };
}

Runner addBatchCommand(CLI::App& app) {
  auto o = std::make_shared<BatchOptions>();
  app.add_option("prompts", o->prompts_file,
                 "Text file with one prompt per line; blank lines and lines starting with # are skipped")
      ->required();
  app.add_option("--out", o->out_dir,
                 "Output directory; files are named <line>-<slug>.<format>, and prompts whose file already "
                 "exists are skipped, so re-running resumes")
      ->required();
  app.add_option("-j,--parallel", o->parallel, "How many jobs to run at once")
      ->check(CLI::Range(1, 64))
      ->capture_default_str();
  addJobOptions(app, o->job);
  addTimeoutOption(app, o->job);
  addConnectionOptions(app, o->connection);
  return [o] { return runBatch(*o); };
}

}  // namespace kiln::app
