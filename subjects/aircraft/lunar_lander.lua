-- A lunar lander (Apollo module): a faceted gold-foil descent stage on four
-- splayed legs with round footpads, and a grey angular ascent cabin on top
-- with a hatch and antennas.
return {
  id = "lunar_lander",
  names = {"lunar lander", "moon lander", "lunar module", "apollo lander", "lander", "apollo lunar module", "space lander"},
  lvis = {},
  family = "aircraft",
  size_mm = 7000,
  description = "An Apollo-style lunar lander",
  params = {w = {150, 170}},
  parts = {
    {"foil", "gold", color = "#d8a838", role = "primary", names = {"foil", "gold", "descent stage", "body"}},
    {"cabin", "steel", color = "#b8bcc4", role = "secondary", names = {"cabin", "ascent stage", "top"}},
    {"legs", "steel", color = "#8a8e94", role = "detail", names = {"legs", "footpads", "antenna", "dish"}},
    {"windows", "gloss", color = "#1e222a", role = "detail", names = {"windows", "hatch"}},
  },
  points = {"top"},
  build = function(k)
    local w = k.p.w
    local y = 110
    local oct = {}
    for i = 0, 7 do
      local a = math.pi * (i + 0.5) / 4
      oct[#oct + 1] = {w / 2 * math.cos(a) / math.cos(math.pi / 8), w / 2 * math.sin(a) / math.cos(math.pi / 8)}
    end
    local descent = extrude(oct, 70, 3):rotx(90):move(0, y + 35, 0)
    local cabin = extrude({{-w * 0.4, 0}, {w * 0.4, 0}, {w * 0.45, w * 0.3}, {w * 0.2, w * 0.55}, {-w * 0.3, w * 0.55}, {-w * 0.45, w * 0.3}}, w * 0.7, 4)
      :move(0, y + 70, 0)
    local hatch = box(30, 34, 4, 2):move(w * 0.3, y + 100, w * 0.35 + 1):roty(0)
    local windows = (extrude({{0, 0}, {22, 0}, {14, 18}}, 4, 1):move(w * 0.15, y + 130, w * 0.35)
      + extrude({{0, 0}, {-22, 0}, {-14, 18}}, 4, 1):move(-w * 0.02, y + 130, w * 0.35))
    local legs = {}
    for i = 0, 3 do
      local a = math.pi / 4 + i * math.pi / 2
      local ox, oz = math.cos(a), math.sin(a)
      local top = {ox * w * 0.45, y + 40, oz * w * 0.45}
      local foot = {ox * w * 0.95, 12, oz * w * 0.95}
      legs[#legs + 1] = capsule(top, foot, 5) + capsule({ox * w * 0.45, y + 8, oz * w * 0.45}, {ox * w * 0.78, 50, oz * w * 0.78}, 3.5)
      legs[#legs + 1] = cylinder(18, 8, 3):move(foot[1], 4, foot[3])
    end
    local dish = cylinder(20, 4):move(0, -2, 0):rotx(40):move(-w * 0.3, y + w * 0.55 + 100, 0) + cylinder(3, 40):move(-w * 0.3, y + w * 0.55 + 66, 0)
    local nozzle = cone(14, 22, 24):move(0, y - 20, 0)
    local shape = descent:part("foil") + cabin:part("cabin") + (hatch + windows):part("windows") + (union(legs) + dish + nozzle):part("legs")
    k.attach("top", {0, y + 70 + w * 0.55, 0}, w * 0.5)
    return shape:roty(20)
  end,
}
