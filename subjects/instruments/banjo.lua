-- A banjo standing upright: a round drum body with a white head, a metal rim
-- with brackets and a resonator, a long thin fretted neck and a tuning-peg
-- headstock. Faces +X.
local I -- the instrument library, loaded when building

return {
  id = "banjo",
  names = {"banjo", "bluegrass banjo", "five string banjo", "banjoe", "bango"},
  lvis = {"banjo"},
  family = "instruments",
  size_mm = 960,
  description = "A banjo",
  params = {},
  parts = {
    {"resonator", "wood", color = "#8a4a22", role = "primary", names = {"resonator", "back", "body"}},
    {"head", "plastic", color = "#f4f0e4", role = "secondary", names = {"head", "drumhead", "skin"}},
    {"rim", "steel", color = "#d0d4d8", role = "detail", names = {"rim", "brackets", "hardware", "strings", "pegs"}},
    {"neck", "wood", color = "#5a3420", role = "detail", names = {"neck", "fingerboard", "headstock"}},
  },
  build = function(k)
    I = use("instrument")
    local R = 140
    local cy = R + 10
    local resonator = cylinder(R + 8, 60, 10):rotx(90):move(0, cy, -50)
    local head = cylinder(R - 6, 3):rotx(90):move(0, cy, 10)
    local rim = union(torus(R, 6):rotx(90):move(0, cy, 12), cylinder(R + 2, 30):rotx(90):move(0, cy, -18))
    local br = {}
    for i = 0, 19 do
      local a = 2 * math.pi * i / 20
      br[#br + 1] = box(6, 14, 24, 1.5):rotz(math.deg(a)):move(math.cos(a) * (R + 6), cy + math.sin(a) * (R + 6), -2)
    end
    local top = cy + R + 520
    local neck = box(44, top - cy - R + 60, 24, 6):move(0, (cy + R - 60 + top) / 2, 4)
    local fb = box(46, top - cy - 20, 5):move(0, (cy + 20 + top) / 2, 18)
    local frets = I.frets(cy + R, top, 46, 20, (top - cy + R * 0.5))
    local hs = extrude({{-26, 0}, {26, 0}, {40, 90}, {30, 150}, {-30, 150}, {-40, 90}}, 20, 5):move(0, top, 4)
    local pegs = {}
    for i = 0, 3 do
      local sx = i % 2 == 0 and -1 or 1
      local py = top + 40 + 50 * math.floor(i / 2)
      pegs[#pegs + 1] = capsule({sx * 30, py, 4}, {sx * 62, py, 4}, 4) + ellipsoid(6, 10, 4):move(sx * 64, py, 4)
    end
    local fifth = capsule({22, cy + R + 240, 4}, {56, cy + R + 240, 4}, 4)
    local bridge = box(60, 10, 8, 2):move(0, cy - R * 0.35, 14)
    local tail = extrude({{-14, 0}, {14, 0}, {6, 60}, {-6, 60}}, 6, 2):move(0, cy - R - 4, 16)
    local strings = I.strings(5, cy - R * 0.35, top + 4, 34, 30, 22, 0.7)
    return union(resonator:part("resonator"), head:part("head"), union(rim, union(br), tail, strings, union(pegs), fifth, frets):part("rim"),
                 union(neck, fb, hs, bridge):part("neck")):roty(90)
  end,
}
