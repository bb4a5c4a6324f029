-- An eagle: a powerful dark-brown body, a white head with a big hooked
-- yellow beak, broad wings, a white tail, yellow feet with talons;
-- a bald eagle by default, wings spread when flying.
local B = use and use("bird")

local species = {
  body_len = 40, body_h = 22, body_w = 20, pitch = 45, fly_pitch = 5, leg_len = 14, leg_r = 3, toe_len = 9, thigh = true,
  neck_len = 10, neck_angle = 70, neck_r = 12, head_r = 14, head_lx = 1.2, head_lz = 0.85, neck_x = 0.75,
  beak = "hook", beak_len = 16, beak_r = 5, beak_y = 0.0,
  wing_len = 62, wing_w = 30, wing_droop = 6, wing_tip = 0.4, span = 1.9, dihedral = 8,
  tail = "fan", tail_len = 34, tail_w = 22, tail_angle = -5,
  eye_r = 0.1, eye_fwd = 0.55, eye_side = 0.8, eye_up = 0.4,
  marks = {{"head", part = "light", neck_f = 0.9}},
}

local parts = {
  {"plumage", "feather", color = "#3e2a1c", role = "primary", names = {"feathers", "plumage", "body"}},
  {"light", "feather", color = "#f6f4ee", role = "secondary", names = {"head", "white head"}},
  {"tail", "feather", color = "#f2f0ea", role = "detail", names = {"tail"}},
  {"wings", "feather", color = "#352418", role = "detail", names = {"wings", "wing"}},
  {"beak", "bone", color = "#f2b82a", role = "detail", names = {"beak", "talons", "feet"}},
  {"eyes", "gloss", color = "#c89a1a", role = "fixed"},
}

return {
  id = "eagle",
  names = {"eagle", "bald eagle", "bird of prey", "raptor bird"},
  lvis = {"eagle", "falcon"},
  family = "birds",
  size_mm = 800,
  description = "A bald eagle",
  parts = parts,
  variants = {
    golden = {names = {"golden eagle", "hawk", "falcon", "buzzard", "osprey"}, colors = {plumage = "#6a4424", light = "#8a5e30", tail = "#5a3a22", wings = "#553620"}},
  },
  poses = {"flying"},
  attach_to = {"head", "neck", "back"},
  points = {"head", "neck", "back", "face"},
  build = function(k) return B.build(k, species, parts) end,
}
