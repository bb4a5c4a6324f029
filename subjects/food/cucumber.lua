-- A cucumber: a long dark green cylinder with rounded ends and little
-- bumps, lying down, with a few round slices showing pale seeds beside it;
-- a zucchini is smoother; a pickle is shorter and warty.
return {
  id = "cucumber",
  names = {"cucumber", "cucumbers", "gherkin", "pickle", "cucumbr", "cucmber"},
  lvis = {"cucumber", "pickle", "zucchini"},
  family = "food",
  size_mm = 50,
  description = "A cucumber with slices",
  params = {},
  parts = {
    {"skin", "food", color = "#2e6a2a", role = "primary", names = {"skin", "peel"}},
    {"flesh", "food", color = "#d8ecb0", role = "secondary", names = {"flesh", "slices"}},
    {"seeds", "food", color = "#f4f4dc", role = "detail", names = {"seeds"}},
  },
  variants = {
    -- A courgette: darker, smooth, thicker at the flower end, with a woody
    -- stalk, and whole (no slices beside it).
    zucchini = {names = {"zucchini", "courgette", "zuchini", "zucchinni"}, colors = {skin = "#1f4a1c"}},
  },
  build = function(k)
    if k.variant == "zucchini" then
      local L = 240
      local body = loft({
        {y = 0, rx = 20, rz = 20}, {y = L * 0.25, rx = 24, rz = 24}, {y = L * 0.7, rx = 28, rz = 28},
        {y = L * 0.97, rx = 24, rz = 24}, {y = L, rx = 10, rz = 10},
      })
      body = body:rotz(-90):move(-L / 2, 28, 0)
      local stalk = limb({-L / 2 + 4, 28, 0}, {-L / 2 - 20, 34, 0}, 7, 5.5)
      local end_scar = sphere(8):stretch(0.4, 1, 1):move(L / 2 + 1, 28, 0)
      local flecks = {}
      for i = 1, 14 do
        flecks[#flecks + 1] = sphere(k.rand(2.5, 4)):stretch(3, 1, 1):move(k.rand(-L * 0.4, L * 0.4), 28 + k.rand(-10, 24), k.rand(-22, 22))
      end
      local skin = smooth(4, body, stalk)
      return union(skin:part("skin"), intersect(skin:round(0.5), union(flecks)):part("flesh"), end_scar:part("seeds")):roty(-20)
    end
    local L, R = 260, 26
    local body = capsule({-L / 2, R, 0}, {L / 2, R + 6, 0}, R):stretch(1, 1, 1)
    body = body:noise(0.9, 6, 1)
    local slices = {}
    local flesh, seeds = {}, {}
    for i = 0, 2 do
      local c = {L * 0.3 + i * 18, 6 + i * 0.5, 40 + i * 26}
      slices[#slices + 1] = cylinder(R, 9):move(c[1], 0, c[3])
      flesh[#flesh + 1] = cylinder(R - 3, 9.6):move(c[1], 0, c[3])
      for j = 0, 5 do
        local a = math.rad(60 * j + 30)
        seeds[#seeds + 1] = ellipsoid(2.6, 1.4, 4):roty(-60 * j - 30):move(c[1] + math.cos(a) * 9, 9.6, c[3] + math.sin(a) * 9)
      end
    end
    return union(union(body, union(slices)):part("skin"), union(flesh):part("flesh"), union(seeds):part("seeds")):roty(-20)
  end,
}
