// Teapots and kettles: a squat lathe body, a lid with a knob, a swept spout
// and a loop handle.
#include <cmath>

#include "engines/sculpt/archetypes/parts.h"

namespace kiln::engines::sculpt {

using namespace geometry;
using parts::rgb;

SculptModel buildTeapot(const ArchetypeInput& in, Rng& rng) {
  const bool kettle = in.variant == "kettle";
  const float body_h = rng.uniform(85, 100);
  const float body_r = rng.uniform(62, 72);
  const float foot_r = body_r * 0.62f;
  const float top_r = body_r * (kettle ? 0.65f : 0.5f);
  const float k = in.softness;

  SculptModel model;
  model.slots.push_back({"body", "ceramic", rgb(240, 240, 235), true});
  model.slots.push_back({"lid", "ceramic", rgb(240, 240, 235), false, true});
  model.slots.push_back({"knob", "ceramic", rgb(60, 90, 150), false, true});

  auto radius = [&](float t) {
    // Foot → widest at 45 % of the height → shoulder closing in to the opening.
    constexpr float kHalfPi = static_cast<float>(M_PI) * 0.5f;
    if (t < 0.45f) return foot_r + (body_r - foot_r) * std::sin(t / 0.45f * kHalfPi);
    return top_r + (body_r - top_r) * std::cos((t - 0.45f) / 0.55f * kHalfPi);
  };
  Sdf body = withMaterial(parts::latheSolid(parts::sampleProfile(radius, body_h, 24)), 0);

  // Lid: a shallow dome sitting in the opening, and a knob.
  const float lid_r = top_r * 0.95f;
  Sdf lid = intersect(ellipsoid({lid_r, lid_r * 0.45f, lid_r}), translate(box({lid_r + 1, lid_r, lid_r + 1}), {0, lid_r, 0}));
  lid = withMaterial(translate(lid, {0, body_h - 2.0f, 0}), 1);
  const float knob_r = kettle ? 7.0f : 9.0f;
  Sdf knob = withMaterial(translate(sphere(knob_r), {0, body_h + lid_r * 0.45f + knob_r * 0.6f, 0}), 2);

  // Spout: a tapered tube curving up and out on -X.
  const float spout_len = rng.uniform(0.9f, 1.1f);
  std::vector<Vec3> spout_path = {
      {-body_r * 0.7f, body_h * 0.3f, 0},
      {-body_r * 1.05f, body_h * 0.45f, 0},
      {-body_r * (1.25f + 0.1f * spout_len), body_h * 0.8f, 0},
      {-body_r * (1.4f + 0.15f * spout_len), body_h * (1.0f + 0.08f * spout_len), 0}};
  Sdf spout = withMaterial(parts::curvedLimb(spout_path, 13.0f, 6.0f), 0);

  // Handle: a loop on +X (a kettle carries it over the top instead).
  Sdf handle;
  if (kettle) {
    handle = parts::loopHandle({-top_r * 0.8f, body_h - 4.0f, 0}, {top_r * 0.8f, body_h - 4.0f, 0}, {0, 1, 0},
                               body_h * 0.5f, 5.0f);
  } else {
    handle = parts::loopHandle({body_r * 0.75f, body_h * 0.85f, 0}, {body_r * 0.85f, body_h * 0.25f, 0},
                               {1, 0, 0}, body_r * 0.55f, 6.5f);
  }
  handle = withMaterial(handle, 0);

  Sdf shape = smoothUnion(body, spout, 9.0f * k);
  shape = smoothUnion(shape, handle, 6.0f * k);
  shape = smoothUnion(shape, lid, 2.0f);
  shape = smoothUnion(shape, knob, 3.0f * k);
  model.shape = shape;
  return model;
}

}  // namespace kiln::engines::sculpt
