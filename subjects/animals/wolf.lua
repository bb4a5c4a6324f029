-- A wolf: a big grey canine, long legs, deep chest, long muzzle, upright ears,
-- a thick tail hanging low, pale underside and muzzle.
local Q = use and use("quadruped")

local species = {
  body_len = 62, body_h = 24, body_w = 17, chest = 1.12, hips = 0.9, leg_len = 54, leg_r = 6,
  neck_len = 22, neck_angle = 38, neck_r = 15, head_r = 16, head_lx = 1.1, head_lz = 0.95,
  snout_len = 21, snout_r = 8, snout_taper = 0.65, snout_drop = 8, nose_r = 0.55, cheeks = 0.6,
  ears = "cone", ear_len = 14, ear_r = 7, ear_spread = 0.5, ear_out = 12,
  eye_r = 0.12, eye_fwd = 0.8, eye_side = 0.6,
  tail = "bushy", tail_len = 48, tail_r = 8.5, tail_lift = -0.05,
  marks = {{"chest", part = "light"}, {"jaw", part = "light"}, {"belly", part = "light"}, {"back", part = "marks"}},
}

local parts = {
  {"coat", "fur", color = "#8d8883", role = "primary", names = {"coat", "fur", "body"}},
  {"light", "fur", color = "#e4e0da", role = "secondary", names = {"chest", "belly", "muzzle"}},
  {"marks", "fur", color = "#4f4a46", role = "detail", names = {"back", "saddle"}},
  {"nose", "plastic", color = "#141212", role = "detail", names = {"nose"}},
  {"eyes", "gloss", color = "#b88a20", role = "fixed"},
}

-- Garments it can be dressed in ("a raccoon in a trench coat").
parts = Q.dressable(parts)

return {
  id = "wolf",
  names = {"wolf", "grey wolf", "gray wolf", "timber wolf", "wolf cub"},
  lvis = {"wolf"},
  family = "animals",
  size_mm = 800,
  description = "A wolf",
  parts = parts,
  variants = {
    white = {names = {"white wolf", "arctic wolf", "snow wolf"}, colors = {coat = "#eeeeea", marks = "#d8d6d0", light = "#ffffff"}},
    coyote = {names = {"coyote", "jackal", "dingo"}, size_mm = 550, colors = {coat = "#b99468", marks = "#7a624a", light = "#efe4d2"}},
  },
  poses = {"sitting", "lying", "running", "howling"},
  attach_to = {"neck", "head", "back"},
  points = {"head", "neck", "back", "face"},
  build = function(k) return Q.build(k, species, parts) end,
}
