-- A chameleon: a tall side-flattened body on stilted gripping legs, a
-- helmet-like casque on the head, big turret eyes, and a tail curled into a
-- tight spiral; bright green.
local R = use and use("serpent")

local species = {
  body_len = 32, body_h = 18, body_w = 9, leg_len = 26, leg_r = 2.8, height = 30, sprawl = 0.35,
  tail_len = 90, tail_r = 6, tail_curl = true,
  head_r = 12, head_lx = 1.1, head_ly = 0.85, head_lz = 0.75, neck_len = 2, head_up = 2,
  snout_len = 4, snout_r = 0.55, snout_taper = 0.7,
  casque = true,
  ridges = 12, ridge_r = 2, ridge_h = 1.4,
  eye_r = 0.36, eye_x = 0.3, eye_y = 0.2, eye_z = 0.7,
  belly_sag = 0.2, belly_h = 0.75,
}

local parts = {
  {"skin", "scales", color = "#48b040", role = "primary", names = {"skin", "scales", "body"}},
  {"light", "scales", color = "#b8e050", role = "secondary", names = {"belly", "stripe"}},
  {"crest", "scales", color = "#3a9a36", role = "detail", names = {"crest", "ridge"}},
  {"iris", "scales", color = "#48b040", role = "detail", names = {"eye turrets"}},
  {"eyes", "gloss", color = "#0e0c0c", role = "fixed"},
}

return {
  id = "chameleon",
  names = {"chameleon", "chamelion", "cameleon", "chamelon", "chameleone", "veiled chameleon", "chamaeleon"},
  lvis = {},
  family = "reptiles",
  size_mm = 60,
  description = "A chameleon",
  parts = parts,
  variants = {
    panther = {names = {"panther chameleon"}, colors = {skin = "#e06a2a", light = "#48a8e0", crest = "#d05a20", iris = "#e06a2a"}},
  },
  attach_to = {"head", "back"},
  points = {"head", "neck", "back", "face"},
  build = function(k) return R.lizard(k, species, parts) end,
}
