// Lathe vessels: vase, urn, jar, amphora, bottle, bowl, goblet.
#include <cmath>

#include "engines/sculpt/archetypes/parts.h"

namespace kiln::engines::sculpt {

using namespace geometry;
using parts::rgb;

SculptModel buildVase(const ArchetypeInput& in, Rng& rng) {
  const std::string_view v = in.variant;
  float height = 220.0f;
  float base = rng.uniform(32, 42), belly = rng.uniform(55, 75), neck = rng.uniform(18, 26);
  float lip = neck * rng.uniform(1.2f, 1.6f);
  float belly_at = rng.uniform(0.3f, 0.45f), neck_at = 0.82f;
  if (v == "urn") { belly = rng.uniform(70, 85); neck = rng.uniform(35, 45); lip = neck * 1.5f; belly_at = 0.45f; }
  if (v == "jar") { height = 160; base = 50; belly = rng.uniform(62, 70); neck = 48; lip = 52; neck_at = 0.9f; }
  if (v == "bottle") { height = 260; base = 40; belly = 42; belly_at = 0.3f; neck = 12; lip = 14; neck_at = 0.7f; }
  if (v == "amphora") { height = 260; base = 12; belly = rng.uniform(65, 75); belly_at = 0.55f; neck = 20; lip = 30; }
  if (v == "bowl") { height = 80; base = 40; belly = 95; belly_at = 1.0f; neck = 95; lip = 100; neck_at = 1.0f; }
  if (v == "goblet") { height = 180; }

  SculptModel model;
  model.slots.push_back({"body", "ceramic", rgb(70, 110, 170), true});
  model.slots.push_back({"rim", "ceramic", rgb(235, 225, 200), false, true});

  Sdf body;
  if (v == "goblet") {
    // A cup on a stem and a foot.
    const auto cup = parts::sampleProfile(
        [](float t) { return 10.0f + 45.0f * std::sqrt(t); }, 80.0f, 16);
    Sdf bowl = translate(parts::latheVessel(cup, 3.5f, 6.0f), {0, 95, 0});
    Sdf stem = cylinder(6.0f, 50.0f);
    stem = translate(stem, {0, 50, 0});
    Sdf foot = translate(cylinder(38.0f, 4.0f), {0, 4, 0});
    body = smoothUnion(smoothUnion(foot, stem, 8.0f * in.softness), bowl, 10.0f * in.softness);
  } else {
    const float wall = std::max(3.0f, height * 0.018f);
    auto radius = [&](float t) {
      // Base to belly: a smooth rise; belly to neck: a fall; then a flared lip.
      if (t <= belly_at) {
        const float s = belly_at > 0 ? t / belly_at : 1.0f;
        return base + (belly - base) * std::sin(s * static_cast<float>(M_PI) * 0.5f);
      }
      if (t <= neck_at) {
        const float s = (t - belly_at) / (neck_at - belly_at);
        return neck + (belly - neck) * 0.5f * (1.0f + std::cos(s * static_cast<float>(M_PI)));
      }
      const float s = (t - neck_at) / (1.0f - neck_at);
      return neck + (lip - neck) * s * s;
    };
    body = parts::latheVessel(parts::sampleProfile(radius, height, 28), wall, wall * 1.5f);
  }
  body = withMaterial(body, 0);

  // A contrasting band around the rim (or foot for a bowl).
  const Box b = body.bounds();
  const float rim_y = b.max.y();
  float rim_r = lip;
  if (v == "goblet") rim_r = 55.0f;
  Sdf rim = withMaterial(translate(torus(rim_r - 1.0f, 2.2f), {0, rim_y - 2.0f, 0}), 1);
  Sdf shape = smoothUnion(body, rim, 1.5f);

  if (v == "amphora") {
    const float hy = height * 0.82f;
    for (float side : {-1.0f, 1.0f}) {
      Sdf handle = parts::loopHandle({side * (neck + 1), hy, 0}, {side * (belly * 0.7f), height * 0.62f, 0},
                                     {side, 0.4f, 0}, 25.0f, 4.5f);
      shape = smoothUnion(shape, withMaterial(handle, 0), 4.0f);
    }
  }
  model.shape = shape;
  return model;
}

}  // namespace kiln::engines::sculpt
