-- A tuft of grass: a clump of long thin blades arching out from a point.
local P -- the plant library, loaded when building

return {
  id = "grass",
  names = {"grass", "grass tuft", "tuft of grass", "clump of grass", "ornamental grass", "tall grass", "lawn grass", "weed", "weeds"},
  lvis = {},
  family = "plants",
  size_mm = 150,
  description = "A tuft of grass",
  params = {blades = {22, 30}},
  parts = {
    {"blades", "plant", color = "#5aa83a", role = "primary", names = {"blades", "grass"}},
  },
  points = {"top"},
  build = function(k)
    P = use("plant")
    local n = math.floor(k.p.blades + 0.5)
    local b = {}
    for i = 0, n - 1 do
      local az = i * 137.5 + k.rand(-10, 10)
      local el = k.rand(55, 85)
      b[#b + 1] = P.arch_leaf({0, 0, 0}, k.rand(110, 170), k.rand(8, 11), 3.5, az, el, k.rand(0.15, 0.5), 0.95)
    end
    return union(b):part("blades")
  end,
}
