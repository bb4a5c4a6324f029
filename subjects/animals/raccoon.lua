-- A raccoon: a hunched grey body, a pointed face with a black bandit mask and
-- white brows, rounded ears, and a bushy tail ringed black and grey.
local Q = use and use("quadruped")

local species = {
  body_len = 44, body_h = 21, body_w = 18, chest = 0.95, hips = 1.12, leg_len = 22, leg_r = 5, leg_taper = 0.8,
  feet = "hand",
  neck_len = 10, neck_angle = 30, neck_r = 14, neck_r2 = 12, neck_y = 0.15,
  head_r = 14, head_lx = 1.0, head_lz = 1.05,
  snout_len = 12, snout_r = 6, snout_taper = 0.55, snout_drop = 8, nose_r = 0.55, cheeks = 0.6,
  ears = "cone", ear_len = 8, ear_r = 6, ear_spread = 0.6, ear_out = 25, ear_flat = 0.5,
  eye_r = 0.13, eye_fwd = 0.8, eye_side = 0.6, eye_up = 0.3,
  tail = "bushy", tail_len = 40, tail_r = 7.5, tail_lift = 0.0,
  marks = {{"jaw", part = "light"}, {"mask", part = "marks"}, {"legs", part = "marks", up = -0.2}, {"tail_rings", part = "marks", n = 6}},
}

local parts = {
  {"coat", "fur", color = "#8a8682", role = "primary", names = {"fur", "coat", "body"}},
  {"marks", "fur", color = "#1c1a1a", role = "secondary", names = {"mask", "rings", "stripes"}},
  {"light", "fur", color = "#eeeae4", role = "detail", names = {"muzzle", "face"}},
  {"nose", "plastic", color = "#141212", role = "detail", names = {"nose"}},
  {"eyes", "gloss", color = "#0e0c0c", role = "fixed"},
}

-- Garments it can be dressed in ("a raccoon in a trench coat").
parts = Q.dressable(parts)

return {
  id = "raccoon",
  names = {"raccoon", "racoon", "trash panda", "coon", "ring-tailed raccoon"},
  lvis = {},
  family = "animals",
  size_mm = 350,
  description = "A raccoon with a masked face and ringed tail",
  parts = parts,
  variants = {
    red_panda = {names = {"red panda"}, colors = {coat = "#b8501e", marks = "#2a1a14", light = "#f4ece0"}},
  },
  poses = {"sitting", "lying"},
  attach_to = {"head", "neck", "back"},
  points = {"head", "neck", "back", "face"},
  build = function(k)
    return Q.build(k, species, parts)
  end,
}
