-- A carrot: a long orange taper with faint rings, lying down, with a tuft of
-- feathery green leaves at the thick end.
local F -- the food library, loaded when building

return {
  id = "carrot",
  names = {"carrot", "carot", "carrott", "baby carrot", "orange carrot"},
  lvis = {"carrot"},
  family = "food",
  size_mm = 40,
  description = "A carrot",
  params = {len = {170, 200}, r = {16, 19}},
  parts = {
    {"root", "food", color = "#f07a18", role = "primary", names = {"root", "carrot", "body"}},
    {"leaves", "plant", color = "#4a9a34", role = "secondary", names = {"leaves", "greens", "top", "tops", "stems"}},
  },
  points = {"top"},
  build = function(k)
    F = use("food")
    local len, r = k.p.len, k.p.r
    local prof = F.profile(function(t) return 1.5 + (r - 1.5) * (t ^ 0.8) * (t > 0.93 and math.sqrt(math.max(0, 1 - ((t - 0.93) / 0.07) ^ 2)) * 0.5 + 0.5 or 1) end, len, 20)
    local root = lathe(prof)
    local rings = {}
    for i = 1, 9 do
      local y = len * (0.1 + 0.09 * i) + k.rand(-4, 4)
      local rr = F.radius_at(prof, y)
      rings[#rings + 1] = torus(rr, 1.1):move(0, y, 0):stretch(1, 1, 1)
    end
    root = smooth(1, root, union(rings))
    local leaves = {}
    for i = 0, 5 do
      local az = 360 * i / 6 + k.rand(-15, 15)
      local d = F.dir(az, 75 - (i % 2) * 20)
      local base = {0, len - 6, 0}
      local mid = F.add(base, F.mul(d, 45))
      local tipp = F.add(base, F.mul(F.add(d, {0, -0.2, 0}), 95))
      leaves[#leaves + 1] = tube({base, mid, tipp}, 3.2, 2.2)
      for j = 1, 3 do
        local p = F.lerp(mid, tipp, j / 3 - 0.1)
        leaves[#leaves + 1] = sphere(9 - j):stretch(1.3, 0.7, 1.3):move(p)
      end
    end
    local lf = smooth(3, table.unpack(leaves)):noise(0.8, 6, 1)
    local shape = union(root:part("root"), lf:part("leaves"))
    return shape:rotz(-84):move(0, r, 0)
  end,
}
