// Lighting presets: where the lights go and how bright they are. Brightness
// is in arbitrary linear units with the key light's irradiance near 2–3 and
// exposure tuned so a mid-grey model lands mid-grey after ACES; the values
// were tuned by eye on the sculpt engine's teapot, chair and tree at 512².
#include <cmath>
#include <numbers>

#include "engines/render/lighting.h"

namespace kiln::render {
namespace {

constexpr float kDegToRad = std::numbers::pi_v<float> / 180.0f;

// Unit direction at azimuth (from +Z towards +X) and elevation, degrees.
Vec3 directionAt(float azimuth_deg, float elevation_deg) {
  const float az = azimuth_deg * kDegToRad;
  const float el = elevation_deg * kDegToRad;
  return {std::sin(az) * std::cos(el), std::sin(el), std::cos(az) * std::cos(el)};
}

// A square soft box of side `size`, `distance` from `target` along `direction`,
// facing the target, bright enough to give irradiance ≈ `irradiance` there.
AreaLight softBox(const Vec3& target, const Vec3& direction, float distance, float size, const Vec3& irradiance) {
  AreaLight light;
  light.center = target + direction * distance;
  light.normal = -direction;
  Vec3 t;
  Vec3 b;
  basisAround(light.normal, t, b);
  light.half_u = t * (0.5f * size);
  light.half_v = b * (0.5f * size);
  // E ≈ L · A / d² for a light small against its distance; a soft box about
  // as big as its distance gives somewhat less, which the exposure absorbs.
  light.radiance = irradiance * (distance * distance / light.area());
  return light;
}

Environment skyEnvironment(const Vec3& zenith, const Vec3& horizon, const Vec3& ground, const Vec3& sun,
                           const Vec3& glow) {
  Environment env;
  env.kind = Environment::Kind::kSky;
  env.zenith = zenith;
  env.horizon = horizon;
  env.ground = ground;
  env.sun_direction = sun;
  env.sun_glow = glow;
  return env;
}

// The sun's angular radius (0.27°) is widened to 1.5° so shadows have a soft penumbra at thumbnail size.
constexpr float kSunRadiusRad = 1.5f * kDegToRad;

}  // namespace

LightRig makeLightRig(Lighting lighting, SceneType scene, const Vec3& center, float radius,
                      float camera_azimuth_deg) {
  LightRig rig;
  const float az = camera_azimuth_deg;
  // Interior rooms are open towards the camera; keep lights on that side.
  const bool interior = scene == SceneType::kInterior;
  switch (lighting) {
    case Lighting::kStudio: {
      rig.environment.kind = Environment::Kind::kStudio;
      rig.environment.zenith = Vec3(0.30f, 0.30f, 0.31f);
      rig.environment.horizon = Vec3(0.04f, 0.04f, 0.045f);
      const float d = 4.0f * radius;
      rig.areas.push_back(softBox(center, directionAt(az + 50.0f, 45.0f), d, 2.5f * radius, Vec3(2.2f, 2.15f, 2.05f)));
      rig.areas.push_back(softBox(center, directionAt(az - 65.0f, 20.0f), d, 3.0f * radius, Vec3(0.55f, 0.58f, 0.62f)));
      rig.areas.push_back(softBox(center, directionAt(interior ? az + 100.0f : az + 160.0f, 55.0f), d, 2.0f * radius,
                                  Vec3(1.2f, 1.2f, 1.2f)));
      rig.exposure = 1.0f;
      break;
    }
    case Lighting::kGoldenHour: {
      const Vec3 sun = directionAt(az + 75.0f, 9.0f);
      rig.distant.push_back({sun, Vec3(2.6f, 1.45f, 0.62f), kSunRadiusRad});
      rig.environment = skyEnvironment(Vec3(0.10f, 0.14f, 0.28f), Vec3(0.55f, 0.40f, 0.28f),
                                       Vec3(0.12f, 0.09f, 0.06f), sun, Vec3(0.45f, 0.25f, 0.08f));
      rig.exposure = 1.1f;
      break;
    }
    case Lighting::kOvercast: {
      rig.environment.kind = Environment::Kind::kOvercast;
      rig.environment.zenith = Vec3(1.05f, 1.07f, 1.12f);
      rig.environment.ground = Vec3(0.12f, 0.12f, 0.12f);
      rig.exposure = 1.15f;
      break;
    }
    case Lighting::kNoon: {
      const Vec3 sun = directionAt(az + 40.0f, 65.0f);
      rig.distant.push_back({sun, Vec3(3.2f, 3.1f, 2.9f), kSunRadiusRad});
      rig.environment = skyEnvironment(Vec3(0.12f, 0.24f, 0.55f), Vec3(0.42f, 0.50f, 0.60f),
                                       Vec3(0.12f, 0.11f, 0.10f), sun, Vec3(0.20f, 0.20f, 0.18f));
      rig.exposure = 0.8f;
      break;
    }
    case Lighting::kNight: {
      const Vec3 moon = directionAt(az - 50.0f, 40.0f);
      rig.distant.push_back({moon, Vec3(0.10f, 0.13f, 0.20f), kSunRadiusRad});
      rig.environment = skyEnvironment(Vec3(0.004f, 0.007f, 0.018f), Vec3(0.012f, 0.016f, 0.03f),
                                       Vec3(0.003f, 0.003f, 0.004f), moon, Vec3::Zero());
      // A warm lamp low on the camera's side.
      rig.areas.push_back(softBox(center, directionAt(az + 60.0f, 25.0f), 3.5f * radius, 0.8f * radius,
                                  Vec3(0.9f, 0.55f, 0.25f)));
      rig.exposure = 2.2f;
      break;
    }
  }
  return rig;
}

}  // namespace kiln::render
