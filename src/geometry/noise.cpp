// Gradient noise after Perlin, "Improving Noise" (SIGGRAPH 2002), with a seeded hash instead of a permutation table.
#include <algorithm>
#include <cmath>

#include "geometry/sdf.h"
#include "geometry/sdf_node.h"

namespace kiln::geometry {

namespace {

// Steepest slope of gradientNoise per unit of its input: finite differences at
// 10^6 random points and directions gave at most 2.81; rounded up for margin.
constexpr float kNoiseSlope = 3.2f;
// Dimples (NoiseParams::dents) start where the noise passes kDentFrom and
// reach full depth kDentRise above it.
constexpr float kDentFrom = 0.25f;
constexpr float kDentRise = 0.3f;

uint64_t mix64(uint64_t x) {
  // splitmix64 finaliser: a cheap, well-distributed integer hash.
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ull;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebull;
  x ^= x >> 31;
  return x;
}

uint32_t latticeHash(int64_t x, int64_t y, int64_t z, uint64_t seed) {
  uint64_t h = mix64(seed + 0x9e3779b97f4a7c15ull);
  h = mix64(h ^ static_cast<uint64_t>(x));
  h = mix64(h ^ static_cast<uint64_t>(y));
  h = mix64(h ^ static_cast<uint64_t>(z));
  return static_cast<uint32_t>(h >> 32);
}

// Perlin's twelve edge-midpoint gradients (the four repeats keep 16 cases).
float gradientDot(uint32_t hash, float x, float y, float z) {
  const uint32_t h = hash & 15u;
  const float u = h < 8 ? x : y;
  const float v = h < 4 ? y : (h == 12 || h == 14 ? x : z);
  return ((h & 1u) ? -u : u) + ((h & 2u) ? -v : v);
}

float fade(float t) { return t * t * t * (t * (t * 6.0f - 15.0f) + 10.0f); }

float lerp(float a, float b, float t) { return a + (b - a) * t; }

// Fractal displacement, divided by (1 + its steepest slope) so the sum stays
// a distance bound (Lipschitz 1): meshing relies on that to skip blocks. The
// zero level set is unchanged by the uniform factor.
class DisplaceNode final : public detail::BoundedNode {
 public:
  // `exact_within` > 0 (a pruned copy): where the child is farther than it
  // from its surface the noise cannot bring the result inside the margin,
  // so it is not computed; the value keeps its sign and stays beyond the
  // margin, which is all a pruned field promises there.
  DisplaceNode(Sdf child, const NoiseParams& params, float exact_within = 0.0f)
      : BoundedNode(child.bounds().padded(totalAmplitude(params))), child_(std::move(child)), params_(params),
        inv_lipschitz_(1.0f / (1.0f + slope(params))), exact_within_(exact_within) {}
  float distance(const Vec3& p) const override {
    const float d = child_.distance(p);
    if (exact_within_ > 0.0f && std::abs(d) > exact_within_) return d * inv_lipschitz_;
    return (d + fractalNoise(p, params_)) * inv_lipschitz_;
  }
  SdfSample sample(const Vec3& p) const override {
    SdfSample s = child_.sample(p);
    if (exact_within_ > 0.0f && std::abs(s.distance) > exact_within_) {
      s.distance *= inv_lipschitz_;
      return s;
    }
    s.distance = (s.distance + fractalNoise(p, params_)) * inv_lipschitz_;
    return s;
  }
  // |noise| <= its total amplitude, so the child is kept exact within the
  // margin undone by the Lipschitz factor plus that amplitude.
  Sdf pruned(const Sdf& self, const Box& region, float margin) const override {
    const float child_margin = margin / inv_lipschitz_ + totalAmplitude(params_);
    Sdf child = child_.pruned(region, child_margin);
    if (child.node() == child_.node() && exact_within_ > 0.0f && exact_within_ <= child_margin) return self;
    return Sdf(std::make_shared<DisplaceNode>(std::move(child), params_,
                                              exact_within_ > 0.0f ? std::min(exact_within_, child_margin)
                                                                   : child_margin));
  }

 private:
  static float totalAmplitude(const NoiseParams& params) {
    if (params.dents) return std::abs(params.amplitude_mm);
    float sum = 0.0f;
    float amplitude = std::abs(params.amplitude_mm);
    for (int o = 0; o < params.octaves; ++o, amplitude *= 0.5f) sum += amplitude;
    return sum;
  }
  static float slope(const NoiseParams& params) {
    if (params.wavelength_mm <= 0.0f) return 0.0f;
    // A dimple's smoothstep is at most 1.5 / kDentRise steep in the noise.
    if (params.dents) return kNoiseSlope * std::abs(params.amplitude_mm) / params.wavelength_mm * 1.5f / kDentRise;
    // Every octave halves both amplitude and wavelength, so each adds the same slope.
    return kNoiseSlope * std::abs(params.amplitude_mm) / params.wavelength_mm *
           static_cast<float>(std::max(params.octaves, 0));
  }
  Sdf child_;
  NoiseParams params_;
  float inv_lipschitz_;
  float exact_within_;
};

}  // namespace

float gradientNoise(const Vec3& p, uint64_t seed) {
  const float fx = std::floor(p.x());
  const float fy = std::floor(p.y());
  const float fz = std::floor(p.z());
  const auto ix = static_cast<int64_t>(fx);
  const auto iy = static_cast<int64_t>(fy);
  const auto iz = static_cast<int64_t>(fz);
  const float x = p.x() - fx;
  const float y = p.y() - fy;
  const float z = p.z() - fz;
  const float u = fade(x);
  const float v = fade(y);
  const float w = fade(z);
  auto corner = [&](int dx, int dy, int dz) {
    return gradientDot(latticeHash(ix + dx, iy + dy, iz + dz, seed), x - static_cast<float>(dx),
                       y - static_cast<float>(dy), z - static_cast<float>(dz));
  };
  const float x00 = lerp(corner(0, 0, 0), corner(1, 0, 0), u);
  const float x10 = lerp(corner(0, 1, 0), corner(1, 1, 0), u);
  const float x01 = lerp(corner(0, 0, 1), corner(1, 0, 1), u);
  const float x11 = lerp(corner(0, 1, 1), corner(1, 1, 1), u);
  const float value = lerp(lerp(x00, x10, v), lerp(x01, x11, v), w);
  return std::clamp(value, -1.0f, 1.0f);
}

float fractalNoise(const Vec3& p, const NoiseParams& params) {
  if (params.wavelength_mm <= 0.0f) return 0.0f;
  if (params.dents) {
    // Rounded dimples where one octave of noise rises past kDentFrom.
    const float n = gradientNoise(p / params.wavelength_mm, params.seed);
    const float t = std::clamp((n - kDentFrom) / kDentRise, 0.0f, 1.0f);
    return params.amplitude_mm * t * t * (3.0f - 2.0f * t);
  }
  float sum = 0.0f;
  float amplitude = params.amplitude_mm;
  float frequency = 1.0f / params.wavelength_mm;
  for (int o = 0; o < params.octaves; ++o) {
    // A different seed per octave decorrelates the lattices.
    sum += amplitude * gradientNoise(p * frequency, params.seed + 0x632be59bd9b4e019ull * static_cast<uint64_t>(o));
    amplitude *= 0.5f;
    frequency *= 2.0f;
  }
  return sum;
}

Sdf displace(Sdf sdf, const NoiseParams& params) {
  return Sdf(std::make_shared<DisplaceNode>(std::move(sdf), params));
}

}  // namespace kiln::geometry
