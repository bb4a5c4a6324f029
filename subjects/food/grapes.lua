-- A bunch of grapes: round berries packed into a hanging cone, a woody stalk
-- and a vine leaf, lying on its side.
local F -- the food library, loaded when building

return {
  id = "grapes",
  names = {"grapes", "grape", "bunch of grapes", "grape bunch", "red grapes", "purple grapes", "grapes bunch", "graps"},
  lvis = {"grape"},
  family = "food",
  size_mm = 70,
  description = "A bunch of grapes",
  params = {n = {24, 30}},
  parts = {
    {"grapes", "glazed", color = "#5a2a6a", role = "primary", names = {"grapes", "grape", "berries", "fruit"}},
    {"stalk", "wood", color = "#6a5030", role = "detail", names = {"stalk", "stem", "stems"}},
    {"leaf", "plant", color = "#4a9038", role = "secondary", names = {"leaf", "leaves"}},
  },
  variants = {
    green = {names = {"green grapes", "white grapes"}, colors = {grapes = "#a8c850"}},
  },
  points = {"top"},
  build = function(k)
    F = use("food")
    local n = math.floor(k.p.n + 0.5)
    local berries = {}
    local L = 120
    local ga = math.pi * (3 - math.sqrt(5))
    for i = 0, n - 1 do
      local t = (i + 0.5) / n
      local x = L * t
      local rr = 30 * (1 - t) ^ 0.7 + 4
      local a = ga * i * 2.3
      local rad = rr * math.sqrt(((i * 7) % 10 + 3) / 12)
      berries[#berries + 1] = ellipsoid(11, 10, 10):move(x, math.cos(a) * rad, math.sin(a) * rad)
    end
    local stalk = tube({{-18, 6, 0}, {-6, 2, 0}, {40, 0, 0}, {90, 0, 0}}, 3.6, 2.6)
    local lf = F.leaf_at({-8, 7, 0}, 60, 56, 4, 150, 10, 0.35)
    local shape = union(union(berries):part("grapes"), stalk:part("stalk"), lf:part("leaf"))
    return shape:rotz(8):move(0, 40, 0)
  end,
}
