-- A popsicle: a rounded ice bar on a flat wooden stick, sometimes with a
-- bite out of a corner or a chocolate dip.
return {
  id = "popsicle",
  names = {"popsicle", "ice lolly", "ice pop", "lolly", "icepop", "ice block", "fudgesicle", "creamsicle", "paleta", "popsickle"},
  lvis = {"popsicle"},
  family = "food",
  size_mm = 150,
  description = "A popsicle on a stick",
  params = {w = {50, 56}, h = {88, 96}},
  parts = {
    {"ice", "ice", color = "#f05a78", role = "primary", names = {"ice", "popsicle", "lolly", "bar"}},
    {"stick", "wood", color = "#e0c08a", role = "secondary", names = {"stick"}},
    {"dip", "chocolate", color = "#5a3020", role = "detail", names = {"dip", "coating", "chocolate"}},
  },
  points = {"top"},
  build = function(k)
    local w, h = k.p.w, k.p.h
    local stick = box(12, 70, 3.5, 1.5):move(0, 35, 0)
    local outline = {}
    for i = 0, 16 do
      local a = math.pi * i / 16
      outline[#outline + 1] = {w / 2 * math.cos(a), h - w / 2 + w / 2 * math.sin(a)}
    end
    table.insert(outline, {-w / 2, 0})
    table.insert(outline, {w / 2, 0})
    local bar = extrude(outline, 20, 6):move(0, 50, 0)
    if k.chance(0.4) then bar = smooth_sub(bar, sphere(16):move(w * 0.45, 50 + h - 6, 0), 2) end
    local shape = union(bar:part("ice"), stick:part("stick"))
    if k.chance(0.3) then
      shape = shape + intersect(bar:round(1.2), box(200, 30, 200):move(0, 50 + h - 15, 0):noise(3, 15, 1)):part("dip")
    end
    return shape
  end,
}
