-- A dagger: a short double-edged pointed blade, a small cross guard, a
-- wrapped grip and a pommel; origin at the hilt's bottom, blade up.
return {
  id = "dagger",
  names = {"dagger", "combat knife", "hunting knife", "bowie knife", "dirk", "stiletto", "daggar", "dager"},
  lvis = {"dagger"},
  family = "weapons",
  plunges = true,
  size_mm = 300,
  description = "A dagger",
  params = {len = {170, 200}, width = {34, 40}},
  parts = {
    {"blade", "steel", color = "#c8ced6", role = "primary", names = {"blade", "steel"}},
    {"guard", "brass", color = "#b8903a", role = "secondary", names = {"guard", "hilt", "pommel", "bolster"}},
    {"grip", "leather", color = "#3a2418", role = "detail", names = {"grip", "handle"}},
  },
  build = function(k)
    local L, W = k.p.len, k.p.width
    local T = 7
    local gl = 95
    local gy = 22 + gl
    local blade = extrude({{-W / 2, gy}, {W / 2, gy}, {W * 0.36, gy + L * 0.65}, {0, gy + L}, {-W * 0.36, gy + L * 0.65}}, T, 1.6)
    blade = smooth_sub(blade, box(3, L * 0.7, 4, 1):move(0, gy + L * 0.38, T * 0.5 + 1), 0.8)
    blade = smooth_sub(blade, box(3, L * 0.7, 4, 1):move(0, gy + L * 0.38, -T * 0.5 - 1), 0.8)
    local guard = smooth(3, capsule({-W * 1.3, gy - 4, 0}, {W * 1.3, gy - 4, 0}, 7), box(W * 1.1, 12, 16, 4):move(0, gy - 6, 0))
    local pommel = sphere(14):stretch(1, 0.85, 0.8):move(0, 12, 0)
    local grip = lathe({{9, 20}, {11, 20 + gl * 0.5}, {9, gy}})
    local wraps = {}
    for i = 1, 6 do wraps[#wraps + 1] = torus(10.6, 1.6):rotz(10):move(0, 20 + i * 13, 0) end
    return union(blade:part("blade"), union(guard, pommel):part("guard"), smooth(1, grip, union(wraps)):part("grip"))
  end,
}
