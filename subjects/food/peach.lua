-- A peach: a round fuzzy fruit blushing from yellow-orange to red with a
-- seam groove down one side, a short stem and a leaf.
local F -- the food library, loaded when building

return {
  id = "peach",
  names = {"peach", "nectarine", "peaches fruit", "peach fruit", "peech"},
  lvis = {"peach", "apricot", "plum"},
  family = "food",
  size_mm = 70,
  description = "A peach",
  params = {r = {36, 40}},
  parts = {
    {"skin", "fabric", color = "#f49a5a", role = "primary", names = {"skin", "fuzz", "peach"}},
    {"blush", "fabric", color = "#e0504a", role = "secondary", names = {"blush", "red"}},
    {"stem", "wood", color = "#5a3c22", role = "detail", names = {"stem", "stalk"}},
    {"leaf", "plant", color = "#4a9a34", role = "detail", names = {"leaf", "leaves"}},
  },
  variants = {
    plum = {names = {"plum"}, size_mm = 55, colors = {skin = "#5a2a5a", blush = "#7a2a6a"}},
    apricot = {names = {"apricot"}, size_mm = 50, colors = {skin = "#f8b040", blush = "#f08030"}},
  },
  build = function(k)
    F = use("food")
    local r = k.p.r
    local body = sphere(r):stretch(1, 1.02, 0.96):move(0, r, 0)
    local groove = ellipsoid(3, r * 0.9, r * 1.2):move(0, r * 1.2, r * 0.9)
    body = smooth_sub(body, groove, 5)
    body = smooth_sub(body, sphere(r * 0.2):move(0, 2 * r + 2, 0), 5)
    local blush = intersect(body:round(0.3), sphere(r * 1.1):move(r * 0.8, r * 1.4, r * 0.4))
    local stem = F.stem({0, 2 * r - 4, 0}, 12, 2.2, 0.3)
    local lf = F.leaf_at({2, 2 * r + 4, 0}, r * 1.2, r * 0.5, 3, 150, 20, 0.8)
    return union(body:part("skin"), blush:part("blush"), stem:part("stem"), lf:part("leaf"))
  end,
}
