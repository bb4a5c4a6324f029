// Mushrooms and toadstools: a lathe stem with a bulbous foot under a domed
// cap; toadstools get white spots.
#include <cmath>

#include "engines/sculpt/archetypes/parts.h"

namespace kiln::engines::sculpt {

using namespace geometry;
using parts::rgb;

SculptModel buildMushroom(const ArchetypeInput& in, Rng& rng) {
  const bool toadstool = in.variant == "toadstool";
  const float stem_h = rng.uniform(70, 90);
  const float stem_r = rng.uniform(12, 16);
  const float cap_r = rng.uniform(45, 58) * (in.style == Style::kCartoon ? 1.15f : 1.0f);
  const float cap_h = cap_r * rng.uniform(0.55f, 0.75f);

  SculptModel model;
  model.slots.push_back({"cap", "plastic", toadstool ? rgb(210, 35, 30) : rgb(165, 110, 70), true});
  model.slots.push_back({"stem", "plastic", rgb(240, 232, 215), false, true});
  model.slots.push_back({"spots", "plastic", rgb(250, 250, 245), false, false, true});

  auto radius = [&](float t) { return stem_r * (1.0f + 0.45f * (1.0f - t) * (1.0f - t) * (1.0f - t)); };
  Sdf stem = withMaterial(parts::latheSolid(parts::sampleProfile(radius, stem_h + 5.0f, 12)), 1);
  // Cap: the top of an ellipsoid with a slightly hollowed underside.
  Sdf dome = ellipsoid({cap_r, cap_h, cap_r});
  Sdf cap = intersect(dome, translate(box({cap_r + 1, cap_h, cap_r + 1}), {0, cap_h - cap_h * 0.15f, 0}));
  cap = smoothSubtract(cap, translate(ellipsoid({cap_r * 0.8f, cap_h * 0.25f, cap_r * 0.8f}), {0, -cap_h * 0.12f, 0}), 4.0f);
  cap = withMaterial(translate(cap, {0, stem_h, 0}), 0);
  Sdf shape = smoothUnion(stem, cap, 5.0f * in.softness);

  if (toadstool) {
    Rng spot_rng = rng.fork("spots");
    std::vector<Sdf> spots;
    const int count = spot_rng.range(7, 11);
    for (int i = 0; i < count; ++i) {
      // Place on the dome: a direction in the upper hemisphere, scaled to the ellipsoid.
      const float a = 2.0f * static_cast<float>(M_PI) * spot_rng.unit();
      const float e = spot_rng.uniform(0.25f, 1.3f);
      const Vec3 n(std::cos(a) * std::cos(e), std::sin(e), std::sin(a) * std::cos(e));
      const Vec3 p(n.x() * cap_r, n.y() * cap_h + stem_h, n.z() * cap_r);
      spots.push_back(translate(sphere(spot_rng.uniform(4.5f, 7.5f)), p));
    }
    shape = unite(shape, withMaterial(intersect(unite(std::move(spots)), rounded(cap, 1.6f)), 2));
  } else {
    model.slots.pop_back();
  }
  model.shape = shape;
  return model;
}

}  // namespace kiln::engines::sculpt
