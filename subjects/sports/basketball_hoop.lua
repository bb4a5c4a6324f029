-- A basketball hoop: a white backboard with a red target square, an orange
-- rim with a white net, on a tall pole with a base.
return {
  id = "basketball_hoop",
  names = {"basketball hoop", "basketball net", "basketball goal", "basketball stand", "hoop", "basket hoop", "basketball ring"},
  lvis = {"basketball_backboard"},
  family = "sports",
  size_mm = 3000,
  description = "A basketball hoop on a pole",
  params = {},
  parts = {
    {"board", "plastic", color = "#f8f8f6", role = "primary", names = {"board", "backboard"}},
    {"rim", "steel", color = "#e8601e", role = "secondary", names = {"rim", "ring", "hoop"}},
    {"net", "fabric", color = "#f4f4f0", role = "detail", names = {"net"}},
    {"pole", "steel", color = "#2a2a2e", role = "detail", names = {"pole", "stand", "base"}},
    {"marks", "paint", color = "#d8201e", role = "detail", names = {"square", "lines", "target"}},
  },
  build = function(k)
    local H = 3050
    local base = box(900, 160, 1100, 30):move(-300, 80, 0)
    local pole = union(cylinder(60, H + 300):move(-600, 0, 0), tube({{-600, H + 250, 0}, {-500, H + 420, 0}, {-260, H + 420, 0}}, 50))
    local board = box(60, 1050, 1800, 12):move(-230, H + 350, 0)
    local square = subtract(box(64, 450, 600), box(80, 380, 530)):move(-226, H + 250, 0)
    local edge = subtract(box(64, 1050, 1800), box(80, 980, 1730)):move(-226, H + 350, 0)
    local rim = union(torus(240, 26):move(60, H, 0), box(160, 40, 90, 8):move(-140, H, 0))
    local net = {}
    for i = 0, 11 do
      local a = 2 * math.pi * i / 12
      local a2 = a + math.pi / 6
      net[#net + 1] = capsule({60 + math.cos(a) * 236, H, math.sin(a) * 236}, {60 + math.cos(a2) * 150, H - 420, math.sin(a2) * 150}, 24)
      net[#net + 1] = capsule({60 + math.cos(a2) * 236, H, math.sin(a2) * 236}, {60 + math.cos(a) * 150, H - 420, math.sin(a) * 150}, 24)
    end
    net[#net + 1] = torus(160, 24):move(60, H - 400, 0)
    net[#net + 1] = torus(200, 24):move(60, H - 200, 0)
    return union(union(base, pole):part("pole"), board:part("board"), union(square, edge):part("marks"), rim:part("rim"), union(net):part("net"))
      :roty(-50)
  end,
}
