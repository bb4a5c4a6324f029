// Procedural environments. The overcast sky follows the CIE standard overcast
// luminance distribution (Moon & Spencer 1942): L(θ) = Lz (1 + 2 sin θ) / 3.
// The clear sky is an analytic gradient (zenith → horizon, steeper near the
// horizon) plus a broad Henyey-Greenstein-shaped glow around the sun.
#include <algorithm>
#include <cmath>
#include <numbers>

#include "engines/render/lighting.h"

namespace kiln::render {

Vec3 Environment::radiance(const Vec3& d) const {
  switch (kind) {
    case Kind::kUniform:
      return zenith;
    case Kind::kStudio: {
      // A soft surround: bright overhead, dark towards the floor, like a
      // photographic studio with a white ceiling.
      const float t = std::clamp(0.5f + 0.5f * d.y(), 0.0f, 1.0f);
      return horizon + (zenith - horizon) * (t * t);
    }
    case Kind::kOvercast: {
      if (d.y() < 0.0f) return ground;
      return zenith * ((1.0f + 2.0f * d.y()) / 3.0f);
    }
    case Kind::kSky: {
      if (d.y() < 0.0f) {
        // Below the horizon: the ground's bounce, blending in just under the horizon.
        const float t = std::clamp(-d.y() * 8.0f, 0.0f, 1.0f);
        return horizon + (ground - horizon) * t;
      }
      const float t = std::pow(d.y(), 0.45f);
      Vec3 sky = horizon + (zenith - horizon) * t;
      if (sun_glow.squaredNorm() > 0.0f) {
        // Henyey-Greenstein phase with g = 0.6: the forward-scattering halo
        // (broad enough that BSDF sampling finds it without speckles).
        constexpr float kG = 0.6f;
        const float cos_theta = std::clamp(d.dot(sun_direction), -1.0f, 1.0f);
        const float phase = (1.0f - kG * kG) / std::pow(1.0f + kG * kG - 2.0f * kG * cos_theta, 1.5f);
        sky += sun_glow * (phase / (1.0f - kG * kG) * 0.5f * (1.0f - t * 0.5f));
      }
      return sky;
    }
  }
  return Vec3::Zero();
}

}  // namespace kiln::render
