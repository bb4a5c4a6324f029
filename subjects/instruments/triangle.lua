-- A triangle (percussion): a steel rod bent into a triangle with one corner
-- open, hanging from a loop of string, with its striker.
return {
  id = "triangle",
  names = {"triangle", "triangle instrument", "musical triangle", "percussion triangle", "triangel"},
  lvis = {},
  family = "instruments",
  size_mm = 200,
  description = "A triangle percussion instrument",
  params = {},
  parts = {
    {"steel", "steel", color = "#c8ccd2", role = "primary", names = {"steel", "triangle", "rod", "beater", "striker"}},
    {"string", "fabric", color = "#d8201e", role = "secondary", names = {"string", "loop", "cord"}},
  },
  build = function(k)
    local S = 170
    local h = S * math.sqrt(3) / 2
    local a, b, c = {-S / 2, 20, 0}, {S / 2, 20, 0}, {0, 20 + h, 0}
    local f = 0.88
    local rod = polyline({{-S / 2 + 16, 20, 0}, b, c, {-S / 2 * f, 20 + h * (1 - f), 0}}, 5)
    rod = union(rod, sphere(5):move(b), sphere(5):move(c))
    local loop = tube({{0, 20 + h - 4, 0}, {-12, 20 + h + 30, 0}, {0, 20 + h + 50, 0}, {12, 20 + h + 30, 0}, {0, 20 + h - 4, 0}}, 3.2)
    local striker = capsule({40, 20, 5}, {210, 60, 40}, 4.5) -- the beater rests across the bottom bar
    return union(union(rod, striker):part("steel"), loop:part("string")):roty(20)
  end,
}
