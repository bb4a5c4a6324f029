// Chests and crates: a rounded box body, a barrel-vaulted lid, iron bands
// and a lock plate (a crate gets planks instead).
#include <cmath>

#include "engines/sculpt/archetypes/parts.h"

namespace kiln::engines::sculpt {

using namespace geometry;
using parts::rgb;

SculptModel buildChest(const ArchetypeInput& in, Rng& rng) {
  const bool crate = in.variant == "crate";
  const float w = rng.uniform(380, 440), d = rng.uniform(240, 280);
  const float body_h = crate ? d : rng.uniform(170, 200);
  const float edge = 6.0f * in.softness;

  SculptModel model;
  model.slots.push_back({"wood", "wood", std::nullopt, true});
  model.slots.push_back({"bands", "iron", std::nullopt, false, true});
  model.slots.push_back({"lock", "brass", std::nullopt});

  Sdf body = withMaterial(translate(roundBox({w / 2, body_h / 2, d / 2}, edge), {0, body_h / 2, 0}), 0);
  Sdf shape = body;
  if (crate) {
    // Grooves between planks on the front, back and sides.
    const int planks = 4;
    std::vector<Sdf> grooves;
    for (int i = 1; i < planks; ++i) {
      const float y = body_h * static_cast<float>(i) / planks;
      grooves.push_back(translate(box({w / 2 + 2, 2.0f, d / 2 + 2}), {0, y, 0}));
    }
    Sdf cut = unite(std::move(grooves));
    shape = subtract(shape, intersect(cut, shell(box({w / 2, body_h, d / 2}), 6.0f)));
    // Corner posts in a darker wood.
    for (float sx : {-1.0f, 1.0f}) {
      for (float sz : {-1.0f, 1.0f}) {
        Sdf post = translate(roundBox({14, body_h / 2 + 1, 14}, 3), {sx * (w / 2 - 10), body_h / 2, sz * (d / 2 - 10)});
        shape = unite(shape, withMaterial(post, 1));
      }
    }
    model.slots[1] = {"posts", "wood", rgb(90, 60, 35), false, true};
    model.slots.pop_back();
    model.shape = shape;
    return model;
  }

  // Lid: half of a cylinder along X, sitting on the body.
  const float lid_r = d / 2;
  const float lid_rise = lid_r * rng.uniform(0.45f, 0.6f);
  Sdf vault = scale(rotate(cylinder(1.0f, w / 2 / lid_r), {0, 0, 1}, static_cast<float>(M_PI) / 2), lid_r);
  vault = intersect(vault, translate(box({w / 2 + 1, lid_r, lid_r + 1}), {0, lid_r, 0}));
  // Flatten the vault to the sampled rise.
  Sdf lid = translate(intersect(vault, box({w / 2, lid_rise, d / 2})), {0, body_h, 0});
  lid = withMaterial(lid, 0);
  shape = smoothUnion(shape, lid, 2.0f);

  // Iron bands: thin slabs wrapping body and lid at two places along X.
  for (float sx : {-0.32f, 0.32f}) {
    Sdf band_body = translate(box({9, body_h / 2 + 2, d / 2 + 3}), {sx * w, body_h / 2, 0});
    Sdf band_lid = intersect(translate(box({9, lid_rise + 3, d / 2 + 3}), {sx * w, body_h + lid_rise / 2, 0}),
                             rounded(lid, 3.0f));
    shape = unite(shape, withMaterial(unite(band_body, band_lid), 1));
  }
  // Rim band where lid meets body.
  shape = unite(shape, withMaterial(translate(roundBox({w / 2 + 2, 7, d / 2 + 2}, 2), {0, body_h, 0}), 1));
  // Lock plate on the front (+Z).
  Sdf lock = translate(roundBox({22, 30, 6}, 3), {0, body_h - 8, d / 2 + 3});
  shape = unite(shape, withMaterial(subtract(lock, translate(box({3, 8, 8}), {0, body_h - 14, d / 2 + 8})), 2));
  model.shape = shape;
  return model;
}

}  // namespace kiln::engines::sculpt
