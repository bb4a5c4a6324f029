-- A mango: a plump kidney-shaped fruit blushing from green-yellow to red,
-- with a little stalk at the shoulder.
local F -- the food library, loaded when building

return {
  id = "mango",
  names = {"mango", "mangoes fruit", "mango fruit", "ripe mango", "mangoe"},
  lvis = {},
  family = "food",
  size_mm = 80,
  description = "A mango",
  params = {},
  parts = {
    {"skin", "food", color = "#f0b030", role = "primary", names = {"skin", "mango"}},
    {"blush", "food", color = "#e8742a", role = "secondary", names = {"blush", "red"}},
    {"stalk", "wood", color = "#5a3c22", role = "detail", names = {"stalk", "stem"}},
    {"leaf", "plant", color = "#3e8a30", role = "detail", names = {"leaf"}},
  },
  build = function(k)
    F = use("food")
    local body = smooth(30, ellipsoid(70, 48, 44):move(0, 0, 0), ellipsoid(44, 44, 40):move(34, 16, 0), ellipsoid(40, 36, 38):move(-40, -8, 0))
    local blush = intersect(body:round(0.4), sphere(48):move(46, 46, 40):noise(6, 30, 1))
    local stalk = tube({{44, 40, 0}, {52, 56, 0}, {60, 62, 2}}, 3.4, 2.6)
    local lf = F.leaf_at({56, 60, 2}, 80, 26, 3, 160, 20, 0.9)
    return union(body:part("skin"), blush:part("blush"), stalk:part("stalk"), lf:part("leaf")):rotz(-10):move(0, 50, 0)
  end,
}
