-- A crossbow: a wooden stock with a trigger and a bolt groove, a short wide
-- bow across the front with a taut string, a stirrup and a loaded bolt;
-- lying level, pointing +X.
return {
  id = "crossbow",
  names = {"crossbow", "cross bow", "arbalest", "crossbow weapon", "crosbow"},
  lvis = {"crossbow"},
  family = "weapons",
  size_mm = 180,
  description = "A crossbow",
  params = {},
  parts = {
    {"stock", "wood", color = "#8a5a32", role = "primary", names = {"stock", "body", "wood"}},
    {"bow", "steel", color = "#4a4e56", role = "secondary", names = {"bow", "limbs", "prod", "metal", "stirrup"}},
    {"string", "fabric", color = "#f0ece0", role = "detail", names = {"string"}},
    {"bolt", "wood", color = "#d8b078", role = "detail", names = {"bolt", "arrow"}},
  },
  build = function(k)
    local stock = extrude({{-300, 10}, {-300, -40}, {-220, -60}, {-150, -30}, {200, -12}, {260, -12}, {260, 14}, {-150, 14}}, 36, 8)
    local trigger = box(12, 40, 10, 3):move(-140, -50, 0)
    local bow = {}
    local pts = {}
    for i = -6, 6 do
      local z = i * 42
      pts[#pts + 1] = {230 - 40 * (z / 252) ^ 2 * 2, 0, z}
    end
    local limbs = tube(pts, 9, 9)
    local stirrup = torus(34, 6):stretch(1, 1, 1):rotz(90):move(290, 0, 0)
    local string = polyline({pts[1], {40, 6, 0}, pts[#pts]}, 2.5)
    local bolt = union(cylinder(5, 250):rotz(-90):move(-10, 18, 0), cone(10, 0.5, 30):rotz(-90):move(240, 18, 0))
    local fl = union(box(40, 1.5, 16):move(10, 26, 0), box(40, 16, 1.5):move(10, 18, 8))
    return union(union(stock, trigger):part("stock"), union(limbs, stirrup):part("bow"), string:part("string"), union(bolt, fl):part("bolt"))
      :roty(-35):move(0, 70, 0)
  end,
}
