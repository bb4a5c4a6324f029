-- A recorder: a wooden pipe with finger holes and a beak mouthpiece,
-- standing nearly upright; a clarinet is a long black pipe with silver rings
-- and a flared bell.
return {
  id = "recorder",
  names = {"recorder", "tin whistle", "penny whistle", "wooden flute", "flute recorder", "recorder instrument",
           "recoder"},
  lvis = {},
  family = "instruments",
  size_mm = 320,
  description = "A recorder",
  params = {},
  parts = {
    {"body", "wood", color = "#d8b078", role = "primary", names = {"body", "pipe", "tube"}},
    {"keys", "silver", color = "#eef0f2", role = "detail", names = {"keys", "rings"}},
  },
  variants = {
    clarinet = {names = {"clarinet", "oboe", "black clarinet"}, size_mm = 660, colors = {body = "#141416"}},
  },
  build = function(k)
    local v = k.variant
    local L = v == "clarinet" and 660 or 320
    local prof = v == "clarinet" and {{34, 0}, {30, 20}, {14, 70}, {12, 120}, {13, 560}, {11, 620}, {7, 660}}
                                  or {{13, 0}, {11, 10}, {9, 60}, {11, 200}, {13, 260}, {14, 290}, {12, 320}}
    local body = lathe(prof)
    local holes = {}
    for i = 0, 6 do holes[#holes + 1] = cylinder(3.2, 20):rotx(90):move(0, L * (0.22 + 0.08 * i), 6) end
    body = subtract(body, union(holes))
    local keys = {}
    if v == "clarinet" then
      for i = 0, 6 do keys[#keys + 1] = torus(5, 1.3):rotx(90):move(0, L * (0.22 + 0.08 * i), 12.5) end
      for i = 0, 3 do keys[#keys + 1] = torus(15, 2):move(0, L * (0.18 + 0.22 * i), 0) end
    else
      keys[#keys + 1] = box(6, 8, 4):move(0, L - 40, 12)
    end
    return union(body:part("body"), union(keys):part("keys")):rotz(-8)
  end,
}
