// Rocks, boulders, pebbles and crystal clusters: noise-displaced ellipsoids,
// or hexagonal prisms with pointed tips.
#include <cmath>

#include "engines/sculpt/archetypes/parts.h"

namespace kiln::engines::sculpt {

using namespace geometry;
using parts::rgb;

SculptModel buildRock(const ArchetypeInput& in, Rng& rng) {
  const std::string_view v = in.variant;
  SculptModel model;
  if (v == "crystal") {
    model.slots.push_back({"crystal", "glass", rgb(150, 110, 210), true});
    model.slots.push_back({"base", "stone", rgb(110, 105, 100), false, true});
    std::vector<Vec2> hexagon;
    for (int i = 0; i < 6; ++i) {
      const float a = static_cast<float>(M_PI) / 3.0f * static_cast<float>(i);
      hexagon.emplace_back(std::cos(a), std::sin(a));
    }
    std::vector<Sdf> shards;
    const int count = rng.range(4, 7);
    for (int i = 0; i < count; ++i) {
      const float r = rng.uniform(12, 22) * (i == 0 ? 1.4f : 1.0f);
      const float len = (i == 0 ? 150.0f : rng.uniform(60, 120));
      std::vector<Vec2> hex;
      for (const auto& p : hexagon) hex.push_back(p * r);
      // A prism along Y from 0 to len, pointed by a cone that leaves the
      // lower two thirds untouched (its radius is r at 2/3 of the length).
      Sdf prism = translate(rotate(extrude(hex, len / 2), {1, 0, 0}, -static_cast<float>(M_PI) / 2), {0, len / 2, 0});
      Sdf shard = intersect(prism, cone(r * 3.0f, 0.0f, len));
      const float tilt = i == 0 ? 0.0f : rng.uniform(0.3f, 0.8f);
      const float turn = 2.0f * static_cast<float>(M_PI) * static_cast<float>(i) / count;
      shard = rotate(shard, Vec3(std::cos(turn), 0, std::sin(turn)), tilt);
      shards.push_back(translate(shard, {0, 10, 0}));
    }
    Sdf base = displace(scale(ellipsoid({1.0f, 0.35f, 1.0f}), 55.0f),
                        NoiseParams{.seed = rng.next(), .amplitude_mm = 4.0f, .wavelength_mm = 30.0f, .octaves = 2});
    Sdf shape = unite(withMaterial(unite(std::move(shards)), 0), withMaterial(base, 1));
    // Keep it resting on the ground.
    model.shape = intersect(shape, translate(box({200, 150, 200}), {0, 150, 0}));
    return model;
  }

  model.slots.push_back({"rock", "stone", std::nullopt, true});
  const bool pebble = v == "pebble", boulder = v == "boulder";
  const float size = boulder ? 260.0f : pebble ? 60.0f : 150.0f;
  const Vec3 radii(size * rng.uniform(0.5f, 0.65f), size * rng.uniform(0.3f, 0.45f), size * rng.uniform(0.4f, 0.55f));
  Sdf rock = ellipsoid(radii);
  const float rough = pebble ? 0.02f : (in.style == Style::kRealistic ? 0.1f : 0.07f);
  rock = displace(rock, NoiseParams{.seed = rng.next(), .amplitude_mm = size * rough,
                                    .wavelength_mm = size * 0.6f, .octaves = pebble ? 2 : 4});
  // Flatten the bottom so it sits on the ground.
  const float cut = radii.y() * 0.55f;
  rock = intersect(rock, translate(box({size * 2, size, size * 2}), {0, size - cut, 0}));
  model.shape = withMaterial(translate(rock, {0, cut, 0}), 0);
  return model;
}

}  // namespace kiln::engines::sculpt
