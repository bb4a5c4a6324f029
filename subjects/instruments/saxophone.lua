-- A saxophone: a conical brass body curving at the bottom into a U and up to
-- a flared bell facing forward, a bent neck with a black mouthpiece, and rows
-- of pearl-topped keys down the front.
local I -- the instrument library, loaded when building

return {
  id = "saxophone",
  names = {"saxophone", "sax", "alto sax", "alto saxophone", "tenor sax", "tenor saxophone", "saxaphone", "saxofone", "saxophon"},
  lvis = {"saxophone"},
  family = "instruments",
  size_mm = 650,
  description = "A saxophone",
  params = {},
  parts = {
    {"brass", "brass", color = "#d8a838", role = "primary", names = {"brass", "body", "bell"}},
    {"keys", "plastic", color = "#f4ecdc", role = "detail", names = {"keys", "buttons", "pads"}},
    {"mouthpiece", "plastic", color = "#141416", role = "secondary", names = {"mouthpiece", "reed"}},
  },
  build = function(k)
    I = use("instrument")
    -- body path: from the neck joint at the top down, around the bow, up to the bell
    local pts = {{0, 560, 0}, {4, 380, 0}, {14, 200, 0}, {40, 90, 0}, {90, 40, 0}, {150, 60, 0}, {175, 130, 0}, {185, 200, 0}}
    local body = I.sweep(pts, function(t) return 12 + 30 * t ^ 1.2 end, 5, 4)
    local bell = I.bell(110, 40, 92, 6):rotz(-14):move(185, 190, 0)
    local neck = tube({{0, 550, 0}, {-4, 600, 0}, {-30, 640, 0}, {-70, 650, 0}}, 10, 8)
    local mp = lathe({{8, 0}, {10, 18}, {9, 40}, {5, 52}}):rotz(90):move(-68, 650, 0)
    local keys = {}
    local path = spline(pts, 5)
    for i = 2, #path - 10, 2 do
      local p = path[i]
      local t = (i - 1) / (#path - 1)
      local r = 12 + 30 * t ^ 1.2
      keys[#keys + 1] = cylinder(7, 5, 1.5):rotx(90):move(p[1] + 2, p[2], p[3] + r - 1)
      keys[#keys + 1] = sphere(5):move(p[1] + r * 0.8, p[2] + 6, p[3] + 6)
    end
    local rods = union(capsule({14, 480, 16}, {26, 160, 26}, 2), capsule({-10, 470, 10}, {10, 170, 24}, 2))
    local guard = torus(26, 3):rotz(90):move(60, 110, 30)
    return union(union(body, bell, neck, rods, guard):part("brass"), union(keys):part("keys"), mp:part("mouthpiece")):roty(90)
  end,
}
