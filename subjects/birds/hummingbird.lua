-- A hummingbird: a tiny iridescent green bird hovering with blurred wings
-- raised, a long needle-thin beak, a red throat and a short tail.
local B = use and use("bird")

local species = {
  body_len = 18, body_h = 10, body_w = 9, pitch = 35, fly_pitch = 35, leg_len = 4, leg_r = 0.8, toe_len = 3,
  neck_len = 3, neck_angle = 70, neck_r = 6, head_r = 7.5, head_lx = 1.05,
  beak = "long", beak_len = 22, beak_r = 1.6, beak_drop = 8,
  wing_len = 26, wing_w = 9, wing_tip = 0.8, span = 1.3, dihedral = 40,
  tail = "fan", tail_len = 10, tail_w = 8, tail_angle = -15,
  eye_r = 0.15, eye_fwd = 0.45, eye_side = 0.85, eye_up = 0.25,
  default_pose = "flying",
  marks = {{"breast", part = "light"}, {"belly", part = "accent", y = 0.9}},
}

local parts = {
  {"plumage", "feather", color = "#2e9a52", role = "primary", names = {"feathers", "plumage", "body"}},
  {"light", "feather", color = "#d8203a", role = "secondary", names = {"throat", "gorget", "chest"}},
  {"accent", "feather", color = "#e8ece4", role = "detail", names = {"belly"}},
  {"wings", "feather", color = "#3a5a48", role = "detail", names = {"wings", "wing"}},
  {"beak", "bone", color = "#1e1a18", role = "detail", names = {"beak", "bill"}},
  {"eyes", "gloss", color = "#0e0c0c", role = "fixed"},
}

return {
  id = "hummingbird",
  names = {"hummingbird", "humming bird", "hummer bird", "colibri", "hummingbrd"},
  lvis = {"hummingbird"},
  family = "birds",
  size_mm = 60,
  description = "A hummingbird",
  parts = parts,
  poses = {"flying", "perched"},
  attach_to = {"head", "back"},
  points = {"head", "neck", "back", "face"},
  build = function(k) return B.build(k, species, parts) end,
}
