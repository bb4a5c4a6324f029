#include "engines/turntable_engine.h"

#include <fmt/format.h>

#include "engines/render/render.h"
#include "engines/render/turntable.h"

namespace kiln::engines {
namespace {

// Light bounces per path: three keep the colour bleeding and contact shadows
// of a product shot at about two thirds of the four-bounce cost.
constexpr int kTurntableBounces = 3;
// x264 constant-quality factor: 20 keeps the frames visually intact; 36
// frames at 512², 16 samples came to ≈ 0.6 MB (a 30 000-triangle teapot,
// where the path tracer's remaining noise costs most of the bits).
constexpr int kTurntableCrf = 20;

class TurntableEngine final : public Engine {
 public:
  TurntableEngine() {
    info_.id = "turntable";
    info_.label = "Turntable video";
    info_.description =
        "Path-traced frames with the camera orbiting the model at its 3/4-view elevation, "
        "encoded as an H.264 MP4 (turntable.mp4).";
    info_.kinds = {"video"};
    info_.tiers = {Tier::kDraft, Tier::kStandard, Tier::kHigh};
    // The defaults (36 frames, 512², 16 samples) took 1.4–1.9 s a frame for a
    // 30 000-triangle model on the 2-core reference machine while it was busy
    // with other work (load ≈ 4), i.e. 49–68 s in all.
    info_.eta_seconds = 60.0;
    info_.params = {
        {.name = "frames",
         .type = ParamType::kInteger,
         .description = "Frames in one full turn",
         .min = 8.0,
         .max = 360.0,
         .default_value = 36},
        {.name = "fps",
         .type = ParamType::kInteger,
         .description = "Frames per second of the video",
         .min = 1.0,
         .max = 60.0,
         .default_value = 24},
        {.name = "resolution",
         .type = ParamType::kEnum,
         .description = "Square frame size: 256, 512 or 1k pixels",
         .choices = {"256", "512", "1k"},
         .default_value = "512"},
        {.name = "samples",
         .type = ParamType::kInteger,
         .description = "Path-traced samples per pixel of each frame: more is smoother and slower",
         .min = 1.0,
         .max = 256.0,
         .default_value = 16},
        {.name = "lighting",
         .type = ParamType::kEnum,
         .description = "Lighting preset",
         .choices = {"studio", "golden_hour", "overcast", "noon", "night"},
         .default_value = "studio"},
    };
  }

  const EngineInfo& info() const override { return info_; }

  Result<EngineResult> run(const EngineRequest& request, const ParamValues& params,
                           EngineContext& context) const override {
    if (!request.model) {
      return fail(
          ErrorCode::kInvalidArgument,
          "a turntable video needs a model: set input.model to {\"upload_id\": \"upl_…\"} or "
          "{\"job_id\": \"job_…\", \"artifact\": \"model.glb\"}",
          {{"field", "input.model"}});
    }
    const auto lighting = render::parseLighting(params.string("lighting", "studio"));
    const auto size = render::parseImageSize(params.string("resolution", "512"));
    if (!lighting || !size) {
      return fail(ErrorCode::kInternal,
                  "the turntable's validated lighting or resolution did not parse");
    }
    render::TurntableOptions options;
    options.frames = static_cast<int>(params.integer("frames", 36));
    options.render.size = *size;
    options.render.samples_per_pixel = static_cast<int>(params.integer("samples", 16));
    options.render.max_bounces = kTurntableBounces;
    options.render.denoise = true;  // few samples per frame: denoised like previews
    options.render.seed = request.seed;
    options.render.lighting = *lighting;
    options.render.progress = [&context](float fraction) {
      context.report("render", 0.98f * fraction);
    };
    options.render.is_canceled = [&context] { return context.isCanceled(); };
    const render::Mp4Options video{.fps = static_cast<int>(params.integer("fps", 24)),
                                   .crf = kTurntableCrf};

    auto mp4 = render::renderTurntableMp4(*request.model, options, video);
    if (!mp4) return fail(mp4.error());
    context.report("encode", 1.0f);

    EngineResult result;
    result.summary = {{"engine", "turntable"},
                      {"frames", options.frames},
                      {"fps", video.fps},
                      {"width", size->width & ~1},
                      {"height", size->height & ~1},
                      {"samples", options.render.samples_per_pixel},
                      {"lighting", render::lightingName(*lighting)},
                      {"triangles", request.model->triangleCount()},
                      {"duration_seconds", static_cast<double>(options.frames) / video.fps},
                      {"bytes", mp4->size()}};
    result.files.push_back({.name = "turntable.mp4",
                            .format = "mp4",
                            .media_type = "video/mp4",
                            .bytes = std::move(*mp4)});
    return result;
  }

 private:
  EngineInfo info_;
};

}  // namespace

std::unique_ptr<Engine> makeTurntableEngine() {
  return std::make_unique<TurntableEngine>();
}

}  // namespace kiln::engines
