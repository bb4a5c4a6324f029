-- A penguin: an upright torpedo body, black back and head, a white front,
-- flippers held at the sides, a short beak and orange webbed feet.
local B = use and use("bird")

local species = {
  body_len = 46, body_h = 24, body_w = 22, pitch = 84, fly_pitch = 84, leg_len = 3, leg_r = 3, feet = "webbed", toe_len = 10,
  foot_x = 6, stance = 0.45,
  neck_len = 3, neck_angle = 90, neck_r = 16, head_r = 16, head_lx = 1.05, head_lz = 0.95, neck_x = 0.88, neck_y = 0.05,
  beak = "cone", beak_len = 13, beak_r = 3.4, beak_drop = 12,
  wings = "flipper", wing_len = 46, wing_w = 16,
  tail = "stub", tail_len = 8, tail_w = 12, tail_y = -0.3,
  eye_r = 0.12, eye_fwd = 0.55, eye_side = 0.8, eye_up = 0.35,
  marks = {{"front", part = "light", cut = 0.05}, {"cheeks", part = "accent", r = 0.32, dx = -0.35, dy = 0.35}},
}

local parts = {
  {"plumage", "feather", color = "#1a1c22", role = "primary", names = {"feathers", "back", "body", "black feathers"}},
  {"light", "feather", color = "#f6f4f0", role = "secondary", names = {"belly", "front", "chest", "white feathers"}},
  {"accent", "feather", color = "#f2b030", role = "detail", names = {"cheeks", "ear patches"}},
  {"wings", "feather", color = "#1a1c22", role = "detail", names = {"flippers", "wings"}},
  {"beak", "plastic", color = "#e88a20", role = "detail", names = {"beak", "feet"}},
  {"eyes", "gloss", color = "#0e0c0c", role = "fixed"},
}

return {
  id = "penguin",
  names = {"penguin", "baby penguin", "pinguin", "penguine", "pingu"},
  lvis = {"penguin"},
  family = "birds",
  size_mm = 500,
  description = "A penguin",
  parts = parts,
  variants = {
    emperor = {names = {"emperor penguin", "king penguin"}, size_mm = 1100},
    adelie = {names = {"adelie penguin", "little penguin"}, size_mm = 450, colors = {accent = "#f6f4f0"}},
  },
  poses = {"flying"},
  attach_to = {"head", "neck", "back"},
  points = {"head", "neck", "back", "face"},
  build = function(k) return B.build(k, species, parts) end,
}
