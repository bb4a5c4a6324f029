-- A rhinoceros: a massive grey armoured body on thick legs, a long heavy head
-- carried low with two horns on the nose, tube ears, a small tail.
local Q = use and use("quadruped")

local species = {
  body_len = 84, body_h = 38, body_w = 31, chest = 1.05, hips = 1.0, belly = 0.3, leg_len = 38, leg_r = 13, leg_taper = 0.95,
  feet = "pad", knee = 0.04,
  humps = {0.45}, hump_h = 0.45,
  neck_len = 12, neck_angle = 5, neck_r = 30, neck_r2 = 24, neck_y = 0.1, neck_x = 0.72,
  head_r = 20, head_lx = 1.25, head_lz = 0.8, head_tilt = 0.4,
  snout_len = 30, snout_r = 14, snout_taper = 0.95, snout_drop = 28, nose = "none",
  horns = "rhino", horn_len = 44, horn_r = 11,
  ears = "cone", ear_len = 12, ear_r = 5.5, ear_spread = 0.55, ear_out = 25, ear_flat = 0.7,
  eye_r = 0.08, eye_fwd = 0.7, eye_side = 0.7, eye_up = 0.05,
  tail = "tuft", tail_len = 30, tail_r = 2.6, tail_y = 0.4,
}

local parts = {
  {"coat", "skin", color = "#8a8580", role = "primary", names = {"skin", "hide", "body"}},
  {"horns", "bone", color = "#c8bca4", role = "secondary", names = {"horn", "horns"}},
  {"nails", "bone", color = "#5e5a56", role = "detail", names = {"toenails"}},
  {"mane", "fur", color = "#3a3432", role = "detail", names = {"tail tuft"}},
  {"eyes", "plastic", color = "#0e0c0c", role = "fixed"},
}

return {
  id = "rhino",
  names = {"rhinoceros", "rhino", "white rhino", "black rhino", "rhinocerous", "rhinoserous", "rino"},
  lvis = {"rhinoceros"},
  family = "animals",
  size_mm = 1700,
  description = "A rhinoceros",
  parts = parts,
  poses = {"lying", "running"},
  attach_to = {"back", "head", "neck"},
  points = {"head", "neck", "back", "face"},
  build = function(k) return Q.build(k, species, parts) end,
}
