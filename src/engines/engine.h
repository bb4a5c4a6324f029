#pragma once
// The Engine interface: a pure function of (request, seed) plus a context for
// progress and cancellation (DESIGN.md §5). Engines see only core, geometry
// and formats — never jobs, stores or HTTP.

#include <atomic>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/result.h"
#include "engines/params.h"
#include "engines/tier.h"
#include "formats/formats.h"
#include "geometry/mesh.h"

namespace kiln::engines {

/// What the caller asks for. The jobs layer translates its JobSpec into this.
struct EngineRequest {
  std::string kind;            // e.g. "text_to_3d", "miniature"
  Tier tier = Tier::kStandard;
  std::string prompt;          // text input, may be empty for non-text kinds
  nlohmann::json params = nlohmann::json::object();  // validated against the engine's schema
  uint64_t seed = 0;
  /// A model to work on (render, convert…), already decoded by the caller
  /// from an upload or another job's artifact; empty for text kinds.
  std::optional<geometry::Mesh> model;
  /// Encoded input images (PNG / JPEG / WebP bytes) for image kinds, read by
  /// the caller from uploads; empty for other kinds.
  std::vector<std::vector<uint8_t>> images;
};

/// Progress and cancellation for one run. Implementations must be thread-safe:
/// engines may report from worker threads.
class EngineContext {
 public:
  virtual ~EngineContext() = default;
  /// Reports the current step (e.g. "mesh") and overall progress in [0, 1].
  virtual void report(std::string_view step, float progress) = 0;
  /// True once the caller wants the run to stop; engines check it between steps
  /// and return ErrorCode::kCanceled.
  virtual bool isCanceled() const = 0;
};

/// A context that ignores progress and is never canceled, or forwards to a callback.
class CallbackContext final : public EngineContext {
 public:
  using Callback = std::function<void(std::string_view step, float progress)>;
  CallbackContext() = default;
  explicit CallbackContext(Callback callback) : callback_(std::move(callback)) {}
  void report(std::string_view step, float progress) override {
    if (callback_) callback_(step, progress);
  }
  bool isCanceled() const override { return canceled_.load(); }
  void cancel() { canceled_.store(true); }

 private:
  Callback callback_;
  std::atomic<bool> canceled_{false};
};

/// A finished file that is not a model (an image, a video).
struct EngineFile {
  std::string name;        // "render.png", "turntable.mp4"
  std::string format;      // "png", "jpg", "mp4"
  std::string media_type;  // "image/png", "video/mp4"
  std::vector<uint8_t> bytes;
};

/// What an engine produces: a model-making engine fills `mesh` (mm, Y up),
/// which the caller encodes in the requested formats; an image or video
/// engine fills `files` and leaves the mesh empty. `summary` says what was
/// made (subject, style…) for humans and the job record.
struct EngineResult {
  geometry::Mesh mesh;
  std::vector<EngineFile> files;
  nlohmann::json summary = nlohmann::json::object();
};

/// How an engine describes itself in the catalog.
struct EngineInfo {
  std::string id;                 // "sculpt"
  std::string label;              // "Procedural sculpt"
  std::string description;
  std::vector<std::string> kinds; // job kinds it serves
  std::vector<Tier> tiers;
  ParamSchema params;
  bool needs_key = false;         // needs the caller's own provider key
  /// An optional check of a request that intake runs before a job is queued,
  /// in every dialect (e.g. sculpt refuses a prompt whose subject it does not
  /// know). Must be fast (well under a millisecond to a few ms) and must not
  /// block; returns the error the caller gets (its details name the field).
  std::function<Status(const EngineRequest& request)> check_request;
  /// Optional extra members of the engine's catalog entry (e.g. sculpt's
  /// subject list), merged into its object in catalogJson().
  std::function<nlohmann::json()> catalog_extra;
  double eta_seconds = 1.0;       // typical run time at the standard tier
};

/// Lifecycle: constructed once at startup by the registry, then run() is
/// called concurrently from several threads — implementations keep no
/// mutable state between runs.
class Engine {
 public:
  virtual ~Engine() = default;
  virtual const EngineInfo& info() const = 0;
  /// Makes a model for `request`. `params` holds the request's parameters
  /// already validated and completed with defaults. Same request + seed ⇒
  /// the same mesh, bit for bit.
  virtual Result<EngineResult> run(const EngineRequest& request, const ParamValues& params,
                                   EngineContext& context) const = 0;
};

}  // namespace kiln::engines
