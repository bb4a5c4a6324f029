-- A unicycle: one spoked wheel with pedals on its cranks, a single upright
-- fork and a saddle on top.
local V = use and use("vehicle")

return {
  id = "unicycle",
  names = {"unicycle", "uni cycle", "one wheeled bike", "monocycle", "circus unicycle"},
  lvis = {},
  family = "vehicles",
  size_mm = 900,
  description = "A unicycle",
  params = {wheel = {95, 105}},
  parts = {
    {"frame", "paint", color = "#2a62c8", role = "primary", names = {"frame", "fork", "body"}},
    {"seat", "leather", color = "#1e1e22", role = "secondary", names = {"seat", "saddle"}},
    {"wheels", "rubber", color = "#1c1c1e", role = "detail", names = {"wheel", "wheels", "tire", "tyre"}},
    {"hubs", "steel", color = "#c8c8cc", role = "detail", names = {"spokes", "rim", "pedals", "cranks"}},
  },
  points = {"seat", "top"},
  build = function(k)
    local R = k.p.wheel
    local shape = V.wheel({0, R, 0}, R, 14, 1, {spokes = 8})
    local top = R * 2.5
    local fork = capsule({0, R, 21}, {0, R * 2.12, 21}, 5) + capsule({0, R, -21}, {0, R * 2.12, -21}, 5)
      + V.block(-10, R * 2.08, -26, 10, R * 2.2, 26, 4) + capsule({0, R * 2.15, 0}, {0, top, 0}, 6)
      + capsule({0, R, -24}, {0, R, 24}, 5)
    local saddle = loft({{y = -40, rx = 10, rz = 22}, {y = 0, rx = 12, rz = 18}, {y = 30, rx = 9, rz = 10}}):rotz(-90):move(0, top + 8, 0)
    local cranks = capsule({0, R, 26}, {24, R - 30, 28}, 4) + capsule({0, R, -26}, {-24, R + 30, -28}, 4)
    local pedals = box(26, 7, 18, 2):move(24, R - 30, 38) + box(26, 7, 18, 2):move(-24, R + 30, -38)
    shape = shape + fork:part("frame") + saddle:part("seat") + (cranks + pedals):part("hubs")
    k.attach("seat", {0, top + 20, 0}, 40)
    k.attach("top", {0, top + 20, 0}, 40)
    return shape
  end,
}
