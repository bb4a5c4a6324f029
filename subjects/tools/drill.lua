-- A power drill: a pistol-shaped plastic body with a motor housing, a chuck
-- holding a twist bit pointing forward, a trigger and a battery pack under
-- the grip.
return {
  id = "drill",
  names = {"drill", "power drill", "cordless drill", "electric drill", "drill driver", "impact driver", "dril"},
  lvis = {"drill"},
  family = "tools",
  size_mm = 240,
  description = "A cordless power drill",
  params = {},
  parts = {
    {"body", "plastic", color = "#f0b01e", role = "primary", names = {"body", "housing", "drill"}},
    {"trim", "rubber", color = "#1e1e22", role = "secondary", names = {"grip", "trim", "battery", "rubber"}},
    {"chuck", "steel", color = "#a8aeb6", role = "detail", names = {"chuck", "bit", "metal"}},
  },
  build = function(k)
    local motor = capsule({-60, 190, 0}, {60, 190, 0}, 38)
    local grip = limb({-20, 165, 0}, {-40, 50, 0}, 26, 24):stretch(1, 1, 0.85)
    local battery = box(130, 50, 90, 10):move(-30, 25, 0)
    local trigger = box(18, 30, 14, 5):move(10, 140, 0)
    local chuck = union(cylinder(26, 40, 4):rotz(-90):move(88, 190, 0), cone(22, 14, 30):rotz(-90):move(126, 190, 0))
    local bit = cylinder(4, 80):rotz(-90):move(150, 190, 0)
    local body = smooth(10, motor, grip)
    local vents = {}
    for i = 0, 3 do vents[#vents + 1] = box(6, 26, 80):move(-50 + i * 12, 200, 0) end
    local trim = union(intersect(body, box(300, 80, 300):move(0, 70, 0)), battery, trigger, intersect(union(vents), motor:round(1)))
    return union(body:part("body"), trim:part("trim"), union(chuck, bit):part("chuck")):roty(-15)
  end,
}
