// Snowmen: three stacked spheres with a carrot nose, coal eyes, stick arms
// and a top hat.
#include <cmath>

#include "engines/sculpt/archetypes/parts.h"

namespace kiln::engines::sculpt {

using namespace geometry;
using parts::rgb;

SculptModel buildSnowman(const ArchetypeInput& in, Rng& rng) {
  SculptModel model;
  model.slots.push_back({"snow", "plastic", rgb(245, 248, 252), true});
  model.slots.push_back({"hat", "plastic", rgb(30, 30, 35), false, true});
  model.slots.push_back({"nose", "plastic", rgb(240, 120, 30), false, false, true});
  model.slots.push_back({"arms", "wood", rgb(90, 60, 40), false, false, true});

  const float r0 = rng.uniform(70, 80), r1 = r0 * rng.uniform(0.68f, 0.75f), r2 = r1 * rng.uniform(0.66f, 0.72f);
  const float y0 = r0 * 0.9f, y1 = y0 + r0 * 0.8f + r1 * 0.6f, y2 = y1 + r1 * 0.8f + r2 * 0.6f;
  const float k = 12.0f * in.softness;
  Sdf snow = smoothUnion(smoothUnion(translate(sphere(r0), {0, y0, 0}), translate(sphere(r1), {0, y1, 0}), k),
                         translate(sphere(r2), {0, y2, 0}), k);
  snow = intersect(snow, translate(box({r0 * 2, y2 + r2 * 2, r0 * 2}), {0, y2 + r2 * 2, 0}));
  Sdf shape = withMaterial(snow, 0);

  Sdf hat = unite(translate(cylinder(r2 * 0.95f, 3.0f), {0, y2 + r2 * 0.8f, 0}),
                  translate(cylinder(r2 * 0.62f, r2 * 0.45f), {0, y2 + r2 * 0.8f + r2 * 0.45f, 0}));
  shape = unite(shape, withMaterial(hat, 1));
  Sdf nose = parts::limb({0, y2, r2 * 0.85f}, {0, y2 - 2, r2 * 1.6f}, 5.0f, 1.0f);
  shape = smoothUnion(shape, withMaterial(nose, 2), 2.0f);
  for (float sx : {-1.0f, 1.0f}) {
    shape = unite(shape, withMaterial(translate(sphere(4.0f), {sx * r2 * 0.35f, y2 + r2 * 0.3f, r2 * 0.88f}), 1));
    Sdf arm = parts::curvedLimb({{sx * r1 * 0.8f, y1 + 5, 0}, {sx * r1 * 1.5f, y1 + r1 * 0.4f, 8}, {sx * r1 * 2.0f, y1 + r1 * 0.9f, 0}},
                                5.0f, 3.0f);
    shape = unite(shape, withMaterial(arm, 3));
  }
  for (int i = 0; i < 3; ++i) {
    const float y = y1 - r1 * 0.4f + static_cast<float>(i) * r1 * 0.35f;
    const float z = std::sqrt(std::max(r1 * r1 - (y - y1) * (y - y1), 0.0f));
    shape = unite(shape, withMaterial(translate(sphere(5.0f), {0, y, z}), 1));
  }
  model.shape = shape;
  return model;
}

}  // namespace kiln::engines::sculpt
