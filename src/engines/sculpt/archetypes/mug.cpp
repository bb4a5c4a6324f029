// Mugs, cups and tankards: a lathe vessel with a loop handle.
#include <cmath>

#include "engines/sculpt/archetypes/parts.h"

namespace kiln::engines::sculpt {

using namespace geometry;
using parts::rgb;

SculptModel buildMug(const ArchetypeInput& in, Rng& rng) {
  const bool tankard = in.variant == "tankard";
  const float height = tankard ? 140.0f : rng.uniform(90, 105);
  const float r_bottom = tankard ? 45.0f : rng.uniform(36, 42);
  const float r_top = r_bottom * (tankard ? 0.9f : rng.uniform(1.0f, 1.12f));
  const float wall = 4.0f;

  SculptModel model;
  model.slots.push_back({"body", "ceramic", rgb(225, 90, 60), true});
  model.slots.push_back({"handle", "ceramic", rgb(225, 90, 60), false, true});
  model.slots.push_back({"bands", "iron", std::nullopt});

  const auto profile = parts::sampleProfile(
      [&](float t) { return r_bottom + (r_top - r_bottom) * t + (t < 0.06f ? -2.0f * (0.06f - t) / 0.06f : 0.0f); },
      height, 12);
  Sdf body = withMaterial(parts::latheVessel(profile, wall, 7.0f), 0);
  Sdf handle = withMaterial(parts::loopHandle({r_top - 2.0f, height * 0.82f, 0}, {r_bottom - 1.0f, height * 0.2f, 0},
                                              {1, 0, 0}, height * 0.33f, tankard ? 7.0f : 5.5f),
                            1);
  Sdf shape = smoothUnion(body, handle, 4.0f * in.softness);
  if (tankard) {
    for (float y : {18.0f, 122.0f}) {
      const float r = r_bottom + (r_top - r_bottom) * (y / height);
      shape = smoothUnion(shape, withMaterial(translate(torus(r, 3.0f), {0, y, 0}), 2), 1.0f);
    }
  } else {
    model.slots.pop_back();
  }
  model.shape = shape;
  return model;
}

}  // namespace kiln::engines::sculpt
