-- A whale: a huge streamlined body with a broad rounded head, a long pale
-- grooved throat, small flippers, a small dorsal fin and wide horizontal
-- tail flukes; a blue-grey whale by default, an orca as a variant.
local F = use and use("fish")

local species = {
  length = 300, height = 58, width = 54, peak = 0.68, nose_blunt = 0.05, tail_pinch = 0.06, rear_fill = 1.9,
  tail = "flukes", tail_len = 60, tail_h = 80,
  dorsal = "curved", dorsal_len = 22, dorsal_h = 10, dorsal_x = -0.22,
  pec_len = 90, pec_w = 20, pec_sweep = 35, pec_out = 60, pec_x = 0.2, pec_y = 0.5, pec_tip = 0.6,
  pelvic = false, fins_blend = true,
  eye_r = 0.06, eye_x = 0.22, eye_y = -0.2, fin_t = 3,
  mouth = false, spout = true,
  marks = {{"belly", part = "light", up = 0.3}, {"hstripes", part = "body", at = {-0.45, -0.6, -0.75}, w = 0.05}},
}

local parts = {
  {"body", "skin", color = "#4a6a8a", role = "primary", names = {"body", "skin"}},
  {"light", "skin", color = "#c8d2da", role = "secondary", names = {"belly", "underside", "throat"}},
  {"marks", "skin", color = "#2a2424", role = "detail", names = {"mouth"}},
  {"water", "gloss", color = "#bfe4f6", role = "detail", names = {"spout", "water", "water spout"}},
  {"eyes", "gloss", color = "#0a0a0a", role = "fixed"},
}

return {
  id = "whale",
  names = {"whale", "blue whale", "humpback whale", "humpback", "grey whale", "gray whale", "baby whale"},
  lvis = {},
  family = "sea_life",
  size_mm = 3500,
  description = "A whale",
  parts = parts,
  variants = {
    orca = {names = {"killer whale", "orca"}, size_mm = 1800, colors = {body = "#141416", light = "#f4f4f2"}},
    beluga = {names = {"beluga", "beluga whale", "white whale", "moby dick"}, size_mm = 1000, colors = {body = "#eeeeea", light = "#f6f6f4"}},
    sperm = {names = {"sperm whale"}, colors = {body = "#5a5a60", light = "#7a7a80"}},
    narwhal = {names = {"narwhal", "narwhale", "unicorn whale"}, size_mm = 900, colors = {body = "#8a8e94", light = "#e6e8ea", water = "#f2ecdc"}},
  },
  points = {"head", "back", "face"},
  attach_to = {"head", "back"},
  build = function(k)
    local sp = {}
    for key, v in pairs(species) do sp[key] = v end
    if k.variant == "orca" then
      sp.dorsal = "shark"; sp.dorsal_h = 40; sp.dorsal_len = 30; sp.dorsal_x = 0.0; sp.length = 250; sp.nose_blunt = 0.45
      sp.eye_y = 0.05; sp.pec_len = 40; sp.pec_tip = 0.2
      sp.marks = {{"belly", part = "light", up = 0.3}, {"eye_patch", part = "light"}, {"flank", part = "light", x = -0.2, y = -0.1, l = 0.12, h = 0.3}}
    elseif k.variant == "beluga" then
      sp.dorsal = nil; sp.length = 220; sp.nose_blunt = 0.1; sp.hump = 0.15; sp.eye_y = 0.05; sp.pec_len = 30
    elseif k.variant == "narwhal" then
      sp.dorsal = nil; sp.length = 230; sp.nose_blunt = 0.2; sp.eye_y = 0.05; sp.pec_len = 30; sp.spout = false
      sp.marks = {{"belly", part = "light", up = 0.3}, {"spots", part = "marks", n = 24, r = 0.045}}
      local shape = F.build(k, sp, parts)
      -- the long spiralled tusk from the upper lip
      local tusk = {tube({{108, 4, 0}, {170, 15, 0}, {235, 28, 0}}, 5.5, 1.4)}
      local spiral = {}
      for i = 0, 40 do
        local t = i / 40
        local a = t * 14 * math.pi
        local r = 5.5 * (1 - t * 0.8)
        spiral[#spiral + 1] = {115 + t * 120 - r * 0.2 * math.sin(a), 6 + t * 22 + r * math.cos(a), r * math.sin(a)}
      end
      shape = shape + smooth(2, smooth(3, table.unpack(tusk)), tube(spiral, 1.2, 0.5)):part("water")
      return shape
    elseif k.variant == "sperm" then
      sp.nose_blunt = 0.0; sp.peak = 0.75; sp.hump = 0.15; sp.dorsal = "hump"; sp.dorsal_h = 6
    end
    return F.build(k, sp, parts)
  end,
}
