-- A pencil: a long hexagonal painted body, a sharpened wooden cone with a
-- graphite point, and a metal ferrule holding a pink eraser, point up.
return {
  id = "pencil",
  names = {"pencil", "graphite pencil", "lead pencil", "colored pencil", "coloured pencil", "crayon pencil", "pensil", "pencle"},
  lvis = {"pencil"},
  family = "tools",
  size_mm = 190,
  description = "A yellow pencil",
  params = {len = {180, 195}},
  parts = {
    {"body", "paint", color = "#f4c21a", role = "primary", names = {"body", "pencil", "paint"}},
    {"wood", "wood", color = "#e8c08a", role = "detail", names = {"wood", "tip"}},
    {"lead", "stone", color = "#2a2a2e", role = "detail", names = {"lead", "graphite", "point"}},
    {"ferrule", "brass", color = "#c8b070", role = "detail", names = {"ferrule", "band", "metal"}},
    {"eraser", "rubber", color = "#f08a9a", role = "secondary", names = {"eraser", "rubber"}},
  },
  build = function(k)
    local L = k.p.len
    local hex = {}
    for i = 0, 5 do
      local a = math.pi / 3 * i + math.pi / 6
      hex[#hex + 1] = {4.3 * math.cos(a), 4.3 * math.sin(a)}
    end
    local er_h, fe_h, tip_h = 10, 12, 22
    local body_h = L - er_h - fe_h - tip_h
    local body = extrude(hex, body_h + 2, 0.4):rotx(-90):move(0, er_h + fe_h - 1 + (body_h + 2) / 2, 0)
    local eraser = cylinder(3.8, er_h + 1, 1.5)
    local ferrule = union(cylinder(4.1, fe_h):move(0, er_h, 0), torus(4.1, 0.6):move(0, er_h + 3, 0), torus(4.1, 0.6):move(0, er_h + fe_h - 3, 0))
    local y0 = L - tip_h
    local wood = intersect(cone(4.4, 0.3, tip_h):move(0, y0, 0), extrude(hex, 100):rotx(-90):move(0, y0, 0))
    local lead = intersect(cone(4.4, 0.3, tip_h):move(0, y0, 0), box(20, 7, 20):move(0, L - 3.5, 0))
    wood = subtract(wood, box(20, 7, 20):move(0, L - 3.5, 0))
    return union(body:part("body"), eraser:part("eraser"), ferrule:part("ferrule"), wood:part("wood"), lead:part("lead"))
  end,
}
