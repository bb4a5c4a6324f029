-- A grandfather clock (longcase clock): a tall wooden case on a plinth,
-- a narrow trunk with a glass door over a brass pendulum, and a hood with
-- a round dial under an arched top with finials. The dial faces +X.
return {
  id = "grandfather_clock",
  names = {"grandfather clock", "grandmother clock", "longcase clock", "long case clock", "tall case clock",
           "tall clock", "floor clock", "pendulum clock", "grandfather's clock"},
  lvis = {"clock"},
  family = "household",
  size_mm = 2000,
  description = "A grandfather clock with a pendulum window",
  params = {hour = {1, 12}, minute = {0, 60}},
  parts = {
    {"case", "wood", color = "#6a3a1e", role = "primary", names = {"case", "wood", "body", "cabinet"}},
    {"face", "paint", color = "#f2ecd8", role = "secondary", names = {"face", "dial"}},
    {"brass", "brass", color = "#d0a84a", role = "detail", names = {"pendulum", "brass", "finials", "weights"}},
    {"hands", "paint", color = "#141416", role = "detail", names = {"hands", "numbers", "marks"}},
    {"glass", "gloss", color = "#2a2418", role = "detail", names = {"glass", "window", "door"}},
  },
  points = {"top"},
  build = function(k)
    local d = 260
    local case = {}
    case[#case + 1] = box(d + 60, 320, 520, 6):move(0, 160, 0)
    case[#case + 1] = box(d + 80, 40, 560, 6):move(0, 20, 0)
    case[#case + 1] = box(d, 900, 400, 4):move(0, 320 + 450, 0)
    case[#case + 1] = box(d + 50, 40, 500, 6):move(0, 1240, 0)
    local hood_y0, hood_h = 1260, 470
    case[#case + 1] = box(d + 30, hood_h, 480, 6):move(0, hood_y0 + hood_h / 2, 0)
    -- Arched crest.
    case[#case + 1] = intersect(cylinder(240, d + 30):move(0, -(d + 30) / 2, 0):rotz(90), box(d + 30, 240, 500):move(0, 120, 0))
      :move(0, hood_y0 + hood_h - 10, 0)
    case[#case + 1] = box(d + 50, 30, 500, 6):move(0, hood_y0 + hood_h - 10, 0)
    -- Door panel frame on the trunk (proud border) and the glass window.
    local fx = d / 2
    local glass = box(8, 620, 240, 3):move(fx + 2, 800, 0)
    case[#case + 1] = subtract(box(16, 700, 320, 4):move(fx, 790, 0), box(30, 620, 240):move(fx, 800, 0))
    case[#case + 1] = box(14, 140, 420, 4):move(d / 2 + 30, 160, 0)
    -- Dial.
    local dial_y = hood_y0 + 230
    local face = cylinder(170, 12):rotz(-90):move(fx + 10, dial_y, 0)
    local bezel = torus(170, 9):rotz(90):move(fx + 22, dial_y, 0)
    local marks = {}
    for i = 0, 11 do
      marks[#marks + 1] = box(4, i % 3 == 0 and 30 or 18, 10):move(0, 140, 0):rotx(i * 30):move(fx + 23, dial_y, 0)
    end
    local ha = (k.p.hour % 12 + k.p.minute / 60) * 30
    local ma = k.p.minute * 6
    local hands = box(4, 90, 14):move(0, 40, 0):rotx(-ha):move(fx + 25, dial_y, 0)
      + box(4, 130, 9):move(0, 58, 0):rotx(-ma):move(fx + 28, dial_y, 0)
    local brass = union(
      limb({fx - 20, 1080, 0}, {fx - 20, 560, 0}, 4), cylinder(55, 14):rotz(-90):move(fx - 26, 540, 0),
      bezel,
      sphere(24):move(0, hood_y0 + hood_h + 240, 0), cone(10, 1, 50):move(0, hood_y0 + hood_h + 255, 0),
      sphere(18):move(0, hood_y0 + hood_h + 20, 220), sphere(18):move(0, hood_y0 + hood_h + 20, -220))
    k.attach("top", {0, hood_y0 + hood_h + 250, 0}, 120)
    return union(case):part("case") + face:part("face") + brass:part("brass") + (union(marks) + hands):part("hands")
      + glass:part("glass")
  end,
}
