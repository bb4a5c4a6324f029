-- An ostrich: a big round fluffy black body with white wing plumes, on very
-- long bare pink legs, a long bare neck and a small head with a flat beak.
local B = use and use("bird")

local species = {
  body_len = 40, body_h = 28, body_w = 26, pitch = 10, leg_len = 100, leg_r = 4.5, toe_len = 14, thigh = true, knee = 0.05,
  neck_len = 80, neck_angle = 80, neck_r = 5.5, neck_r2 = 4.5, head_r = 8, head_lx = 1.15, neck_x = 0.75, neck_y = 0.5,
  beak = "flat", beak_len = 10, beak_r = 4, beak_drop = 10,
  wing_len = 42, wing_w = 24, wing_droop = 10, wing_tip = 0.3,
  tail = "plume", tail_len = 26, tail_w = 20, tail_y = 0.3,
  eye_r = 0.22, eye_fwd = 0.45, eye_side = 0.85, eye_up = 0.3,
  fluffy = 2.2,
  marks = {{"neck", part = "light"}, {"head", part = "light"}},
}

local parts = {
  {"plumage", "feather", color = "#1c1a1a", role = "primary", names = {"feathers", "plumage", "body"}},
  {"wings", "feather", color = "#f4f2ec", role = "secondary", names = {"wings", "plumes"}},
  {"tail", "feather", color = "#f4f2ec", role = "detail", names = {"tail"}},
  {"light", "skin", color = "#d8b0a0", role = "detail", names = {"neck", "head"}},
  {"legs", "skin", color = "#d8a090", role = "detail", names = {"legs", "feet"}},
  {"beak", "bone", color = "#d8b890", role = "detail", names = {"beak", "bill"}},
  {"eyes", "gloss", color = "#0e0c0c", role = "fixed"},
}

return {
  id = "ostrich",
  names = {"ostrich", "ostritch"},
  lvis = {"ostrich"},
  family = "birds",
  size_mm = 2300,
  description = "An ostrich",
  parts = parts,
  variants = {
    emu = {names = {"emu", "rhea", "cassowary"}, size_mm = 1700, colors = {plumage = "#6a5a48", wings = "#6a5a48", tail = "#6a5a48", light = "#4a5aa0"}},
  },
  poses = {"sitting"},
  attach_to = {"head", "neck", "back"},
  points = {"head", "neck", "back", "face"},
  build = function(k) return B.build(k, species, parts) end,
}
