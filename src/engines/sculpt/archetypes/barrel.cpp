// Barrels, kegs and casks: a bulging lathe body with a recessed head and
// iron hoops.
#include <cmath>

#include "engines/sculpt/archetypes/parts.h"

namespace kiln::engines::sculpt {

using namespace geometry;
using parts::rgb;

SculptModel buildBarrel(const ArchetypeInput& in, Rng& rng) {
  const bool keg = in.variant == "keg";
  const float height = keg ? 300.0f : rng.uniform(420, 480);
  const float r_end = keg ? 120.0f : rng.uniform(130, 145);
  const float r_mid = r_end * rng.uniform(1.15f, 1.25f);

  SculptModel model;
  model.slots.push_back({"staves", "wood", std::nullopt, true});
  model.slots.push_back({"hoops", "iron", std::nullopt, false, true});

  auto radius = [&](float t) {
    const float s = 2.0f * t - 1.0f;  // -1 … 1
    return r_end + (r_mid - r_end) * (1.0f - s * s);
  };
  Sdf body = withMaterial(parts::latheSolid(parts::sampleProfile(radius, height, 24)), 0);
  // Heads sit a little below the stave ends (the chime).
  const float recess = 10.0f;
  Sdf heads = unite(translate(cylinder(r_end - 10, recess), {0, height, 0}),
                    translate(cylinder(r_end - 10, recess), {0, 0, 0}));
  Sdf shape = subtract(body, heads);

  // Hoops follow the bulge: near each end and at the quarter points.
  const std::vector<float> hoops = keg ? std::vector<float>{0.12f, 0.88f}
                                       : std::vector<float>{0.1f, 0.28f, 0.72f, 0.9f};
  for (float t : hoops) {
    const float r = radius(t);
    Sdf hoop = translate(cylinder(r + 3.0f, 9.0f), {0, t * height, 0});
    hoop = subtract(hoop, translate(cylinder(r - 12.0f, 12.0f), {0, t * height, 0}));
    shape = unite(shape, withMaterial(hoop, 1));
  }
  // A bung hole on the side.
  if (!keg && rng.chance(0.7f)) {
    Sdf bung = translate(rotate(cylinder(9.0f, 20.0f), {0, 0, 1}, static_cast<float>(M_PI) / 2), {r_mid, height / 2, 0});
    shape = subtract(shape, bung);
  }
  (void)in;
  model.shape = shape;
  return model;
}

}  // namespace kiln::engines::sculpt
