-- A beaver: a chunky brown rodent low to the ground, a blunt head with small
-- round ears and big orange front teeth, and a broad flat scaly tail.
local Q = use and use("quadruped")

local species = {
  body_len = 40, body_h = 22, body_w = 20, chest = 0.9, hips = 1.12, leg_len = 8, leg_r = 5, leg_taper = 0.9,
  feet = "hand",
  neck_len = 8, neck_angle = 25, neck_r = 15, neck_r2 = 13, neck_y = 0.15,
  head_r = 14, head_lx = 1.1, head_lz = 1.0,
  snout_len = 6, snout_r = 8.5, snout_taper = 0.9, snout_drop = 18, nose_r = 0.5, cheeks = 0.55,
  ears = "round", ear_r = 3.5, ear_spread = 0.7,
  eye_r = 0.12, eye_fwd = 0.6, eye_side = 0.75, eye_up = 0.35,
  tail = "paddle", tail_len = 44, tail_r = 15, tail_y = -0.1, tail_part = "tail",
  teeth = true,
  marks = {{"jaw", part = "light"}},
}

local parts = {
  {"coat", "fur", color = "#7a4e2c", role = "primary", names = {"fur", "coat", "body"}},
  {"tail", "leather", color = "#3a302a", role = "secondary", names = {"tail"}},
  {"light", "fur", color = "#9a6e4a", role = "detail", names = {"muzzle", "chin"}},
  {"teeth", "bone", color = "#e8a040", role = "detail", names = {"teeth"}},
  {"nose", "plastic", color = "#141212", role = "detail", names = {"nose"}},
  {"eyes", "plastic", color = "#0e0c0c", role = "fixed"},
}

-- Garments it can be dressed in ("a raccoon in a trench coat").
parts = Q.dressable(parts)

return {
  id = "beaver",
  names = {"beaver", "bever", "north american beaver"},
  lvis = {},
  family = "animals",
  size_mm = 350,
  description = "A beaver with a flat tail",
  parts = parts,
  poses = {"sitting", "lying"},
  attach_to = {"head", "neck", "back"},
  points = {"head", "neck", "back", "face"},
  build = function(k) return Q.build(k, species, parts) end,
}
