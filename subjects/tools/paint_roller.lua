-- A paint roller: a fluffy roller sleeve dipped in paint on a bent wire frame
-- with a plastic handle, standing handle down.
return {
  id = "paint_roller",
  names = {"paint roller", "roller brush", "paint roller brush", "decorating roller"},
  lvis = {},
  family = "tools",
  size_mm = 330,
  description = "A paint roller",
  params = {},
  parts = {
    {"roller", "fabric", color = "#f4f2ec", role = "secondary", names = {"roller", "sleeve", "nap"}},
    {"paint", "paint", color = "#2a7ad8", role = "primary", names = {"paint"}},
    {"frame", "steel", color = "#c8ccd2", role = "detail", names = {"frame", "wire"}},
    {"handle", "plastic", color = "#e8302a", role = "detail", names = {"handle", "grip"}},
  },
  build = function(k)
    local handle = lathe({{14, 0}, {17, 10}, {16, 110}, {12, 130}})
    local frame = polyline({{0, 128, 0}, {0, 200, 0}, {60, 240, 0}, {60, 270, 0}, {-10, 270, 0}}, 4)
    local roller = cylinder(32, 200, 6):rotz(90):move(90, 300, 0)
    local paint = intersect(roller:round(1), box(160, 200, 200):move(20, 300, 0):noise(6, 30, 1))
    return union(handle:part("handle"), frame:part("frame"), roller:part("roller"), paint:part("paint")):roty(30)
  end,
}
