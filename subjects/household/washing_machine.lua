-- A washing machine: a white front-loading cube with a round porthole
-- door with a chrome ring, a control panel with a dial and a detergent
-- drawer along the top. Front faces +X.
return {
  id = "washing_machine",
  names = {"washing machine", "washer", "clothes washer", "laundry machine", "front loader", "washer machine",
           "tumble dryer", "dryer", "clothes dryer", "washing machien"},
  lvis = {"washing_machine"},
  family = "household",
  size_mm = 850,
  description = "A front-loading washing machine",
  params = {},
  parts = {
    {"body", "plastic", color = "#f4f4f2", role = "primary", names = {"body", "case"}},
    {"door", "gloss", color = "#2a3238", role = "secondary", names = {"door", "window", "glass", "porthole"}},
    {"chrome", "steel", color = "#c8ccd2", role = "detail", names = {"chrome", "ring", "dial", "trim"}},
  },
  points = {"top"},
  build = function(k)
    local W, D, H = 600, 580, 850
    local body = box(D, H, W, 14):move(0, H / 2, 0)
    local fx = D / 2
    local dy = H * 0.45
    local ring = torus(170, 22):rotz(90):move(fx + 8, dy, 0)
    local glass = cylinder(160, 30):move(0, -15, 0):rotz(-90):move(fx - 4, dy, 0)
    local panel_y = H - 70
    local drawer = box(10, 70, 180, 4):move(fx + 2, panel_y, -W / 2 + 110)
    local dial = cylinder(36, 24):rotz(-90):move(fx, panel_y, W / 2 - 110) + box(20, 8, 44, 3):move(fx + 24, panel_y, W / 2 - 110)
    local line = box(4, 4, W - 20):move(fx + 1, panel_y - 50, 0)
    k.attach("top", {0, H, 0}, math.min(W, D) * 0.8)
    return (body + drawer + line):part("body") + glass:part("door") + (ring + dial):part("chrome")
  end,
}
