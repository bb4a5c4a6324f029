-- A squirrel: a small body sitting up on big hind legs, a round head with
-- small pointed ears, and a huge bushy tail curled up over its back.
local Q = use and use("quadruped")

local species = {
  body_len = 28, body_h = 13, body_w = 11, chest = 0.9, hips = 1.15, leg_len = 12, leg_r = 3.4, leg_taper = 0.8,
  feet = "hand",
  neck_len = 6, neck_angle = 45, neck_r = 9, neck_r2 = 8, neck_y = 0.3,
  head_r = 10, head_lx = 1.1, head_lz = 0.95,
  snout_len = 4, snout_r = 5, snout_taper = 0.7, snout_drop = 12, nose_r = 0.45, cheeks = 0.55,
  ears = "cone", ear_len = 8, ear_r = 4, ear_spread = 0.45, ear_out = 8, ear_flat = 0.5,
  eye_r = 0.2, eye_fwd = 0.5, eye_side = 0.8, eye_up = 0.35,
  tail = "squirrel", tail_len = 52, tail_r = 10,
  sit_angle = 60, sit_neck = 5, default_pose = "sitting",
  marks = {{"belly", part = "light", h = 0.45}, {"jaw", part = "light"}},
}

local parts = {
  {"coat", "fur", color = "#b8622a", role = "primary", names = {"fur", "coat", "body", "tail"}},
  {"light", "fur", color = "#f4ece0", role = "secondary", names = {"belly", "chest"}},
  {"nose", "plastic", color = "#2a1e1a", role = "detail", names = {"nose"}},
  {"eyes", "plastic", color = "#0e0c0c", role = "fixed"},
}

-- Garments it can be dressed in ("a raccoon in a trench coat").
parts = Q.dressable(parts)

return {
  id = "squirrel",
  names = {"squirrel", "red squirrel", "squirel", "squirrell", "tree squirrel"},
  lvis = {"squirrel"},
  family = "animals",
  size_mm = 200,
  description = "A squirrel with a bushy tail",
  parts = parts,
  variants = {
    grey = {names = {"grey squirrel", "gray squirrel"}, colors = {coat = "#8e8882"}},
  },
  poses = {"sitting", "standing"},
  attach_to = {"head", "neck", "back"},
  points = {"head", "neck", "back", "face"},
  build = function(k) return Q.build(k, species, parts) end,
}
