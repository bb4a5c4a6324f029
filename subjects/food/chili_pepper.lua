-- A chili pepper: a glossy red pod tapering and curling to a point, with a
-- green cap and a bent stalk.
return {
  id = "chili_pepper",
  names = {"chili pepper", "chili", "chilli", "chile pepper", "hot pepper", "red chili", "cayenne", "chilli pepper"},
  lvis = {"chili_(vegetable)"},
  family = "food",
  size_mm = 40,
  description = "A red chili pepper",
  params = {},
  parts = {
    {"pod", "glazed", color = "#d01a14", role = "primary", names = {"pod", "pepper", "chili"}},
    {"cap", "plant", color = "#3e8a2a", role = "secondary", names = {"cap", "stalk", "stem"}},
  },
  variants = {
    jalapeno = {names = {"jalapeno", "green chili"}, colors = {pod = "#2e7a22"}},
  },
  build = function(k)
    local pts = {{0, 20, 0}, {50, 24, 0}, {100, 18, 10}, {140, 8, 30}, {152, 4, 52}}
    local path = spline(pts, 4)
    local segs = {}
    for i = 1, #path - 1 do
      local t1, t2 = (i - 1) / (#path - 1), i / (#path - 1)
      local r1 = 20 * (1 - t1) ^ 0.7 + 1.5
      local r2 = 20 * (1 - t2) ^ 0.7 + 1.5
      segs[#segs + 1] = limb(path[i], path[i + 1], r1, r2)
    end
    local pod = smooth(3, table.unpack(segs))
    local cap = union(sphere(20):stretch(0.5, 1, 1):move(-4, 20, 0), tube({{-8, 20, 0}, {-24, 24, 0}, {-32, 36, -4}}, 4.5, 3.5))
    return union(pod:part("pod"), cap:part("cap")):roty(-30)
  end,
}
