-- A shuriken (ninja throwing star): a flat steel star of four sharp points
-- with a hole in the middle, standing on edge.
return {
  id = "shuriken",
  names = {"shuriken", "ninja star", "throwing star", "ninja throwing star", "shuriken star"},
  lvis = {},
  family = "weapons",
  size_mm = 100,
  description = "A ninja throwing star",
  params = {},
  parts = {
    {"steel", "steel", color = "#9aa0a8", role = "primary", names = {"steel", "blade", "star"}},
  },
  build = function(k)
    local s = star(4, 50, 14, 5):rotz(45)
    local bevel = star(4, 46, 12, 8):rotz(45)
    local blade = smooth(1, s, intersect(bevel, cylinder(60, 3):rotx(90):move(0, 0, -1.5)))
    blade = subtract(blade, cylinder(7, 20):rotx(90):move(0, 0, -10))
    return blade:part("steel"):rotx(-15):roty(-25):move(0, 52, 0)
  end,
}
