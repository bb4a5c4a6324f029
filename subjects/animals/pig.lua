-- A pig: a round pink barrel on short legs with hooves, no neck to speak of,
-- a big head with a flat disc snout, floppy triangular ears, a curly tail.
local Q = use and use("quadruped")

local species = {
  body_len = 62, body_h = 32, body_w = 28, chest = 1.0, hips = 1.05, belly = 0.4, leg_len = 24, leg_r = 7.5, leg_taper = 0.75,
  feet = "hoof",
  neck_len = 8, neck_angle = 5, neck_r = 26, neck_r2 = 22, neck_y = 0.05, neck_x = 0.7,
  head_r = 23, head_lx = 1.0, head_lz = 0.95,
  snout_len = 16, snout_r = 11, snout_taper = 1.0, snout_drop = 8, nose = "disc",
  ears = "cone", ear_len = 15, ear_r = 10, ear_spread = 0.55, ear_out = 30, ear_back = -35, ear_flat = 0.3,
  eye_r = 0.14, eye_fwd = 0.72, eye_side = 0.52, eye_up = 0.5,
  tail = "curl", tail_len = 22, tail_r = 2.2, tail_y = 0.4,
  cheeks = 0.4,
}

local parts = Q.dressable({
  {"coat", "skin", color = "#f2aab0", role = "primary", names = {"skin", "body"}},
  {"nose", "skin", color = "#e07f8c", role = "secondary", names = {"snout", "nose"}},
  {"hooves", "bone", color = "#6e4e48", role = "detail", names = {"hooves", "trotters"}},
  {"eyes", "plastic", color = "#141416", role = "fixed"},
})

return {
  id = "pig",
  names = {"pig", "piggy", "hog", "swine", "sow", "porker", "oinker", "piggie"},
  lvis = {},
  family = "animals",
  size_mm = 700,
  description = "A pink pig",
  parts = parts,
  variants = {
    piglet = {names = {"piglet"}, size_mm = 250},
  },
  poses = {"sitting", "lying", "running"},
  attach_to = {"neck", "head", "back"},
  points = {"head", "neck", "back", "face"},
  build = function(k) return Q.build(k, species, parts) end,
}
