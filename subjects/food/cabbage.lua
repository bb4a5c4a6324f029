-- A cabbage: a round head of tightly wrapped pale green leaves with a few big
-- outer leaves curling open at the base; lettuce is looser and brighter.
local F -- the food library, loaded when building

return {
  id = "cabbage",
  names = {"cabbage", "head of cabbage", "green cabbage", "cabage", "brussels sprout", "brussel sprout"},
  lvis = {"cabbage", "lettuce"},
  family = "food",
  size_mm = 150,
  description = "A cabbage",
  params = {},
  parts = {
    {"leaves", "plant", color = "#9ac860", role = "primary", names = {"leaves", "head", "cabbage"}},
    {"veins", "plant", color = "#d8ecb0", role = "secondary", names = {"veins", "ribs"}},
  },
  variants = {
    lettuce = {names = {"lettuce", "head of lettuce", "iceberg lettuce"}, colors = {leaves = "#7ac040"}},
    red = {names = {"red cabbage", "purple cabbage"}, colors = {leaves = "#6a2a6a", veins = "#c8a0c8"}},
  },
  build = function(k)
    F = use("food")
    local R = 80
    local head = sphere(R):move(0, R, 0):noise(2, 30, 2)
    local wraps = {}
    for i = 0, 4 do
      local az = 72 * i + 20
      local d = F.dir(az, 0)
      wraps[#wraps + 1] = intersect(sphere(R + 6):move(0, R, 0), box(R * 1.2, 400, 400):move(d[1] * R * 0.9, 0, 0):roty(-az + 0))
        :scale(1):noise(2.5, 24, 1)
    end
    local outer = {}
    local veins = {}
    for i = 0, 4 do
      local az = 72 * i + 36
      local el = 58
      local base = F.add({0, 10, 0}, F.mul(F.dir(az, 0), R * 0.45))
      outer[#outer + 1] = F.leaf_at(base, R * 1.55, R * 1.35, 6, az, el, 0.05):noise(3, 26, 1)
      local d = F.dir(az, el)
      local up = F.dir(az, el + 90)
      veins[#veins + 1] = capsule(F.add(base, F.mul(up, 4)), F.add(F.add(base, F.mul(d, R * 1.3)), F.mul(up, 4)), 4)
      for j = 1, 3 do
        local p = F.add(F.add(base, F.mul(d, R * 0.3 * j)), F.mul(up, 4))
        for _, sgn in ipairs({-1, 1}) do
          local side = F.dir(az + 90 * sgn, 0)
          veins[#veins + 1] = capsule(p, F.add(F.add(p, F.mul(side, R * 0.35)), F.mul(d, R * 0.2)), 2.2)
        end
      end
    end
    local leaves = smooth(4, head, union(wraps), union(outer))
    veins = intersect(union(veins), union(outer):round(1.5))
    return union(leaves:part("leaves"), union(veins):part("veins"))
  end,
}
