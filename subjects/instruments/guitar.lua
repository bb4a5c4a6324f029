-- A guitar standing upright: an acoustic has a deep figure-eight body with a
-- round sound hole, a bridge and a long fretted neck with a tuning-peg
-- headstock; an electric has a thin double-cutaway body, pickups, knobs and
-- a pickguard; a ukulele is small with four strings; a bass is electric with
-- four thick strings. Faces +X.
local I -- the instrument library, loaded when building

return {
  id = "guitar",
  names = {"guitar", "acoustic guitar", "classical guitar", "spanish guitar", "gitar", "guitare", "guittar", "gutiar", "guiter", "gutar", "guitarr"},
  lvis = {"guitar"},
  family = "instruments",
  size_mm = 1000,
  description = "An acoustic guitar",
  params = {},
  parts = {
    {"body", "wood", color = "#d8a060", role = "primary", names = {"body", "top", "soundboard", "wood"}},
    {"neck", "wood", color = "#7a4a26", role = "secondary", names = {"neck", "headstock", "sides"}},
    {"fingerboard", "wood", color = "#2a1a12", role = "detail", names = {"fingerboard", "fretboard", "bridge"}},
    {"strings", "silver", color = "#e0e0e0", role = "detail", names = {"strings", "frets", "pegs", "tuners", "hardware"}},
    {"hole", "plastic", color = "#140c08", role = "fixed"},
    {"pickguard", "plastic", color = "#f4f0e8", role = "detail", names = {"pickguard", "scratchplate", "pickups", "knobs"}},
  },
  variants = {
    electric = {names = {"electric guitar", "rock guitar", "stratocaster", "strat", "les paul"}, colors = {body = "#c81e24", neck = "#e0b070"}},
    bass = {names = {"bass guitar", "electric bass", "bass guitar electric"}, size_mm = 1150, colors = {body = "#1e1e22", neck = "#e0b070"}},
    ukulele = {names = {"ukulele", "uke", "ukelele"}, size_mm = 560, colors = {body = "#c8884a"}},
  },
  build = function(k)
    I = use("instrument")
    local v = k.variant
    local electric = v == "electric" or v == "bass"
    local uke = v == "ukulele"
    local s = uke and 0.55 or 1
    local BL = (electric and 440 or 500) * s
    local depth = (electric and 42 or 100) * s
    local o
    if electric then
      o = {wl = 170, cl = 0.3, rl = 0.32, wu = 130, cu = 0.74, ru = 0.26, waist = 118}
    else
      o = {wl = 190 * s, cl = 0.3, rl = 0.31, wu = 145 * s, cu = 0.75, ru = 0.26, waist = 122 * s}
    end
    local outline = I.bout_outline(BL, o, 40)
    local body = extrude(outline, depth, electric and 10 or 6)
    local fz = depth / 2 -- front face
    local shape
    local neck_w = (v == "bass" and 46 or 52) * (uke and 0.75 or 1)
    local nstr = (uke or v == "bass") and 4 or 6
    local neck_top = BL + (v == "bass" and 560 or (electric and 420 or 440)) * s
    if electric then
      -- cutaway horns at the top corners
      local horns = union(ellipsoid(52, 110, depth / 2):rotz(-14):move(-92, BL * 0.88, 0), ellipsoid(46, 84, depth / 2):rotz(14):move(95, BL * 0.82, 0))
      body = smooth(20, body, horns)
      body = smooth_sub(body, ellipsoid(38, 80, depth):move(0, BL * 1.02, 0), 14)
    end
    local neck = box(neck_w, neck_top - BL + 60, 26, 6):move(0, (BL - 60 + neck_top) / 2, fz - 14)
    local fb = box(neck_w + 2, neck_top - BL * (electric and 0.72 or 0.98), 6):move(0, (neck_top + BL * (electric and 0.72 or 0.98)) / 2, fz + 1)
    local hs_len = (electric and 190 or 180) * s
    local head
    if electric then
      head = extrude({{-neck_w / 2, 0}, {neck_w / 2, 0}, {neck_w * 0.9, hs_len * 0.8}, {neck_w * 0.6, hs_len}, {-neck_w * 0.2, hs_len}, {-neck_w * 0.5, hs_len * 0.3}}, 16, 4)
        :move(0, neck_top, fz - 12)
    else
      head = extrude({{-neck_w / 2, 0}, {neck_w / 2, 0}, {neck_w * 0.7, hs_len}, {-neck_w * 0.7, hs_len}}, 18, 4):rotx(-10):move(0, neck_top, fz - 12)
    end
    local pegs = {}
    local per_side = nstr / 2
    for i = 1, nstr do
      local side = (electric and 1) or (i <= per_side and -1 or 1)
      local j = electric and i or ((i - 1) % per_side + 1)
      local py = neck_top + hs_len * (electric and (0.12 + 0.13 * (j - 1)) or (0.2 + 0.26 * (j - 1)))
      local px = side * neck_w * (electric and 0.75 or 0.66)
      pegs[#pegs + 1] = cylinder(5, 16):rotx(90):move(px, py, fz - 4)
      pegs[#pegs + 1] = box(12, 20, 5, 2):move(px + side * 16, py, fz - 12)
      pegs[#pegs + 1] = capsule({px, py, fz - 12}, {px + side * 12, py, fz - 12}, 3)
    end
    local bridge_y = BL * (electric and 0.22 or 0.2)
    local strings = I.strings(nstr, bridge_y, neck_top + 4, neck_w * 0.8 * (uke and 1.1 or 1.2), neck_w * 0.75, fz + 5.5, v == "bass" and 1.3 or 0.8)
    local frets = I.frets(BL * (electric and 0.72 or 0.98), neck_top, neck_w + 2, fz + 4.5, (neck_top - bridge_y) * 0.98)
    local nut = box(neck_w + 2, 6, 6):move(0, neck_top, fz + 3)
    local bridge = box(neck_w * (electric and 1.5 or 2.6), 14, 8, 3):move(0, bridge_y, fz + 2)
    shape = union(body:part("body"), union(neck, head):part("neck"), union(fb, bridge):part("fingerboard"),
                  union(strings, frets, union(pegs), nut):part("strings"))
    if electric then
      local pg = extrude({{-90, BL * 0.1}, {80, BL * 0.15}, {120, BL * 0.5}, {60, BL * 0.78}, {-neck_w / 2, BL * 0.8}, {-50, BL * 0.5}}, 3, 1):move(0, 0, fz + 1)
      local pick = {}
      for i, y in ipairs({0.34, 0.5, 0.63}) do
        if v ~= "bass" or i < 3 then pick[#pick + 1] = box(neck_w * 1.1, 18, 6, 2.5):move(0, BL * y, fz + 3) end
      end
      local knobs = {}
      for i = 0, 2 do knobs[#knobs + 1] = cylinder(9, 10, 2):rotx(90):move(85 - i * 10, BL * (0.18 + 0.09 * i), fz - 2) end
      shape = shape + union(pg, union(knobs)):part("pickguard") + union(pick):part("hole")
    else
      local hy = BL * 0.62
      local hole = cylinder(45 * s, 10):rotx(90):move(0, hy, fz - 8)
      shape = subtract(shape, hole)
      shape = shape + cylinder(44 * s, 4):rotx(90):move(0, hy, fz - 6):part("hole")
      shape = shape + torus(52 * s, 2.5):rotx(90):move(0, hy, fz):part("fingerboard")
    end
    return shape:roty(90)
  end,
}
