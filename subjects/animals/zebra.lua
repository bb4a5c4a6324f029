-- A zebra: a stocky horse shape covered in bold black-and-white stripes, an
-- upright striped mane, a dark muzzle, a tufted tail.
local Q = use and use("quadruped")

local species = {
  body_len = 70, body_h = 30, body_w = 23, chest = 1.05, hips = 1.02, leg_len = 76, leg_r = 6.8, leg_taper = 0.65,
  feet = "hoof", knee = 0.12,
  neck_len = 44, neck_angle = 52, neck_r = 19, neck_r2 = 11, neck_y = 0.35,
  head_r = 13, head_lx = 1.15, head_lz = 0.8, head_tilt = 0.6,
  snout_len = 32, snout_r = 9.5, snout_taper = 0.95, snout_drop = 58, nose = "none", muzzle = "accent", muzzle_r = 1.3,
  ears = "cone", ear_len = 15, ear_r = 5.2, ear_spread = 0.4, ear_out = 10, ear_flat = 0.55,
  eye_r = 0.16, eye_fwd = 0.3, eye_side = 0.9, eye_up = 0.35,
  tail = "tuft", tail_len = 55, tail_r = 3, tail_y = 0.45,
  mane = "crest",
  marks = {{"stripes", part = "accent", n = 15, w = 4.2, legs = true, neck = true, face = true, leg_step = 10}},
}

local parts = {
  {"coat", "fur", color = "#f4f2ee", role = "primary", names = {"coat", "body", "white stripes"}},
  {"accent", "fur", color = "#161414", role = "secondary", names = {"stripes", "black stripes", "muzzle"}},
  {"mane", "fur", color = "#1c1a1a", role = "detail", names = {"mane", "tail"}},
  {"hooves", "bone", color = "#222222", role = "detail", names = {"hooves"}},
  {"eyes", "gloss", color = "#0e0c0c", role = "fixed"},
}

return {
  id = "zebra",
  names = {"zebra", "zebra foal", "plains zebra"},
  lvis = {"zebra"},
  family = "animals",
  size_mm = 1400,
  description = "A striped zebra",
  parts = parts,
  poses = {"lying", "running"},
  attach_to = {"back", "head", "neck"},
  points = {"head", "neck", "back", "face"},
  build = function(k) return Q.build(k, species, parts) end,
}
