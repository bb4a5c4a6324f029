-- Cherries: a pair of glossy red round cherries on long stems joined at the top.
local F -- the food library, loaded when building

return {
  id = "cherry",
  names = {"cherry", "cherries", "cherry fruit", "pair of cherries", "cheery fruit"},
  lvis = {"cherry"},
  family = "food",
  size_mm = 70,
  description = "A pair of cherries on stems",
  params = {r = {11, 13}},
  parts = {
    {"cherries", "glazed", color = "#b80f1e", role = "primary", names = {"cherries", "cherry", "fruit"}},
    {"stems", "plant", color = "#5a7a2a", role = "secondary", names = {"stems", "stem", "stalks"}},
    {"leaf", "plant", color = "#3e9030", role = "detail", names = {"leaf", "leaves"}},
  },
  points = {"top"},
  build = function(k)
    F = use("food")
    local r = k.p.r
    local top = {2, 62, 0}
    local balls, stems = {}, {}
    for i, c in ipairs({{-15, r, 4}, {16, r * 1.05, -6}}) do
      local body = smooth_sub(sphere(r):stretch(1.05, 0.95, 1.05):move(0, r * 0.95, 0), sphere(r * 0.3):move(0, r * 1.95, 0), 3):move(c[1], 0, c[3])
      balls[#balls + 1] = body
      local st = {c[1], r * 1.7, c[3]}
      stems[#stems + 1] = tube({st, F.add(F.lerp(st, top, 0.5), {c[1] * 0.25, 0, 0}), top}, 1.3, 1.1)
    end
    local lf = F.leaf_at(top, 32, 14, 1.2, 20, 10, 0.8)
    return union(union(balls):part("cherries"), union(stems):part("stems"), lf:part("leaf"))
  end,
}
