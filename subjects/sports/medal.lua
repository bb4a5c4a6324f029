-- A medal: a gold disc with a raised rim and a star in the middle hanging
-- from a V of striped ribbon, standing upright.
return {
  id = "medal",
  names = {"medal", "gold medal", "olympic medal", "medallion", "award medal", "medal with ribbon", "medel"},
  lvis = {"medal"},
  family = "sports",
  size_mm = 200,
  description = "A gold medal on a ribbon",
  params = {},
  parts = {
    {"medal", "gold", color = "#e0b030", role = "primary", names = {"medal", "disc", "coin", "metal"}},
    {"ribbon", "fabric", color = "#c81e2a", role = "secondary", names = {"ribbon", "strap", "lanyard"}},
    {"stripe", "fabric", color = "#1e48a8", role = "detail", names = {"stripe", "stripes"}},
  },
  variants = {
    silver = {names = {"silver medal"}, colors = {medal = "#c8ccd2"}},
    bronze = {names = {"bronze medal"}, colors = {medal = "#b87838"}},
  },
  build = function(k)
    local R = 40
    local disc = cylinder(R, 6, 1.5):rotx(90):move(0, R, -3)
    local rim = torus(R - 3, 2.5):rotx(90):move(0, R, 3)
    local star_s = star(5, 22, 9, 6):move(0, R, 3)
    local ring = torus(9, 4):rotx(90):move(0, 2 * R + 5, 0)
    local rib = {}
    local st = {}
    for _, s in ipairs({-1, 1}) do
      local a = {s * 8, 2 * R + 8, 0}
      local b = {s * 48, 2 * R + 120, -6}
      local dx, dy = b[1] - a[1], b[2] - a[2]
      local len = math.sqrt(dx * dx + dy * dy)
      local ang = math.deg(math.atan(dx, dy))
      rib[#rib + 1] = box(32, len, 4, 1):move(0, len / 2, 0):rotz(-ang):move(a[1], a[2], a[3] - s * 1.5)
      st[#st + 1] = box(9, len, 5):move(0, len / 2, 0):rotz(-ang):move(a[1], a[2], a[3] - s * 1.5)
    end
    return union(union(disc, rim, star_s, ring):part("medal"), union(rib):part("ribbon"), union(st):part("stripe"))
  end,
}
