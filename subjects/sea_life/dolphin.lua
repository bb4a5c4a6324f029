-- A dolphin: a sleek grey body arched as if leaping, a rounded melon
-- forehead with a short beak, a curved dorsal fin, flippers and horizontal
-- tail flukes, a pale belly.
local F = use and use("fish")

local species = {
  length = 220, height = 30, width = 26, peak = 0.6, nose_blunt = 0.05, tail_pinch = 0.06, rear_fill = 1.6,
  tail = "flukes", tail_len = 36, tail_h = 38,
  dorsal = "curved", dorsal_len = 36, dorsal_h = 30, dorsal_x = 0.02,
  pec_len = 34, pec_w = 12, pec_sweep = 35, pec_out = 55, pec_x = 0.18, pec_y = 0.5, pec_tip = 0.7,
  pelvic = false, fins_blend = true, beak = 24,
  eye_r = 0.08, eye_x = 0.18, eye_y = 0.0, fin_t = 3,
  tilt = 12,
  marks = {{"belly", part = "light", up = 0.4}},
}

local parts = {
  {"body", "skin", color = "#7d8c9c", role = "primary", names = {"body", "skin"}},
  {"light", "skin", color = "#e8ecee", role = "secondary", names = {"belly", "underside"}},
  {"eyes", "gloss", color = "#0a0a0a", role = "fixed"},
}

return {
  id = "dolphin",
  names = {"dolphin", "bottlenose dolphin", "porpoise", "flipper", "baby dolphin", "dolfin", "dolphine"},
  lvis = {"dolphin"},
  family = "sea_life",
  size_mm = 700,
  description = "A dolphin",
  parts = parts,
  variants = {
    pink = {names = {"pink dolphin", "river dolphin"}, colors = {body = "#e8a0b0", light = "#f4d0d8"}},
  },
  points = {"head", "back", "face"},
  attach_to = {"head", "back"},
  build = function(k) return F.build(k, species, parts) end,
}
