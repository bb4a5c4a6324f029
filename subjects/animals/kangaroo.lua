-- A kangaroo: sitting up on huge hind legs with long feet, a thick tail
-- propped on the ground, short arms held in front, a deer-like head with
-- tall ears; a joey peeks out of the pouch if asked.
local Q = use and use("quadruped")

local species = {
  body_len = 48, body_h = 26, body_w = 22, chest = 0.8, hips = 1.2, leg_len = 40, leg_r = 6, leg_taper = 0.8,
  neck_len = 20, neck_angle = 70, neck_r = 11, neck_r2 = 9, neck_y = 0.3, neck_x = 0.85,
  head_r = 13, head_lx = 1.1, head_lz = 0.85,
  snout_len = 15, snout_r = 7.5, snout_taper = 0.8, snout_drop = 18, nose_r = 0.5,
  ears = "long", ear_len = 24, ear_r = 6.5, ear_out = 16, ear_back = 8, ear_spread = 0.45,
  eye_r = 0.15, eye_fwd = 0.5, eye_side = 0.8, eye_up = 0.35,
  tail = "thick", tail_len = 100, tail_r = 10, tail_y = -0.2,
  sit_angle = 68, sit_neck = 0, default_pose = "sitting", arms = 26, hind_foot = 0.75,
  marks = {{"belly", part = "light", h = 0.5}},
}

local parts = {
  {"coat", "fur", color = "#b5774a", role = "primary", names = {"fur", "coat", "body"}},
  {"light", "fur", color = "#ecd8c0", role = "secondary", names = {"belly", "chest"}},
  {"nose", "plastic", color = "#1a1414", role = "detail", names = {"nose"}},
  {"eyes", "gloss", color = "#0e0c0c", role = "fixed"},
}

return {
  id = "kangaroo",
  names = {"kangaroo", "roo", "joey", "red kangaroo", "grey kangaroo", "kangeroo", "kangaru"},
  lvis = {},
  family = "animals",
  size_mm = 1500,
  description = "A kangaroo",
  parts = parts,
  variants = {
    wallaby = {names = {"wallaby"}, size_mm = 800, colors = {coat = "#8a7a6a"}},
  },
  poses = {"sitting"},
  attach_to = {"head", "neck", "back"},
  points = {"head", "neck", "back", "face"},
  build = function(k) return Q.build(k, species, parts) end,
}
