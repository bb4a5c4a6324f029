-- A satellite: a gold-foil box body with a big dish antenna, and two long
-- wings of blue solar panels on booms.
return {
  id = "satellite",
  names = {"satellite", "space satellite", "communications satellite", "space probe", "spacecraft satellite"},
  lvis = {},
  family = "aircraft",
  size_mm = 4000,
  description = "A satellite with solar panels and a dish",
  params = {span = {200, 230}},
  parts = {
    {"body", "gold", color = "#d8b040", role = "primary", names = {"body", "foil", "bus"}},
    {"panels", "gloss", color = "#1e3a8a", role = "secondary", names = {"panels", "solar panels", "solar panel", "wings"}},
    {"frame", "steel", color = "#c8cacf", role = "detail", names = {"frame", "booms", "dish", "antenna"}},
  },
  points = {"top"},
  build = function(k)
    local sp = k.p.span
    local y = 90
    local body = box(70, 80, 70, 3):move(0, y, 0)
    local panels, frame = {}, {}
    for _, sz in ipairs({-1, 1}) do
      frame[#frame + 1] = capsule({0, y, sz * 30}, {0, y, sz * 72}, 6)
      for i = 0, 2 do
        local z = sz * (64 + i * sp / 3 + sp / 6)
        panels[#panels + 1] = box(64, 9, sp / 3 - 6, 2):move(0, y, z)
        frame[#frame + 1] = box(68, 11, 5):move(0, y, z + sz * (sp / 6 - 1.5))
      end
      frame[#frame + 1] = box(10, 12, sp):move(0, y, sz * (64 + sp / 2))
    end
    local dish = intersect(sphere(50) - sphere(46):move(0, 4, 0), box(200, 18, 200):move(0, -41, 0)):rotz(180):move(0, 0, 0)
    dish = dish:rotz(-90):move(56, y + 40, 0)
    local feed = capsule({30, y + 20, 0}, {82, y + 40, 0}, 4) + capsule({30, y + 36, 0}, {101, y + 40, 0}, 5)
    local nozzle = cone(10, 16, 14):move(0, y - 54, 0)
    local shape = body:part("body") + union(panels):part("panels") + (union(frame) + dish + feed + nozzle):part("frame")
    k.attach("top", {0, y + 40, 0}, 50)
    return shape:roty(-25)
  end,
}
