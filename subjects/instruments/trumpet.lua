-- A trumpet: brass tubing wrapped into a long loop, three upright piston
-- valves with pearl finger buttons, a mouthpiece at the back and a wide flared
-- bell pointing forward (+X); a trombone has a long slide instead of valves;
-- a tuba is upright with a huge bell.
local I -- the instrument library, loaded when building

return {
  id = "trumpet",
  names = {"trumpet", "cornet", "flugelhorn", "horn instrument", "brass trumpet", "trumplet", "trumpit"},
  lvis = {"trumpet", "trombone"},
  family = "instruments",
  size_mm = 170,
  description = "A trumpet",
  params = {},
  parts = {
    {"brass", "brass", color = "#d8a838", role = "primary", names = {"brass", "tubing", "bell", "body"}},
    {"buttons", "plastic", color = "#f4ecdc", role = "detail", names = {"buttons", "valve buttons", "keys"}},
    {"mouthpiece", "silver", color = "#d0d4d8", role = "secondary", names = {"mouthpiece", "valves"}},
  },
  variants = {
    trombone = {names = {"trombone", "slide trombone"}, size_mm = 220},
    tuba = {names = {"tuba", "euphonium", "baritone horn"}, size_mm = 900},
  },
  build = function(k)
    I = use("instrument")
    local v = k.variant
    local r = 7
    if v == "trombone" then
      local bell = I.bell(260, 8, 95, 2):rotz(-90):move(180, 150, 0)
      local bell_pipe = capsule({-300, 150, 0}, {190, 150, 0}, 8)
      local slide = union(capsule({-330, 150, 0}, {420, 150, 0}, 0.1), capsule({-250, 60, 0}, {560, 60, 0}, 7), capsule({-250, 100, 0}, {560, 100, 0}, 7),
                          tube({{560, 60, 0}, {585, 80, 0}, {560, 100, 0}}, 7))
      local back = tube({{-300, 150, 0}, {-360, 130, 0}, {-360, 90, 0}, {-300, 70, 0}, {-250, 60, 0}}, 7)
      local brace = union(capsule({-100, 60, 0}, {-100, 150, 0}, 4), capsule({300, 60, 0}, {300, 100, 0}, 4))
      local mp = lathe({{4, 0}, {5, 30}, {12, 44}, {10, 48}}):rotz(90):move(-250, 100, 0)
      return union(union(bell, bell_pipe, slide, back, brace):part("brass"), mp:part("mouthpiece"))
    end
    if v == "tuba" then
      local bell = I.bell(280, 30, 230, 3):move(40, 520, 0)
      local body = tube({{40, 540, 0}, {40, 300, 0}, {0, 120, 0}, {-120, 80, 0}, {-200, 160, 0}, {-200, 380, 0}, {-150, 460, 0}}, 34, 24)
      local loops = torus(110, 20):rotx(90):move(-60, 260, 0)
      local valves = {}
      for i = 0, 3 do valves[#valves + 1] = cylinder(18, 130, 3):move(-120 + i * 40, 230, 40) end
      local buttons = {}
      for i = 0, 3 do buttons[#buttons + 1] = cylinder(15, 10, 3):move(-120 + i * 40, 372, 40) + cylinder(4, 12):move(-120 + i * 40, 360, 40) end
      local mp = lathe({{5, 0}, {6, 40}, {18, 58}, {15, 62}}):rotz(90):move(-240, 440, 0)
      local lead = tube({{-150, 460, 0}, {-190, 450, 0}, {-200, 440, 0}}, 10)
      return union(union(bell, body, loops, union(valves), lead):part("brass"), union(buttons):part("buttons"), mp:part("mouthpiece"))
    end
    local y1, y0 = 80, 30
    local bell = I.bell(220, r + 1, 66, 7):rotz(-90):move(110, y1, 0)
    local bell_pipe = capsule({-40, y1, 0}, {115, y1, 0}, r)
    local lead = capsule({-230, y0 + 20, 0}, {-60, y0 + 20, 0}, r * 0.9)
    local back_loop = tube({{-40, y1, 0}, {-120, y1, 0}, {-160, y1 - 25, 0}, {-120, y0 - 20, 0}, {-30, y0 - 20, 0}}, r)
    local front_loop = tube({{40, y0 + 20, 0}, {110, y0 + 20, 0}, {140, y0, 0}, {110, y0 - 20, 0}, {40, y0 - 20, 0}}, r)
    local valves, buttons = {}, {}
    for i = 0, 2 do
      local x = -30 + i * 32
      valves[#valves + 1] = cylinder(12, 100, 2):move(x, y0 - 35, 0)
      valves[#valves + 1] = cylinder(13.5, 8, 2):move(x, y0 - 40, 0)
      valves[#valves + 1] = cylinder(13.5, 8, 2):move(x, y0 + 62, 0)
      buttons[#buttons + 1] = cylinder(3, 24):move(x, y0 + 68, 0)
      buttons[#buttons + 1] = cylinder(10, 6, 2):move(x, y0 + 92, 0)
    end
    local link = capsule({-60, y0 + 20, 0}, {60, y0 + 20, 0}, r)
    local brace = capsule({-150, y0 + 20, 0}, {-150, y1, 0}, 3)
    local mp = lathe({{3, 0}, {4, 26}, {11, 38}, {9, 42}}):rotz(90):move(-222, y0 + 20, 0)
    local brass = union(bell, bell_pipe, lead, back_loop, front_loop, union(valves), link, brace)
    return union(brass:part("brass"), union(buttons):part("buttons"), mp:part("mouthpiece"))
  end,
}
