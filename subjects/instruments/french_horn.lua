-- A French horn: brass tubing coiled into a round loop, three rotary valves
-- with levers, a small mouthpiece and a wide flared bell.
local I -- the instrument library, loaded when building

return {
  id = "french_horn",
  names = {"french horn", "horn", "hunting horn", "frenchhorn", "french horne"},
  lvis = {"horn"},
  family = "instruments",
  size_mm = 400,
  description = "A French horn",
  params = {},
  parts = {
    {"brass", "brass", color = "#d8a838", role = "primary", names = {"brass", "tubing", "bell"}},
    {"mouthpiece", "silver", color = "#d0d4d8", role = "secondary", names = {"mouthpiece", "levers", "valves"}},
  },
  build = function(k)
    I = use("instrument")
    local R = 130
    local coils = union(torus(R, 9), torus(R - 24, 8):move(0, 6, 0), torus(R - 46, 7):move(0, 12, 0)):rotx(90):move(0, 200, 0)
    local bell = I.bell(210, 12, 150, 8):rotz(-100):move(60, 110, 0)
    local lead = tube({{-R, 200, 0}, {-R - 40, 240, 10}, {-R - 70, 260, 14}}, 7, 5)
    local mp = lathe({{4, 0}, {5, 26}, {12, 36}, {10, 40}}):rotz(60):move(-R - 70, 260, 14)
    local valves, levers = {}, {}
    for i = 0, 2 do
      valves[#valves + 1] = cylinder(16, 40, 4):rotx(90):move(-30 + i * 30, 280, -20)
      levers[#levers + 1] = box(8, 40, 5, 2):move(-30 + i * 30, 310, 16)
    end
    return union(union(coils, bell, lead, union(valves)):part("brass"), union(mp, union(levers)):part("mouthpiece")):roty(40)
  end,
}
