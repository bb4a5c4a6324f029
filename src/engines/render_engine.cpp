#include "engines/render_engine.h"

#include <fmt/format.h>

#include "engines/render/render.h"

namespace kiln::engines {
namespace {

const std::vector<std::string> kLightings = {"studio", "golden_hour", "overcast", "noon", "night"};
const std::vector<std::string> kScenes = {"product", "interior", "exterior"};
const std::vector<std::string> kStyles = {"neutral", "modern", "minimalist", "scandinavian", "industrial", "classic"};
constexpr char kDefaultResolution[] = "1k";

Result<render::ImageSize> resolutionOf(const nlohmann::json& params) {
  std::string text = kDefaultResolution;
  if (params.is_object() && params.contains("resolution") && params["resolution"].is_string()) {
    text = params["resolution"].get<std::string>();
  }
  auto size = render::parseImageSize(text);
  if (!size) {
    Error error = size.error();
    error.details["parameter"] = "resolution";
    return fail(std::move(error));
  }
  return size;
}

class RenderEngine final : public Engine {
 public:
  RenderEngine() {
    info_.id = "render";
    info_.label = "Path-traced render";
    info_.description =
        "Renders a model (input.model: an upload or a job's artifact) with the Embree path tracer: "
        "lighting preset, scene type, resolution and samples per pixel; PNG or JPEG out.";
    info_.kinds = {"render"};
    info_.tiers = {Tier::kDraft, Tier::kStandard, Tier::kHigh};
    info_.eta_seconds = 8.0;
    info_.params = {
        {.name = "lighting", .type = ParamType::kEnum, .description = "lighting preset",
         .choices = kLightings, .default_value = "studio"},
        {.name = "scene", .type = ParamType::kEnum,
         .description = "product: seamless ground; interior: floor and walls; exterior: sky and ground",
         .choices = kScenes, .default_value = "product"},
        {.name = "style", .type = ParamType::kEnum,
         .description = "architectural style of the surroundings (backdrop, floor and walls, ground); the model "
                        "is unchanged",
         .choices = kStyles, .default_value = "neutral"},
        {.name = "resolution", .type = ParamType::kString,
         .description = "512, 1k, 2k, 4k (square) or WxH; the tier bounds the pixels (draft 512², standard 1k², "
                        "high 4k²)",
         .max_length = 16, .default_value = kDefaultResolution},
        {.name = "samples", .type = ParamType::kInteger, .description = "samples per pixel", .min = 1.0,
         .max = 1024.0, .default_value = 64},
        {.name = "format", .type = ParamType::kEnum, .description = "image format", .choices = {"png", "jpg"},
         .default_value = "png"},
        {.name = "denoise", .type = ParamType::kBoolean,
         .description = "denoise the image, guided by the model's albedo and normals (clean at a few samples); "
                        "false keeps the plain path-traced estimate",
         .default_value = true},
    };
  }
  const EngineInfo& info() const override { return info_; }

  Result<EngineResult> run(const EngineRequest& request, const ParamValues& params,
                           EngineContext& context) const override {
    if (!request.model) {
      return fail(ErrorCode::kInvalidArgument,
                  "a render needs a model: set input.model to {\"upload_id\": \"upl_…\"} or "
                  "{\"job_id\": \"job_…\", \"artifact\": \"model.glb\"}",
                  {{"field", "input.model"}});
    }
    auto size = resolutionOf(params.json());
    if (!size) return fail(size.error());
    const int64_t pixels = int64_t{size->width} * size->height;
    if (pixels > renderPixelBudget(request.tier)) {
      return fail(ErrorCode::kInvalidArgument,
                  fmt::format("a {}x{} render needs a higher tier than {} (at most {} pixels); choose tier {}",
                              size->width, size->height, tierInfo(request.tier).id, renderPixelBudget(request.tier),
                              pixels > renderPixelBudget(Tier::kStandard) ? "high" : "standard"),
                  {{"parameter", "resolution"}});
    }
    render::RenderOptions options;
    options.size = *size;
    options.samples_per_pixel = static_cast<int>(params.integer("samples", 64));
    options.seed = request.seed;
    // Both were checked against the enum choices above, so they parse.
    options.lighting = render::parseLighting(params.string("lighting", "studio")).value_or(render::Lighting::kStudio);
    options.scene = render::parseSceneType(params.string("scene", "product")).value_or(render::SceneType::kProduct);
    options.style = render::parseSetStyle(params.string("style", "neutral")).value_or(render::SetStyle::kNeutral);
    options.denoise = params.boolean("denoise", true);
    options.progress = [&context](float fraction) { context.report("render", 0.9f * fraction); };
    options.is_canceled = [&context] { return context.isCanceled(); };
    context.report("render", 0.0f);
    auto rendered = render::renderMesh(*request.model, options);
    if (!rendered) return fail(rendered.error());

    const bool jpeg = params.string("format", "png") == "jpg";
    context.report("encode", 0.95f);
    auto bytes = render::encodeImage(rendered->image, jpeg ? render::ImageFormat::kJpeg : render::ImageFormat::kPng);
    if (!bytes) return fail(bytes.error());
    EngineResult result;
    result.files.push_back({.name = jpeg ? "render.jpg" : "render.png",
                            .format = jpeg ? "jpg" : "png",
                            .media_type = jpeg ? "image/jpeg" : "image/png",
                            .bytes = std::move(*bytes)});
    result.summary = {{"engine", "render"},
                      {"width", size->width},
                      {"height", size->height},
                      {"samples", rendered->samples_per_pixel},
                      {"denoised", options.denoise},
                      {"triangles", rendered->triangles},
                      {"lighting", render::lightingName(options.lighting)},
                      {"scene", render::sceneTypeName(options.scene)},
                      {"style", render::setStyleName(options.style)}};
    return result;
  }

 private:
  EngineInfo info_;
};

}  // namespace

std::unique_ptr<Engine> makeRenderEngine() { return std::make_unique<RenderEngine>(); }

int64_t renderPixelBudget(Tier tier) {
  switch (tier) {
    case Tier::kDraft:
      return int64_t{512} * 512;
    case Tier::kStandard:
      return int64_t{1024} * 1024;
    case Tier::kHigh:
      return render::kMaxImagePixels;
  }
  return 0;
}

Result<Tier> minimumRenderTier(const nlohmann::json& params) {
  auto size = resolutionOf(params);
  if (!size) return fail(size.error());
  const int64_t pixels = int64_t{size->width} * size->height;
  for (Tier tier : {Tier::kDraft, Tier::kStandard, Tier::kHigh}) {
    if (pixels <= renderPixelBudget(tier)) return tier;
  }
  return Tier::kHigh;
}

}  // namespace kiln::engines
