#pragma once
// Per-sample random numbers and the warps that turn them into directions.
// PCG32 (O'Neill 2014, "PCG: A Family of Simple Fast Space-Efficient
// Statistically Good Algorithms for Random Number Generation").

#include <cmath>
#include <cstdint>
#include <numbers>

#include "geometry/mesh.h"

namespace kiln::render {

using geometry::Vec3;

/// SplitMix64 finaliser: a well-mixed 64-bit hash of `x`.
inline uint64_t mix64(uint64_t x) {
  x += 0x9e3779b97f4a7c15ull;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ull;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebull;
  return x ^ (x >> 31);
}

/// A PCG32 stream seeded from (seed, pixel, sample) only, so a sample's
/// numbers never depend on which thread renders it or in what order.
/// Not thread-safe; one per sample.
class Sampler {
 public:
  Sampler(uint64_t seed, uint64_t pixel, uint64_t sample) {
    state_ = 0;
    increment_ = (mix64(seed ^ 0x6a09e667f3bcc909ull) << 1u) | 1u;
    next();
    state_ += mix64(mix64(seed + 0x3c6ef372fe94f82bull) ^ mix64(pixel) ^ mix64(sample * 0xa54ff53a5f1d36f1ull + 1));
    next();
  }
  uint32_t next() {
    const uint64_t old = state_;
    state_ = old * 6364136223846793005ull + increment_;
    const auto xorshifted = static_cast<uint32_t>(((old >> 18u) ^ old) >> 27u);
    const auto rot = static_cast<uint32_t>(old >> 59u);
    return (xorshifted >> rot) | (xorshifted << ((-rot) & 31u));
  }
  /// Uniform in [0, 1).
  float uniform() { return static_cast<float>(next() >> 8) * 0x1p-24f; }

 private:
  uint64_t state_;
  uint64_t increment_;
};

/// An orthonormal basis around unit `n` (Duff et al. 2017, "Building an Orthonormal Basis, Revisited").
inline void basisAround(const Vec3& n, Vec3& t, Vec3& b) {
  const float sign = std::copysign(1.0f, n.z());
  const float a = -1.0f / (sign + n.z());
  const float c = n.x() * n.y() * a;
  t = Vec3(1.0f + sign * n.x() * n.x() * a, sign * c, -sign * n.x());
  b = Vec3(c, sign + n.y() * n.y() * a, -n.y());
}

/// Cosine-weighted direction about +Z of the local frame; pdf = cosθ/π.
inline Vec3 cosineHemisphere(float u1, float u2) {
  const float r = std::sqrt(u1);
  const float phi = 2.0f * std::numbers::pi_v<float> * u2;
  return {r * std::cos(phi), r * std::sin(phi), std::sqrt(std::max(0.0f, 1.0f - u1))};
}

/// Uniform direction within a cone of half-angle acos(cos_max) about +Z.
inline Vec3 uniformCone(float u1, float u2, float cos_max) {
  const float cos_theta = 1.0f - u1 * (1.0f - cos_max);
  const float sin_theta = std::sqrt(std::max(0.0f, 1.0f - cos_theta * cos_theta));
  const float phi = 2.0f * std::numbers::pi_v<float> * u2;
  return {sin_theta * std::cos(phi), sin_theta * std::sin(phi), cos_theta};
}

inline float luminance(const Vec3& c) { return 0.2126f * c.x() + 0.7152f * c.y() + 0.0722f * c.z(); }

}  // namespace kiln::render
