-- A toucan: a black perching bird with a white-and-yellow throat and an
-- enormous banana-shaped orange bill with a black tip.
local B = use and use("bird")

local species = {
  body_len = 28, body_h = 17, body_w = 15, pitch = 55, leg_len = 7, leg_r = 2, toe_len = 6,
  neck_len = 5, neck_angle = 85, neck_r = 12, head_r = 12, head_lx = 1.05,
  beak = "long", beak_len = 40, beak_r = 9, beak_drop = 8, beak_y = 0.0,
  wing_len = 34, wing_w = 16, wing_droop = 10, wing_tip = 0.7,
  tail = "long", tail_len = 34, tail_w = 14, tail_angle = 5,
  eye_r = 0.13, eye_fwd = 0.35, eye_side = 0.85, eye_up = 0.25,
  marks = {{"breast", part = "light"}, {"cheeks", part = "light", r = 0.55, dx = 0.05, dy = 0.25}},
}

local parts = {
  {"plumage", "feather", color = "#141416", role = "primary", names = {"feathers", "plumage", "body"}},
  {"light", "feather", color = "#f6e8a0", role = "secondary", names = {"throat", "chest", "bib"}},
  {"beak", "plastic", color = "#f28a1a", role = "detail", names = {"beak", "bill"}},
  {"legs", "skin", color = "#4a6ab8", role = "detail", names = {"legs", "feet"}},
  {"iris", "skin", color = "#4ab0d8", role = "fixed"},
  {"eyes", "gloss", color = "#0e0c0c", role = "fixed"},
}

return {
  id = "toucan",
  names = {"toucan", "tucan", "toco toucan"},
  lvis = {},
  family = "birds",
  size_mm = 500,
  description = "A toucan with a huge orange bill",
  parts = parts,
  poses = {"flying"},
  attach_to = {"head", "neck", "back"},
  points = {"head", "neck", "back", "face"},
  build = function(k) return B.build(k, species, parts) end,
}
