-- A dragonfly: a very long slender abdomen, a stout thorax, a big head of
-- huge compound eyes, and four long clear wings held flat out to the sides.
local I = use and use("insect")

local species = {
  height = 10, abdomen = {40, 2.4, 2.4}, thorax = {7, 5, 4.5}, head_r = 5, waist = 0.98, neck = 0.6,
  leg_r = 1.2, leg_span = 1.3, knee_h = 0.2,
  eye_r = 0.7, eye_fwd = 0.35, eye_up = 0.3,
  wings = "dragonfly", wing_len = 42, wing_w = 9,
}

local parts = {
  {"body", "plastic", color = "#2a8ac8", role = "primary", names = {"body", "abdomen"}},
  {"wings", "gloss", color = "#e6f0f6", role = "secondary", names = {"wings", "wing"}},
  {"legs", "plastic", color = "#1a1a1a", role = "detail", names = {"legs"}},
  {"eyes", "gloss", color = "#1c5a78", role = "fixed"},
}

return {
  id = "dragonfly",
  names = {"dragonfly", "dragon fly", "damselfly", "darning needle", "dragonflie"},
  lvis = {"dragonfly"},
  family = "insects",
  size_mm = 20,
  description = "A dragonfly",
  parts = parts,
  variants = {
    red = {names = {"red dragonfly"}, colors = {body = "#c82a1e"}},
    green = {names = {"green dragonfly", "emperor dragonfly"}, colors = {body = "#3aa04a"}},
  },
  poses = {"flying"},
  attach_to = {"head", "back"},
  points = {"head", "back", "face"},
  build = function(k) return I.build(k, species, parts) end,
}
