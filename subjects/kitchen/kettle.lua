-- A kettle: a stovetop kettle with a wide domed body, a short spout rising
-- from the side, an arched handle over the lid, and a lid knob.
local V = use("vessel")

return {
  id = "kettle",
  names = {"kettle", "tea kettle", "teakettle", "stovetop kettle", "whistling kettle", "water kettle",
           "ketle", "kettel"},
  lvis = {"kettle"},
  family = "kitchen",
  size_mm = 230,
  description = "A kettle with an arched handle over the top and a spout",
  params = {body_h = {120, 140}, body_r = {95, 110}},
  parts = {
    {"body", "steel", color = "#c8ccd2", role = "primary", names = {"body"}},
    {"handle", "plastic", color = "#1e1e22", role = "secondary", names = {"handle", "grip", "knob"}},
  },
  variants = {
    electric = {names = {"electric kettle", "jug kettle"}, size_mm = 240, colors = {body = "#f2f2f0", handle = "#303236"}},
  },
  points = {"inside", "fill", "top"},
  build = function(k)
    local electric = k.variant == "electric"
    local bh, br = k.p.body_h, k.p.body_r
    local shape
    if electric then
      -- A tapered jug on a round power base, a side handle and a short spout.
      local h = 220
      local prof = V.keyed({{0, 78}, {0.7, 68}, {1, 58}}, h, 12)
      local body = lathe(prof):move(0, 22, 0) + cylinder(92, 22, 6)
      body = body + ellipsoid(60, 12, 60):move(0, h + 20, 0)
      local spout = limb({-60, h - 10, 0}, {-95, h + 12, 0}, 24, 14)
      local handle = polyline({{55, h + 6, 0}, {115, h - 10, 0}, {115, 60, 0}, {60, 50, 0}}, 13)
      shape = smooth(8, body, spout):part("body") + smooth(6, handle, box(20, 14, 16):move(70, 48, 0)):part("handle")
      k.attach("inside", {0, 32, 0}, 120)
      k.attach("fill", {0, h * 0.7, 0}, 120)
      k.attach("top", {0, h + 32, 0}, 110)
      return shape
    end
    local top_r = br * 0.42
    local prof = V.profile(function(t)
      local r = br * (1 - 0.05 * t)
      if t > 0.35 then
        local s = (t - 0.35) / 0.65
        r = top_r + (br * 0.97 - top_r) * math.cos(s * math.pi * 0.5)
      end
      if t < 0.05 then r = r - 6 * (0.05 - t) / 0.05 end
      return r
    end, bh, 24)
    local body = lathe(prof)
    local lid = ellipsoid(top_r, top_r * 0.35, top_r):move(0, bh - 3, 0) + torus(top_r, 3):move(0, bh - 1, 0)
    local knob = ellipsoid(16, 10, 16):move(0, bh + top_r * 0.35 + 6, 0)
    local spout = V.spout({{-br * 0.7, bh * 0.35, 0}, {-br * 1.05, bh * 0.5, 0}, {-br * 1.28, bh * 0.85, 0},
                           {-br * 1.4, bh * 1.0, 0}}, 17, 9)
    -- Arched handle on two posts over the lid.
    local hy = bh + 70
    local posts = limb({-top_r * 0.95, bh * 0.88, 0}, {-top_r * 0.75, hy, 0}, 6) + limb({top_r * 0.95, bh * 0.88, 0}, {top_r * 0.75, hy, 0}, 6)
    local grip = tube({{-top_r * 0.8, hy - 4, 0}, {-top_r * 0.4, hy + 10, 0}, {top_r * 0.4, hy + 10, 0}, {top_r * 0.8, hy - 4, 0}}, 12)
    shape = smooth(10 * k.soft, body, spout) + lid + posts
    shape = shape:part("body") + (grip + knob):part("handle")
    k.attach("inside", {0, 8, 0}, 2 * br * 0.8)
    k.attach("fill", {0, bh * 0.7, 0}, 2 * top_r)
    k.attach("top", {0, hy + 22, 0}, 2 * top_r)
    return shape
  end,
}
