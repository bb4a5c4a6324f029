-- A screwdriver: a chunky fluted plastic handle with a long thin steel shaft
-- and a flat tip, standing on the handle.
return {
  id = "screwdriver",
  names = {"screwdriver", "screw driver", "phillips screwdriver", "flathead screwdriver", "screwdiver", "scredriver"},
  lvis = {"screwdriver"},
  family = "tools",
  size_mm = 220,
  description = "A screwdriver",
  params = {len = {210, 235}},
  parts = {
    {"handle", "plastic", color = "#e8302a", role = "primary", names = {"handle", "grip"}},
    {"shaft", "steel", color = "#c4c8cc", role = "secondary", names = {"shaft", "blade", "tip", "metal"}},
    {"band", "rubber", color = "#1e1e22", role = "detail", names = {"band", "rubber"}},
  },
  build = function(k)
    local L = k.p.len
    local hl = L * 0.42
    local prof = {{12, 0}, {15, 3}, {16, hl * 0.3}, {14.5, hl * 0.75}, {16, hl * 0.86}, {11, hl}, {7, hl + 6}}
    local handle = lathe(prof)
    handle = subtract(handle, radial(cylinder(3.5, hl * 0.55):move(16.5, hl * 0.1, 0), 6))
    local shaft = cylinder(3.2, L - hl - 8):move(0, hl, 0)
    local tip = intersect(cylinder(3.6, 14):move(0, L - 14, 0), box(9, 30, 2.6):move(0, L - 15, 0))
    tip = union(tip, intersect(cone(3.2, 1.3, 14):move(0, L - 20, 0), box(20, 40, 20):move(0, L - 20, 0)))
    local band = cylinder(16.4, 8):move(0, hl * 0.78, 0)
    return union(handle:part("handle"), union(shaft, tip):part("shaft"), band:part("band"))
  end,
}
