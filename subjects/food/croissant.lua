-- A croissant: a golden crescent of rolled dough, plump creased segments in
-- the middle tapering to curled tips.
local F -- the food library, loaded when building

return {
  id = "croissant",
  names = {"croissant", "crescent roll", "croisant", "crossant", "crossiant", "croissent", "croissan"},
  lvis = {"croissant"},
  family = "food",
  size_mm = 55,
  description = "A croissant",
  params = {bend = {120, 150}},
  parts = {
    {"pastry", "food", color = "#d8903a", role = "primary", names = {"pastry", "croissant", "crust", "dough"}},
  },
  points = {"top"},
  build = function(k)
    F = use("food")
    local bend = k.p.bend
    local R = 62
    local segs = {}
    local radii = {7, 13, 21, 29, 34, 29, 21, 13, 7}
    local n = #radii
    for i = 1, n do
      local t = (i - 1) / (n - 1)
      local a = math.rad(-bend / 2 + bend * t)
      local c = {math.sin(a) * R, radii[i] * 0.78, -math.cos(a) * R + R * 0.5}
      local tan = {math.cos(a), 0, math.sin(a)}
      local len = (i == 1 or i == n) and 14 or 19
      segs[#segs + 1] = ellipsoid(radii[i], len, radii[i] * 0.8):aim(tan, {0, 0, 0}):move(c)
    end
    local body = smooth(2.5 * k.soft, table.unpack(segs))
    return body:part("pastry")
  end,
}
