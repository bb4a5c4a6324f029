-- A corgi: a long sturdy body on very short legs, a fox-like face with big
-- upright pointed ears, red-and-white coat, a fluffy short rump.
local Q = use and use("quadruped")

local species = {
  body_len = 50, body_h = 18, body_w = 16, chest = 1.1, hips = 1.0, leg_len = 14, leg_r = 5.5, leg_taper = 0.9,
  neck_len = 16, neck_angle = 50, neck_r = 12, neck_y = 0.3,
  head_r = 14, head_lx = 1.05, head_lz = 1.0,
  snout_len = 12, snout_r = 6.5, snout_taper = 0.65, snout_drop = 10, nose_r = 0.55, cheeks = 0.5,
  ears = "cone", ear_len = 16, ear_r = 8, ear_spread = 0.55, ear_out = 16, ear_flat = 0.4,
  eye_r = 0.13, eye_fwd = 0.8, eye_side = 0.6, eye_up = 0.3,
  tail = "stub", tail_r = 7,
  marks = {{"chest", part = "light"}, {"jaw", part = "light"}, {"socks", part = "light", h = 10}, {"belly", part = "light", h = 0.45}},
}

local parts = Q.dressable({
  {"coat", "fur", color = "#d8862e", role = "primary", names = {"coat", "fur", "body"}},
  {"light", "fur", color = "#f8f4ee", role = "secondary", names = {"chest", "belly", "paws", "muzzle"}},
  {"nose", "plastic", color = "#1a1616", role = "detail", names = {"nose"}},
  {"eyes", "plastic", color = "#141210", role = "fixed"},
})

return {
  id = "corgi",
  names = {"corgi", "welsh corgi", "pembroke corgi", "corgie", "cardigan corgi"},
  lvis = {"dog"},
  family = "animals",
  size_mm = 280,
  description = "A corgi",
  parts = parts,
  poses = {"sitting", "lying", "running"},
  attach_to = {"neck", "head", "back"},
  points = {"head", "neck", "back", "face"},
  build = function(k) return Q.build(k, species, parts) end,
}
