-- A cartoon bomb: a round black iron ball with a metal cap and a short
-- curled fuse with a spark at the tip.
return {
  id = "bomb",
  names = {"bomb", "cartoon bomb", "cannonball bomb", "round bomb", "bomb with fuse"},
  lvis = {},
  family = "weapons",
  size_mm = 150,
  description = "A round black bomb with a lit fuse",
  params = {},
  parts = {
    {"ball", "iron", color = "#1e1e22", role = "primary", names = {"ball", "bomb", "body"}},
    {"cap", "steel", color = "#8a9098", role = "detail", names = {"cap", "top"}},
    {"fuse", "fabric", color = "#c8a878", role = "secondary", names = {"fuse", "wick"}},
    {"spark", "wax", color = "#ffb020", role = "fixed"},
  },
  variants = {
    cannonball = {names = {"cannon ball", "cannonball"}},
  },
  build = function(k)
    local R = 60
    local ball = sphere(R):move(0, R, 0)
    if k.variant == "cannonball" then return ball:part("ball") end
    local cap = cylinder(18, 16, 3):rotz(-30):move(R * 0.45, R * 1.75, 0)
    local fuse = tube({{R * 0.55, R * 1.95, 0}, {R * 0.75, R * 2.2, 0}, {R * 0.6, R * 2.45, 4}, {R * 0.8, R * 2.55, 6}}, 4)
    local spark = star(6, 16, 6, 4):move(R * 0.85, R * 2.62, 6)
    return union(ball:part("ball"), cap:part("cap"), fuse:part("fuse"), spark:part("spark"))
  end,
}
