-- A koala: a compact grey body sitting up, a big round head with huge fluffy
-- white-edged ears, a large dark oval nose, a pale chest.
local Q = use and use("quadruped")

local species = {
  body_len = 36, body_h = 28, body_w = 24, chest = 1.0, hips = 1.05, leg_len = 20, leg_r = 8, leg_taper = 0.9, paw = 1.0,
  neck_len = 6, neck_angle = 40, neck_r = 20, neck_r2 = 18, neck_y = 0.45,
  head_r = 25, head_lx = 0.9, head_lz = 1.05,
  snout_len = 1, snout_r = 7, snout_taper = 0.9, snout_drop = 18, nose_r = 1.45,
  ears = "round", ear_r = 14, ear_spread = 0.85, ear_part = "light",
  eye_r = 0.07, eye_fwd = 0.8, eye_side = 0.6, eye_up = 0.35,
  tail = "stub", tail_r = 3,
  sit_angle = 65, default_pose = "sitting", sit_neck = 0,
  marks = {{"belly", part = "light", h = 0.35}, {"chest", part = "light"}},
}

local parts = {
  {"coat", "fur", color = "#8f8b88", role = "primary", names = {"fur", "coat", "body"}},
  {"light", "fur", color = "#ece8e2", role = "secondary", names = {"ears", "chest", "belly"}},
  {"nose", "leather", color = "#1e1a1a", role = "detail", names = {"nose"}},
  {"eyes", "plastic", color = "#0e0c0c", role = "fixed"},
}

-- Garments it can be dressed in ("a raccoon in a trench coat").
parts = Q.dressable(parts)

return {
  id = "koala",
  names = {"koala", "koala bear", "baby koala", "koalla"},
  lvis = {"koala"},
  family = "animals",
  size_mm = 550,
  description = "A koala",
  parts = parts,
  poses = {"sitting", "standing"},
  attach_to = {"head", "neck", "back"},
  points = {"head", "neck", "back", "face"},
  build = function(k) return Q.build(k, species, parts) end,
}
