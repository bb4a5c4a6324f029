-- A peacock: a glossy blue body and neck, a small crested head, and a huge
-- raised fan of green train feathers with eye spots.
local B = use and use("bird")

local species = {
  body_len = 30, body_h = 18, body_w = 16, pitch = 25, leg_len = 30, leg_r = 2.4, toe_len = 9,
  neck_len = 26, neck_angle = 80, neck_r = 7, head_r = 8, head_lx = 1.1, neck_x = 0.75, neck_y = 0.5,
  beak = "cone", beak_len = 7, beak_r = 2.6, beak_drop = 10,
  crest = 1.3, crest_part = "plumage",
  wing_len = 32, wing_w = 16, wing_droop = 8, wing_tip = 0.6,
  tail = "train", tail_len = 110, tail_w = 40, tail_y = 0.3, train_n = 19,
  eye_r = 0.15, eye_fwd = 0.35, eye_side = 0.85, eye_up = 0.3,
  marks = {{"cheeks", part = "light", r = 0.3, dx = 0.05, dy = 0.05}},
}

local parts = {
  {"plumage", "feather", color = "#1e5ab8", role = "primary", names = {"feathers", "plumage", "body", "neck"}},
  {"tail", "feather", color = "#2a8a4a", role = "secondary", names = {"tail", "train", "fan", "tail feathers"}},
  {"ocelli", "feather", color = "#1a2a6a", role = "detail", names = {"eyespots", "eye spots"}},
  {"wings", "feather", color = "#a88a5a", role = "detail", names = {"wings"}},
  {"light", "feather", color = "#f4f2ee", role = "detail", names = {"face"}},
  {"beak", "bone", color = "#8a7a68", role = "detail", names = {"beak", "legs"}},
  {"eyes", "gloss", color = "#0e0c0c", role = "fixed"},
}

return {
  id = "peacock",
  names = {"peacock", "peafowl", "peahen", "peacok", "pea cock"},
  lvis = {},
  family = "birds",
  size_mm = 1100,
  description = "A peacock with its tail fanned",
  parts = parts,
  attach_to = {"head", "neck", "back"},
  points = {"head", "neck", "back", "face"},
  build = function(k) return B.build(k, species, parts) end,
}
