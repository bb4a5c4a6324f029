-- A hot-air balloon: a big striped envelope tapering to a throat, ropes down
-- to a wicker basket.
local S = use and use("shapes")

return {
  id = "hot_air_balloon",
  names = {"hot air balloon", "hot-air balloon", "hotair balloon", "balloon ride", "montgolfier", "air balloon"},
  lvis = {"hot-air_balloon"},
  family = "aircraft",
  size_mm = 20000,
  description = "A hot-air balloon with a striped envelope and a wicker basket",
  params = {r = {150, 170}, stripes = {6, 10}},
  parts = {
    {"envelope", "fabric", color = "#e03a2a", role = "primary", names = {"envelope", "balloon"}},
    {"stripes", "fabric", color = "#f4c832", role = "secondary", names = {"stripes", "stripe", "panels"}},
    {"basket", "wood", color = "#a07040", role = "detail", names = {"basket", "gondola", "wicker basket"}},
    {"ropes", "fabric", color = "#5a4a38", role = "detail", names = {"ropes", "rope", "lines"}},
  },
  points = {"top", "inside"},
  build = function(k)
    local R = k.p.r
    local n = math.floor(k.p.stripes + 0.5)
    local bh = 62
    local gap = 100
    local y0 = bh + gap
    -- envelope profile: narrow throat, round crown
    local prof = {}
    for i = 0, 20 do
      local t = i / 20
      local y = t * R * 2.3
      local r
      if t < 0.45 then
        r = R * (0.22 + 0.78 * math.sin(t / 0.45 * math.pi / 2) ^ 1.3)
      else
        local u = (t - 0.45) / 0.55
        r = R * math.sqrt(math.max(1 - u * u, 0)) ^ 0.9
      end
      prof[#prof + 1] = {math.max(r, 0.5), y}
    end
    local env = lathe(prof):move(0, y0, 0)
    -- gores: alternate panels in the second colour, slightly proud
    local gore = intersect(lathe(prof):move(0, y0, 0):round(1.5),
                           extrude({{0, 0}, {R * 3, -R * 3 * math.tan(math.pi / (2 * n))}, {R * 3, R * 3 * math.tan(math.pi / (2 * n))}},
                                   10000):rotx(90))
    local gores = radial(gore, n)
    local throat = cylinder(R * 0.24, 14):move(0, y0 - 6, 0)
    local basket = box(60, bh, 60, 5)
    basket = basket:move(0, bh / 2, 0)
    basket = basket - box(50, bh, 50):move(0, bh + 6, 0)
    local rim = torus(34, 4):stretch(1, 1, 1) * box(200, 20, 200)
    rim = box(66, 8, 66, 3):move(0, bh, 0) - box(52, 20, 52):move(0, bh, 0)
    local ropes = {}
    for _, sx in ipairs({-1, 1}) do
      for _, sz in ipairs({-1, 1}) do
        ropes[#ropes + 1] = capsule({sx * 28, bh, sz * 28}, {sx * R * 0.17, y0 + 4, sz * R * 0.17}, 5)
      end
    end
    local shape = env:part("envelope") + gores:part("stripes") + throat:part("ropes")
    shape = shape + (basket + rim):part("basket") + union(ropes):part("ropes")
    k.attach("top", {0, y0 + R * 2.3, 0}, R * 0.5)
    k.attach("inside", {0, 8, 0}, 48)
    return shape
  end,
}
