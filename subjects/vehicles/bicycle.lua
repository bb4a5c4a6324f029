-- A bicycle: two big spoked wheels, a diamond frame, handlebars, a saddle
-- and pedals on a chainring.
local V = use and use("vehicle")

return {
  id = "bicycle",
  names = {"bicycle", "bycicle", "bicyle", "bycycle", "bicycel", "bike", "push bike", "pushbike", "cycle", "road bike", "mountain bike", "bmx", "racing bike",
           "city bike", "bicycles", "kids bike", "dirt bike bicycle"},
  lvis = {"bicycle"},
  family = "vehicles",
  size_mm = 1000,
  description = "A bicycle",
  params = {wheel = {92, 102}},
  parts = {
    {"frame", "paint", color = "#d42a2a", role = "primary", names = {"frame", "body"}},
    {"wheels", "rubber", color = "#1c1c1e", role = "detail", names = {"wheels", "wheel", "tires", "tyres"}},
    {"hubs", "steel", color = "#c8c8cc", role = "detail", names = {"spokes", "rims", "hubs", "chrome", "handlebars"}},
    {"seat", "leather", color = "#2a2220", role = "secondary", names = {"seat", "saddle", "grips"}},
  },
  variants = {
    tricycle = {names = {"tricycle", "trike", "three wheeler bike"}, size_mm = 600},
  },
  points = {"seat", "top", "back", "front"},
  build = function(k)
    local R = k.p.wheel
    local tri = k.variant == "tricycle"
    local tube_r = 5
    if tri then
      R = 60
      local front = {80, 90}
      local shape = V.wheel({front[1], front[2], 0}, front[2], 16, 1, {spokes = 8})
      shape = shape + V.wheel({-90, R, 70}, R, 14, 1, {spokes = 6}) + V.wheel({-90, R, -70}, R, 14, -1, {spokes = 6})
      local frame = capsule({-90, R, -70}, {-90, R, 70}, 5) + tube({{-90, R, 0}, {-40, 110, 0}, {40, 120, 0}, {70, 150, 0}}, 7)
      frame = frame + capsule({70, 150, 0}, {front[1], front[2], 0}, 5) + capsule({70, 150, 0}, {60, 190, 0}, 5)
      frame = frame + capsule({-40, 110, 0}, {-45, 150, 0}, 5)
      local bars = capsule({60, 190, -40}, {60, 190, 40}, 5)
      local seat = ellipsoid(30, 9, 20):move(-45, 156, 0)
      local pedals = capsule({front[1], front[2], -26}, {front[1], front[2], 26}, 3) + box(16, 5, 12):move(front[1], front[2], 30) + box(16, 5, 12):move(front[1], front[2], -30)
      shape = shape + frame:part("frame") + (bars + pedals):part("hubs") + seat:part("seat")
      k.attach("seat", {-45, 165, 0}, 40)
      return shape
    end
    local rear = {-R * 1.08, R, 0}
    local front = {R * 1.08, R, 0}
    local bb = {-R * 0.05, R * 0.72, 0}             -- bottom bracket
    local seat_top = {-R * 0.32, R * 1.95, 0}
    local head_bot = {R * 0.7, R * 1.55, 0}
    local head_top = {R * 0.64, R * 1.9, 0}
    local frame = {}
    frame[#frame + 1] = capsule(bb, seat_top, tube_r)                       -- seat tube
    frame[#frame + 1] = capsule(seat_top, head_top, tube_r)                 -- top tube
    frame[#frame + 1] = capsule(bb, head_bot, tube_r + 1)                   -- down tube
    frame[#frame + 1] = capsule(head_bot, head_top, tube_r + 1.5)           -- head tube
    for _, sz in ipairs({-1, 1}) do
      frame[#frame + 1] = capsule(bb, {rear[1], rear[2], sz * 7}, 3.5)      -- chain stays
      frame[#frame + 1] = capsule({seat_top[1], seat_top[2] - 10, 0}, {rear[1], rear[2], sz * 7}, 3.5)  -- seat stays
      frame[#frame + 1] = capsule(head_bot, {front[1], front[2], sz * 7}, 4)                          -- fork
    end
    local shape = union(frame):part("frame")
    shape = shape + V.wheel(rear, R, 10, 1, {spokes = 8}) + V.wheel(front, R, 10, 1, {spokes = 8})
    -- handlebars and stem
    local stem_top = {R * 0.6, R * 2.08, 0}
    local bars = capsule(head_top, stem_top, 4.5) + tube({{stem_top[1] - 14, stem_top[2] + 4, -44}, {stem_top[1], stem_top[2], -20},
                                                         {stem_top[1], stem_top[2], 20}, {stem_top[1] - 14, stem_top[2] + 4, 44}}, 4)
    local grips = capsule({stem_top[1] - 14, stem_top[2] + 4, 34}, {stem_top[1] - 18, stem_top[2] + 5, 50}, 5.5)
      + capsule({stem_top[1] - 14, stem_top[2] + 4, -34}, {stem_top[1] - 18, stem_top[2] + 5, -50}, 5.5)
    -- seat post and saddle
    local post = capsule(seat_top, {seat_top[1] - 6, seat_top[2] + 18, 0}, 4)
    local saddle = loft({{y = -22, rx = 4, rz = 14}, {y = 0, rx = 5, rz = 10}, {y = 22, rx = 4, rz = 5}}):rotz(-90)
      :move(seat_top[1] - 6, seat_top[2] + 24, 0)
    -- crank and pedals
    local ring = cylinder(R * 0.22, 4):move(0, -2, 0):rotx(90):move(bb[1], bb[2], 10)
    local cranks = capsule({bb[1], bb[2], 14}, {bb[1] + 20, bb[2] - 28, 16}, 3.5) + capsule({bb[1], bb[2], -14}, {bb[1] - 20, bb[2] + 28, -16}, 3.5)
    local pedals = box(20, 5, 16, 1.5):move(bb[1] + 20, bb[2] - 28, 26) + box(20, 5, 16, 1.5):move(bb[1] - 20, bb[2] + 28, -26)
    shape = shape + (bars + post + ring + cranks + pedals):part("hubs") + (saddle + grips):part("seat")
    k.attach("seat", {seat_top[1] - 6, seat_top[2] + 30, 0}, 40)
    k.attach("top", {seat_top[1] - 6, seat_top[2] + 30, 0}, 40)
    k.attach("back", {seat_top[1] - 6, seat_top[2] + 30, 0}, 40)
    -- front: a basket hung before the handlebars, its back against the head tube
    k.attach("front", {R * 1.0, R * 1.5, 0}, R * 0.75)
    return shape
  end,
}
