-- A hair dryer: a barrel-shaped body with a nozzle and a round vented
-- back, on a pistol grip with a switch, standing on its grip.
return {
  id = "hair_dryer",
  names = {"hair dryer", "hairdryer", "blow dryer", "blowdryer", "hair drier", "blow drier", "hair blower"},
  lvis = {"hair_dryer"},
  family = "household",
  size_mm = 250,
  description = "A hair dryer with a nozzle and a grip",
  params = {},
  parts = {
    {"body", "plastic", color = "#e0508a", role = "primary", names = {"body", "case", "handle", "grip"}},
    {"trim", "plastic", color = "#2a2a2e", role = "secondary", names = {"trim", "nozzle", "vent", "switch", "cord"}},
  },
  points = {"top"},
  build = function(k)
    local cy = 190
    local barrel = cylinder(48, 150, 20):move(0, -75, 0):rotz(-90):move(0, cy, 0)
    local nozzle = cone(38, 26, 50):rotz(-90):move(70, cy, 0)
    local back = cylinder(50, 14, 4):move(0, -7, 0):rotz(-90):move(-80, cy, 0)
    local vents = {}
    for i = -2, 2 do vents[#vents + 1] = box(6, 4, 70, 2):move(-88, cy + i * 14, 0) end
    local grip = limb({-10, cy - 30, 0}, {-40, 10, 0}, 24, 22) + cylinder(30, 14, 6):move(-40, 0, 0)
    local switch = box(10, 30, 14, 4):rotz(-11):move(3, cy - 80, 0) -- set into the front of the grip
    local cord = tube({{-40, 2, 0}, {-60, 2, 30}, {-40, 2, 80}, {10, 2, 90}}, 5)
    k.attach("top", {0, cy + 50, 0}, 60)
    return smooth(12, barrel, grip):part("body") + (nozzle + back + union(vents) + switch + cord):part("trim")
  end,
}
