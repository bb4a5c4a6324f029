-- A tomato: a glossy red, slightly squashed and lobed ball with a green
-- star-shaped calyx and a stub of stalk on top.
local F -- the food library, loaded when building

return {
  id = "tomato",
  names = {"tomato", "red tomato", "cherry tomato", "tomatoe", "tomatoes vegetable", "beefsteak tomato", "tomatoe fruit"},
  lvis = {"tomato"},
  family = "food",
  size_mm = 60,
  description = "A tomato",
  params = {r = {38, 42}},
  parts = {
    {"skin", "glazed", color = "#d8261e", role = "primary", names = {"skin", "tomato"}},
    {"calyx", "plant", color = "#3e8a2e", role = "secondary", names = {"calyx", "stem", "stalk", "leaves", "top"}},
  },
  build = function(k)
    F = use("food")
    local r = k.p.r
    local h = r * 1.5
    local body = ellipsoid(r, h / 2, r):move(0, h / 2, 0)
    local lobes = {}
    for i = 0, 4 do
      local d = F.dir(72 * i + 10, 0)
      lobes[#lobes + 1] = ellipsoid(r * 0.55, h * 0.42, r * 0.55):move(d[1] * r * 0.42, h / 2, d[3] * r * 0.42)
    end
    body = smooth(8, body, union(lobes))
    body = smooth_sub(body, sphere(r * 0.22):move(0, h + r * 0.08, 0), 4)
    local leaves = {}
    for i = 0, 4 do leaves[#leaves + 1] = F.leaf_at({0, h - 3, 0}, r * 0.7, r * 0.28, 3, 72 * i + 36, -12, 0.9) end
    local stalk = cylinder(3.5, 12, 1.5):move(0, h - 6, 0)
    return union(body:part("skin"), union(union(leaves), stalk):part("calyx"))
  end,
}
