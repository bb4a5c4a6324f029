-- An avocado cut in half: a pear-shaped half with dark bumpy green skin, pale
-- yellow-green flesh and a big round brown stone, lying cut face up.
local F -- the food library, loaded when building

return {
  id = "avocado",
  names = {"avocado", "avocado half", "half an avocado", "halved avocado", "avacado", "avocardo", "alligator pear"},
  lvis = {"avocado"},
  family = "food",
  size_mm = 45,
  description = "A halved avocado with its stone",
  params = {},
  parts = {
    {"flesh", "food", color = "#d8e08a", role = "secondary", names = {"flesh", "inside"}},
    {"skin", "food", color = "#2e4a1e", role = "primary", names = {"skin", "peel"}},
    {"stone", "wood", color = "#7a4a26", role = "detail", names = {"stone", "pit", "seed"}},
  },
  variants = {
    whole = {names = {"whole avocado"}, size_mm = 70},
  },
  build = function(k)
    F = use("food")
    -- the pear outline along X, from the wide end (x = 0) to the narrow end
    local pts = {{0, 0, 0}, {50, 0, 0}, {100, 0, 0}}
    local shape = smooth(20, ellipsoid(50, 42, 46):move(0, 0, 0), ellipsoid(34, 30, 32):move(62, 0, 0))
    if k.variant == "whole" then
      return shape:noise(0.8, 6, 1):rotz(70):move(0, 60, 0):part("skin")
    end
    local half = intersect(shape, box(400, 200, 400):move(0, -100, 0))
    local skin = half:noise(0.9, 6, 1)
    local flesh = intersect(shape:scale(0.94):move(3, 0, 0), box(400, 4, 400):move(0, -1.6, 0))
    local cav = sphere(19.5):move(8, 0, 0)
    local stone = sphere(21):move(8, 0, 0)
    local shape2 = union(subtract(skin, cav):part("skin"), subtract(flesh, cav):part("flesh"), stone:part("stone"))
    return shape2:move(0, 42, 0):roty(-30)
  end,
}
