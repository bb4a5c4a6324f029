-- A pufferfish: puffed up into a ball covered in spines, with big eyes, a
-- small puckered mouth and little fins.
local F = use and use("fish")

local species = {
  length = 100, height = 42, width = 40, peak = 0.5, nose_blunt = 0.0, tail_pinch = 0.25, rear_fill = 0.6,
  tail = "round", tail_len = 22, tail_h = 20,
  dorsal = "long", dorsal_len = 14, dorsal_h = 8, dorsal_x = -0.25,
  pec_len = 14, pec_w = 10, pec_x = 0.12, pec_y = 0.0, pec_out = 70, pelvic = false,
  eye_r = 0.16, eye_x = 0.2, eye_y = 0.3, mouth = true,
  spines = 90,
  marks = {{"belly", part = "light", up = 0.3}},
}

local parts = {
  {"body", "skin", color = "#d8c070", role = "primary", names = {"body", "skin"}},
  {"light", "skin", color = "#f4f0e0", role = "secondary", names = {"belly"}},
  {"spines", "bone", color = "#8a7a48", role = "detail", names = {"spines", "spikes"}},
  {"fins", "skin", color = "#c8b060", role = "detail", names = {"fins", "tail"}},
  {"marks", "skin", color = "#4a3a2a", role = "detail", names = {"mouth"}},
  {"iris", "gloss", color = "#f0e8c0", role = "fixed"},
  {"eyes", "gloss", color = "#0e0c0c", role = "fixed"},
}

return {
  id = "pufferfish",
  names = {"pufferfish", "puffer fish", "puffer", "blowfish", "globefish", "fugu", "porcupinefish", "blow fish"},
  lvis = {"puffer_(fish)"},
  family = "sea_life",
  size_mm = 120,
  description = "A puffed-up pufferfish",
  parts = parts,
  attach_to = {"head", "back"},
  points = {"head", "back", "face"},
  build = function(k) return F.build(k, species, parts) end,
}
