-- A motorcycle: two fat wheels, a teardrop fuel tank over a chunky engine,
-- a seat, front forks up to wide handlebars with a headlight, and an exhaust.
local V = use and use("vehicle")

return {
  id = "motorcycle",
  names = {"motorcycle", "motorbike", "motor bike", "motor cycle", "chopper bike", "harley", "toy motorcycle"},
  lvis = {"motorcycle", "dirt_bike"},
  family = "vehicles",
  size_mm = 1100,
  description = "A motorcycle",
  params = {wheel = {62, 68}},
  parts = {
    {"body", "paint", color = "#1e1e22", role = "primary", names = {"body", "tank", "paint", "fuel tank", "fairing"}},
    {"wheels", "rubber", color = "#1c1c1e", role = "detail", names = {"wheels", "wheel", "tires", "tyres"}},
    {"chrome", "steel", color = "#c8cacf", role = "secondary", names = {"chrome", "exhaust", "forks", "handlebars", "rims", "hubs", "engine"}},
    {"seat", "leather", color = "#3a2a22", role = "detail", names = {"seat", "saddle", "grips"}},
    {"lights", "gloss", color = "#fff4c8", role = "fixed"},
  },
  points = {"seat", "back", "top"},
  build = function(k)
    local R = k.p.wheel
    local wb = R * 3.6
    local rear = {-wb / 2, R, 0}
    local front = {wb / 2, R, 0}
    local shape = V.wheel(rear, R, 30, 1, {hub = 0.6, hub_part = "chrome"}) + V.wheel(front, R, 24, 1, {hub = 0.6, hub_part = "chrome"})
    local engine = V.block(-R * 0.55, R * 0.55, -22, R * 0.55, R * 1.35, 22, 8) + cylinder(18, 40):rotz(-30):move(R * 0.1, R * 1.2, 0)
    local tank = ellipsoid(R * 0.75, R * 0.32, R * 0.42):rotz(-8):move(R * 0.25, R * 1.82, 0)
    local frame = capsule({-R * 0.7, R * 1.55, 0}, {R * 0.95, R * 1.85, 0}, 8) + capsule({R * 0.95, R * 1.85, 0}, {R * 0.55, R * 0.75, 0}, 7)
      + capsule({-R * 0.6, R * 0.8, 0}, rear, 7)
    local tail = loft({{y = -R * 1.7, rx = 5, rz = 10}, {y = -R * 1.1, rx = 12, rz = 22}, {y = -R * 0.5, rx = 14, rz = 26}}):rotz(-90):move(0, R * 1.62, 0)
    local seat = loft({{y = -R * 1.35, rx = 8, rz = 16}, {y = -R * 0.9, rx = 12, rz = 26}, {y = -R * 0.35, rx = 10, rz = 22}}):rotz(-90):move(0, R * 1.78, 0)
    local fork_top = {wb / 2 - R * 0.55, R * 2.35, 0}
    local forks = capsule({front[1], front[2], 16}, {fork_top[1], fork_top[2], 16}, 5) + capsule({front[1], front[2], -16}, {fork_top[1], fork_top[2], -16}, 5)
    local bars = tube({{fork_top[1] - 22, fork_top[2] + 16, -50}, {fork_top[1], fork_top[2] + 6, -20}, {fork_top[1], fork_top[2] + 6, 20},
                       {fork_top[1] - 22, fork_top[2] + 16, 50}}, 4)
    local grips = capsule({fork_top[1] - 18, fork_top[2] + 14, 40}, {fork_top[1] - 24, fork_top[2] + 17, 56}, 6)
      + capsule({fork_top[1] - 18, fork_top[2] + 14, -40}, {fork_top[1] - 24, fork_top[2] + 17, -56}, 6)
    local lamp = sphere(16):move(fork_top[1] + 14, fork_top[2] - 14, 0)
    local lens = sphere(13):stretch(0.5, 1, 1):move(fork_top[1] + 24, fork_top[2] - 14, 0)
    local fender = intersect(torus(R + 4, 8):rotx(90), V.block(-R * 2, 0, -20, R * 2, R * 3, 20)):rotz(-30):move(front[1], front[2], 0)
      - V.block(front[1] - R * 2, 0, -30, front[1] + R * 2, front[2] - 6, 30)
    local exhaust = tube({{R * 0.2, R * 0.7, 26}, {-R * 0.4, R * 0.55, 30}, {-R * 1.2, R * 0.7, 30}, {-R * 1.9, R * 0.95, 30}}, 7, 8)
    shape = shape + (tank + tail + frame + fender):part("body") + (engine + forks + bars + exhaust + lamp):part("chrome")
    shape = shape + (seat + grips):part("seat") + lens:part("lights")
    k.attach("seat", {-R * 0.8, R * 1.95, 0}, 50)
    k.attach("back", {-R * 0.8, R * 1.95, 0}, 50)
    return shape
  end,
}
