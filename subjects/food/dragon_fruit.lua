-- A dragon fruit (pitaya): a hot-pink oval covered in curling green-tipped
-- leafy scales; a half cut open beside it shows white flesh speckled with
-- tiny black seeds.
local F -- the food library, loaded when building

return {
  id = "dragon_fruit",
  names = {"dragon fruit", "dragonfruit", "pitaya", "pitahaya", "dragon-fruit"},
  lvis = {},
  family = "food",
  size_mm = 90,
  description = "A dragon fruit with a cut half",
  params = {},
  parts = {
    {"skin", "food", color = "#e8307a", role = "primary", names = {"skin", "peel"}},
    {"flesh", "food", color = "#fbf8f2", role = "secondary", names = {"flesh", "inside"}},
    {"scales", "plant", color = "#8ac040", role = "detail", names = {"scales", "tips", "leaves"}},
    {"seeds", "food", color = "#141416", role = "fixed"},
  },
  variants = {
    red = {names = {"red dragon fruit", "red pitaya"}, colors = {flesh = "#c8144a"}},
  },
  build = function(k)
    F = use("food")
    local R, H = 48, 68
    local body = ellipsoid(R, H, R):move(0, H, 0)
    local scales, tips = {}, {}
    for i = 0, 13 do
      local t = (i + 0.5) / 14
      local y = H * 2 * (0.12 + 0.8 * t)
      local yy = (y - H) / H
      local r = R * math.sqrt(math.max(0, 1 - yy * yy))
      local a = i * 2.39996 * 2
      local d = {math.cos(a), 0, math.sin(a)}
      local base = {d[1] * r * 0.92, y, d[3] * r * 0.92}
      local dir = F.norm({d[1] * 0.6, 1, d[3] * 0.6})
      scales[#scales + 1] = F.leaf(30, 22, 4, 0.6):aim(dir, base)
      tips[#tips + 1] = sphere(4):move(F.add(base, F.mul(dir, 28)))
    end
    scales[#scales + 1] = F.leaf(24, 16, 4, 0.6):move(0, 0, 0):aim({0.3, 1, 0}, {0, H * 2 - 4, 0})
    local whole = union(smooth(3, body, union(scales)):part("skin"), union(tips):part("scales"))
    -- a half lying cut face up
    local half = intersect(ellipsoid(H, R, R), box(400, 200, 400):move(0, -100, 0))
    local skin = subtract(half, ellipsoid(H - 5, R - 5, R - 5))
    local flesh = intersect(ellipsoid(H - 4.5, R - 4.5, R - 4.5), box(400, 5, 400):move(0, -1.5, 0))
    local seeds = {}
    for i = 0, 39 do
      local a = i * 2.39996
      local rr = math.sqrt((i + 0.5) / 40)
      seeds[#seeds + 1] = sphere(1.8):move(math.cos(a) * rr * (H - 12), 1.2, math.sin(a) * rr * (R - 12))
    end
    local cut = union(skin:part("skin"), flesh:part("flesh"), union(seeds):part("seeds"))
    cut = cut:rotx(35):move(R * 2.3, R * 0.8, R * 0.9)
    return union(whole, cut)
  end,
}
