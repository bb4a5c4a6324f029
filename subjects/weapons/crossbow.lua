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
    local limbs = union(tube(pts, 9, 9), sphere(13):move(pts[1][1], 0, pts[1][3]), sphere(13):move(pts[#pts][1], 0, pts[#pts][3]))
    local stirrup = torus(34, 9):rotx(90):move(286, 0, 0)
    local string = polyline({pts[1], {40, 6, 0}, pts[#pts]}, 8)
    local bolt = union(cylinder(7, 250):rotz(-90):move(-10, 15, 0), cone(12, 1, 30):rotz(-90):move(240, 15, 0))
    local fl = union(box(40, 7, 24):move(10, 19, 0), box(40, 20, 7):move(10, 19, 0))
    return union(union(stock, trigger):part("stock"), union(limbs, stirrup):part("bow"), string:part("string"), union(bolt, fl):part("bolt"))
      :roty(-35):move(0, 70, 0)
  end,
}
