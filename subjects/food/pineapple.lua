-- A pineapple: an oval body covered in diamond scales under a tall crown of
-- stiff spiky leaves.
local F -- the food library, loaded when building

return {
  id = "pineapple",
  names = {"pineapple", "pine apple", "ananas", "pinapple", "pineaple"},
  lvis = {"pineapple"},
  family = "food",
  size_mm = 260,
  description = "A pineapple",
  params = {r = {48, 54}, h = {130, 145}},
  parts = {
    {"body", "food", color = "#d49a2a", role = "primary", names = {"body", "skin", "fruit"}},
    {"scales", "food", color = "#9a6418", role = "detail", names = {"scales", "eyes"}},
    {"crown", "plant", color = "#3e8a3a", role = "secondary", names = {"crown", "leaves", "top"}},
  },
  points = {"top"},
  build = function(k)
    F = use("food")
    local r, h = k.p.r, k.p.h
    local prof = F.profile(function(t) return r * math.sqrt(math.max(0, 1 - ((t - 0.48) / 0.55) ^ 2)) end, h, 16)
    prof[1] = {r * 0.55, 0}
    local body = lathe(prof)
    local bumps = {}
    local rows, per = 9, 11
    for i = 0, rows - 1 do
      local y = h * (0.06 + 0.88 * (i + 0.5) / rows)
      local rr = F.radius_at(prof, y)
      for j = 0, per - 1 do
        local a = 2 * math.pi * (j + (i % 2) * 0.5) / per
        local d = {math.cos(a), 0, math.sin(a)}
        bumps[#bumps + 1] = ellipsoid(rr * 0.26, h * 0.05, 4):roty(-math.deg(a) + 90):rotate(d, 0):move(d[1] * rr, y, d[3] * rr)
      end
    end
    local scales = F.lathe_dots(prof, h * 0.06, h * 0.94, rows, per, ellipsoid(2.2, 2.2, 2.2), 1.2)
    local crown = {}
    local top = {0, h - 4, 0}
    for ring = 0, 3 do
      local n = 7 - ring
      for j = 0, n - 1 do
        local az = 360 * j / n + 23 * ring
        local el = 45 + ring * 12 + k.rand(-5, 5)
        local len = (ring == 3 and 80 or 95 - ring * 6) * k.rand(0.85, 1.1)
        crown[#crown + 1] = F.leaf(len, 17 - ring, 5.5, 1):roty(90):rotz(el - 90):roty(az):move(top[1], top[2] + ring * 4, top[3])
      end
    end
    return union(smooth(3, body, union(bumps)):part("body"), scales:part("scales"), union(crown):part("crown"))
  end,
}
