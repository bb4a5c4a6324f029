-- A boxing glove: a big padded red mitt with a curled fist, a thumb along the
-- side and a white cuff with lacing, standing on its cuff.
return {
  id = "boxing_glove",
  names = {"boxing glove", "boxing gloves", "boxing mitt", "punching glove", "boxinggloves"},
  lvis = {"boxing_glove"},
  family = "sports",
  size_mm = 300,
  description = "A boxing glove",
  params = {},
  parts = {
    {"glove", "leather", color = "#c81e1e", role = "primary", names = {"glove", "leather", "padding"}},
    {"cuff", "leather", color = "#f4f2ec", role = "secondary", names = {"cuff", "wrist", "laces", "band"}},
  },
  build = function(k)
    local fist = ellipsoid(95, 110, 80):move(0, 210, 0)
    local knuckles = ellipsoid(90, 70, 70):move(30, 270, 20)
    local palm = ellipsoid(80, 80, 70):move(0, 150, -10)
    local thumb = limb({-70, 150, 30}, {-60, 240, 70}, 34, 28)
    local glove = smooth(30, fist, knuckles, palm, thumb)
    local cuff = lathe({{62, 0}, {66, 20}, {70, 100}, {72, 130}})
    local band = torus(72, 8):move(0, 110, 0)
    local laces = {}
    for i = 0, 4 do laces[#laces + 1] = box(30, 5, 6, 2):move(0, 20 + i * 18, 70):rotx(0) end
    return union(glove:part("glove"), union(cuff, band, union(laces)):part("cuff")):roty(-30)
  end,
}
