-- A goldfish: a short round orange body, big eyes, and a long flowing
-- double veil tail and tall dorsal fin.
local F = use and use("fish")

local species = {
  length = 80, height = 32, width = 20, peak = 0.55, nose_blunt = 0.25, tail_pinch = 0.2, rear_fill = 0.8,
  tail = "veil", tail_len = 55, tail_h = 38,
  dorsal = "long", dorsal_len = 32, dorsal_h = 20, dorsal_x = 0.0,
  pec_len = 16, pec_w = 10,
  eye_r = 0.17, eye_x = 0.16, eye_y = 0.18, mouth = true,
  marks = {{"belly", part = "light", up = 0.45}},
}

local parts = {
  {"body", "scales", color = "#f07818", role = "primary", names = {"body", "scales"}},
  {"light", "scales", color = "#f8b040", role = "secondary", names = {"belly"}},
  {"fins", "skin", color = "#f4882a", role = "detail", names = {"fins", "fin", "tail"}},
  {"marks", "skin", color = "#8a3010", role = "detail", names = {"mouth"}},
  {"iris", "gloss", color = "#f4e0b0", role = "fixed"},
  {"eyes", "gloss", color = "#0e0c0c", role = "fixed"},
}

return {
  id = "goldfish",
  names = {"goldfish", "gold fish", "fancy goldfish", "fantail goldfish", "pet fish", "gold-fish"},
  lvis = {"goldfish"},
  family = "sea_life",
  size_mm = 45,
  description = "A goldfish",
  parts = parts,
  points = {"head", "back", "face"},
  attach_to = {"head", "back"},
  build = function(k) return F.build(k, species, parts) end,
}
