-- A motorcycle: two fat wheels, a teardrop fuel tank over a chunky engine,
-- a seat, front forks up to wide handlebars with a headlight, and an exhaust;
-- a dirt bike as a variant.
local V = use and use("vehicle")

-- A thin tyre with a ring of knobs round its tread, spinning about Z.
local function knobby(c, r, w)
  local tyre = torus(r - w * 0.45, w * 0.45):stretch(1, 1, 1.2):rotx(90)
  local knob = box(r * 0.13, w * 0.5, w * 1.15, 1.2):move(0, 0, r - w * 0.28)
  local knobs = radial(knob, 22):rotx(90)
  return (tyre + knobs):move(c[1], c[2], c[3])
end

-- The dirt bike: tall and thin, long-travel forks, a high beak mudguard, a
-- long flat seat over slim bright plastics and a number plate on the front.
local function dirt(k)
  local R = k.p.wheel
  local wb = R * 4.3
  local rear = {-wb / 2, R, 0}
  local rf = R * 1.08
  local front = {wb / 2, rf, 0}
  local wheels = knobby(rear, R, 22) + knobby(front, rf, 18)
  local hubs = cylinder(R * 0.2, 26, 3):move(0, -13, 0):rotx(90):move(rear[1], rear[2], 0)
    + cylinder(R * 0.18, 24, 3):move(0, -12, 0):rotx(90):move(front[1], front[2], 0)
  local rims = torus(R - 14, 3):rotx(90):move(rear[1], rear[2], 0) + torus(rf - 13, 3):rotx(90):move(front[1], front[2], 0)
  for i = 0, 5 do
    local a = math.rad(i * 30)
    local dx, dy = math.cos(a), math.sin(a)
    rims = rims + capsule({rear[1] - dx * (R - 15), rear[2] - dy * (R - 15), 0}, {rear[1] + dx * (R - 15), rear[2] + dy * (R - 15), 0}, 1.6)
    rims = rims + capsule({front[1] - dx * (rf - 14), front[2] - dy * (rf - 14), 0}, {front[1] + dx * (rf - 14), front[2] + dy * (rf - 14), 0}, 1.6)
  end
  -- engine, frame, swingarm and shock
  local ex = -R * 0.05
  local engine = V.block(ex - R * 0.45, R * 0.62, -15, ex + R * 0.45, R * 1.3, 15, 6) + cylinder(14, 42, 3):rotz(-22):move(ex + 6, R * 1.2, 0)
  local ft = {wb / 2 - R * 0.72, R * 3.0, 0}
  local frame = capsule({ft[1] - 4, ft[2] - 12, 0}, {ex - R * 0.5, R * 1.6, 0}, 7) + capsule({ft[1] - 4, ft[2] - 16, 0}, {ex + R * 0.4, R * 0.7, 0}, 6)
    + capsule({ex - R * 0.5, R * 1.6, 0}, {ex - R * 0.5, R * 0.7, 0}, 6) + capsule({ex - R * 0.5, R * 1.9, 0}, {-wb / 2 + R * 0.1, R * 2.25, 0}, 5)
  local swing = capsule({ex - R * 0.5, R * 0.95, 14}, {rear[1], rear[2], 14}, 5) + capsule({ex - R * 0.5, R * 0.95, -14}, {rear[1], rear[2], -14}, 5)
    + capsule({ex - R * 0.5, R * 0.95, -14}, {ex - R * 0.5, R * 0.95, 14}, 5)
  local shock = capsule({ex - R * 0.7, R * 1.1, 0}, {ex - R * 0.55, R * 1.95, 0}, 6)
  -- long-travel forks up to the triple clamp and wide flat bars
  local forks = empty()
  for _, sz in ipairs({-1, 1}) do
    forks = forks + capsule({front[1], front[2], sz * 14}, {ft[1], ft[2], sz * 14}, 5)
      + capsule({front[1] - 2, front[2] + 4, sz * 14}, {front[1] - R * 0.35, front[2] + R * 0.95, sz * 14}, 7)
  end
  local clamp = V.block(ft[1] - 10, ft[2] - 8, -20, ft[1] + 10, ft[2], 20, 3) + V.block(ft[1] - R * 0.25 - 10, ft[2] - R * 0.62 - 6, -20, ft[1] - R * 0.25 + 10, ft[2] - R * 0.62 + 2, 20, 3)
  local bars = tube({{ft[1] - 10, ft[2] + 22, -62}, {ft[1] - 2, ft[2] + 16, -26}, {ft[1] - 2, ft[2] + 16, 26}, {ft[1] - 10, ft[2] + 22, 62}}, 3.5)
    + capsule({ft[1] - 2, ft[2], 0}, {ft[1] - 2, ft[2] + 16, 0}, 5)
  local grips = capsule({ft[1] - 9, ft[2] + 21, 46}, {ft[1] - 11, ft[2] + 23, 64}, 5.5) + capsule({ft[1] - 9, ft[2] + 21, -46}, {ft[1] - 11, ft[2] + 23, -64}, 5.5)
  -- the high beak mudguard under the lower clamp, jutting forward
  local gy = ft[2] - R * 0.62 - 8
  local guard = extrude({{ft[1] - R * 0.6, gy - 6}, {ft[1] - R * 0.1, gy + 2}, {ft[1] + R * 0.5, gy - 4}, {ft[1] + R * 1.05, gy - 18},
                         {ft[1] + R * 1.0, gy - 24}, {ft[1] + R * 0.5, gy - 12}, {ft[1] - R * 0.1, gy - 6}, {ft[1] - R * 0.55, gy - 12}}, 30, 2.5)
  -- the front number plate, raked with the forks
  local plate = box(5, R * 0.78, R * 0.8, 2):rotz(24):move(ft[1] + 12, ft[2] - R * 0.3, 0)
  -- tank, radiator shrouds, side panels and the upswept rear fender
  local tank = ellipsoid(R * 0.55, R * 0.3, 20):rotz(-12):move(ft[1] - R * 0.62, ft[2] - R * 0.42, 0)
  local shrouds = empty()
  for _, sz in ipairs({-1, 1}) do
    shrouds = shrouds + extrude({{ft[1] - R * 0.2, ft[2] - R * 0.18}, {ft[1] - R * 1.0, ft[2] - R * 0.5}, {ft[1] - R * 0.75, R * 1.5}, {ft[1] - R * 0.3, R * 1.75}}, 6, 2.5):move(0, 0, sz * 20)
  end
  local sy = R * 2.38
  local fender = extrude({{ex - R * 0.4, sy - 18}, {-wb / 2 - R * 0.15, sy + R * 0.22}, {-wb / 2 - R * 0.35, sy + R * 0.26},
                          {-wb / 2 - R * 0.2, sy + R * 0.12}, {ex - R * 0.6, sy - 26}}, 30, 2.5)
  local sides = empty()
  for _, sz in ipairs({-1, 1}) do
    sides = sides + extrude({{ex - R * 0.55, sy - 10}, {-wb / 2 + R * 0.35, sy - 4}, {-wb / 2 + R * 0.5, sy - R * 0.5}, {ex - R * 0.6, sy - R * 0.7}}, 5, 2):move(0, 0, sz * 16)
  end
  -- the long flat seat from the tank to the tail
  local seat = V.block(-wb / 2 + R * 0.05, sy - 12, -15, ft[1] - R * 0.6, sy + 8, 15, 7)
  -- an upswept exhaust along the right side
  local exhaust = tube({{ex + R * 0.45, R * 1.05, 0}, {ex + R * 0.6, R * 0.75, 12}, {ex - R * 0.2, R * 1.25, 22}, {ex - R * 0.8, R * 1.75, 24},
                        {-wb / 2 + R * 0.05, R * 2.05, 22}}, 5, 8)
  local shape = wheels:part("wheels") + (hubs + rims + forks + bars + clamp + engine + swing + shock + frame + exhaust):part("chrome")
  shape = shape + (guard + fender + tank + shrouds):part("body") + (plate + sides):part("plate") + (seat + grips):part("seat")
  k.attach("seat", {-R * 0.5, sy + 8, 0}, 44)
  k.attach("back", {-R * 0.5, sy + 8, 0}, 44)
  return shape
end

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
    {"plate", "plastic", color = "#f4f4f2", role = "detail", names = {"number plate", "number board", "plate", "numbers", "side panels"}},
  },
  variants = {
    dirt = {names = {"dirt bike", "motocross bike", "enduro bike", "trail bike", "motocross", "dirtbike", "mx bike", "motocross motorcycle",
                     "enduro motorcycle", "dirt motorcycle", "off road motorcycle", "offroad motorcycle", "scrambler"}, size_mm = 1200,
            colors = {body = "#f26a10", chrome = "#3a3c42", seat = "#1c1c1e"}},
  },
  points = {"seat", "back", "top"},
  build = function(k)
    if k.variant == "dirt" then return dirt(k) end
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
