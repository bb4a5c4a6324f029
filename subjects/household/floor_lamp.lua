-- A floor lamp: a tall thin pole on a heavy disc base with a drum shade at
-- the top (or an arcing pole with a hanging dome shade).
return {
  id = "floor_lamp",
  names = {"floor lamp", "standing lamp", "standard lamp", "tall lamp", "pole lamp", "floor light"},
  lvis = {"lamp"},
  family = "household",
  size_mm = 1600,
  description = "A tall floor lamp with a shade on a pole",
  params = {shade_r = {180, 220}},
  parts = {
    {"stand", "brass", color = "#b8944a", role = "primary", names = {"stand", "pole", "base", "metal"}},
    {"shade", "fabric", color = "#f0e6cc", role = "secondary", names = {"shade", "lampshade"}},
    {"bulb", "gloss", color = "#fff4c8", role = "fixed", names = {"bulb"}},
  },
  variants = {
    arc = {names = {"arc lamp", "arching lamp", "arched floor lamp"}, size_mm = 1900, colors = {stand = "#c8ccd2", shade = "#c8ccd2"}},
  },
  points = {"top"},
  build = function(k)
    local sr = k.p.shade_r
    if k.variant == "arc" then
      local base = cylinder(170, 40, 12)
      local pts = {{0, 40, 0}, {0, 900, 0}, {150, 1650, 0}, {700, 1900, 0}, {1150, 1620, 0}}
      local pole = tube(pts, 22, 18) -- ends inside the shade's crown
      local dome = subtract(sphere(200):stretch(1, 0.75, 1), box(500, 300, 500):move(0, -150, 0) + sphere(170):stretch(1, 0.4, 1))
      local shade = dome:move(1150, 1500, 0)
      local bulb = sphere(55):move(1150, 1480, 0) + cylinder(24, 100):move(1150, 1490, 0) -- on a socket in the shade
      k.attach("top", {1150, 1660, 0}, 60)
      return (base + pole):part("stand") + shade:part("shade") + bulb:part("bulb")
    end
    local h = 1600
    local base = lathe({{170, 0}, {170, 18}, {120, 34}, {30, 44}})
    local pole = cylinder(12, h - 260):move(0, 40, 0) + torus(14, 6):move(0, 700, 0)
    local sh = sr * 1.1
    local sy = h - sh
    local shade = subtract(cone(sr, sr * 0.72, sh), cone(sr * 0.72 - 30, sr * 0.72 - 24, 40):move(0, sh - 30, 0)):move(0, sy, 0)
    local bulb = sphere(40):move(0, sy + 30, 0)
    k.attach("top", {0, h, 0}, 2 * sr * 0.72)
    return (base + pole):part("stand") + shade:part("shade") + bulb:part("bulb")
  end,
}
