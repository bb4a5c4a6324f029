-- A papaya: a long pear-shaped fruit with smooth green-to-yellow skin; cut
-- in half lengthways it shows deep orange flesh round a hollow full of glossy
-- black seeds.
return {
  id = "papaya",
  names = {"papaya", "pawpaw", "paw paw", "papaw", "papya", "papaya fruit"},
  lvis = {"papaya"},
  family = "food",
  size_mm = 180,
  description = "A papaya",
  params = {len = {230, 260}},
  parts = {
    {"skin", "food", color = "#e8b830", role = "primary", names = {"skin", "peel", "rind"}},
    {"flesh", "food", color = "#f07a2a", role = "secondary", names = {"flesh", "inside"}},
    {"seeds", "gloss", color = "#141210", role = "detail", names = {"seeds", "seed"}},
    {"stem", "plant", color = "#8a9a3a", role = "detail", names = {"stem"}},
  },
  variants = {
    half = {names = {"half a papaya", "half papaya", "papaya half", "cut papaya", "sliced papaya", "halved papaya", "open papaya"}},
  },
  build = function(k)
    local L = k.p.len
    -- lying along X, the stem end (+X) narrower
    local fruit = smooth(30, ellipsoid(L * 0.32, 62, 62):move(-L * 0.12, 62, 0), ellipsoid(L * 0.28, 50, 50):move(L * 0.18, 58, 0))
    local stem = cylinder(8, 16):rotz(-90):move(L * 0.42, 58, 0)
    if k.variant ~= "half" then
      local blush = intersect(fruit:round(0.5), box(L * 0.4, 300, 300):move(L * 0.32, 0, 0))
      return fruit:part("skin") + blush:part("stem") + stem:part("stem")
    end
    -- cut lengthways: the cut face up, a thin skin, a hollow of seeds
    local cut = box(2 * L, 200, 400):move(0, 62 - 100, 0)
    local half = intersect(fruit, cut)
    local inside = intersect(smooth(30, ellipsoid(L * 0.32 - 6, 56, 56):move(-L * 0.12, 62, 0),
                                    ellipsoid(L * 0.28 - 6, 44, 44):move(L * 0.18, 58, 0)), cut:move(0, 1.5, 0))
    local hollow = smooth(20, ellipsoid(L * 0.18, 30, 26):move(-L * 0.08, 62, 0), ellipsoid(L * 0.12, 22, 20):move(L * 0.12, 62, 0))
    local seeds = {}
    for i = 1, 26 do
      local t = k.rand(-0.25, 0.2)
      local a = k.rand(0, math.pi)
      seeds[#seeds + 1] = sphere(k.rand(5, 6.5)):move(L * t, 62 - 6 - math.sin(a) * 10, math.cos(a) * 16)
    end
    return subtract(half, inside, hollow):part("skin") + subtract(inside, hollow):part("flesh") + union(seeds):part("seeds")
  end,
}
