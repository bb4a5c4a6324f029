-- A vintage tabletop radio: a wooden cathedral case (straight sides under a
-- round arched top) on a plinth, the arch filled with a cloth speaker grille
-- behind wooden fretwork bars, a small arched dial window with a needle below
-- it, and three round knobs along the bottom. The transistor radio is a
-- small handheld box with a round chrome speaker grille, a round tuning dial
-- and a telescopic antenna; the boombox is a wide portable stereo with two
-- big round speakers, a cassette deck between them, a dial strip, a row of
-- buttons and a carrying handle on top. The listener stands at +X.
return {
  id = "radio",
  names = {"radio", "radio receiver", "radio set", "vintage radio", "old radio", "retro radio", "antique radio",
           "wireless set", "cathedral radio", "tube radio", "valve radio", "tabletop radio", "table radio",
           "wooden radio", "old fashioned radio", "radio reciever", "radio reciver", "raido"},
  lvis = {"radio_receiver", "stereo_(sound_system)"},
  family = "household",
  size_mm = 400,
  description = "A vintage wooden cathedral radio with a cloth grille, a dial and knobs",
  params = {needle = {-0.6, 0.6}, arch = {0.95, 1.08}},
  parts = {
    {"case", "wood", color = "#7a4a26", role = "primary", names = {"case", "body", "cabinet", "housing", "wood", "shell"}},
    {"grille", "fabric", color = "#c8b48a", role = "secondary",
     names = {"grille", "grill", "speaker grille", "speaker grill", "cloth", "speaker cloth", "front panel", "panel"}},
    {"dial", "gloss", color = "#efe0b4", role = "detail", names = {"dial", "tuning dial", "dial window", "display", "window"},
     glows = true},
    {"knobs", "plastic", color = "#3a2416", role = "detail", names = {"knobs", "buttons", "dials knobs", "controls"}},
    {"trim", "steel", color = "#c8ccd2", role = "detail", names = {"trim", "antenna", "aerial", "chrome", "handle", "metal"}},
    {"speakers", "plastic", color = "#1a1a1c", role = "detail", names = {"speakers", "speaker cones", "cones", "woofers"}},
    {"needle", "paint", color = "#a01e1a", role = "fixed"},
  },
  variants = {
    transistor = {names = {"transistor radio", "pocket radio", "portable radio", "handheld radio", "transistor",
                           "battery radio", "small radio"},
                  size_mm = 300, colors = {case = "#b8322a", grille = "#2a2a2e", knobs = "#e8e2d2"}},
    boombox = {names = {"boombox", "boom box", "ghetto blaster", "ghettoblaster", "portable stereo", "jambox",
                        "radio cassette player", "cassette player", "stereo", "beatbox radio", "boom-box"},
               size_mm = 300, colors = {case = "#b6bac0", grille = "#1c1c1e", knobs = "#2a2a2e", dial = "#d8e0e4"}},
  },
  points = {"top"},
  build = function(k)
    -- front-view outlines are drawn in {z, y} and turned to face +X
    local function facing(s) return s:roty(90) end

    if k.variant == "transistor" then
      local W, H, D = 170, 108, 44
      local body = box(D, H, W, 12):move(0, H / 2, 0)
      local fx = D / 2
      -- round speaker grille on the left (+Z) with chrome slats
      local gz, gy, gr = 34, H / 2, 40
      local well = cylinder(gr + 4, 20):rotz(-90):move(fx - 4, gy, gz)
      body = subtract(body, well)
      local cloth = cylinder(gr + 4, 6):rotz(-90):move(fx - 7.5, gy, gz)
      local ring = torus(gr + 3, 4):rotz(90):move(fx - 2, gy, gz)
      local slats = empty()
      for i = -3, 3 do
        local half = math.sqrt(math.max(gr * gr - (i * 11) ^ 2, 0))
        slats = slats + box(6, 5, half * 2, 2):move(fx - 1, gy + i * 11, gz)
      end
      -- round tuning dial on the right (-Z) in a chrome bezel, with a needle
      local dz, dy, dr = -48, H / 2 + 6, 28
      local dial = cylinder(dr, 8):rotz(-90):move(fx - 5, dy, dz)
      local bezel = torus(dr, 4):rotz(90):move(fx + 2, dy, dz)
      local needle = box(3, dr * 1.6, 3):rotx(k.p.needle * 40):move(fx + 3, dy, dz)
      -- a thumbwheel knob on the top and a smaller one on the side
      local knobs = cylinder(18, 12, 2):rotx(90):move(0, H, -W / 2 + 40)
        + cylinder(13, 10, 2):rotx(90):move(0, H * 0.3, -W / 2 + 2)
      -- telescopic antenna from the top right, angled back and out
      local base = {-8, H - 4, -W / 2 + 14}
      local dir = {-0.22, 0.95, -0.2}
      local function at(t) return {base[1] + dir[1] * t, base[2] + dir[2] * t, base[3] + dir[3] * t} end
      local antenna = cylinder(9, 14, 3):move(base[1], base[2], base[3])
        + limb(at(0), at(80), 5.5) + limb(at(78), at(150), 4.5) + limb(at(148), at(210), 3.6)
        + sphere(6):move(table.unpack(at(212)))
      k.attach("top", {0, H, 20}, W * 0.5)
      return union(body:part("case"), cloth:part("grille"), (ring + slats + bezel + antenna):part("trim"),
                   dial:part("dial"), needle:part("needle"), knobs:part("knobs")):roty(-16)
    end

    if k.variant == "boombox" then
      local W, H, D = 520, 250, 130
      local body = box(D, H, W, 18):move(0, H / 2, 0)
      local fx = D / 2
      -- a black panel down the middle, behind the deck and the dial
      local panels = box(10, H - 56, 150, 6):move(fx - 3, H / 2 + 4, 0)
      -- two big round speakers: each a chrome ring round a black surround,
      -- a dark cone sloping in to a bright dust cap, and a tweeter above
      local sr = 74
      local speakers, trim = empty(), empty()
      for _, s in ipairs({-1, 1}) do
        local z = s * (W / 2 - sr - 24)
        local y = H / 2 - 16
        body = subtract(body, cylinder(sr + 2, 40):rotz(90):move(fx + 10, y, z))
        speakers = speakers + subtract(cylinder(sr + 5, 34):rotz(90):move(fx - 2, y, z),
                                       cone(sr - 6, 16, 22):rotz(90):move(fx + 1, y, z))
          + torus(sr - 3, 6):rotz(90):move(fx - 5, y, z)
        trim = trim + torus(sr + 6, 7):rotz(90):move(fx + 1, y, z)
          + sphere(22):stretch(0.5, 1, 1):move(fx - 20, y, z)
        trim = trim + torus(15, 4):rotz(90):move(fx + 2, H - 34, z)
        speakers = speakers + sphere(13):stretch(0.6, 1, 1):move(fx, H - 34, z)
      end
      -- the cassette deck in the middle: a dark window with two reels
      local deck = box(10, 80, 120, 4):move(fx + 2, 88, 0)
      local reels = cylinder(14, 8):rotz(-90):move(fx + 3, 92, -30) + cylinder(14, 8):rotz(-90):move(fx + 3, 92, 30)
      -- the dial strip across the top of the middle
      local dial = box(10, 36, 136, 4):move(fx + 2, H - 50, 0)
      local needle = box(4, 30, 4):move(fx + 7, H - 50, 60 * k.p.needle)
      -- buttons along the top front edge, and two knobs beside the dial
      local knobs = array(box(30, 12, 20, 3), 6, 0, 0, 26):move(fx - 30, H + 2, -65)

      -- the carrying handle over the top on two posts
      local handle = box(28, 48, 24, 6):move(-10, H + 14, -W / 2 + 80) + box(28, 48, 24, 6):move(-10, H + 14, W / 2 - 80)
        + limb({-10, H + 40, -W / 2 + 80}, {-10, H + 40, W / 2 - 80}, 12)
      -- a telescopic antenna lying along the back edge
      local antenna = limb({-D / 2 + 12, H - 2, -W / 2 + 30}, {-D / 2 + 12, H + 8, W / 2 - 120}, 5)
        + cylinder(9, 14, 3):move(-D / 2 + 12, H - 8, -W / 2 + 30)
      k.attach("top", {-10, H + 52, 0}, W * 0.4)
      return union(body:part("case"), panels:part("grille"), deck:part("speakers"), (trim + handle + antenna):part("trim"),
                   speakers:part("speakers"), (dial + reels):part("dial"), needle:part("needle"), knobs:part("knobs"))
        :roty(-20)
    end

    -- The cathedral radio.
    local W, D = 300, 190
    local R = W / 2
    local ys = 190                       -- where the sides turn into the arch
    local ar = k.p.arch                  -- a taller or lower arch
    local function arch(r, y0, inset)
      local pts = {{-r, y0}, {r, y0}}
      for i = 0, 16 do
        local a = math.pi * i / 16
        pts[#pts + 1] = {r * math.cos(a), ys + (r + inset) * math.sin(a) * ar}
      end
      return pts
    end
    local bv = 8
    local case = facing(extrude(arch(R - bv, 14 + bv, 0), D, bv))
    local plinth = box(D + 16, 22, W + 20, 5):move(0, 11, 0)
    local fx = D / 2
    -- the grille: an arched recess filled with cloth, and fretwork bars over it
    local gr = R - 42
    local gy0 = 146
    local recess = facing(extrude(arch(gr, gy0, 0), 40)):move(fx, 0, 0)
    case = subtract(case, recess)
    local cloth = facing(extrude(arch(gr + 1, gy0 - 1, 0), 12)):move(fx - 18, 0, 0)
    local frame = facing(subtract(extrude(arch(gr + 16, gy0 - 14, 0), 14, 2), extrude(arch(gr, gy0, 0), 40)))
      :move(fx + 1, 0, 0)
    local bars = empty()
    for _, z in ipairs({-56, -20, 20, 56}) do
      bars = bars + box(14, 300, 12, 2):move(fx - 7, gy0 + 150, z)
    end
    bars = intersect(bars, facing(extrude(arch(gr + 2, gy0 - 2, 0), 60)):move(fx, 0, 0))
    -- a small arched dial window below the grille, with a needle
    local dy = 100
    local dial = cylinder(30, 12):rotz(-90):move(fx - 6, dy, 0)
    dial = intersect(dial, box(40, 40, 80):move(fx, dy + 20, 0)) + box(12, 6, 60):move(fx - 2, dy + 3, 0)
    local bezel = subtract(cylinder(38, 12, 2):rotz(-90):move(fx - 4, dy, 0), cylinder(30, 30):rotz(-90):move(fx - 10, dy, 0))
    bezel = intersect(bezel, box(40, 46, 90):move(fx, dy + 19, 0)) + box(10, 8, 76, 2):move(fx + 1, dy - 1, 0)
    local a = k.p.needle
    local needle = limb({fx + 3, dy + 2, 0}, {fx + 3, dy + 2 + 26 * math.cos(a), 26 * math.sin(a)}, 1.8)
    -- three knobs along the bottom
    local knobs = empty()
    for _, z in ipairs({-78, 0, 78}) do
      local r = z == 0 and 17 or 15
      knobs = knobs + cylinder(r, 16, 4):rotz(-90):move(fx - 4, 50, z) + cylinder(r * 0.6, 8, 2):rotz(-90):move(fx + 8, 50, z)
    end
    k.attach("top", {0, ys + R * ar, 0}, W * 0.4)
    return union((case + plinth + frame + bars):part("case"), cloth:part("grille"), dial:part("dial"), bezel:part("trim"),
                 needle:part("needle"), knobs:part("knobs")):roty(-18)
  end,
}
