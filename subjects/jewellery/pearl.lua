-- A pearl in an oyster: a rough grey oyster shell opened on its hinge, its
-- pearly lining cradling a big round lustrous pearl.
return {
  id = "pearl",
  names = {"pearl", "oyster pearl", "pearl in an oyster", "oyster", "oyster shell", "clam with a pearl", "perl"},
  lvis = {},
  family = "jewellery",
  size_mm = 80,
  description = "A pearl in an open oyster",
  params = {},
  parts = {
    {"pearl", "glazed", color = "#f6f2ec", role = "primary", names = {"pearl"}},
    {"shell", "stone", color = "#7a7470", role = "secondary", names = {"shell", "oyster"}},
    {"lining", "glazed", color = "#e8e0ec", role = "detail", names = {"lining", "nacre", "mother of pearl"}},
  },
  build = function(k)
    local R = 90
    local function valve()
      local outer = intersect(ellipsoid(R, 30, R * 0.85), box(400, 100, 400):move(0, -50, 0)):noise(3, 20, 2)
      local inner = intersect(ellipsoid(R - 6, 24, R * 0.85 - 6), box(400, 100, 400):move(0, -50 + 2, 0))
      return subtract(outer, inner), intersect(ellipsoid(R - 5, 25, R * 0.85 - 5), box(400, 4, 400):move(0, -24 + 2 + 0, 0)):scale(1)
    end
    local shell1, lin1 = valve()
    local lining = intersect(ellipsoid(R - 5.5, 24.5, R * 0.85 - 5.5), box(400, 100, 400):move(0, -50 + 1, 0))
    lining = subtract(lining, ellipsoid(R - 7, 23, R * 0.85 - 7))
    local bottom = union(shell1:part("shell"), lining:part("lining")):move(0, 30, 0)
    local top = union(shell1:part("shell"), lining:part("lining")):flip("y"):move(R, 0, 0):rotz(62):move(-R, 30, 0)
    local pearl = sphere(28):move(0, 30 + 6, 0)
    local hinge = sphere(16):stretch(1, 0.9, 1.5):move(-R + 8, 32, 0) -- the ligament joining the two valves
    return union(bottom, top, hinge:part("shell"), pearl:part("pearl")):roty(-20)
  end,
}
