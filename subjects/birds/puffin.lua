-- A puffin: a plump upright black-and-white seabird with a pale face, a big
-- triangular striped orange bill, and bright orange webbed feet.
local B = use and use("bird")

local species = {
  body_len = 27, body_h = 18, body_w = 16, pitch = 42, leg_len = 5, leg_r = 2.4, feet = "webbed", toe_len = 8, foot_x = 3,
  neck_len = 8, neck_angle = 75, neck_r = 12, head_r = 13, head_lx = 1.05, neck_x = 0.8,
  beak = "deep", beak_len = 14, beak_r = 9, beak_drop = 10, beak_y = 0.1,
  wing_len = 30, wing_w = 14, wing_droop = 10,
  tail = "stub", tail_len = 8, tail_w = 10,
  eye_r = 0.12, eye_fwd = 0.45, eye_side = 0.85, eye_up = 0.25,
  marks = {{"front", part = "light", cut = 0.1, up = -0.6}, {"cheeks", part = "light", r = 0.55, dx = -0.05, dy = 0.15}},
}

local parts = {
  {"plumage", "feather", color = "#17181c", role = "primary", names = {"feathers", "plumage", "back", "body"}},
  {"light", "feather", color = "#f4f2ee", role = "secondary", names = {"face", "belly", "chest"}},
  {"wings", "feather", color = "#17181c", role = "detail", names = {"wings"}},
  {"beak", "plastic", color = "#ee6a1e", role = "detail", names = {"beak", "bill"}},
  {"beak2", "plastic", color = "#5a6470", role = "detail", names = {"beak base"}},
  {"legs", "skin", color = "#f07a28", role = "detail", names = {"feet", "legs"}},
  {"eyes", "gloss", color = "#0e0c0c", role = "fixed"},
}

return {
  id = "puffin",
  names = {"puffin", "atlantic puffin", "sea parrot", "puffin bird"},
  lvis = {"puffin"},
  family = "birds",
  size_mm = 280,
  description = "A puffin",
  parts = parts,
  poses = {"flying", "swimming"},
  attach_to = {"head", "neck", "back"},
  points = {"head", "neck", "back", "face"},
  build = function(k) return B.build(k, species, parts) end,
}
