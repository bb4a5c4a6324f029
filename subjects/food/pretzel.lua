-- A pretzel: a glossy brown rope looped into the classic knot, the ends
-- twisted together and pressed onto the belly, sprinkled with salt.
return {
  id = "pretzel",
  names = {"pretzel", "soft pretzel", "bretzel", "pretzl", "pretsel"},
  lvis = {"pretzel"},
  family = "food",
  size_mm = 30,
  description = "A soft pretzel",
  params = {r = {9, 10.5}},
  parts = {
    {"dough", "glazed", color = "#8a4a1e", role = "primary", names = {"dough", "pretzel", "bread"}},
    {"salt", "food", color = "#fbfaf6", role = "secondary", names = {"salt"}},
  },
  points = {"top"},
  build = function(k)
    local r = k.p.r
    local S = 3.2
    local loop = {}
    for i = 0, 24 do
      local t = 2 * math.pi * i / 24
      local x = 16 * math.sin(t) ^ 3 * 0.7 + 16 * 0.3 * math.sin(t)
      local z = 13 * math.cos(t) - 5 * math.cos(2 * t) - 2 * math.cos(3 * t) - math.cos(4 * t)
      z = z * 0.75 - 4 * math.cos(t) ^ 2 * 0
      loop[#loop + 1] = {x * S, r, -z * S}
    end
    loop[#loop + 1] = loop[2]
    local body = tube(loop, r)
    local notch = {0, r, -5 * S * 0.75 * 1}
    local lowL, lowR = {-13 * S, r, 7 * S}, {13 * S, r, 7 * S}
    local s1 = tube({{-2, r, -6 * S}, {0, r * 1.8, -1 * S}, {-5 * S, r * 1.4, 4 * S}, lowL}, r * 0.9, r * 0.8)
    local s2 = tube({{2, r, -6 * S}, {0, r * 0.7, -1 * S}, {5 * S, r * 1.2, 4 * S}, lowR}, r * 0.9, r * 0.8)
    local dough = smooth(3, body, s1, s2)
    local salt = {}
    for i = 0, 26 do
      local p = loop[(i * 7) % 24 + 1]
      salt[#salt + 1] = box(2.4, 2.4, 2.4):rotate({1, 1, 0}, i * 31):move(p[1] + (i % 3 - 1) * 2, r * 2 - 0.6, p[3] + (i % 2) * 2)
    end
    return union(dough:part("dough"), union(salt):part("salt"))
  end,
}
