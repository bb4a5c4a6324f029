-- A donkey: a small grey horse with a big head, very long ears, a short
-- upright mane, a pale muzzle and belly, and a tufted tail.
local Q = use and use("quadruped")

local species = {
  body_len = 62, body_h = 28, body_w = 21, chest = 1.0, hips = 1.02, leg_len = 60, leg_r = 6.5, leg_taper = 0.65,
  feet = "hoof", knee = 0.1,
  neck_len = 34, neck_angle = 42, neck_r = 17, neck_r2 = 12, neck_y = 0.3,
  head_r = 15, head_lx = 1.15, head_lz = 0.82, head_tilt = 0.6,
  snout_len = 28, snout_r = 10.5, snout_taper = 0.95, snout_drop = 50, nose = "none", muzzle = "light", muzzle_r = 1.6,
  ears = "long", ear_len = 34, ear_r = 7, ear_out = 22, ear_back = 25, ear_spread = 0.45,
  eye_r = 0.15, eye_fwd = 0.3, eye_side = 0.9, eye_up = 0.3,
  tail = "tuft", tail_len = 52, tail_r = 2.6, tail_y = 0.45,
  mane = "crest",
  marks = {{"belly", part = "light", h = 0.45}, {"eye_patches", part = "light"}},
}

local parts = {
  {"coat", "fur", color = "#8c8580", role = "primary", names = {"coat", "body"}},
  {"light", "fur", color = "#ece8e2", role = "secondary", names = {"muzzle", "belly"}},
  {"mane", "fur", color = "#3a3430", role = "detail", names = {"mane", "tail tuft"}},
  {"hooves", "bone", color = "#2a2420", role = "detail", names = {"hooves"}},
  {"eyes", "gloss", color = "#0e0c0c", role = "fixed"},
}

return {
  id = "donkey",
  names = {"donkey", "burro", "ass", "jackass", "jenny", "eeyore", "wild ass"},
  lvis = {},
  family = "animals",
  size_mm = 1200,
  description = "A donkey",
  parts = parts,
  variants = {
    mule = {names = {"mule"}, size_mm = 1450, colors = {coat = "#5a3e2a", light = "#b89a7c"}},
  },
  poses = {"lying", "running"},
  attach_to = {"back", "head", "neck"},
  points = {"head", "neck", "back", "face"},
  build = function(k) return Q.build(k, species, parts) end,
}
