-- An ice skate: a high laced white leather boot on a steel blade that curls
-- up at the toe; a roller skate has four wheels instead.
return {
  id = "ice_skate",
  names = {"ice skate", "ice skates", "figure skate", "hockey skate", "skate", "skates", "iceskate"},
  lvis = {"ice_skate", "roller_skate"},
  family = "sports",
  size_mm = 300,
  description = "An ice skate",
  params = {},
  parts = {
    {"boot", "leather", color = "#f6f4ee", role = "primary", names = {"boot", "leather", "shoe"}},
    {"blade", "steel", color = "#c8ccd2", role = "secondary", names = {"blade", "runner"}},
    {"laces", "fabric", color = "#e8e4dc", role = "detail", names = {"laces"}},
    {"sole", "leather", color = "#4a2e1e", role = "detail", names = {"sole", "heel"}},
    {"wheels", "rubber", color = "#e8401e", role = "detail", names = {"wheels"}},
  },
  variants = {
    roller = {names = {"roller skate", "roller skates", "rollerskate", "quad skate"}, colors = {boot = "#f06aa0"}},
  },
  build = function(k)
    local roller = k.variant == "roller"
    local y0 = roller and 70 or 80
    local foot = smooth(20, ellipsoid(130, 50, 55):move(40, y0 + 40, 0), box(120, 60, 100, 30):move(-50, y0 + 30, 0))
    local ankle = lathe({{58, 0}, {56, 80}, {60, 140}, {64, 150}}):stretch(1.1, 1, 0.95):move(-60, y0 + 40, 0)
    local boot = smooth(25, foot, ankle)
    local sole = union(box(240, 14, 90, 6):move(20, y0 + 5, 0), box(70, 36, 80, 6):move(-80, y0 - 10, 0))
    local laces = {}
    for i = 0, 6 do laces[#laces + 1] = box(6, 5, 50, 2):move(50 - i * 20, y0 + 80 + i * 20, 0):rotz(-20) end
    local shape = union(boot:part("boot"), sole:part("sole"), intersect(union(laces), boot:round(2)):part("laces"))
    if roller then
      local wheels = {}
      for _, x in ipairs({-90, 100}) do
        for _, z in ipairs({-40, 40}) do wheels[#wheels + 1] = cylinder(32, 22, 6):rotx(90):move(x, 34, z - 11) end
      end
      local plate = box(260, 14, 70, 4):move(10, y0 - 4, 0)
      return union(shape, union(wheels):part("wheels"), plate:part("blade")):roty(-30)
    end
    local blade = extrude({{-140, 0}, {120, 0}, {150, 12}, {160, 32}, {145, 40}, {-140, 24}}, 6, 1.5)
    local posts = union(box(20, 50, 12, 3):move(-90, 40, 0), box(20, 50, 12, 3):move(80, 40, 0))
    return union(shape, union(blade, posts):part("blade")):roty(-30)
  end,
}
