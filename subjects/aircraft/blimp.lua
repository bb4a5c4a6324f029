-- A blimp (airship): a huge cigar-shaped envelope with four tail fins and a
-- small gondola slung underneath.
local A = use and use("aircraft")

return {
  id = "blimp",
  names = {"blimp", "airship", "zeppelin", "dirigible", "goodyear blimp", "air ship"},
  lvis = {"blimp"},
  family = "aircraft",
  size_mm = 18000,
  description = "A blimp with tail fins and a gondola",
  params = {len = {440, 480}},
  parts = {
    {"envelope", "fabric", color = "#c8ccd4", role = "primary", names = {"envelope", "balloon", "body", "hull"}},
    {"fins", "paint", color = "#2a4a9a", role = "secondary", names = {"fins", "tail", "stripe", "stripes"}},
    {"gondola", "paint", color = "#f2f2f0", role = "detail", names = {"gondola", "cabin", "car"}},
    {"windows", "gloss", color = "#1e2a38", role = "detail", names = {"windows"}},
    {"engines", "steel", color = "#6a6c72", role = "detail", names = {"engines", "propellers"}},
  },
  points = {"top"},
  build = function(k)
    local L = k.p.len
    local R = L * 0.15
    local y = R + 46
    local secs = {}
    for i = 0, 12 do
      local t = i / 12
      local x = -L / 2 + L * t
      local r = R * math.sqrt(math.max(0, 1 - ((t - 0.42) / (t < 0.42 and 0.42 or 0.58)) ^ 2)) ^ 0.8
      secs[#secs + 1] = {x, math.max(r, 2)}
    end
    local env = A.fuselage(secs, y)
    local fins = {}
    for _, a in ipairs({0, 90, 180, 270}) do
      fins[#fins + 1] = extrude({{-L * 0.3, R * 0.3}, {-L * 0.48, R * 0.3}, {-L * 0.5, R * 1.05}, {-L * 0.42, R * 1.05}}, 7, 3):rotx(a + 45):move(0, y, 0)
    end
    local stripe = intersect(env:round(1.5), A.block(-1000, y - 8, -1000, 1000, y + 8, 1000))
    local gon = A.block(-L * 0.08, y - R - 28, -18, L * 0.1, y - R + 6, 18, 8)
    local wins = intersect(gon:round(1.5), A.block(-1000, y - R - 14, -1000, 1000, y - R - 4, 1000))
    local engines = {}
    for _, sz in ipairs({-1, 1}) do
      engines[#engines + 1] = capsule({0, y - R - 10, sz * 18}, {0, y - R - 10, sz * 40}, 3) + cylinder(8, 26):rotz(-90):move(-13, y - R - 10, sz * 44)
    end
    local shape = env:part("envelope") + union(fins):part("fins") + stripe:part("fins") + gon:part("gondola") + wins:part("windows") + union(engines):part("engines")
    k.attach("top", {0, y + R, 0}, R)
    return shape
  end,
}
