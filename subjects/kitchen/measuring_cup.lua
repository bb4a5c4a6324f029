-- A measuring jug: a clear glass jug, a little wider at the rim, with a
-- pinched pouring spout, a D handle opposite it and red measurement lines
-- (long and short ticks) printed up its side.
local V = use("vessel")

return {
  id = "measuring_cup",
  names = {"measuring cup", "measuring jug", "pyrex jug", "pyrex measuring cup", "glass measuring cup",
           "measuring glass", "liquid measuring cup", "measuring pitcher", "mesuring cup", "measureing cup"},
  lvis = {"measuring_cup"},
  family = "kitchen",
  size_mm = 120,
  description = "A glass measuring jug with red markings",
  params = {r = {44, 50}, flare = {1.04, 1.12}},
  parts = {
    {"glass", "glass", color = "#dcecf0", role = "primary", names = {"glass", "body", "jug", "cup", "handle"}},
    {"markings", "paint", color = "#d02a22", role = "secondary",
     names = {"markings", "marks", "lines", "measurement lines", "scale", "numbers"}},
  },
  points = {"inside", "fill", "top"},
  build = function(k)
    local r, h, fl = k.p.r, 110, k.p.flare
    local wall, base = 4, 8
    local prof = V.profile(function(t) return r * (1 + (fl - 1) * t) - (t < 0.06 and (0.06 - t) * 40 or 0) end, h, 14)
    local body = V.solid_vessel(prof, wall, h - base)
    -- Spout on -X: a pulled-out lip, its groove cut from inside.
    local rr = V.radius_at(prof, h)
    local lip = limb({-rr * 0.55, h - 24, 0}, {-rr - 12, h + 1, 0}, 15, 7)
    local lip_in = limb({-rr * 0.45, h - 14, 0}, {-rr - 18, h + 8, 0}, 11, 4.5)
    local shape = subtract(smooth(4, body, lip), lip_in, box(60, 30, 80):move(-rr - 10, h + 2 + 15, 0):rotz(-4))
    -- A D handle on +X, upright and squared off, from near the rim to near the floor.
    local hr = 6
    local x0 = V.radius_at(prof, h * 0.5) - 3
    local handle = polyline({{x0 - 2, h - 10, 0}, {x0 + 26, h - 6, 0}, {x0 + 34, h - 18, 0}, {x0 + 30, 22, 0}, {x0 - 2, 14, 0}}, hr)
    shape = smooth(5 * k.soft, shape, handle):part("glass")
    -- Markings on the +Z/-X face (towards the viewer): a vertical line with
    -- long ticks every fifth and short ticks between, sitting proud of the glass.
    local marks = {}
    local ang = 15                                     -- about Y, from +Z
    local function band(y, len_deg, th)
      local rad = V.radius_at(prof, y)
      local ring = subtract(cylinder(rad + 1.2, th), cylinder(rad - 1.5, th + 2):move(0, -1, 0)):move(0, y - th / 2, 0)
      local half = len_deg * math.pi / 360
      local wedge = box(2 * (rad + 4) * math.sin(half) + 0.1, th + 4, rad + 4):move(0, y, (rad + 4) / 2)
      return intersect(ring, wedge)
    end
    for i = 0, 8 do
      local y = 22 + i * 9.5
      local long = (i % 2 == 0)
      marks[#marks + 1] = band(y, long and 26 or 14, 2.2):rotate("y", ang + (long and 0 or -6))
    end
    -- The spine the ticks hang from.
    local spine = {}
    do
      local y0, y1 = 22, 22 + 8 * 9.5
      local a = math.rad(ang - 13)
      local pts = {}
      for j = 0, 4 do
        local y = y0 + (y1 - y0) * j / 4
        local rad = V.radius_at(prof, y) + 0.3
        pts[#pts + 1] = {rad * math.sin(a), y, rad * math.cos(a)}
      end
      spine = polyline(pts, 1.2)
    end
    local markings = union(marks) + spine
    V.cavity(k, prof, wall, base, 0.6)
    k.attach("top", {0, h, 0}, 2 * rr)
    return shape + markings:part("markings")
  end,
}
