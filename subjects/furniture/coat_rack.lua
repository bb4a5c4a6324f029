-- A coat rack (hat stand): a tall turned pole on a tripod of curved feet,
-- with a crown of curved hooks ending in balls near the top.
return {
  id = "coat_rack",
  names = {"coat rack", "coatrack", "coat stand", "hat stand", "hatrack", "hat rack", "hall tree", "coat tree",
           "clothes stand", "coat hanger stand"},
  lvis = {"coatrack"},
  family = "furniture",
  size_mm = 1800,
  description = "A standing coat rack with hooks",
  params = {hooks = {4, 6.99}},
  parts = {
    {"wood", "wood", color = "#6a4024", role = "primary", names = {"wood", "pole", "stand", "feet", "hooks"}},
  },
  points = {"top"},
  build = function(k)
    local H = 1800
    local pole = lathe({{40, 0}, {40, 60}, {30, 90}, {27, 900}, {36, 930}, {27, 960}, {24, H - 80}, {32, H - 60}, {22, H - 20}, {30, H}, {1, H + 35}})
    local feet = {}
    for i = 0, 2 do
      local a = i * 120
      feet[#feet + 1] = tube({{0, 120, 0}, {150, 70, 0}, {300, 20, 0}, {330, 30, 0}}, 30, 20):roty(a)
    end
    local n = math.floor(k.p.hooks)
    local hooks = {}
    for i = 0, n - 1 do
      local y = H - 200 - (i % 2) * 140
      hooks[#hooks + 1] = (tube({{0, y, 0}, {120, y + 40, 0}, {170, y + 140, 0}}, 17, 13) + sphere(27):move(172, y + 150, 0)):roty(i * 360 / n + (i % 2) * 30)
    end
    k.attach("top", {0, H + 20, 0}, 60)
    return (pole + union(feet) + union(hooks)):part("wood")
  end,
}
