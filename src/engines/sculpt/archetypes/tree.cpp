// Trees and bushes: a tapered trunk along a bent spline with branches and
// clustered foliage blobs; a pine is a stack of cones.
#include <cmath>

#include "engines/sculpt/archetypes/parts.h"

namespace kiln::engines::sculpt {

using namespace geometry;
using parts::rgb;

SculptModel buildTree(const ArchetypeInput& in, Rng& rng) {
  const std::string_view v = in.variant;
  const bool pine = v == "pine", bush = v == "bush";
  const bool realistic = in.style == Style::kRealistic;
  const float k = in.softness;

  SculptModel model;
  model.slots.push_back({"foliage", "plastic", pine ? rgb(40, 100, 55) : rgb(70, 140, 55), true});
  model.slots.push_back({"trunk", "wood", rgb(100, 70, 45), false, true});

  const float height = bush ? 260.0f : rng.uniform(560, 640);
  const float trunk_r = bush ? 18.0f : rng.uniform(36, 46);
  Rng trunk_rng = rng.fork("trunk");
  const float trunk_top = bush ? height * 0.3f : height * (pine ? 0.35f : 0.42f);
  std::vector<Vec3> spine = {{0, 0, 0},
                             {trunk_rng.uniform(-15, 15), trunk_top * 0.4f, trunk_rng.uniform(-15, 15)},
                             {trunk_rng.uniform(-25, 25), trunk_top, trunk_rng.uniform(-25, 25)}};
  Sdf trunk = parts::curvedLimb(spine, trunk_r, trunk_r * 0.55f);
  // Root flare.
  trunk = smoothUnion(trunk, translate(cone(trunk_r * 1.8f, trunk_r, trunk_r * 1.2f), {0, 0, 0}), 10.0f);
  const Vec3 crown_base = spine.back();

  std::vector<Sdf> leaves;
  if (pine) {
    const int tiers = rng.range(3, 5);
    const float span = height - trunk_top * 0.6f;
    for (int i = 0; i < tiers; ++i) {
      const float t = static_cast<float>(i) / tiers;
      const float r = (1.0f - t * 0.75f) * height * 0.28f;
      const float y = trunk_top * 0.6f + t * span * 0.72f;
      leaves.push_back(translate(cone(r, r * 0.08f, span / tiers * 1.8f), {crown_base.x(), y, crown_base.z()}));
    }
  } else {
    // Branches to blob centres, and a blob at each.
    Rng blob_rng = rng.fork("blobs");
    const int blobs = bush ? blob_rng.range(5, 7) : blob_rng.range(5, 8);
    const float crown_r = bush ? 110.0f : height * 0.34f;
    const Vec3 centre = bush ? Vec3(0, height * 0.55f, 0) : crown_base + Vec3(0, crown_r * 0.75f, 0);
    leaves.push_back(translate(sphere(crown_r * 0.75f), centre));
    std::vector<Sdf> branches;
    for (int i = 0; i < blobs; ++i) {
      const float a = 2.0f * static_cast<float>(M_PI) * (static_cast<float>(i) + blob_rng.uniform(0, 0.6f)) / blobs;
      const float up = blob_rng.uniform(-0.3f, 0.8f);
      const Vec3 dir = Vec3(std::cos(a), up, std::sin(a)).normalized();
      const Vec3 c = centre + dir * crown_r * blob_rng.uniform(0.55f, 0.8f);
      leaves.push_back(translate(sphere(crown_r * blob_rng.uniform(0.4f, 0.55f)), c));
      if (!bush && i % 2 == 0) {
        branches.push_back(parts::limb(crown_base + (centre - crown_base) * 0.3f, c, trunk_r * 0.45f, trunk_r * 0.25f));
      }
    }
    if (!branches.empty()) trunk = smoothUnion(trunk, unite(std::move(branches)), 8.0f);
  }
  Sdf foliage = leaves.front();
  for (size_t i = 1; i < leaves.size(); ++i) foliage = smoothUnion(foliage, leaves[i], (pine ? 6.0f : 25.0f) * k);
  if (!pine) {
    NoiseParams lumps{.seed = rng.next(), .amplitude_mm = realistic ? 9.0f : 5.0f,
                      .wavelength_mm = 70.0f, .octaves = realistic ? 3 : 2};
    foliage = displace(foliage, lumps);
  }
  if (realistic) {
    trunk = displace(trunk, NoiseParams{.seed = rng.next(), .amplitude_mm = 2.0f, .wavelength_mm = 25.0f, .octaves = 2});
  }
  model.shape = smoothUnion(withMaterial(trunk, 1), withMaterial(foliage, 0), 6.0f);
  return model;
}

}  // namespace kiln::engines::sculpt
