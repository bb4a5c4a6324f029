-- A bell pepper: a glossy blocky fruit with four rounded lobes, a dimpled
-- top and a thick green stalk.
local F -- the food library, loaded when building

return {
  id = "bell_pepper",
  names = {"bell pepper", "sweet pepper", "capsicum", "red pepper", "paprika", "bellpepper"},
  lvis = {"bell_pepper"},
  family = "food",
  size_mm = 90,
  description = "A red bell pepper",
  params = {},
  parts = {
    {"skin", "glazed", color = "#d01e18", role = "primary", names = {"skin", "pepper"}},
    {"stalk", "plant", color = "#3e7a2a", role = "secondary", names = {"stalk", "stem", "top"}},
  },
  variants = {
    green = {names = {"green pepper"}, colors = {skin = "#2e8a2a", stalk = "#4a6a2a"}},
    yellow = {names = {"yellow pepper"}, colors = {skin = "#f4c01a"}},
  },
  build = function(k)
    F = use("food")
    local lobes = {}
    for i = 0, 3 do
      local d = F.dir(90 * i + 45, 0)
      lobes[#lobes + 1] = F.sweep({{d[1] * 20, 6, d[3] * 20}, {d[1] * 28, 40, d[3] * 28}, {d[1] * 22, 76, d[3] * 22}}, function(t)
        return 22 + 6 * math.sin(math.pi * t) - 8 * t
      end, 3, 4)
    end
    local body = smooth(10, union(lobes), cylinder(30, 70, 10):move(0, 8, 0))
    body = smooth_sub(body, sphere(18):move(0, 96, 0), 8)
    local stalk = tube({{0, 72, 0}, {0, 92, 0}, {6, 104, 0}}, 8, 6)
    local cap = cylinder(14, 6, 3):move(0, 76, 0)
    return union(body:part("skin"), union(stalk, cap):part("stalk"))
  end,
}
