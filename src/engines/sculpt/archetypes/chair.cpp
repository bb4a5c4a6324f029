// Chairs, stools and thrones: a seat on legs, back posts with slats.
#include <cmath>

#include "engines/sculpt/archetypes/parts.h"

namespace kiln::engines::sculpt {

using namespace geometry;
using parts::rgb;

SculptModel buildChair(const ArchetypeInput& in, Rng& rng) {
  const std::string_view v = in.variant;
  const bool stool = v == "stool", throne = v == "throne";
  const float seat_h = stool ? 650.0f : 450.0f;
  const float w = throne ? 620.0f : rng.uniform(420, 480);
  const float d = rng.uniform(400, 460);
  const float seat_t = 35.0f;
  const float back_h = throne ? 1400.0f : rng.uniform(880, 980);
  const float k = in.softness;

  SculptModel model;
  model.slots.push_back({"frame", throne ? std::string_view("gold") : std::string_view("wood"), std::nullopt, true});
  model.slots.push_back({"seat", throne ? std::string_view("wood") : std::string_view("wood"),
                         throne ? std::optional(rgb(150, 25, 40)) : std::optional(rgb(150, 105, 65)), false, true});

  std::vector<Sdf> frame;
  Sdf seat;
  if (stool) {
    seat = translate(cylinder(w / 2 * 0.8f, seat_t / 2), {0, seat_h - seat_t / 2, 0});
    const int legs = rng.chance(0.5f) ? 3 : 4;
    for (int i = 0; i < legs; ++i) {
      const float a = 2.0f * static_cast<float>(M_PI) * static_cast<float>(i) / legs;
      const Vec3 top(std::cos(a) * w * 0.28f, seat_h - seat_t, std::sin(a) * w * 0.28f);
      const Vec3 bottom(std::cos(a) * w * 0.4f, 14.0f, std::sin(a) * w * 0.4f);
      frame.push_back(parts::limb(top, bottom, 18, 14));
      // A ring of stretchers at a third of the height.
      const float b = 2.0f * static_cast<float>(M_PI) * static_cast<float>(i + 1) / legs;
      const Vec3 p0 = top + (bottom - top) * 0.65f;
      const Vec3 q_top(std::cos(b) * w * 0.28f, seat_h - seat_t, std::sin(b) * w * 0.28f);
      const Vec3 q_bottom(std::cos(b) * w * 0.4f, 14.0f, std::sin(b) * w * 0.4f);
      frame.push_back(parts::limb(p0, q_top + (q_bottom - q_top) * 0.65f, 9, 9));
    }
  } else {
    seat = translate(roundBox({w / 2, seat_t / 2, d / 2}, 6.0f * k), {0, seat_h - seat_t / 2, 0});
    const float ix = w / 2 - 25, iz = d / 2 - 25;
    const float leg_r = throne ? 30.0f : 17.0f;
    for (float sx : {-1.0f, 1.0f}) {
      // Front legs.
      frame.push_back(parts::limb({sx * ix, seat_h - seat_t, iz}, {sx * ix, leg_r * 0.8f, iz}, leg_r, leg_r * 0.8f));
      // Back legs continue up as the back posts, leaning back slightly.
      frame.push_back(parts::limb({sx * ix, leg_r * 0.8f, -iz}, {sx * ix, back_h, -iz - 40}, leg_r * 0.8f, leg_r * 0.9f));
      // Side stretchers.
      frame.push_back(parts::limb({sx * ix, 150, iz}, {sx * ix, 150, -iz}, 9, 9));
      if (throne) {
        // Armrests.
        frame.push_back(parts::limb({sx * ix, seat_h + 220, iz + 20}, {sx * ix, seat_h + 220, -iz - 20}, 28, 28));
        frame.push_back(parts::limb({sx * ix, seat_h, iz}, {sx * ix, seat_h + 220, iz + 10}, 22, 22));
      }
    }
    // Back: a top rail and slats (a throne gets a solid panel).
    const float lean = 40.0f;
    if (throne) {
      Sdf panel = translate(roundBox({ix, (back_h - seat_h) / 2 - 40, 18}, 10), {0, (back_h + seat_h) / 2, -iz - lean / 2});
      frame.push_back(panel);
      frame.push_back(translate(sphere(45), {0, back_h + 20, -iz - lean}));
    } else {
      frame.push_back(parts::limb({-ix, back_h - 40, -iz - lean * 0.95f}, {ix, back_h - 40, -iz - lean * 0.95f}, 22, 22));
      const int slats = rng.range(2, 4);
      for (int i = 0; i < slats; ++i) {
        const float x = -ix + 2 * ix * static_cast<float>(i + 1) / static_cast<float>(slats + 1);
        frame.push_back(parts::limb({x, seat_h, -iz - 4}, {x, back_h - 40, -iz - lean * 0.95f}, 11, 11));
      }
    }
  }
  Sdf shape = smoothUnion(withMaterial(unite(std::move(frame)), 0), withMaterial(seat, 1), 5.0f * k);
  model.shape = shape;
  return model;
}

}  // namespace kiln::engines::sculpt
