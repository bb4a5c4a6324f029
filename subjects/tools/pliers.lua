-- Pliers: two crossed steel jaws with serrated tips on a pivot, and long
-- curved handles in coloured rubber grips, standing jaws up.
return {
  id = "pliers",
  names = {"pliers", "pair of pliers", "plier", "needle nose pliers", "combination pliers", "pincers", "plyers"},
  lvis = {"pliers"},
  family = "tools",
  size_mm = 200,
  description = "A pair of pliers",
  params = {},
  parts = {
    {"grips", "rubber", color = "#d8201e", role = "primary", names = {"grips", "handles", "handle"}},
    {"metal", "steel", color = "#a8aeb6", role = "secondary", names = {"metal", "jaws", "head"}},
  },
  build = function(k)
    local parts_m, parts_g = {}, {}
    local pivot = {0, 140, 0}
    for _, s in ipairs({-1, 1}) do
      local jaw = extrude({{-8, 0}, {9, 0}, {6, 40}, {2, 58}, {-3, 56}, {-6, 30}}, 9, 2)
      if s < 0 then jaw = jaw:flip("x") end
      parts_m[#parts_m + 1] = jaw:move(pivot[1] + s * 2, pivot[2], s * 2.5)
      local arm = tube({pivot, {s * 14, 110, 0}, {s * 26, 60, 0}, {s * 30, 8, 0}}, 7, 6):move(0, 0, s * 2.5)
      parts_m[#parts_m + 1] = intersect(arm, box(100, 40, 40):move(0, 128, 0))
      parts_g[#parts_g + 1] = tube({{s * 12, 112, 0}, {s * 22, 80, 0}, {s * 28, 40, 0}, {s * 31, 4, 0}}, 10, 9):move(0, 0, s * 2.5)
    end
    local screw = cylinder(9, 16, 2):rotx(90):move(0, 0, 8):move(pivot)
    return union(union(union(parts_m), screw):part("metal"), union(parts_g):part("grips")):roty(-20)
  end,
}
