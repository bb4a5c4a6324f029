-- Sushi: nigiri is an oval block of white rice under a draped slice of salmon
-- with pale stripes; a maki roll is a seaweed-wrapped rice cylinder with a
-- coloured filling.
return {
  id = "sushi",
  names = {"sushi", "nigiri", "salmon nigiri", "salmon sushi", "susi", "suchi"},
  lvis = {"sushi"},
  family = "food",
  size_mm = 30,
  description = "A piece of salmon nigiri sushi",
  params = {},
  parts = {
    {"fish", "food", color = "#f47a4a", role = "primary", names = {"fish", "salmon", "topping", "tuna"}},
    {"rice", "food", color = "#f8f6f0", role = "secondary", names = {"rice"}},
    {"stripes", "food", color = "#fbd8c0", role = "detail", names = {"stripes", "fat"}},
    {"nori", "food", color = "#1e2a1e", role = "detail", names = {"nori", "seaweed", "wrap"}},
  },
  variants = {
    maki = {names = {"maki", "maki roll", "sushi roll", "roll sushi"}, size_mm = 25},
    tuna = {names = {"tuna sushi", "tuna nigiri"}, colors = {fish = "#c8283a", stripes = "#e05060"}},
  },
  points = {"top"},
  build = function(k)
    if k.variant == "maki" then
      local nori = cylinder(24, 26, 1)
      local rice = cylinder(21.5, 26.8):move(0, -0.4, 0):noise(0.8, 3, 1)
      local fill = cylinder(8, 27.6):move(0, -0.8, 0)
      local fill2 = cylinder(5, 27.6):move(7, -0.8, 5)
      return union(nori:part("nori"), subtract(rice, fill + fill2):part("rice"), fill:part("fish"), fill2:part("stripes"))
    end
    local rice = ellipsoid(36, 14, 18):stretch(1, 1, 1):move(0, 14, 0)
    rice = smooth(6, rice, box(66, 14, 30, 6):move(0, 9, 0))
    local grains = {}
    for i = 0, 40 do
      local a = i * 2.39996
      local x = 30 * math.cos(a * 1.3) * ((i % 7) / 7)
      local z = 15 * math.sin(a)
      grains[#grains + 1] = ellipsoid(3.2, 1.6, 1.6):roty(i * 41):move(x, 4 + (i % 5) * 3, z >= 0 and 15.5 or -15.5)
    end
    rice = smooth(1, rice, union(grains))
    local fish = intersect(ellipsoid(44, 12, 22):move(0, 18, 0), box(200, 40, 200):move(0, 20 + 20, 0)):noise(0.6, 10, 1)
    local stripes = {}
    for i = 0, 4 do
      stripes[#stripes + 1] = box(3, 40, 60):roty(30):move(-28 + 14 * i, 30, 0)
    end
    local st = intersect(fish:round(0.5), union(stripes))
    return union(rice:part("rice"), fish:part("fish"), st:part("stripes"))
  end,
}
