-- A tennis racket: an oval frame strung with a grid, an open V throat and a
-- wrapped handle; standing on the handle, head up. A badminton racket is
-- lighter with a slim shaft; a ping pong paddle is a round rubber blade.
return {
  id = "tennis_racket",
  names = {"tennis racket", "tennis racquet", "racket", "racquet", "squash racket", "paddle racket", "raquet"},
  lvis = {"tennis_racket"},
  family = "sports",
  size_mm = 685,
  description = "A tennis racket",
  params = {},
  parts = {
    {"frame", "plastic", color = "#e8302a", role = "primary", names = {"frame", "head", "racket"}},
    {"strings", "fabric", color = "#f4f4ee", role = "detail", names = {"strings", "string", "net"}},
    {"grip", "leather", color = "#1e1e22", role = "secondary", names = {"grip", "handle"}},
    {"rubber", "rubber", color = "#c81e24", role = "detail", names = {"rubber", "face"}},
  },
  variants = {
    badminton = {names = {"badminton racket", "badminton racquet"}, colors = {frame = "#2a5ad8"}},
    pingpong = {names = {"ping pong paddle", "table tennis bat", "ping pong bat", "table tennis racket", "ping pong racket"}, size_mm = 260,
                colors = {frame = "#d8a868", grip = "#b07a44"}},
  },
  build = function(k)
    local v = k.variant
    if v == "pingpong" then
      local blade = cylinder(75, 8, 2):rotx(90):move(0, 0, -4):stretch(1, 1.05, 1):move(0, 180, 0)
      local rubber1 = cylinder(74, 3):rotx(90):move(0, 180, 3)
      local rubber2 = cylinder(74, 3):rotx(90):move(0, 180, -6)
      local handle = box(28, 110, 24, 8):move(0, 55, 0)
      return union(blade:part("frame"), rubber1:part("rubber"), rubber2:part("grip"), handle:part("frame"))
    end
    local bad = v == "badminton"
    local hx, hy = bad and 105 or 130, bad and 125 or 165
    local cy = bad and 530 or 500
    local T = bad and 14 or 20
    local pts = {}
    for i = 0, 48 do
      local a = 2 * math.pi * (i + 0.25) / 48
      pts[#pts + 1] = {math.cos(a) * hx, cy + math.sin(a) * hy, 0}
    end
    local frame = tube(pts, bad and 7 or 9):stretch(1, 1, T / (bad and 14 or 18))
    local strings = {}
    -- strings thick enough to survive meshing at draft size
    local sr, nv, nh = 3.6, bad and 5 or 7, bad and 6 or 9
    for i = -nv, nv do
      local x = i * hx / (nv + 1)
      local h = hy * math.sqrt(math.max(0, 1 - (x / hx) ^ 2))
      strings[#strings + 1] = capsule({x, cy - h, 0}, {x, cy + h, 0}, sr)
    end
    for i = -nh, nh do
      local y = i * hy / (nh + 1)
      local w = hx * math.sqrt(math.max(0, 1 - (y / hy) ^ 2))
      strings[#strings + 1] = capsule({-w, cy + y, 0}, {w, cy + y, 0}, sr)
    end
    local shaft_top = cy - hy
    local throat
    if bad then
      throat = capsule({0, 190, 0}, {0, shaft_top + 6, 0}, 7)
    else
      throat = union(tube({{0, 250, 0}, {-40, 290, 0}, {-hx * 0.7, shaft_top + 40, 0}}, 9), tube({{0, 250, 0}, {40, 290, 0}, {hx * 0.7, shaft_top + 40, 0}}, 9))
    end
    local handle = bad and cylinder(12, 200, 4) or extrude({{-15, 0}, {15, 0}, {17, 10}, {17, 250}, {-17, 250}, {-17, 10}}, 30, 6)
    return union(union(frame, throat):part("frame"), union(strings):part("strings"), handle:part("grip")):roty(70)
  end,
}
