-- A shield: a heater shield with a raised rim, a boss and a cross, facing +X.
-- Round (viking) shields are a variant. Carried on the shield arm.
return {
  id = "shield",
  names = {"shield", "knight shield", "knight's shield", "heater shield", "medieval shield", "kite shield"},
  lvis = {"shield"},
  family = "accessories",
  size_mm = 800,
  description = "A knight's shield",
  parts = {
    {"face", "paint", color = "#2850a0", role = "primary", names = {"face", "field", "shield"}},
    {"rim", "steel", color = "#c8ccd2", role = "secondary", names = {"rim", "edge", "boss", "border"}},
    {"emblem", "paint", color = "#e8c040", role = "detail", names = {"emblem", "cross", "crest", "device", "symbol"}},
  },
  variants = {
    round = {names = {"round shield", "viking shield", "buckler", "wooden shield"}, size_mm = 700,
             colors = {face = "#8a5a32", rim = "#6a6c70", emblem = "#b8282d"}},
  },
  attach_to = {"shield", "hand", "back", "top"},
  build = function(k)
    local W = 600
    if k.variant == "round" then
      local R = W * 0.5
      local disc = cylinder(R, 24, 8):rotz(-90)
      local rim = torus(R, 14):rotz(90)
      local boss = intersect(sphere(R * 0.22), box(R, R, R):move(R * 0.5, 0, 0)):move(10, 0, 0)
      local shape = disc:part("face") + rim:part("rim") + boss:part("rim")
      for i = 0, 3 do
        shape = shape + box(4, R * 1.9, 30):rotx(i * 45):move(24, 0, 0):part("emblem")
      end
      return shape:move(0, R + 14, 0)
    end
    local outline = {}
    for i = 0, 12 do
      local t = i / 12
      -- Right edge: straight top, curving to the point at the bottom.
      local y = 1.25 * W * (1 - t)
      local x = W * 0.5 * math.cos(t * math.pi * 0.5) ^ 0.7
      outline[#outline + 1] = {x, y}
    end
    local poly = {}
    for i = 1, #outline do poly[#poly + 1] = outline[i] end
    for i = #outline - 1, 2, -1 do poly[#poly + 1] = {-outline[i][1], outline[i][2]} end
    local plate = extrude(poly, 30, 6):roty(90)
    -- A slight curve across the face.
    local face = intersect(plate, cylinder(W * 1.2, 3 * W, 0):move(-W * 1.2 + 22, -W, 0))
    local inner = {}
    for _, p in ipairs(poly) do inner[#inner + 1] = {p[1] * 0.86, W * 0.1 + p[2] * 0.86} end
    local rim = subtract(extrude(poly, 40, 6), extrude(inner, 80, 0)):roty(90)
    local cross = union(box(8, W * 0.95, W * 0.14), box(8, W * 0.14, W * 0.7):move(0, W * 0.18, 0)):move(16, W * 0.66, 0)
    cross = intersect(cross, extrude(inner, 80, 0):roty(90))
    return union(face:part("face"), rim:part("rim"), cross:part("emblem"))
  end,
}
