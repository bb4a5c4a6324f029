-- A cucumber: a long dark green cylinder with rounded ends and little
-- bumps, lying down, with a few round slices showing pale seeds beside it;
-- a zucchini is smoother; a pickle is shorter and warty.
return {
  id = "cucumber",
  names = {"cucumber", "cucumbers", "gherkin", "pickle", "zucchini", "courgette", "cucumbr", "cucmber"},
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
  build = function(k)
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
