-- Popcorn: a red-and-white striped paper tub overflowing with fluffy white
-- popped kernels.
return {
  id = "popcorn",
  names = {"popcorn", "pop corn", "popcorn bucket", "bucket of popcorn", "popcorn box", "box of popcorn", "popcorn tub", "pop-corn"},
  lvis = {"popcorn"},
  family = "food",
  size_mm = 200,
  description = "A striped tub of popcorn",
  params = {},
  parts = {
    {"stripes", "paper", color = "#d8201e", role = "primary", names = {"stripes", "bucket", "tub", "box", "red"}},
    {"tub", "paper", color = "#f8f6f0", role = "secondary", names = {"white stripes", "white"}},
    {"popcorn", "food", color = "#fbf2d8", role = "detail", names = {"popcorn", "kernels"}},
  },
  build = function(k)
    local tub = vessel({{50, 0}, {72, 150}}, 4.5, 5)
    local slices = {}
    for i = 0, 7 do
      slices[#slices + 1] = extrude({{0, 0}, {200 * math.cos(math.rad(45 * i)), 200 * math.sin(math.rad(45 * i))},
                                     {200 * math.cos(math.rad(45 * i + 22.5)), 200 * math.sin(math.rad(45 * i + 22.5))}}, 400):rotx(90)
    end
    local red = intersect(tub, union(slices))
    local white = subtract(tub, union(slices))
    local pops = {}
    for i = 0, 70 do
      local t = (i + 0.5) / 71
      local a = i * 2.39996
      local rr = 66 * math.sqrt(t)
      local y = 150 + 36 * (1 - t) ^ 0.7 + (i % 3) * 3
      local blob = smooth(2, sphere(9), sphere(7):move(6, 3, 0), sphere(6):move(-4, 5, 4))
      pops[#pops + 1] = blob:rotate({1, 0.5, 0.3}, i * 47):move(math.cos(a) * rr, y - 18, math.sin(a) * rr)
    end
    return union(red:part("stripes"), white:part("tub"), smooth(3.5, table.unpack(pops)):part("popcorn"))
  end,
}
