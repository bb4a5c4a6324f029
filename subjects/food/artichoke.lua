-- An artichoke: a plump globe of thick, pointed, overlapping green bracts in
-- rising rings, on a short cut stem.
local P -- the plant library, loaded when building

return {
  id = "artichoke",
  names = {"artichoke", "globe artichoke", "artichock", "artichoke vegetable"},
  lvis = {"artichoke"},
  family = "food",
  size_mm = 110,
  description = "An artichoke",
  params = {},
  parts = {
    {"bracts", "plant", color = "#6a9a4a", role = "primary", names = {"bracts", "leaves", "artichoke"}},
    {"tips", "plant", color = "#6a4a6a", role = "secondary", names = {"tips", "purple"}},
    {"stem", "plant", color = "#8ab05a", role = "detail", names = {"stem"}},
  },
  build = function(k)
    P = use("plant")
    local core = ellipsoid(46, 58, 46):move(0, 80, 0)
    local bracts, tips = {}, {}
    for ring = 0, 5 do
      local t = ring / 5
      local n = 9 - math.floor(ring / 2)
      local y = 38 + ring * 16
      local rr = 46 * math.sin(math.pi * (0.25 + 0.6 * t)) * 0.85
      local el = 40 + 40 * t
      for j = 0, n - 1 do
        local az = 360 * j / n + ring * 20
        local at = P.add({0, y, 0}, P.mul(P.dir(az, 0), rr * 0.6))
        bracts[#bracts + 1] = P.leaf(56 - ring * 5, 46 - ring * 4, 8, 0.35):aim(P.dir(az, el), at)

      end
    end
    local stem = cylinder(14, 44, 3)
    return union(smooth(1, core, union(bracts)):part("bracts"), stem:part("stem"))
  end,
}
