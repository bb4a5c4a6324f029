-- A gas pump: a tall rounded cabinet with a display window and a lit sign
-- on top, a black hose curling down to a nozzle hung in its holster.
return {
  id = "gas_pump",
  names = {"gas pump", "petrol pump", "fuel pump", "fuel dispenser", "gas station pump", "petrol station pump", "vintage gas pump"},
  lvis = {},
  family = "buildings",
  size_mm = 1900,
  description = "A gas pump with a hose and nozzle",
  params = {h = {300, 330}},
  parts = {
    {"body", "paint", color = "#d8302a", role = "primary", names = {"body", "cabinet", "pump"}},
    {"panel", "paint", color = "#f4f2ec", role = "secondary", names = {"panel", "sign", "globe", "stripe"}},
    {"display", "gloss", color = "#2a3440", role = "detail", names = {"display", "screen", "window"}},
    {"hose", "rubber", color = "#1c1c1e", role = "detail", names = {"hose", "nozzle", "base"}},
  },
  points = {"top"},
  build = function(k)
    local h = k.p.h
    local w, d = 110, 70
    local base = box(w + 30, 16, d + 30, 3):move(0, 8, 0)
    local body = box(w, h, d, 14):move(0, 16 + h / 2, 0)
    local panel = box(w - 20, h * 0.3, 4, 3):move(0, 16 + h * 0.62, d / 2 + 1)
    local display = box(w - 36, h * 0.14, 4, 2):move(0, 16 + h * 0.66, d / 2 + 3)
    local globe = sphere(34):stretch(1, 0.85, 0.5):move(0, 16 + h + 28, 0)
    local nozzle_holder = box(22, 30, 14, 3):move(w / 2 + 6, 16 + h * 0.42, 0)
    local hose = tube({{w / 2 - 6, 16 + h * 0.3, d / 2 - 10}, {w / 2 + 20, 16 + h * 0.12, d / 2 + 20}, {w / 2 + 36, 16 + h * 0.2, d / 2 + 10},
                       {w / 2 + 22, 16 + h * 0.42, 10}}, 5.5)
    local nozzle = capsule({w / 2 + 6, 16 + h * 0.46, 0}, {w / 2 + 14, 16 + h * 0.36, 10}, 7) + capsule({w / 2 + 14, 16 + h * 0.36, 10}, {w / 2 + 30, 16 + h * 0.3, 10}, 4)
    local shape = body:part("body") + base:part("hose") + (panel + globe):part("panel") + display:part("display")
    shape = shape + nozzle_holder:part("body") + (hose + nozzle):part("hose")
    k.attach("top", {0, 16 + h + 58, 0}, 40)
    return shape:roty(15)
  end,
}
