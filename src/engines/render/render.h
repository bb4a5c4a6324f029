#pragma once
// The offline renderer: a path tracer (Embree) that turns a geometry::Mesh into
// a tone-mapped image — thumbnails, product shots and contact-sheet tiles.
//
// Pipeline: validate the mesh → build the scene (model, optional ground or
// room, lights from a preset) → frame a 3/4 camera on the model's bounds →
// path trace progressively (TBB over tiles, one pass per few samples) →
// linear HDR image → denoise when asked → ACES-fitted tone map → sRGB 8-bit →
// PNG / JPEG.
//
// Determinism: every sample's random numbers come from (seed, pixel, sample)
// alone, and each pixel accumulates its samples in a fixed order, so the same
// mesh, options and seed give the same pixels whatever the thread count.

#include <atomic>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "engines/render/image.h"
#include "geometry/mesh.h"

namespace kiln::render {

/// Lighting presets. Studio: soft-box area lights over a dim grey surround.
/// GoldenHour: low warm sun and a warm sky. Overcast: a grey sky, no sun.
/// Noon: high white sun and a blue sky. Night: a dim blue sky, faint moon and
/// one warm lamp.
enum class Lighting { kStudio, kGoldenHour, kOvercast, kNoon, kNight };
/// Scene types. Product: a seamless ground plane (contact shadows) and studio
/// framing. Interior: a floor and two walls meeting behind the model, so light
/// bounces. Exterior: the sky and an outdoor ground.
enum class SceneType { kProduct, kInterior, kExterior };
/// Architectural styles: the surfaces around the model — the product
/// backdrop, the room's floor and walls, the outdoor ground. Neutral is the
/// plain grey/oak/grass set; Modern polished concrete and white walls;
/// Minimalist near-white everywhere; Scandinavian pale oak, white walls and
/// lawn; Industrial dark concrete, brick and asphalt; Classic walnut, cream
/// walls and gravel. The model itself is never changed.
enum class SetStyle { kNeutral, kModern, kMinimalist, kScandinavian, kIndustrial, kClassic };

/// "studio", "golden_hour" (also "golden hour", "Golden Hour"), "overcast", "noon", "night"; nullopt otherwise.
std::optional<Lighting> parseLighting(std::string_view name);
std::string_view lightingName(Lighting lighting);
/// "product", "interior", "exterior" (case-insensitive); nullopt otherwise.
std::optional<SceneType> parseSceneType(std::string_view name);
std::string_view sceneTypeName(SceneType scene);
/// "neutral", "modern", "minimalist", "scandinavian", "industrial", "classic" (case-insensitive); nullopt otherwise.
std::optional<SetStyle> parseSetStyle(std::string_view name);
std::string_view setStyleName(SetStyle style);

/// Largest accepted image: 4096 per side and 16 Mi pixels in all.
inline constexpr int kMaxImageSide = 4096;
inline constexpr int64_t kMaxImagePixels = int64_t{4096} * 4096;
inline constexpr int kMaxSamples = 4096;

struct ImageSize {
  int width = 512;
  int height = 512;
};
/// Parses "512", "1k", "2k", "4k" (square) or "WxH" (e.g. "1920x1080").
/// Fails with kInvalidArgument (details.parameter = "size") for anything else
/// or for a size beyond kMaxImageSide / kMaxImagePixels.
Result<ImageSize> parseImageSize(std::string_view text);

/// A directional light (the sun, the moon, or a test light): `irradiance` is
/// the linear RGB irradiance on a surface facing it (W/m² in renderer units);
/// `angular_radius_rad` > 0 makes it a disk, which softens shadows.
struct DistantLight {
  geometry::Vec3 direction_to_light = geometry::Vec3(0, 1, 0);
  geometry::Vec3 irradiance = geometry::Vec3::Ones();
  float angular_radius_rad = 0.0f;
};

struct RenderOptions {
  ImageSize size;
  int samples_per_pixel = 32;
  /// Path depth: 1 = direct light only; each extra level is one more bounce.
  int max_bounces = 4;
  uint64_t seed = 0;
  Lighting lighting = Lighting::kStudio;
  SceneType scene = SceneType::kProduct;
  SetStyle style = SetStyle::kNeutral;
  /// Product and exterior scenes put the model on a ground plane unless false.
  bool ground = true;
  /// Strength of non-metals' specular reflection (KHR_materials_specular's
  /// factor): 1 as glTF defines it; 0 makes them pure Lambert (analytic tests).
  float dielectric_specular = 1.0f;
  /// Multiplies the scene's radiance before tone mapping (1 = the preset's own exposure).
  float exposure = 1.0f;
  /// Denoises the radiance before tone mapping (see denoise.h): far less grain
  /// at few samples per pixel, at the price of a small bias (soft shadows and
  /// glossy highlights are smoothed a little). Costs about 160 bytes per pixel
  /// while rendering (40 MB at 512², 2.7 GB at 4096²) and ≈ 50 ms at 512² on
  /// two cores. Off here so a plain render is an unbiased estimate; previews,
  /// gallery tiles and `kiln render` turn it on.
  bool denoise = false;
  /// Replaces the preset's lights and environment when set (tests, custom rigs):
  /// only these distant lights, no area lights, and `environment` radiance
  /// everywhere (black when zero).
  std::optional<std::vector<DistantLight>> custom_lights;
  geometry::Vec3 custom_environment = geometry::Vec3::Zero();
  /// Camera: azimuth (from +Z towards +X) and elevation of the 3/4 view, and the vertical field of view.
  float camera_azimuth_deg = 35.0f;
  float camera_elevation_deg = 22.0f;
  float fov_deg = 35.0f;
  /// Distance from the camera to the model's bounding-box centre in model
  /// units (mm); 0 frames the model automatically. A turntable fixes it so the
  /// model keeps its size on screen as the camera orbits.
  float camera_distance = 0.0f;
  /// Called after each pass with the fraction of samples done (0, 1]; may be empty.
  std::function<void(float fraction)> progress;
  /// Polled between tiles; when it returns true rendering stops with kCanceled. May be empty.
  std::function<bool()> is_canceled;
};

/// What a render produced: the linear HDR radiance (scene-referred, exposure
/// applied, denoised when asked, before tone mapping) and the display image.
struct RenderResult {
  HdrImage radiance;
  Image8 image;
  /// True for pixels where the camera ray hit the model (not the ground, room or sky).
  std::vector<uint8_t> model_mask;
  int samples_per_pixel = 0;
  size_t triangles = 0;
  /// The soft halo round what glows, in the radiance's units (added to
  /// `radiance` after any denoising; empty when nothing glows).
  std::vector<float> halo;
};

/// Checks that `mesh` can be rendered: at least one triangle, valid indices
/// and attributes, finite positions, non-zero extent. kUnprocessable for an
/// empty model, kInvalidArgument for the rest; the message says what is wrong.
Status validateForRender(const geometry::Mesh& mesh);
/// Checks the size, sample count and bounces are within limits (kInvalidArgument naming the parameter).
Status validateOptions(const RenderOptions& options);

/// Renders `mesh` (millimetres, Y up). Fails for an invalid mesh or options,
/// kCanceled when options.is_canceled fires. Thread-safe; uses the TBB pool.
Result<RenderResult> renderMesh(const geometry::Mesh& mesh, const RenderOptions& options);

/// Reads a model file (any format formats::readModel accepts) and renders it.
Result<RenderResult> renderModelFile(const std::filesystem::path& path, const RenderOptions& options);

/// Sample count and bounces for a cheap thumbnail: ≈ 1 CPU-second at 512² for 30 000
/// triangles (≈ 0.6 s on two idle cores, denoising included), so a job preview costs well
/// under the fast lane.
inline constexpr int kPreviewSamples = 8;
inline constexpr int kPreviewBounces = 2;
/// A 512×512 product-shot preview PNG of `mesh` with preview settings, denoised.
Result<std::vector<uint8_t>> renderPreviewPng(const geometry::Mesh& mesh, uint64_t seed = 0,
                                              std::function<bool()> is_canceled = {});

}  // namespace kiln::render
