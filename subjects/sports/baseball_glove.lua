-- A baseball glove (mitt): a big brown leather glove with a padded palm,
-- four fat fingers laced together, a thumb and a webbed pocket between them.
return {
  id = "baseball_glove",
  names = {"baseball glove", "baseball mitt", "fielder's glove", "softball glove", "mitt"},
  lvis = {"baseball_glove"},
  family = "sports",
  size_mm = 300,
  description = "A baseball glove",
  params = {},
  parts = {
    {"leather", "leather", color = "#a8602a", role = "primary", names = {"leather", "glove", "mitt"}},
    {"laces", "leather", color = "#5a3018", role = "secondary", names = {"laces", "lacing", "web", "webbing"}},
  },
  build = function(k)
    local palm = ellipsoid(105, 115, 55):move(0, 125, 0)
    local fingers = {}
    for i = 0, 3 do
      local x = -60 + i * 38
      fingers[#fingers + 1] = limb({x * 0.8, 150, 0}, {x * 1.2, 290 - math.abs(i - 1.5) * 16, 8}, 30, 26)
    end
    local thumb = limb({-80, 110, 10}, {-175, 215, 20}, 34, 28)
    local glove = smooth(14, palm, union(fingers), thumb)
    local pocket = ellipsoid(75, 85, 36):move(-20, 175, 52)
    glove = smooth_sub(glove, pocket, 10)
    local web = union(box(70, 90, 12, 4):rotz(-35):move(-120, 230, 16))
    local laces = {}
    for i = 0, 3 do
      local x = -60 + i * 38
      laces[#laces + 1] = tube({{x * 1.15, 292 - math.abs(i - 1.5) * 16, 8}, {x * 1.15 + 10, 310 - math.abs(i - 1.5) * 16, 6}, {x * 1.15 + 32, 292, 6}}, 4)
    end
    local cuff = torus(70, 12):stretch(1, 1, 0.6):move(0, 20, 0)
    return union(union(glove, cuff):part("leather"), union(web, union(laces)):part("laces")):rotx(-15):roty(15)
  end,
}
