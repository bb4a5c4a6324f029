#pragma once
// Lights of a render: rectangular area lights, distant lights (sun, moon) and
// an environment (uniform, studio surround, or procedural sky), and the
// presets that place them around a model.

#include <vector>

#include "engines/render/render.h"
#include "engines/render/sampler.h"

namespace kiln::render {

/// A one-sided rectangle emitting `radiance` towards `normal`:
/// points center ± half_u ± half_v.
struct AreaLight {
  Vec3 center = Vec3::Zero();
  Vec3 half_u = Vec3::UnitX();
  Vec3 half_v = Vec3::UnitZ();
  Vec3 normal = -Vec3::UnitY();
  Vec3 radiance = Vec3::Ones();

  float area() const { return 4.0f * half_u.cross(half_v).norm(); }
};

/// Radiance arriving from every direction that hits nothing.
struct Environment {
  enum class Kind { kUniform, kStudio, kOvercast, kSky };
  Kind kind = Kind::kUniform;
  Vec3 zenith = Vec3::Zero();   // uniform colour, or the top of the gradient
  Vec3 horizon = Vec3::Zero();
  Vec3 ground = Vec3::Zero();   // below the horizon
  Vec3 sun_direction = Vec3::UnitY();
  Vec3 sun_glow = Vec3::Zero(); // forward-scattering halo around the sun (sky only)

  /// Radiance along unit direction `d` (the direction the light travels from, i.e. towards the sky).
  Vec3 radiance(const Vec3& d) const;
};

/// Everything that lights a scene, plus the preset's exposure.
struct LightRig {
  std::vector<AreaLight> areas;
  std::vector<DistantLight> distant;
  Environment environment;
  float exposure = 1.0f;
};

/// Places the preset's lights for a model whose bounding sphere is
/// (`center`, `radius`), seen by a camera at `camera_azimuth_deg` (lights are
/// set relative to the view so the lit side faces the camera). Interior
/// scenes keep the key light on the open side of the room.
LightRig makeLightRig(Lighting lighting, SceneType scene, const Vec3& center, float radius,
                      float camera_azimuth_deg);

}  // namespace kiln::render
