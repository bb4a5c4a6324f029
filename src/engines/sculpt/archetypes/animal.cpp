// Four-legged animals: an ellipsoid body on four tapered legs, a neck, a
// head with snout, ears and eyes, and a curved tail. Species differ only in
// proportions and colours (a table below), so every species shares one build.
#include <cmath>

#include "engines/sculpt/archetypes/parts.h"

namespace kiln::engines::sculpt {

using namespace geometry;
using parts::rgb;

namespace {

struct Species {
  std::string_view id;
  float body_len, body_h, body_w;   // body ellipsoid semi-axes (mm)
  float leg_len, leg_r;
  float neck_len, neck_rise;        // neck from the chest, rise as a fraction (0 flat, 1 vertical)
  float head_r, snout_len, snout_r;
  float ear_len, ear_r;             // ears: cones
  float tail_len, tail_r;
  bool horns, trunk, mane;
  ColorWord coat, accent;
};

const Species kSpecies[] = {
    {"dog", 60, 28, 24, 48, 8, 28, 0.7f, 20, 18, 10, 16, 7, 45, 5, false, false, false, rgb(190, 140, 80), rgb(90, 60, 40)},
    {"cat", 55, 22, 19, 38, 6, 14, 0.6f, 18, 6, 7, 13, 7, 65, 4, false, false, false, rgb(230, 150, 70), rgb(250, 240, 230)},
    {"horse", 80, 36, 28, 95, 10, 55, 0.75f, 18, 36, 12, 14, 5, 55, 7, false, false, true, rgb(130, 80, 45), rgb(40, 30, 25)},
    {"cow", 85, 42, 34, 60, 11, 25, 0.4f, 24, 22, 15, 10, 5, 60, 4, true, false, false, rgb(245, 245, 240), rgb(40, 35, 35)},
    {"pig", 62, 36, 32, 28, 9, 8, 0.2f, 26, 10, 14, 12, 7, 18, 3, false, false, false, rgb(240, 170, 175), rgb(220, 130, 140)},
    {"sheep", 62, 40, 36, 40, 7, 14, 0.6f, 18, 14, 9, 10, 5, 14, 5, false, false, false, rgb(245, 242, 232), rgb(45, 40, 40)},
    {"fox", 55, 22, 19, 40, 6, 22, 0.6f, 17, 18, 7, 18, 8, 65, 11, false, false, false, rgb(220, 100, 35), rgb(250, 245, 240)},
    {"bear", 80, 45, 40, 48, 15, 18, 0.4f, 30, 16, 13, 8, 8, 10, 6, false, false, false, rgb(100, 65, 40), rgb(60, 40, 30)},
    {"deer", 65, 30, 24, 80, 6, 48, 0.8f, 17, 22, 9, 16, 6, 14, 5, true, false, false, rgb(170, 110, 60), rgb(250, 240, 225)},
    {"elephant", 95, 62, 55, 70, 22, 10, 0.2f, 42, 10, 16, 5, 28, 40, 4, false, true, false, rgb(140, 140, 145), rgb(235, 230, 215)},
};

const Species& speciesFor(std::string_view id) {
  for (const auto& s : kSpecies) {
    if (s.id == id) return s;
  }
  return kSpecies[0];
}

}  // namespace

SculptModel buildAnimal(const ArchetypeInput& in, Rng& rng) {
  const Species& sp = speciesFor(in.variant.empty() ? std::string_view("dog") : in.variant);
  const bool cartoon = in.style == Style::kCartoon;
  const float k = in.softness;
  // Small per-seed variation of proportions (±8 %).
  auto vary = [&](float x) { return x * rng.uniform(0.92f, 1.08f); };
  const float bl = vary(sp.body_len), bh = vary(sp.body_h), bw = vary(sp.body_w);
  const float leg_len = vary(sp.leg_len) * (cartoon ? 0.75f : 1.0f);
  const float head_r = vary(sp.head_r) * (cartoon ? 1.4f : 1.0f);

  SculptModel model;
  model.slots.push_back({"coat", "plastic", sp.coat, true});
  model.slots.push_back({"accent", "plastic", sp.accent, false, true});
  model.slots.push_back({"eyes", "plastic", rgb(20, 20, 22), false, false, true});

  // Body centre sits above the legs; +X is forward.
  const float body_y = leg_len + bh * 0.7f;
  Sdf body = translate(ellipsoid({bl, bh, bw}), {0, body_y, 0});
  std::vector<Sdf> legs;
  for (float sx : {-1.0f, 1.0f}) {
    for (float sz : {-1.0f, 1.0f}) {
      const Vec3 hip(sx * bl * 0.62f, body_y - bh * 0.3f, sz * bw * 0.55f);
      const Vec3 foot(sx * bl * 0.64f, sp.leg_r * 0.8f, sz * bw * 0.6f);
      legs.push_back(parts::limb(hip, foot, sp.leg_r * 1.25f, sp.leg_r * 0.8f));
    }
  }
  Sdf coat = smoothUnion(body, unite(std::move(legs)), 9.0f * k);

  // Neck and head.
  const float rise = sp.neck_rise;
  const Vec3 chest(bl * 0.8f, body_y + bh * 0.25f, 0);
  const Vec3 head_c = chest + Vec3(sp.neck_len * (1.0f - rise * 0.6f) + head_r * 0.5f, sp.neck_len * rise + head_r * 0.3f, 0);
  if (sp.neck_len > 9) coat = smoothUnion(coat, parts::limb(chest, head_c, bh * 0.45f, head_r * 0.6f), 10.0f * k);
  Sdf head = translate(sphere(head_r), head_c);
  const Vec3 snout_dir = Vec3(1.0f, -0.35f, 0).normalized();
  const Vec3 snout_tip = head_c + snout_dir * (head_r * 0.6f + sp.snout_len);
  Sdf snout = parts::limb(head_c + snout_dir * head_r * 0.3f, snout_tip, sp.snout_r, sp.snout_r * 0.8f);
  coat = smoothUnion(coat, smoothUnion(head, snout, 6.0f * k), 8.0f * k);

  // Ears: cones leaning out from the top of the head.
  for (float sz : {-1.0f, 1.0f}) {
    const Vec3 base = head_c + Vec3(-head_r * 0.2f, head_r * 0.75f, sz * head_r * 0.55f);
    const Vec3 tip = base + Vec3(-sp.ear_len * 0.2f, sp.ear_len, sz * sp.ear_len * 0.35f);
    if (sp.trunk) {
      // Elephant ears are big flat discs at the side of the head.
      Sdf ear = translate(ellipsoid({sp.ear_r * 0.9f, sp.ear_r * 1.1f, 4.0f}), head_c + Vec3(-head_r * 0.4f, 0, sz * head_r * 0.95f));
      coat = smoothUnion(coat, ear, 4.0f);
    } else {
      coat = smoothUnion(coat, parts::limb(base, tip, sp.ear_r, 1.2f), 3.0f);
    }
    if (sp.horns) {
      const Vec3 hb = head_c + Vec3(0, head_r * 0.8f, sz * head_r * 0.35f);
      Sdf horn = parts::curvedLimb({hb, hb + Vec3(0, 10, sz * 8), hb + Vec3(-4, 22, sz * 10)}, 3.5f, 1.2f);
      coat = unite(coat, withMaterial(horn, 1));
    }
  }
  if (sp.trunk) {
    Sdf trunk = parts::curvedLimb({snout_tip, snout_tip + Vec3(10, -30, 0), snout_tip + Vec3(14, -60, 0),
                                   snout_tip + Vec3(22, -72, 0)},
                                  sp.snout_r, sp.snout_r * 0.45f);
    coat = smoothUnion(coat, trunk, 6.0f);
  }

  // Tail from the rump, curving up then back.
  const Vec3 rump(-bl * 0.95f, body_y + bh * 0.2f, 0);
  Sdf tail = parts::curvedLimb({rump, rump + Vec3(-sp.tail_len * 0.4f, sp.tail_len * 0.25f, 0),
                                rump + Vec3(-sp.tail_len * 0.8f, sp.tail_len * 0.3f, 0),
                                rump + Vec3(-sp.tail_len, sp.tail_len * 0.1f, 0)},
                               sp.tail_r, sp.tail_r * 0.6f);
  coat = smoothUnion(coat, tail, 5.0f * k);
  Sdf shape = withMaterial(coat, 0);

  if (sp.mane) {
    Sdf mane = parts::curvedLimb({head_c + Vec3(-head_r * 0.6f, head_r * 0.6f, 0), chest + Vec3(-4, bh * 0.6f, 0),
                                  chest + Vec3(-bl * 0.3f, bh * 0.55f, 0)},
                                 5.0f, 3.0f);
    shape = smoothUnion(shape, withMaterial(mane, 1), 3.0f);
  }
  // Accent-coloured snout end or muzzle, and eyes.
  shape = unite(shape, withMaterial(intersect(rounded(snout, 0.6f), translate(sphere(sp.snout_r * 1.3f), snout_tip)), 1));
  const float eye_r = std::max(2.5f, head_r * (cartoon ? 0.22f : 0.14f));
  for (float sz : {-1.0f, 1.0f}) {
    const Vec3 eye = head_c + Vec3(head_r * 0.72f, head_r * 0.3f, sz * head_r * 0.5f).normalized() * (head_r - eye_r * 0.3f);
    shape = unite(shape, withMaterial(translate(sphere(eye_r), eye), 2));
  }
  model.shape = shape;
  return model;
}

}  // namespace kiln::engines::sculpt
