// Tables and desks: a top on four tapered legs, with an apron; a round
// table sometimes gets a pedestal instead.
#include <cmath>

#include "engines/sculpt/archetypes/parts.h"

namespace kiln::engines::sculpt {

using namespace geometry;
using parts::rgb;

SculptModel buildTable(const ArchetypeInput& in, Rng& rng) {
  const bool desk = in.variant == "desk";
  const float height = 750.0f;
  const float w = desk ? 1200.0f : rng.uniform(900, 1400);
  const float d = desk ? 600.0f : rng.uniform(700, 900);
  const float top_t = rng.uniform(28, 40);
  // The seed picks the outline unless the prompt names one; the draw happens
  // either way so the rest of the table's parameters do not shift with it.
  const bool round_draw = !desk && rng.chance(0.35f);
  const bool round_top = !desk && (in.outline == "round" || (in.outline.empty() && round_draw));

  SculptModel model;
  model.slots.push_back({"top", "wood", std::nullopt, true});
  model.slots.push_back({"legs", "wood", rgb(110, 70, 40), false, true});

  Sdf top = round_top ? translate(cylinder(d / 2, top_t / 2), {0, height - top_t / 2, 0})
                      : translate(roundBox({w / 2, top_t / 2, d / 2}, 8.0f * in.softness), {0, height - top_t / 2, 0});
  Sdf shape = withMaterial(top, 0);
  const float leg_top_r = rng.uniform(26, 34), leg_bottom_r = leg_top_r * rng.uniform(0.6f, 0.85f);
  if (round_top) {
    Sdf column = parts::limb({0, 40, 0}, {0, height - top_t, 0}, 55, 40);
    Sdf foot = translate(cylinder(d * 0.3f, 20), {0, 20, 0});
    shape = smoothUnion(shape, withMaterial(smoothUnion(foot, column, 30.0f), 1), 20.0f);
  } else {
    const float ix = w / 2 - 60, iz = d / 2 - 60;
    std::vector<Sdf> legs;
    for (float sx : {-1.0f, 1.0f}) {
      for (float sz : {-1.0f, 1.0f}) {
        legs.push_back(parts::limb({sx * ix, height - top_t, sz * iz}, {sx * ix, leg_bottom_r, sz * iz},
                                   leg_top_r, leg_bottom_r));
      }
    }
    // Apron: a frame just under the top.
    Sdf apron = subtract(translate(box({ix, 45, iz}), {0, height - top_t - 45, 0}),
                         translate(box({ix - 20, 60, iz - 20}), {0, height - top_t - 45, 0}));
    legs.push_back(apron);
    shape = smoothUnion(shape, withMaterial(unite(std::move(legs)), 1), 6.0f * in.softness);
  }
  model.shape = shape;
  return model;
}

}  // namespace kiln::engines::sculpt
