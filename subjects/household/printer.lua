-- A printer. The default is a desktop inkjet: a wide low box with a
-- scanner lid seam round the top, a tilted control panel with a small
-- screen and buttons at the front right, a sheet-feed paper support
-- standing up at the back with a stack of paper in it, and an output tray
-- sloping out of the slot in the front with a printed sheet half out on it.
-- The 3D printer is an open cube frame of square posts on a base with a
-- control screen, a heated bed with a small print on it, a gantry across
-- the top carrying the print head with its nozzle over the bed, and a
-- filament spool on top feeding it. Front faces +X; width runs along Z.

return {
  id = "printer",
  names = {"printer", "inkjet printer", "laser printer", "office printer", "home printer", "desktop printer",
           "computer printer", "all in one printer", "printer scanner", "photo printer", "printing machine",
           "ink jet printer", "laserjet", "inkjet", "deskjet", "printer copier", "priner", "printor"},
  lvis = {"printer"},
  family = "household",
  size_mm = 300,
  description = "A desktop inkjet printer with paper in the back and a sheet coming out of the front",
  params = {sheet = {70, 110}},
  parts = {
    {"body", "plastic", color = "#ecebe8", role = "primary", names = {"body", "case", "casing", "housing", "lid", "frame", "base"}},
    {"tray", "plastic", color = "#3a3b40", role = "secondary", names = {"tray", "trays", "paper tray", "output tray", "support", "trim"}},
    {"paper", "paper", color = "#fbfbf8", role = "detail", names = {"paper", "sheet", "sheets", "page", "pages", "printout"}},
    {"screen", "gloss", color = "#1e2f4a", role = "detail", glows = true, names = {"screen", "display", "panel", "control panel"}},
    {"buttons", "plastic", color = "#2a2b30", role = "detail", names = {"buttons", "button", "controls", "knob"}},
    {"bed", "gloss", color = "#1c1d22", role = "detail", names = {"bed", "print bed", "build plate", "plate", "heated bed"}},
    {"print", "plastic", color = "#f07a1e", role = "detail", names = {"print", "filament", "spool", "model", "printed model", "object"}},
    {"nozzle", "brass", color = "#c8a050", role = "detail", names = {"nozzle", "hotend", "extruder", "print head"}},
    {"ink", "paint", color = "#2a6ad0", role = "fixed"},
  },
  variants = {
    printer3d = {names = {"3d printer", "3-d printer", "3 d printer", "three d printer", "fdm printer", "filament printer",
                          "3d printing machine", "3d printer machine", "prusa", "ender 3"},
                 size_mm = 480, colors = {body = "#2a2c31", tray = "#aeb3ba"}},
  },
  points = {"top"},
  build = function(k)
    if k.variant == "printer3d" then
      local S = 360                            -- frame width and depth
      local hb = 70                            -- base height
      local top = 430
      local base = box(S + 20, hb, S + 20, 8):move(0, hb / 2, 0)
      -- the control box on the front of the base, with its screen
      local ctrl = box(40, 54, 120, 6):move(S / 2 + 20, hb / 2, 100):rotz(-12)
      local screen = box(6, 32, 80, 2):move(S / 2 + 40, hb / 2 + 2, 100):rotz(-12)
      local knob = cylinder(10, 12, 3):rotz(-90):move(S / 2 + 34, hb / 2 - 6, 40)
      -- four square posts and the top frame
      local frame = empty()
      local p = S / 2 - 10
      for _, sx in ipairs({-1, 1}) do
        for _, sz in ipairs({-1, 1}) do
          frame = frame + box(20, top - hb + 2, 20, 2):move(sx * p, hb - 2 + (top - hb + 2) / 2, sz * p)
        end
        frame = frame + box(20, 20, S, 2):move(sx * p, top - 10, 0)
        frame = frame + box(S, 20, 20, 2):move(0, top - 10, sx * p)
      end
      -- side rails carrying the gantry, at mid height
      local gy = 270
      local rails = box(S - 20, 14, 14, 3):move(0, gy, p) + box(S - 20, 14, 14, 3):move(0, gy, -p)
      local gx = 30
      local gantry = box(24, 24, S - 10, 3):move(gx, gy + 12, 0)
      -- the print head on the gantry, its fan in front and the nozzle below
      local hz = 20
      local head = box(56, 70, 56, 8):move(gx + 8, gy + 4, hz)
      local fan = cylinder(20, 8, 2):rotz(-90):move(gx + 36, gy + 4, hz)
      local nozzle = cone(3, 12, 24):move(gx + 8, gy - 54, hz)
      -- the bed: a plate on a carriage on a rail down the middle of the base
      local by = 150
      local bed = box(250, 10, 250, 3):move(0, by, 0)
      local carriage = box(260, 20, 60, 4):move(0, by - 15, 0) + box(60, by - 15 - hb + 4, 50, 4):move(0, hb - 2 + (by - 15 - hb + 4) / 2, 0)
      -- a small print on the bed under the nozzle: a stepped little vase
      local print = lathe({{0, 0}, {30, 0}, {30, 8}, {26, 10}, {22, 30}, {24, 48}, {16, 60}, {0, 60}}):move(gx + 8, by + 4, hz)
      print = subtract(print, cylinder(13, 40):move(gx + 8, by + 28, hz))
      -- the spool on a holder on top, the filament running down to the head
      local spool = torus(58, 30):rotx(90):move(-60, top + 80, 0)
        + cylinder(60, 56, 4):move(0, -28, 0):rotx(90):move(-60, top + 80, 0)
      local flanges = cylinder(92, 8, 3):move(0, -4, 0):rotx(90):move(-60, top + 80, 34)
        + cylinder(92, 8, 3):move(0, -4, 0):rotx(90):move(-60, top + 80, -34)
      local holder = box(20, 90, 20, 3):move(-60, top + 35, 0) + cylinder(12, 110, 3):move(0, -55, 0):rotx(90):move(-60, top + 80, 0)
      local filament = tube({{-60, top + 140, 0}, {10, top + 60, 0}, {gx + 8, gy + 120, hz}, {gx + 8, gy + 36, hz}}, 4)
      k.attach("top", {0, top, 0}, S * 0.6)
      return union((base + frame + ctrl + holder):part("body"), (rails + gantry + carriage):part("tray"),
                   screen:part("screen"), knob:part("buttons"), (head + fan):part("body"), nozzle:part("nozzle"),
                   bed:part("bed"), (print + spool):part("print"), (flanges):part("buttons"),
                   filament:part("print"))
    end

    -- The inkjet: a wide low body on four little feet.
    local D, H, W = 300, 150, 430
    local y0 = 6
    local body = box(D, H, W, 14):move(0, y0 + H / 2, 0)
    -- the scanner lid's seam round the top
    local yl = y0 + H - 28
    body = subtract(body, box(D + 20, 4, W + 20):move(0, yl, 0) - box(D - 14, 10, W - 14):move(0, yl, 0))
    local feet = empty()
    for _, sx in ipairs({-1, 1}) do
      for _, sz in ipairs({-1, 1}) do
        feet = feet + cylinder(16, y0 + 4, 2):move(sx * (D / 2 - 40), 0, sz * (W / 2 - 50))
      end
    end
    -- the output slot low in the front and the tray sloping out of it
    local fx = D / 2
    local ys = y0 + 46
    body = subtract(body, box(60, 20, W - 90, 3):move(fx, ys + 4, 0))
    -- built from the slot's mouth outward, then tipped down a few degrees
    local slope = 5
    local tray = box(200, 8, W - 110, 3):move(70, -10, 0)
    local stop = box(10, 24, W - 150, 3):move(166, -2, 0)
    -- the printed sheet, half out on the tray, with a printed block on it
    local L = k.p.sheet + 40
    local sheet = box(L, 5, 210, 0.8):move(L / 2 - 40, -4.5, 0)
    local ink = box(L * 0.4, 2, 150, 0.6):move(L * 0.55 - 40, -2.2, 10)
      + box(L * 0.25, 2, 80, 0.6):move(L * 0.1 - 20, -2.2, -30)
    local function out(s) return s:rotz(-slope):move(fx - 10, ys + 2, 0) end
    tray, stop, sheet, ink = out(tray), out(stop), out(sheet), out(ink)
    -- the paper support standing at the back, leaning back, with a stack in it
    local bx = -D / 2 + 40
    local lean = 18
    local support = box(10, 230, 280, 4):move(0, 115, 0)
    local stack = box(12, 190, 214, 1):move(10, 118, 0)
    local guide = box(24, 40, 10, 3):move(8, 40, 110)
    local back = (support:part("tray") + stack:part("paper") + guide:part("tray")):rotz(lean):move(bx, y0 + H - 44, 0)
    local slotbox = box(40, 20, 260, 6):move(bx + 10, y0 + H - 4, 0)
    -- the control panel, tilted up at the front right, a screen and buttons
    local pz = W / 2 - 95
    local panel = box(60, 16, 150, 5):rotz(-20):move(fx - 26, y0 + H + 2, pz)
    local screen = box(8, 6, 60, 1.5):rotz(-20):move(fx - 26, y0 + H + 9, pz + 30)
    local buttons = empty()
    for i = 0, 2 do
      buttons = buttons + cylinder(6, 8, 1.5):rotz(-20):move(fx - 24, y0 + H + 8, pz - 54 + i * 18)
    end
    local power = cylinder(7, 8, 2):rotz(-20):move(fx - 22, y0 + H + 8, -W / 2 + 40)
    k.attach("top", {0, y0 + H, 0}, W * 0.5)
    return union((body + slotbox + panel):part("body"), feet:part("tray"), (tray + stop):part("tray"), sheet:part("paper"),
                 ink:part("ink"), back, screen:part("screen"), (buttons + power):part("buttons"))
  end,
}
