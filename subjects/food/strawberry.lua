-- A strawberry: a red heart-shaped berry dotted with yellow seeds under a
-- green star of leaves and a short stalk.
local F -- the food library, loaded when building

return {
  id = "strawberry",
  names = {"strawberry", "strawberries fruit", "strawbery", "strawbry", "wild strawberry"},
  lvis = {"strawberry"},
  family = "food",
  size_mm = 45,
  description = "A strawberry",
  params = {r = {20, 23}, h = {44, 50}},
  parts = {
    {"berry", "food", color = "#d41c2a", role = "primary", names = {"berry", "fruit", "body"}},
    {"seeds", "food", color = "#f2d460", role = "detail", names = {"seeds", "dots"}},
    {"leaves", "plant", color = "#3e9030", role = "secondary", names = {"leaves", "leaf", "calyx", "top", "stem"}},
  },
  points = {"top"},
  build = function(k)
    F = use("food")
    local r, h = k.p.r, k.p.h
    local prof = F.profile(function(t)
      return r * (math.sin(math.pi * 0.5 * math.min(1, t / 0.7)) ^ 0.9) * (t > 0.75 and (1 - (t - 0.75) * 1.6) or 1)
    end, h, 16)
    prof[1] = {1.5, 0}
    local body = lathe(F.smooth_profile(prof, 2))
    local seeds = F.lathe_dots(prof, h * 0.12, h * 0.86, 7, 10, ellipsoid(1.1, 1.7, 1.1), -0.5)
    local leaves = {}
    for i = 0, 6 do leaves[#leaves + 1] = F.leaf_at({0, h - 1, 0}, r * 0.95, r * 0.4, 1.2, 360 * i / 7 + 10, -8, 0.85) end
    local stalk = F.stem({0, h - 2, 0}, 12, 1.8, 0.3)
    return union(body:part("berry"), seeds:part("seeds"), union(union(leaves), stalk):part("leaves"))
  end,
}
