-- A candle: a wax pillar (or a tall taper) with drips down the side, a
-- dark wick and a teardrop flame.
return {
  id = "candle",
  names = {"candle", "wax candle", "pillar candle", "votive candle", "lit candle", "candel", "candle light",
           "scented candle", "church candle"},
  lvis = {"candle"},
  family = "household",
  size_mm = 150,
  description = "A lit wax candle with drips",
  params = {radius = {30, 40}, height = {110, 150}, melt = {0, 1}},
  parts = {
    {"wax", "wax", color = "#f2ead8", role = "primary", names = {"wax", "body", "candle"}},
    {"flame", "candy", color = "#ffb020", role = "fixed", glows = true, names = {"flame", "fire"}},
    {"wick", "paint", color = "#1c1814", role = "fixed", names = {"wick"}},
    {"holder", "steel", color = "#c8ccd2", role = "detail", names = {"holder", "cup", "tin"}},
  },
  variants = {
    taper = {names = {"taper candle", "dinner candle", "taper", "thin candle"}, size_mm = 260},
    tealight = {names = {"tea light", "tealight", "tea candle"}, size_mm = 30, colors = {wax = "#f8f6f0"}},
  },
  points = {"top"},
  build = function(k)
    local v = k.variant
    local r, h = k.p.radius, k.p.height
    if v == "taper" then r, h = 11, 230 end
    local body
    if v == "tealight" then
      r, h = 19, 16
      body = subtract(cylinder(r, h), cylinder(r - 1.2, h):move(0, 2, 0)):part("holder")
        + cylinder(r - 1.2, h - 3):move(0, 1, 0):part("wax")
    else
      -- A dished top and drips down the side.
      body = subtract(cylinder(r, h, 2), ellipsoid(r * 0.8, 5, r * 0.8):move(0, h + 1, 0))
      if v == "taper" then
        body = lathe({{r + 3, 0}, {r + 3, 8}, {r, 12}, {r, h - 4}, {r - 2, h}})
      end
      local drips = {}
      local n = v == "taper" and 2 or k.int(3, 5)
      for i = 1, n do
        local a = k.rand(0, 2 * math.pi)
        local len = k.rand(0.15, 0.45) * h * (0.5 + k.p.melt * 0.5)
        local x, z = math.cos(a) * r, math.sin(a) * r
        drips[#drips + 1] = limb({x * 0.97, h - 2, z * 0.97}, {x * 1.02, h - len, z * 1.02}, 3.5, 4.5)
        drips[#drips + 1] = sphere(5):move(x * 1.02, h - len, z * 1.02)
      end
      drips[#drips + 1] = torus(r - 1, 2.5):move(0, h - 1.5, 0)
      body = smooth(3, body, union(drips)):part("wax")
    end
    local top = v == "tealight" and h - 1 or h - 3
    local wick = limb({0, top - 2, 0}, {0, top + 9, 0}, 1.4):part("wick")
    local fy = top + 9
    local fs = v == "tealight" and 0.8 or 1.0
    local flame = smooth(4, sphere(5.5 * fs):move(0, fy + 4 * fs, 0), limb({0, fy + 4 * fs, 0}, {0, fy + 24 * fs, 0}, 4.5 * fs, 0.5))
    k.attach("top", {0, fy + 24 * fs, 0}, 2 * r)
    return body + wick + flame:part("flame")
  end,
}
