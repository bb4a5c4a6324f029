-- An axe: a long wooden haft with a steel head, a flaring curved blade on one
-- side; a battle axe has a double crescent blade and a spike. Stands on the
-- haft end, head up (origin at the grip end, up +Y).
return {
  id = "axe",
  names = {"axe", "ax", "wood axe", "felling axe", "lumberjack axe", "axe weapon"},
  lvis = {"ax"},
  family = "tools",
  size_mm = 600,
  description = "An axe",
  params = {len = {560, 620}},
  parts = {
    {"haft", "wood", color = "#a8703e", role = "secondary", names = {"haft", "handle", "shaft"}},
    {"head", "steel", color = "#8a9098", role = "primary", names = {"head", "blade", "blades", "metal"}},
    {"edge", "silver", color = "#d8dce0", role = "detail", names = {"edge", "cutting edge"}},
    {"grip", "leather", color = "#4a2e1e", role = "detail", names = {"grip", "wrap", "binding"}},
  },
  variants = {
    battle = {names = {"battle axe", "battleaxe", "double axe", "double bladed axe", "viking axe", "labrys", "war axe"}, size_mm = 800,
              colors = {haft = "#4a3020", head = "#70767e"}},
    hatchet = {names = {"hatchet", "hand axe", "tomahawk"}, size_mm = 350},
  },
  build = function(k)
    local v = k.variant
    local L = k.p.len
    if v == "hatchet" then L = L * 0.6 end
    if v == "battle" then L = L * 1.3 end
    -- a slightly S-curved haft
    local haft = tube({{0, 0, 0}, {6, L * 0.35, 0}, {-2, L * 0.75, 0}, {0, L, 0}}, 14, 12):stretch(1, 1, 0.75)
    local hy = L - 50
    local shape
    if v == "battle" then
      local blade = {}
      local outline = {{0, -26}, {40, -30}, {95, -90}, {120, -50}, {128, 0}, {120, 50}, {95, 90}, {40, 30}, {0, 26}}
      local b = extrude(outline, 12, 3)
      local bevel = intersect(extrude(outline, 13, 3), extrude({{100, -120}, {200, -120}, {200, 120}, {100, 120}}, 14))
      local head = union(b, b:flip("x"), cylinder(22, 70, 4):move(0, -35, 0)):move(0, hy, 0)
      local spike = cone(12, 1, 60):move(0, hy + 30, 0)
      shape = union(haft:part("haft"), union(head, spike):part("head"),
                    union(bevel, bevel:flip("x")):move(0, hy, 0):part("edge"),
                    union(cylinder(16, L * 0.3, 4):stretch(1, 1, 0.8):move(0, L * 0.03, 0), cylinder(18, 22, 5):move(0, -16, 0)):part("grip"))
      return shape
    end
    local outline = {{-40, -18}, {20, -22}, {70, -50}, {88, -58}, {96, -20}, {98, 10}, {96, 44}, {88, 62}, {70, 52}, {20, 22}, {-40, 18}}
    for i, p in ipairs(outline) do outline[i] = {p[1] * 1.5 + 10, p[2] * 1.5} end
    local blade = extrude(outline, 26, 3)
    -- taper to the edge: intersect with a wedge
    local wedge = extrude({{-60, 15}, {160, 3}, {160, -3}, {-60, -15}}, 300):rotx(90):roty(0)
    blade = intersect(blade, wedge:rotx(0))
    local poll = box(44, 56, 34, 4):move(-30, 0, 0)
    local head = smooth(3, blade, poll):move(0, hy, 0)
    local edge = intersect(head, box(24, 300, 60):move(152, hy, 0))
    return union(haft:part("haft"), head:part("head"), edge:part("edge"))
  end,
}
