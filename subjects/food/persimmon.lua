-- A persimmon: a glossy orange fruit, wide and flattened with a squarish
-- shoulder, crowned by a big four-lobed green-brown calyx lying flat on top
-- and a short woody stub.
local F -- the food library, loaded when building

return {
  id = "persimmon",
  names = {"persimmon", "kaki", "kaki fruit", "sharon fruit", "fuyu persimmon", "hachiya persimmon", "persimon",
           "persimmon fruit"},
  lvis = {"persimmon"},
  family = "food",
  size_mm = 55,
  description = "A persimmon",
  params = {r = {40, 44}},
  parts = {
    {"skin", "glazed", color = "#f07a1a", role = "primary", names = {"skin", "fruit", "persimmon"}},
    {"calyx", "plant", color = "#5a6a2a", role = "secondary", names = {"calyx", "stem", "stalk", "leaves", "top"}},
  },
  build = function(k)
    F = use("food")
    local r = k.p.r
    local h = r * 1.25
    -- Wide and flat, a little square in plan: a rounded box blended into
    -- an ellipsoid, with a shallow dip under the calyx.
    local body = ellipsoid(r, h / 2, r):move(0, h / 2, 0)
    body = smooth(10, body, box(r * 0.78, h * 0.36, r * 0.78, r * 0.3):move(0, h * 0.5, 0))
    body = smooth_sub(body, sphere(r * 0.3):move(0, h + r * 0.12, 0), 5)
    -- The calyx: four broad sepals lying flat on the shoulder, and a stub.
    local sepals = {}
    for i = 0, 3 do
      local d = F.dir(90 * i + 45, 0)
      sepals[#sepals + 1] = ellipsoid(r * 0.34, 4.2, r * 0.26):roty(-(90 * i + 45))
                              :move(d[1] * r * 0.27, h - 3, d[3] * r * 0.27)
    end
    local stub = cylinder(5, 10, 3):move(0, h - 8, 0)
    return union(body:part("skin"), union(union(sepals), stub):part("calyx"))
  end,
}
