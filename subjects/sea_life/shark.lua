-- A shark: a long torpedo body with a pointed snout, a tall triangular
-- dorsal fin, a crescent tail with the longer upper lobe, big pectoral fins,
-- grey above and white below.
local F = use and use("fish")

local species = {
  length = 260, height = 38, width = 30, peak = 0.55, nose_blunt = 0.9, tail_pinch = 0.08, rear_fill = 1.4,
  tail = "crescent", tail_len = 60, tail_h = 46,
  dorsal = "shark", dorsal_len = 48, dorsal_h = 46, dorsal_x = 0.06, dorsal2 = true,
  pec_len = 58, pec_w = 22, pec_sweep = 35, pec_out = 70, pec_x = 0.18, pec_y = 0.55, pec_tip = 0.9,
  pelvic = false,
  eye_r = 0.08, eye_x = 0.14, eye_y = 0.2, fin_t = 3,
  mouth = true,
  marks = {{"belly", part = "light", up = 0.25}},
}

local parts = {
  {"body", "skin", color = "#6e7a86", role = "primary", names = {"body", "skin"}},
  {"light", "skin", color = "#eeeeea", role = "secondary", names = {"belly", "underside"}},
  {"fins", "skin", color = "#66727e", role = "detail", names = {"fins", "fin", "tail"}},
  {"marks", "skin", color = "#2a2424", role = "detail", names = {"mouth", "gills"}},
  {"eyes", "glass", color = "#0a0a0a", role = "fixed"},
}

return {
  id = "shark",
  names = {"shark", "great white shark", "great white", "tiger shark", "bull shark", "mako shark", "reef shark", "baby shark", "jaws", "hammerhead shark", "hammerhead"},
  lvis = {"shark"},
  family = "sea_life",
  size_mm = 900,
  description = "A shark",
  parts = parts,
  points = {"head", "back", "face"},
  attach_to = {"head", "back"},
  build = function(k) return F.build(k, species, parts) end,
}
