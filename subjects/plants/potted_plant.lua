-- A potted houseplant: a terracotta pot with a rim, dark soil and a clump of
-- broad arching leaves on slender stalks.
local P -- the plant library, loaded when building

return {
  id = "potted_plant",
  names = {"potted plant", "houseplant", "house plant", "pot plant", "plant in a pot", "indoor plant", "office plant",
           "peace lily", "rubber plant", "pothos", "potted houseplant", "plant"},
  lvis = {},
  family = "plants",
  size_mm = 300,
  description = "A leafy plant in a pot",
  params = {leaves = {9, 13}},
  parts = {
    {"leaves", "plant", color = "#3e8e3a", role = "primary", names = {"leaves", "leaf", "foliage", "plant"}},
    {"pot", "terracotta", color = "#c0663c", role = "secondary", names = {"pot", "planter", "flowerpot", "flower pot"}},
    {"soil", "clay", color = "#3e2e22", role = "detail", names = {"soil", "dirt", "earth"}},
    {"stems", "plant", color = "#4a8a34", role = "detail", names = {"stems", "stalks"}},
  },
  points = {"top"},
  build = function(k)
    P = use("plant")
    local pot = vessel({{46, 0}, {52, 20}, {58, 100}, {66, 102}, {66, 122}, {62, 124}}, 5, 8)
    local soil = lathe({{42, 6}, {48, 20}, {55, 100}, {62, 104}, {62, 112}}) -- fills the pot to the floor
    local leaves, stems = {}, {}
    local n = math.floor(k.p.leaves + 0.5)
    local base = {0, 110, 0}
    for i = 0, n - 1 do
      local az = 360 * i / n + k.rand(-15, 15)
      local inner = i % 3 == 0
      local el = inner and k.rand(65, 80) or k.rand(35, 55)
      local sl = inner and k.rand(70, 110) or k.rand(50, 80)
      local tipp = P.add(base, P.mul(P.dir(az, el), sl))
      stems[#stems + 1] = tube({P.add(base, {0, -6, 0}), P.add(base, P.mul(P.dir(az, el + 8), sl * 0.5)), tipp}, 4, 3.4)
      leaves[#leaves + 1] = P.arch_leaf(P.add(tipp, P.mul(P.dir(az, inner and 40 or 15), -5)), k.rand(85, 110), k.rand(44, 56), 6, az, inner and 40 or 15, 0.35, 0.7)
    end
    return union(pot:part("pot"), soil:part("soil"), union(stems):part("stems"), union(leaves):part("leaves"))
  end,
}
