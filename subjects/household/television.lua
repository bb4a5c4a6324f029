-- A television. The default is a modern flat-screen TV: a thin panel with a
-- narrow black bezel round a dark glossy screen, a slimmer box on its back,
-- standing on a low pedestal stand with a flat base plate. The retro set is
-- a boxy 1970s CRT television: a wood-grain cabinet on four short splayed
-- legs, a bulging rounded screen in a silver surround on the left of its
-- face, a control strip on the right with two big knobs over a slotted
-- speaker grille, and rabbit-ear antennas on a little dome on top. Faces +X.
return {
  id = "television",
  names = {"television", "tv", "television set", "tv set", "telly", "flat screen tv", "flatscreen", "flat screen",
           "flatscreen tv", "flat screen television", "flat panel tv", "lcd tv", "led tv", "plasma tv", "smart tv",
           "widescreen tv", "modern tv", "televison", "televsion", "telivision", "televison set"},
  lvis = {"television_set"},
  family = "household",
  size_mm = 710,
  description = "A flat-screen television on a low stand",
  params = {tilt = {-22, -14}},
  parts = {
    {"body", "plastic", color = "#0e0e10", role = "primary",
     names = {"body", "case", "casing", "frame", "bezel", "housing", "border"}},
    {"screen", "gloss", color = "#1f2838", role = "detail", glows = true,
     names = {"screen", "display", "picture", "picture tube", "tube", "glass"}},
    {"stand", "steel", color = "#2a2b2f", role = "detail", names = {"stand", "base", "foot", "feet", "legs", "pedestal"}},
    -- The retro set's cabinet is wood.
    {"cabinet", "wood", color = "#7a4a26", role = "primary", names = {"cabinet", "wood", "wood grain", "woodgrain"}},
    {"trim", "steel", color = "#bdbbb4", role = "detail",
     names = {"trim", "surround", "panel", "control panel", "grille", "speaker", "chrome"}},
    {"knobs", "plastic", color = "#d6d4ce", role = "detail", names = {"knobs", "knob", "dials", "dial", "buttons", "controls"}},
    {"antenna", "steel", color = "#c8ccd2", role = "detail",
     names = {"antenna", "antennas", "antennae", "rabbit ears", "aerial", "aerials"}},
  },
  variants = {
    retro = {names = {"retro tv", "old tv", "crt tv", "vintage television", "vintage tv", "old television",
                      "retro television", "crt television", "tube tv", "tube television", "old fashioned tv",
                      "70s tv", "1970s tv", "antique tv", "old tv set", "vintage tv set", "retro tv set",
                      "rabbit ears tv", "wooden tv", "old telly", "vintage telly"},
             size_mm = 880},
  },
  points = {"top"},
  build = function(k)
    if k.variant == "retro" then
      -- Cabinet: depth along X, width along Z, on legs.
      local D, H, W = 440, 440, 640
      local y0 = 110
      local yc = y0 + H / 2
      local cab = box(D, H, W, 26):move(0, yc, 0)
      -- The face: the screen on the viewer's left (+Z), the controls on the
      -- right (-Z).
      local fx = D / 2
      local sz, sw, sh = W / 2 - 40 - 215, 430, 340   -- screen centre z, surround size
      local cz = -W / 2 + 70                          -- control strip centre z
      -- A shallow recess for the surround and one for the control strip.
      cab = subtract(cab, box(40, sh, sw, 22):move(fx, yc, sz), box(40, H - 70, 96, 10):move(fx, yc, cz))
      -- Silver surround (a rounded frame standing just proud of the face)
      -- and the bulging screen filling its opening.
      local hw, hh = sw - 76, sh - 64
      local surround = subtract(box(30, sh, sw, 22):move(fx - 10, yc, sz),
                                box(60, hh, hw, 30):move(fx, yc, sz))
      local bulge = box(30, hh + 2, hw + 2, 31):move(fx - 18, yc, sz)
        + intersect(ellipsoid(40, hh * 0.9, hw * 0.9):move(fx - 15, yc, sz), box(80, hh + 2, hw + 2, 31):move(fx, yc, sz))
      local strip = box(26, H - 74, 92, 8):move(fx - 10, yc, cz)
      -- Two big knobs with a grip ridge, and a grille of slots under them.
      local knobs = empty()
      for i, ky in ipairs({yc + 125, yc + 35}) do
        local kn = cylinder(30, 26, 4):rotz(-90):move(fx - 2, ky, cz)
        local ridge = box(8, 46, 9, 3):rotx(i * 35 - 20):move(fx + 24, ky, cz)
        knobs = knobs + kn + ridge
      end
      local slots = empty()
      for i = 0, 5 do
        slots = slots + box(10, 8, 64, 3):move(fx + 3, yc - 50 - i * 22, cz)
      end
      -- Four short splayed legs with the top of each sunk into the cabinet.
      local legs = empty()
      for _, sx in ipairs({-1, 1}) do
        for _, s in ipairs({-1, 1}) do
          legs = legs + limb({sx * (D / 2 - 60), y0 + 20, s * (W / 2 - 70)}, {sx * (D / 2 - 40), 6, s * (W / 2 - 44)}, 16, 10)
            + cylinder(11, 12, 3):move(sx * (D / 2 - 40), 0, s * (W / 2 - 44))
        end
      end
      -- Rabbit ears: a dome on top, two rods in a wide V ending in small balls.
      local top = y0 + H
      local dome = subtract(sphere(62):stretch(1, 0.6, 1), box(200, 100, 200):move(0, -50, 0)):move(-40, top - 4, 40)
      local rods = empty()
      for _, s in ipairs({-1, 1}) do
        local a = {-40, top + 26, 40 + s * 14}
        local b = {-80, top + 330, 40 + s * 230}
        rods = rods + limb(a, b, 11, 8) + sphere(15):move(b[1], b[2], b[3])
      end
      k.attach("top", {0, top, -W / 4}, W * 0.4)
      local shape = union(cab:part("cabinet"), surround:part("trim"), strip:part("trim"), slots:part("body"),
                          bulge:part("screen"), knobs:part("knobs"), legs:part("stand"), dome:part("body"),
                          rods:part("antenna"))
      return shape:roty(k.p.tilt)
    end

    -- Modern flat screen: a thin panel, the screen set in a narrow bezel.
    local W, H, T = 1120, 640, 34
    local gap = 66
    local yc = gap + H / 2
    local bz = 12
    local panel = box(T, H, W, 5):move(0, yc, 0)
    -- The screen sits just proud of the bezel so the frame reads as a thin line.
    panel = subtract(panel, box(10, H - 2 * bz, W - 2 * bz, 2):move(T / 2 + 2, yc, 0))
    local screen = box(6, H - 2 * bz, W - 2 * bz, 2):move(T / 2 - 1.5, yc, 0)
    -- The thicker electronics box on the back, lower half.
    local back = box(46, H * 0.62, W * 0.7, 14):move(-T / 2 - 16, gap + H * 0.42, 0)
    -- Pedestal: a short neck rising into the back box, on a flat base plate.
    local neck = box(40, gap + 90, 110, 8):move(-T / 2 - 14, (gap + 90) / 2, 0):rotz(-4)
    local plate = box(250, 12, 440, 6):move(-T / 2 + 14, 6, 0)
    local stand = neck + plate
    k.attach("top", {0, gap + H, 0}, T * 4)
    return union((panel + back):part("body"), screen:part("screen"), stand:part("stand")):roty(k.p.tilt)
  end,
}
