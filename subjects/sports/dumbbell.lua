-- A dumbbell: a knurled steel handle between two stacks of round weight
-- plates (or hexagonal rubber heads), lying on the floor; a kettlebell is a
-- cast iron ball with a looped handle.
return {
  id = "dumbbell",
  names = {"dumbbell", "dumb bell", "hand weight", "free weight", "barbell weight", "dumbell"},
  lvis = {"dumbbell"},
  family = "sports",
  size_mm = 110,
  description = "A dumbbell",
  params = {},
  parts = {
    {"weights", "iron", color = "#2a2a2e", role = "primary", names = {"weights", "plates", "heads", "ball"}},
    {"handle", "steel", color = "#c8ccd2", role = "secondary", names = {"handle", "bar", "grip"}},
  },
  variants = {
    kettlebell = {names = {"kettlebell", "kettle bell"}, size_mm = 280},
    hex = {names = {"hex dumbbell", "hexagonal dumbbell"}},
    barbell = {names = {"barbell", "bar bell", "weightlifting bar", "olympic barbell", "weight bar"}, size_mm = 450},
  },
  build = function(k)
    local v = k.variant
    if v == "kettlebell" then
      local ball = sphere(100):stretch(1, 0.95, 1):move(0, 95, 0)
      ball = intersect(ball, box(400, 400, 400):move(0, 200 + 8, 0))
      local handle = {}
      local pts = {}
      for i = 0, 12 do
        local a = math.pi * i / 12
        pts[#pts + 1] = {-70 * math.cos(a), 160 + 90 * math.sin(a), 0}
      end
      local loop = tube(pts, 17)
      return smooth(10, ball, loop):part("weights")
    end
    if v == "barbell" then
      local bar = cylinder(24, 2000, 4):rotz(90):move(1000, 225, 0)
      local plates = {}
      for _, sx in ipairs({-1, 1}) do
        plates[#plates + 1] = cylinder(225, 55, 8):rotz(90):move(sx * 700 + 27, 225, 0)
        plates[#plates + 1] = cylinder(160, 40, 6):rotz(90):move(sx * 760 + 20, 225, 0)
        plates[#plates + 1] = cylinder(40, 30, 4):rotz(90):move(sx * 640 + 15, 225, 0)
      end
      return union(union(plates):part("weights"), bar:part("handle")):roty(-25)
    end
    local handle = cylinder(16, 150, 2):rotz(90):move(75, 55, 0)
    local grip = {}
    for i = 0, 9 do grip[#grip + 1] = torus(16, 1.2):rotz(90):move(-45 + i * 10, 55, 0) end
    local heads = {}
    for _, s in ipairs({-1, 1}) do
      if v == "hex" then
        local hex = {}
        for i = 0, 5 do local a = math.pi / 3 * i; hex[#hex + 1] = {math.cos(a) * 55, math.sin(a) * 55} end
        heads[#heads + 1] = extrude(hex, 60, 5):roty(90):move(s * 100, 55, 0)
      else
        heads[#heads + 1] = cylinder(55, 22, 4):rotz(90):move(s * 70 + 11, 55, 0)
        heads[#heads + 1] = cylinder(48, 22, 4):rotz(90):move(s * 94 + 11, 55, 0)
        heads[#heads + 1] = cylinder(22, 12, 3):rotz(90):move(s * 112 + 6, 55, 0)
      end
    end
    return union(union(heads):part("weights"), union(handle, union(grip)):part("handle")):roty(-25)
  end,
}
