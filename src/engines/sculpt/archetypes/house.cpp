// Houses, cottages and huts: walls with a door and windows under a gabled
// roof with a chimney; a hut is round with a conical roof.
#include <cmath>

#include "engines/sculpt/archetypes/parts.h"

namespace kiln::engines::sculpt {

using namespace geometry;
using parts::rgb;

SculptModel buildHouse(const ArchetypeInput& in, Rng& rng) {
  SculptModel model;
  model.slots.push_back({"walls", "stone", rgb(225, 215, 190), true});
  model.slots.push_back({"roof", "clay", rgb(170, 60, 45), false, true});
  model.slots.push_back({"trim", "wood", rgb(95, 60, 35)});

  if (in.variant == "hut") {
    const float r = rng.uniform(180, 220), wall_h = rng.uniform(200, 240);
    Sdf walls = withMaterial(translate(cylinder(r, wall_h / 2), {0, wall_h / 2, 0}), 0);
    Sdf roof = withMaterial(translate(cone(r * 1.25f, 6.0f, r * 1.1f), {0, wall_h - 10, 0}), 1);
    Sdf door = translate(roundBox({45, 75, 30}, 10), {0, 75, r});
    Sdf shape = subtract(unite(walls, roof), door);
    shape = unite(shape, withMaterial(translate(box({40, 70, 6}), {0, 70, r - 14}), 2));
    model.shape = shape;
    return model;
  }

  const float w = rng.uniform(360, 440), d = rng.uniform(260, 320), wall_h = rng.uniform(220, 260);
  const float roof_h = rng.uniform(150, 200), overhang = 25.0f;
  Sdf walls = withMaterial(translate(box({w / 2, wall_h / 2, d / 2}), {0, wall_h / 2, 0}), 0);
  // Gable roof: a triangle in the (z, y) plane extruded along X.
  std::vector<Vec2> gable = {{-(d / 2 + overhang), 0}, {d / 2 + overhang, 0}, {0, roof_h}};
  Sdf roof = extrude(gable, w / 2 + overhang);
  roof = rotate(roof, {0, 1, 0}, static_cast<float>(M_PI) / 2);  // extrusion axis Z → X
  roof = translate(rounded(roof, 3.0f), {0, wall_h, 0});
  roof = withMaterial(roof, 1);
  Sdf chimney = withMaterial(translate(box({22, 70, 22}), {w * 0.25f, wall_h + roof_h * 0.7f, -d * 0.12f}), 0);
  Sdf shape = unite(unite(walls, roof), chimney);

  // Door (+Z face): a recess with a wooden leaf; windows either side.
  const float door_w = 38, door_h = 80;
  shape = subtract(shape, translate(box({door_w, door_h, 12}), {0, door_h, d / 2}));
  shape = unite(shape, withMaterial(translate(box({door_w, door_h, 4}), {0, door_h, d / 2 - 8}), 2));
  for (float sx : {-1.0f, 1.0f}) {
    const Vec3 c(sx * w * 0.3f, wall_h * 0.55f, d / 2);
    shape = subtract(shape, translate(box({32, 30, 10}), c));
    // Window cross bars.
    shape = unite(shape, withMaterial(translate(box({32, 3, 3}), c - Vec3(0, 0, 6)), 2));
    shape = unite(shape, withMaterial(translate(box({3, 30, 3}), c - Vec3(0, 0, 6)), 2));
  }
  model.shape = shape;
  return model;
}

}  // namespace kiln::engines::sculpt
