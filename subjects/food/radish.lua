-- A radish: a round bright pink-red root with a white tip and a thin tail,
-- topped with a bunch of green leaves on stalks; a beetroot is dark purple.
local F -- the food library, loaded when building

return {
  id = "radish",
  names = {"radish", "red radish", "radishes vegetable", "raddish"},
  lvis = {"radish", "turnip"},
  family = "food",
  size_mm = 160,
  description = "A radish with leaves",
  params = {},
  parts = {
    {"root", "glazed", color = "#d8284a", role = "primary", names = {"root", "radish", "bulb"}},
    {"leaves", "plant", color = "#4a9a34", role = "secondary", names = {"leaves", "greens", "stalks"}},
    {"tip", "food", color = "#f6f0e8", role = "detail", names = {"tip", "tail"}},
  },
  variants = {
    beet = {names = {"beetroot", "beet", "red beet"}, colors = {root = "#6a1430", tip = "#6a1430"}},
  },
  build = function(k)
    F = use("food")
    local root = smooth(6, sphere(34):move(0, 48, 0), cone(16, 2, 30):flip("y"):move(0, 26, 0))
    local tail = tube({{0, 4, 0}, {3, -8, 0}, {8, -20, 2}}, 2.4, 0.8)
    local tip = intersect(root, box(200, 22, 200):move(0, 11, 0))
    local leaves = {}
    for i = 0, 4 do
      local az = 72 * i + 15
      local d = F.dir(az, 72)
      local top = F.add({0, 80, 0}, F.mul(d, 60))
      leaves[#leaves + 1] = tube({{0, 74, 0}, F.add({0, 80, 0}, F.mul(d, 30)), top}, 3, 2.2)
      leaves[#leaves + 1] = F.leaf_at(top, 60, 34, 3.5, az, 45, 0.4)
    end
    return union(subtract(root, box(200, 22, 200):move(0, 11, 0)):part("root"), union(tip, tail):part("tip"), union(leaves):part("leaves"))
      :move(0, 20, 0)
  end,
}
