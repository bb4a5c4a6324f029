-- A skunk: a small black body low to the ground, a bold white stripe from
-- the head down the back, and a huge bushy tail raised up over the back.
local Q = use and use("quadruped")

local species = {
  body_len = 36, body_h = 15, body_w = 14, chest = 0.9, hips = 1.15, leg_len = 10, leg_r = 4, leg_taper = 0.85,
  neck_len = 8, neck_angle = 25, neck_r = 10, neck_r2 = 9, neck_y = 0.15,
  head_r = 10.5, head_lx = 1.1, head_lz = 0.95,
  snout_len = 9, snout_r = 5, snout_taper = 0.55, snout_drop = 10, nose_r = 0.6,
  ears = "round", ear_r = 3.5, ear_spread = 0.65,
  eye_r = 0.14, eye_fwd = 0.65, eye_side = 0.7, eye_up = 0.3,
  tail = "squirrel", tail_len = 40, tail_r = 10,
  marks = {{"stripe", part = "light", w = 0.8}, {"tail_rings", part = "light", n = 2}},
}

local parts = {
  {"coat", "fur", color = "#161616", role = "primary", names = {"fur", "coat", "body"}},
  {"light", "fur", color = "#f4f4f0", role = "secondary", names = {"stripe", "white stripe", "stripes"}},
  {"nose", "plastic", color = "#2a2222", role = "detail", names = {"nose"}},
  {"eyes", "gloss", color = "#0e0c0c", role = "fixed"},
}

-- Garments it can be dressed in ("a raccoon in a trench coat").
parts = Q.dressable(parts)

return {
  id = "skunk",
  names = {"skunk", "pepe le pew", "striped skunk", "skunck"},
  lvis = {},
  family = "animals",
  size_mm = 250,
  description = "A skunk",
  parts = parts,
  poses = {"sitting", "lying", "running"},
  attach_to = {"head", "neck", "back"},
  points = {"head", "neck", "back", "face"},
  build = function(k) return Q.build(k, species, parts) end,
}
