-- An American football: a brown leather prolate ball with pointed ends, white
-- stitched laces on top and white stripes near the tips; a rugby ball is
-- rounder and white with coloured bands.
return {
  id = "american_football",
  names = {"american football", "football ball", "nfl football", "gridiron ball", "pigskin"},
  lvis = {"football_(American)"},
  family = "sports",
  size_mm = 180,
  description = "An American football",
  params = {},
  parts = {
    {"leather", "leather", color = "#7a3e1e", role = "primary", names = {"leather", "ball"}},
    {"laces", "fabric", color = "#f6f4ee", role = "secondary", names = {"laces", "stitches", "stripes"}},
  },
  variants = {
    rugby = {names = {"rugby ball", "rugby", "rugby football"}, size_mm = 190, colors = {leather = "#f2f0ea", laces = "#1e48a8"}},
  },
  build = function(k)
    local rugby = k.variant == "rugby"
    local L, R = rugby and 150 or 145, rugby and 95 or 85
    local prof = {}
    for i = 0, 20 do
      local t = i / 20
      local r = R * math.sin(math.pi * t) ^ (rugby and 0.75 or 0.9)
      prof[#prof + 1] = {math.max(r, 0.8), -L + 2 * L * t}
    end
    local ball = lathe(prof):rotz(-90)
    local seams = {}
    for _, a in ipairs({45, 135, 225, 315}) do
      seams[#seams + 1] = box(2 * L + 10, 1.6, 2 * R + 10):rotx(a)
    end
    ball = subtract(ball, intersect(union(seams), subtract(lathe(prof):rotz(-90):scale(1.02), lathe(prof):rotz(-90):scale(0.985))))
    local laces = {}
    if rugby then
      for _, x in ipairs({-0.55, 0.55}) do
        laces[#laces + 1] = intersect(subtract(lathe(prof):rotz(-90):scale(1.006), lathe(prof):rotz(-90):scale(0.97)), box(16, 400, 400):move(x * L, 0, 0))
      end
    else
      laces[#laces + 1] = capsule({-L * 0.32, R + 1, 0}, {L * 0.32, R + 1, 0}, 2.2)
      for i = 0, 7 do
        local x = -L * 0.28 + L * 0.56 * i / 7
        laces[#laces + 1] = capsule({x, R + 1.5, -9}, {x, R + 1.5, 9}, 2.4)
      end
      for _, x in ipairs({-0.72, 0.72}) do
        laces[#laces + 1] = intersect(subtract(lathe(prof):rotz(-90):scale(1.006), lathe(prof):rotz(-90):scale(0.97)),
                                      box(9, 400, 400):move(x * L, 0, 0) * box(400, 400, 400):move(0, 200 + R * 0.2, 0))
      end
    end
    return union(ball:part("leather"), union(laces):part("laces")):roty(30):move(0, R, 0)
  end,
}
