#pragma once
// Seeded random numbers for archetype factories. Written here rather than
// taken from <random> because the standard distributions are not specified
// bit-for-bit across standard libraries, and kiln promises the same file for
// the same prompt and seed. SplitMix64 (Steele, Lea & Flood 2014).

#include <cstdint>
#include <string_view>

namespace kiln::engines::sculpt {

class Rng {
 public:
  explicit Rng(uint64_t seed) : state_(seed) {}

  uint64_t next() {
    uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  /// Uniform in [0, 1) with 24 bits of precision (exact in float).
  float unit() { return static_cast<float>(next() >> 40) * (1.0f / 16777216.0f); }
  /// Uniform in [lo, hi).
  float uniform(float lo, float hi) { return lo + (hi - lo) * unit(); }
  /// Uniform integer in [lo, hi].
  int range(int lo, int hi) { return lo + static_cast<int>(next() % static_cast<uint64_t>(hi - lo + 1)); }
  bool chance(float p) { return unit() < p; }
  /// An independent stream for a named part, so adding a part to a factory
  /// does not shift the random numbers of the others.
  Rng fork(std::string_view name) const {
    uint64_t h = 1469598103934665603ull;  // FNV-1a
    for (char c : name) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    return Rng(state_ ^ h);
  }

 private:
  uint64_t state_;
};

}  // namespace kiln::engines::sculpt
