-- A gravestone: an upright stone slab with a rounded top on a low plinth,
-- an engraved cross above lines of inscription, and tufts of grass at its
-- foot. The cross variant is a Celtic stone cross, a ring round its
-- crossing, on a stepped base.
return {
  id = "gravestone",
  names = {"gravestone", "tombstone", "headstone", "grave", "grave stone", "tomb stone", "rip stone", "head stone",
           "grave marker", "rip gravestone", "rip tombstone", "rip headstone", "cemetery headstone", "graveyard headstone",
           "halloween tombstone", "halloween gravestone", "memorial stone", "grave headstone", "gravestone marker",
           "tombstome", "grave yard stone"},
  lvis = {"gravestone"},
  family = "buildings",
  size_mm = 900,
  description = "A rounded stone headstone on a plinth with an engraved cross",
  params = {w = {400, 450}, ht = {560, 620}, arch = {0.2, 0.5}},
  parts = {
    {"stone", "stone", color = "#8f8f8b", role = "primary", names = {"stone", "slab", "headstone", "cross"}},
    {"base", "stone", color = "#75736d", role = "secondary", names = {"base", "plinth", "step", "steps"}},
    {"engraving", "stone", color = "#3e3e3c", role = "detail",
     names = {"engraving", "engravings", "inscription", "lettering", "letters", "text", "writing", "carving", "epitaph"}},
    {"grass", "plant", color = "#4f8a2e", role = "detail", names = {"grass", "tuft", "tufts", "moss", "weeds"}},
  },
  variants = {
    cross = {names = {"celtic cross", "stone cross", "cross gravestone", "cross headstone", "grave cross", "cemetery cross",
                      "memorial cross", "high cross", "cross tombstone", "graveyard cross"},
             size_mm = 1300},
  },
  points = {"top"},
  build = function(k)
    -- grass: a tuft of blades fanning out from a point on the ground
    local chunky = k.style == "low_poly"
    local function tuft(x, z, n, len)
      local blades = {}
      if chunky then n = math.max(4, n // 2) end
      for i = 1, n do
        local a = (i / n) * 360 + k.rand(-20, 20)
        local tilt = k.rand(18, 40)
        local l = len * k.rand(0.6, 1.1)
        blades[#blades + 1] = chunky and leaf(l, l * 0.3, 12, 1) or leaf(l, l * 0.14, 4, 1):rotz(-tilt):roty(a)
      end
      return (union(blades) + ellipsoid(len * 0.24, 14, len * 0.24)):move(x, 0, z)
    end
    if k.variant == "cross" then
      local base = box(300, 70, 420, 4):move(0, 35, 0) + box(220, 60, 300, 4):move(0, 100, 0)
      local y0 = 128
      -- the cross in the ZY plane, facing +X: a tapering shaft, arms and a ring
      local sh = 860
      local shaft = extrude({{-55, 0}, {55, 0}, {44, sh}, {-44, sh}}, 70, 4):roty(90):move(0, y0, 0)
      local cy = y0 + sh * 0.72
      local arms = box(70, 96, 390, 4):move(0, cy, 0)
      local ring = subtract(cylinder(150, 50):move(0, -25, 0), cylinder(118, 80):move(0, -40, 0)):rotz(90):move(0, cy, 0)
      local boss = sphere(34):stretch(1.3, 1, 1):move(0, cy, 0)
      local top = box(70, 20, 96, 3):move(0, y0 + sh, 0)
      local shape = base:part("base") + (shaft + arms + ring + top + boss):part("stone")
      shape = shape + tuft(158, 150, 12, 140):part("grass") + tuft(156, -200, 9, 110):part("grass")
      k.attach("top", {0, y0 + sh + 10, 0}, 100)
      return shape:roty(-10)
    end
    local w, ht = k.p.w, k.p.ht
    local t = 80
    local bh = 70
    local base = box(t + 120, bh, w + 110, 5):move(0, bh / 2, 0)
    -- the slab's outline: straight sides, then a segmental arch over the top
    local rise = w * k.p.arch
    local R = (w * w / 4 + rise * rise) / (2 * rise)
    local pts = {{-w / 2, 0}, {w / 2, 0}}
    local a0 = math.asin((w / 2) / R)
    for i = 0, 16 do
      local a = a0 - 2 * a0 * i / 16
      pts[#pts + 1] = {R * math.sin(a), ht - rise + (R * math.cos(a) - (R - rise))}
    end
    local slab = extrude(pts, t, 6):roty(90):move(0, bh - 4, 0)
    -- engravings on the face: cut in, then a dark fill a little below the face
    local fx = t / 2
    local cut_cross = box(20, 150, 26):move(0, 0, 0) + box(20, 26, 96):move(0, 30, 0)
    local cross_y = bh + ht * 0.68
    local lines = {}
    local ly = bh + ht * 0.4
    for i = 0, 3 do
      local lw = (i == 0) and w * 0.62 or w * (0.5 - 0.08 * (i % 2))
      lines[#lines + 1] = box(20, 14, lw):move(0, ly - i * 34, 0)
    end
    local cuts = (cut_cross:move(0, cross_y, 0) + union(lines)):move(fx, 0, 0)
    slab = slab - cuts
    local fill = (cut_cross:move(0, cross_y, 0) + union(lines)):move(fx - 14, 0, 0)
    local shape = base:part("base") + slab:part("stone") + fill:part("engraving")
    shape = shape + tuft(t / 2 + 52, w * 0.34, 14, 150):part("grass") + tuft(t / 2 + 54, -w * 0.42, 10, 115):part("grass")
    k.attach("top", {0, bh + ht, 0}, w * 0.5)
    return shape:roty(-15)
  end,
}
