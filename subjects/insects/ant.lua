-- An ant: three beads — a round head with elbowed antennae and mandibles, a
-- narrow thorax, a thin waist and a big oval abdomen — on six long legs.
local I = use and use("insect")

local species = {
  height = 12, abdomen = {13, 9, 9}, thorax = {9, 5, 5}, head_r = 7, waist = 1.35, neck = 1.0, waist_r = 1.8,
  abdomen_tilt = 18, abdomen_y = 2, head_y = 2,
  leg_r = 1.0, leg_span = 2.4, knee_h = 0.55,
  antennae = 14, antenna_style = "elbow", mandibles = true,
  eye_r = 0.22, eye_fwd = 0.5, eye_up = 0.2,
}

local parts = {
  {"body", "plastic", color = "#2a1c16", role = "primary", names = {"body"}},
  {"legs", "plastic", color = "#24180f", role = "secondary", names = {"legs", "antennae"}},
  {"eyes", "gloss", color = "#0e0c0c", role = "fixed"},
}

return {
  id = "ant",
  names = {"ant", "black ant", "carpenter ant", "worker ant", "emmet"},
  lvis = {},
  family = "insects",
  size_mm = 8,
  description = "An ant",
  parts = parts,
  variants = {
    red = {names = {"red ant", "fire ant"}, colors = {body = "#a83018", legs = "#8a2812"}},
  },
  attach_to = {"head", "back"},
  points = {"head", "back", "face"},
  build = function(k) return I.build(k, species, parts) end,
}
