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
  {"eyes", "gloss", color = "#0a0a0a", role = "fixed"},
}

return {
  id = "shark",
  names = {"shark", "great white shark", "great white", "tiger shark", "bull shark", "mako shark", "reef shark", "baby shark", "jaws"},
  lvis = {"shark"},
  family = "sea_life",
  size_mm = 900,
  description = "A shark",
  parts = parts,
  points = {"head", "back", "face"},
  attach_to = {"head", "back"},
  variants = {
    hammerhead = {names = {"hammerhead shark", "hammerhead", "hammer head shark"}},
    whale_shark = {names = {"whale shark"}, size_mm = 2000, colors = {body = "#4a5a70"}},
  },
  build = function(k)
    local sp = species
    if k.variant == "whale_shark" then
      sp = {}
      for key, v in pairs(species) do sp[key] = v end
      sp.nose_blunt = 0.15; sp.height = 44; sp.width = 38
      sp.marks = {{"belly", part = "light", up = 0.25}, {"spots", part = "light", n = 40, r = 0.06}}
    end
    local shape = F.build(k, sp, parts)
    if k.variant == "hammerhead" then
      -- the hammer: a flat wing across the front of the head, an eye at each end
      local x = 260 * 0.5 - 8
      shape = smooth(4, shape, ellipsoid(13, 5.5, 72):move(x, 3, 0):part("body"))
      for _, sz in ipairs({-1, 1}) do
        shape = shape + sphere(4):move(x + 2, 4, sz * 70):part("eyes")
      end
    end
    return shape
  end,
}
