-- A pelican: a big white water bird with a long neck folded back, a very
-- long bill with a big yellow throat pouch underneath, short legs and
-- webbed orange feet.
local B = use and use("bird")

local species = {
  body_len = 44, body_h = 22, body_w = 22, pitch = 12, leg_len = 18, leg_r = 3, feet = "webbed", toe_len = 12,
  neck_len = 30, neck_angle = 80, neck_r = 8, head_r = 10, head_lx = 1.15, neck_x = 0.75, neck_y = 0.4,
  beak = "long", beak_len = 48, beak_r = 4.5, beak_drop = 18, pouch = 2.6,
  wing_len = 56, wing_w = 24, wing_droop = 4, wing_tip = 0.7,
  tail = "stub", tail_len = 12, tail_w = 14,
  eye_r = 0.13, eye_fwd = 0.35, eye_side = 0.85, eye_up = 0.3,
}

local parts = {
  {"plumage", "feather", color = "#f4f2ec", role = "primary", names = {"feathers", "plumage", "body"}},
  {"wings", "feather", color = "#e8e4dc", role = "secondary", names = {"wings"}},
  {"beak", "bone", color = "#f0c050", role = "detail", names = {"beak", "bill"}},
  {"pouch", "skin", color = "#f2a848", role = "detail", names = {"pouch", "throat pouch"}},
  {"legs", "skin", color = "#f08a38", role = "detail", names = {"feet", "legs"}},
  {"eyes", "gloss", color = "#0e0c0c", role = "fixed"},
}

return {
  id = "pelican",
  names = {"pelican", "brown pelican", "white pelican", "pellican"},
  lvis = {"pelican"},
  family = "birds",
  size_mm = 1100,
  description = "A pelican",
  parts = parts,
  poses = {"flying", "swimming"},
  attach_to = {"head", "neck", "back"},
  points = {"head", "neck", "back", "face"},
  build = function(k) return B.build(k, species, parts) end,
}
