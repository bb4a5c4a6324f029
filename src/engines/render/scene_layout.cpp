#include <algorithm>
#include <cmath>
#include <numbers>

#include "engines/render/scene.h"

namespace kiln::render {
namespace {

SurfaceMaterial matte(const Vec3& color, float roughness) {
  SurfaceMaterial m;
  m.base_color = color;
  m.roughness = roughness;
  return m;
}

// A horizontal square of half-size `half` centred under `center` at height `y`.
SetPiece floorAt(const Vec3& center, float y, float half, const SurfaceMaterial& material) {
  return {Vec3(center.x() - half, y, center.z() - half), Vec3(2.0f * half, 0, 0), Vec3(0, 0, 2.0f * half), material};
}

// The surfaces a style puts around the model (linear base colour, roughness).
struct SetPalette {
  SurfaceMaterial backdrop;  // product scenes' seamless ground
  SurfaceMaterial ground;    // exterior ground
  SurfaceMaterial floor;     // interior floor
  SurfaceMaterial wall;      // interior walls
};

SetPalette paletteFor(SetStyle style) {
  switch (style) {
    case SetStyle::kModern:  // polished concrete, white walls, pale paving
      return {matte(Vec3(0.70f, 0.70f, 0.70f), 0.35f), matte(Vec3(0.45f, 0.45f, 0.43f), 0.8f),
              matte(Vec3(0.55f, 0.55f, 0.54f), 0.3f), matte(Vec3(0.85f, 0.85f, 0.84f), 0.85f)};
    case SetStyle::kMinimalist:  // near-white everything
      return {matte(Vec3(0.82f, 0.82f, 0.82f), 0.6f), matte(Vec3(0.75f, 0.75f, 0.74f), 0.8f),
              matte(Vec3(0.80f, 0.80f, 0.79f), 0.5f), matte(Vec3(0.90f, 0.90f, 0.89f), 0.9f)};
    case SetStyle::kScandinavian:  // pale oak, white walls, lawn
      return {matte(Vec3(0.78f, 0.74f, 0.68f), 0.6f), matte(Vec3(0.22f, 0.32f, 0.15f), 0.95f),
              matte(Vec3(0.62f, 0.48f, 0.32f), 0.5f), matte(Vec3(0.88f, 0.87f, 0.84f), 0.9f)};
    case SetStyle::kIndustrial:  // dark concrete, brick, asphalt
      return {matte(Vec3(0.30f, 0.30f, 0.31f), 0.6f), matte(Vec3(0.12f, 0.12f, 0.12f), 0.9f),
              matte(Vec3(0.25f, 0.25f, 0.25f), 0.7f), matte(Vec3(0.38f, 0.18f, 0.12f), 0.9f)};
    case SetStyle::kClassic:  // walnut, cream walls, gravel
      return {matte(Vec3(0.70f, 0.66f, 0.58f), 0.6f), matte(Vec3(0.50f, 0.46f, 0.38f), 0.95f),
              matte(Vec3(0.28f, 0.16f, 0.09f), 0.35f), matte(Vec3(0.80f, 0.74f, 0.60f), 0.9f)};
    case SetStyle::kNeutral: break;
  }
  return {matte(Vec3(0.62f, 0.62f, 0.63f), 0.55f), matte(Vec3(0.24f, 0.26f, 0.19f), 0.95f),
          matte(Vec3(0.40f, 0.28f, 0.18f), 0.45f), matte(Vec3(0.74f, 0.72f, 0.68f), 0.9f)};
}

}  // namespace

SceneSetup layoutScene(const geometry::Box& bounds, const RenderOptions& options) {
  SceneSetup setup;
  const Vec3 center = bounds.center();
  const float radius = std::max(0.5f * bounds.size().norm(), 1e-3f);
  const float floor_y = bounds.min.y();
  setup.focus = center;
  setup.epsilon = radius * 2e-5f;
  setup.dielectric_specular = std::clamp(options.dielectric_specular, 0.0f, 1.0f);
  setup.camera = frameBounds(bounds, options.size.width, options.size.height, options.camera_azimuth_deg,
                             options.camera_elevation_deg, options.fov_deg);
  if (options.camera_distance > 0.0f) setup.camera.position = center - setup.camera.forward * options.camera_distance;

  const SetPalette palette = paletteFor(options.style);
  switch (options.scene) {
    case SceneType::kProduct:
      if (options.ground) setup.set_pieces.push_back(floorAt(center, floor_y, 60.0f * radius, palette.backdrop));
      break;
    case SceneType::kExterior:
      if (options.ground) setup.set_pieces.push_back(floorAt(center, floor_y, 80.0f * radius, palette.ground));
      break;
    case SceneType::kInterior: {
      // The corner of a room: the walls stand on the far side of the model
      // from the camera, so the open sides face the camera and the key light.
      const float az = options.camera_azimuth_deg * std::numbers::pi_v<float> / 180.0f;
      const float sx = std::sin(az) >= 0.0f ? 1.0f : -1.0f;  // camera side along x
      const float sz = std::cos(az) >= 0.0f ? 1.0f : -1.0f;  // camera side along z
      const float gap = 0.7f * radius;
      const float reach = 10.0f * radius;
      const float height = 5.0f * radius;
      const float wall_x = sx > 0 ? bounds.min.x() - gap : bounds.max.x() + gap;
      const float wall_z = sz > 0 ? bounds.min.z() - gap : bounds.max.z() + gap;
      const SurfaceMaterial wall = palette.wall;
      setup.set_pieces.push_back({Vec3(wall_x, floor_y, wall_z), Vec3(sx * reach, 0, 0), Vec3(0, 0, sz * reach),
                                  palette.floor});
      setup.set_pieces.push_back({Vec3(wall_x, floor_y, wall_z), Vec3(0, height, 0), Vec3(0, 0, sz * reach), wall});
      setup.set_pieces.push_back({Vec3(wall_x, floor_y, wall_z), Vec3(sx * reach, 0, 0), Vec3(0, height, 0), wall});
      break;
    }
  }

  if (options.custom_lights) {
    setup.rig.distant = *options.custom_lights;
    setup.rig.environment.kind = Environment::Kind::kUniform;
    setup.rig.environment.zenith = options.custom_environment;
    setup.rig.exposure = 1.0f;
  } else {
    setup.rig = makeLightRig(options.lighting, options.scene, center, radius, options.camera_azimuth_deg);
  }
  setup.rig.exposure *= options.exposure;
  return setup;
}

}  // namespace kiln::render
