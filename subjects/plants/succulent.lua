-- A succulent (echeveria): a tight rosette of thick, pointed, blue-green
-- leaves, rings opening wider towards the outside.
local P -- the plant library, loaded when building

return {
  id = "succulent",
  names = {"succulent", "echeveria", "succulent plant", "hens and chicks", "houseleek", "sempervivum", "rosette succulent", "succulant", "sucullent"},
  lvis = {},
  family = "plants",
  size_mm = 70,
  description = "A succulent rosette",
  params = {rings = {4, 5}},
  parts = {
    {"leaves", "plant", color = "#7fb0a0", role = "primary", names = {"leaves", "leaf", "rosette"}},
    {"tips", "plant", color = "#c0607a", role = "detail", names = {"tips", "edges"}},
    {"pot", "terracotta", color = "#c0663c", role = "secondary", names = {"pot", "planter", "flowerpot"}},
    {"soil", "clay", color = "#3e2e22", role = "detail", names = {"soil", "dirt"}},
  },
  variants = {
    potted = {names = {"potted succulent", "succulent in a pot", "succulent pot"}, size_mm = 110},
  },
  points = {"top"},
  build = function(k)
    P = use("plant")
    local rings = math.floor(k.p.rings + 0.5)
    local ls, tips = {}, {}
    for i = 0, rings - 1 do
      local t = i / (rings - 1)
      local n = 5 + math.floor(3 * (1 - t) + 0.5)
      local len = 50 - 28 * t
      local el = 12 + 62 * t
      for j = 0, n - 1 do
        local az = 360 * j / n + 31 * i
        local l = P.leaf_at({0, 6 + 6 * t, 0}, len, len * 0.55, 7 - 2 * t, az, el, 0.75)
        ls[#ls + 1] = l
        local tipp = P.add({0, 6 + 6 * t, 0}, P.mul(P.dir(az, el), len * 0.96))
        tips[#tips + 1] = sphere(2.2):move(tipp)
      end
    end
    ls[#ls + 1] = ellipsoid(10, 10, 10):move(0, 14, 0)
    ls[#ls + 1] = cylinder(12, 8)
    local plant = union(smooth(2, table.unpack(ls)):part("leaves"), union(tips):part("tips"))
    if k.variant == "potted" then
      local pot, soil, top = P.pot(48, 70)
      return union(pot:part("pot"), soil:part("soil"), plant:scale(0.8):move(0, top + 2, 0))
    end
    return plant
  end,
}
