-- A violin standing upright: a varnished body with deep C-shaped waist, two
-- f-holes, a bridge and tailpiece, a black fingerboard and a neck ending in a
-- scrolled pegbox; a cello is the same, much bigger, on an endpin. Faces +X.
local I -- the instrument library, loaded when building

return {
  id = "violin",
  names = {"violin", "fiddle", "viola", "violine", "vioiln"},
  lvis = {"violin"},
  family = "instruments",
  size_mm = 600,
  description = "A violin",
  params = {},
  parts = {
    {"body", "wood", color = "#a8501e", role = "primary", names = {"body", "wood", "top"}},
    {"fittings", "wood", color = "#1a1210", role = "secondary", names = {"fingerboard", "tailpiece", "pegs", "chinrest", "fittings"}},
    {"scroll", "wood", color = "#8a4018", role = "detail", names = {"scroll", "neck", "pegbox"}},
    {"strings", "silver", color = "#e0e0e0", role = "detail", names = {"strings", "endpin"}},
    {"bridge", "wood", color = "#e8c890", role = "detail", names = {"bridge"}},
    {"holes", "plastic", color = "#120a06", role = "fixed"},
  },
  variants = {
    cello = {names = {"cello", "violoncello"}, size_mm = 1250},
    bass = {names = {"double bass", "contrabass", "upright bass", "bass fiddle"}, size_mm = 1850},
  },
  build = function(k)
    I = use("instrument")
    local v = k.variant
    local big = v == "cello" or v == "bass"
    local BL = 355
    local o = {wl = 104, cl = 0.25, rl = 0.27, wu = 84, cu = 0.78, ru = 0.24, waist = 58}
    local depth = big and 80 or 42
    local body = extrude(I.bout_outline(BL, o, 48), depth, 8)
    -- the C-bout corners
    for _, sx in ipairs({-1, 1}) do
      body = smooth(4, body, sphere(6):move(sx * 84, BL * 0.48, 0), sphere(6):move(sx * 74, BL * 0.58, 0))
    end
    local fz = depth / 2
    local arch = ellipsoid(80, BL * 0.45, 8):move(0, BL * 0.5, fz - 4)
    body = smooth(10, body, arch)
    local neck_top = BL + 135
    local neck = box(26, 140, 18, 5):move(0, BL + 60, fz - 6)
    local fb = box(30, 268, 7, 2.5):move(0, neck_top - 134, fz + 7)
    local pegbox = box(24, 70, 22, 5):move(0, neck_top + 30, fz - 6)
    local scroll = union(torus(14, 7):rotz(90):move(0, neck_top + 76, fz - 4), sphere(10):move(0, neck_top + 76, fz - 4))
    local pegs = {}
    for i = 0, 3 do
      local sx = (i % 2 == 0) and 1 or -1
      pegs[#pegs + 1] = capsule({0, neck_top + 14 + i * 14, fz - 6}, {sx * 34, neck_top + 14 + i * 14, fz - 6}, 3.5)
      pegs[#pegs + 1] = ellipsoid(4, 8, 7):move(sx * 34, neck_top + 14 + i * 14, fz - 6)
    end
    local tail = extrude({{-20, 0}, {20, 0}, {12, 110}, {-12, 110}}, 6, 2):move(0, 12, fz + 8)
    local chin = ellipsoid(34, 26, 8):move(-40, 30, fz + 6)
    local bridge = box(52, 4, 28, 1):move(0, BL * 0.4, fz + 14)
    local sl = {}
    for i = 0, 3 do
      local x = (i / 3 - 0.5)
      sl[#sl + 1] = polyline({{x * 24, 118, fz + 11}, {x * 34, BL * 0.4, fz + 28}, {x * 18, neck_top, fz + 11}}, 0.7)
    end
    local strings = union(sl)
    local holes = {}
    for _, sx in ipairs({-1, 1}) do
      local pts = {{sx * 30, BL * 0.3, fz + 1}, {sx * 24, BL * 0.38, fz + 3}, {sx * 28, BL * 0.5, fz + 3}, {sx * 22, BL * 0.58, fz + 1}}
      holes[#holes + 1] = tube(pts, 2.2)
      holes[#holes + 1] = sphere(4):move(sx * 30, BL * 0.3, fz + 1) + sphere(4):move(sx * 22, BL * 0.58, fz + 1)
    end
    local shape = union(body:part("body"), union(fb, tail, union(pegs), chin):part("fittings"), union(neck, pegbox, scroll):part("scroll"),
                        bridge:part("bridge"), strings:part("strings"), intersect(union(holes), arch:round(1) + body:round(1)):part("holes"))
    if big then
      shape = union(shape:move(0, 60, 0), cylinder(5, 70):part("strings"), cone(12, 6, 12):move(0, 56, 0):part("fittings"))
    else
      shape = shape:rotx(-8)
    end
    return shape:roty(90)
  end,
}
