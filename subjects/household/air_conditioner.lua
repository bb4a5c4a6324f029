-- An air conditioner. The default is a window unit: a deep box whose back
-- half is the metal cabinet with rows of stamped vent slits down its sides,
-- and whose front is a plastic fascia with a band of angled horizontal
-- louvres across the top blowing the air out, a slotted intake grille
-- below, and a control panel down one side with two knobs and a small
-- display. The wall split unit is the long rounded indoor head with a
-- louvre flap hanging open under its front and a little display; the
-- outdoor unit is the condenser box with a big round fan grille in front.
-- Front faces +X; width runs along Z.
return {
  id = "air_conditioner",
  names = {"air conditioner", "ac unit", "window air conditioner", "air con", "aircon", "a/c unit",
           "air conditioning unit", "window ac", "window unit", "window ac unit", "air conditioning",
           "air conditioner unit", "room air conditioner", "airconditioner", "air condition", "air conditoner",
           "air conditionner"},
  lvis = {"air_conditioner"},
  family = "household",
  size_mm = 380,
  description = "A window air conditioner with a louvred front grille and a control panel",
  params = {louvre = {22, 34}},
  parts = {
    {"body", "plastic", color = "#ecebe5", role = "primary", names = {"body", "case", "casing", "housing", "cabinet", "fascia"}},
    {"grille", "plastic", color = "#b9bbb8", role = "secondary", names = {"grille", "grill", "louvres", "louvers", "vents", "vent", "slats", "flap", "fan grille"}},
    {"panel", "plastic", color = "#3a3d42", role = "detail", names = {"panel", "control panel", "knobs", "knob", "buttons", "controls", "fan"}},
    {"display", "gloss", color = "#4fd0e8", role = "detail", glows = true, names = {"display", "screen", "light", "led"}},
    {"dark", "plastic", color = "#2a2c30", role = "fixed"},
  },
  variants = {
    split = {names = {"wall split unit", "split air conditioner", "split ac", "wall air conditioner", "wall ac",
                      "mini split", "ductless air conditioner", "indoor ac unit", "wall mounted air conditioner",
                      "split unit", "split system air conditioner", "wall mounted ac"},
             size_mm = 300},
    outdoor = {names = {"outdoor ac unit", "ac condenser", "condenser unit", "outdoor unit", "air conditioner outdoor unit",
                        "heat pump", "outdoor air conditioner", "ac compressor", "condensing unit", "outside ac unit"},
               size_mm = 560},
  },
  points = {"top"},
  build = function(k)
    if k.variant == "split" then
      -- A long rounded head, deeper at the top, with a flap hanging open.
      local W, H, D = 840, 290, 220
      -- (the bevel grows the outline by its radius, so the outline is drawn that much inside)
      local b = 16
      local prof = extrude({{-D / 2 + b, 40 + b}, {D / 2 - 30, 40 + b}, {D / 2 - b, 90}, {D / 2 - 6 - b, H - 30},
                            {D / 2 - 40, H - b}, {-D / 2 + b, H - b}}, W - 2 * b, b)
      local body = prof
      -- the air outlet under the front, a dark slot, and the flap in it
      body = subtract(body, box(80, 46, W - 100, 10):move(D / 2 - 30, 52, 0))
      local slot = box(70, 34, W - 100, 6):move(D / 2 - 50, 56, 0)
      local flap = box(90, 8, W - 120, 3):move(45, 0, 0):rotz(-28):move(D / 2 - 50, 40, 0)
      -- a grille of slots along the top
      local grille = empty()
      for i = 0, 5 do
        grille = grille + box(12, 6, W - 120, 2):move(-D / 2 + 30 + i * 22, H - 1, 0)
      end
      -- the front seam and the little display at the right end
      -- the front panel's seam: a shallow groove across the face
      body = subtract(body, box(12, 5, W + 40):move(D / 2 - 1, 112, 0))
      local disp = box(10, 20, 70, 2):move(D / 2 - 2, 160, -W / 2 + 120)
      local leds = box(8, 7, 9, 1):move(D / 2 - 1, 140, -W / 2 + 100) + box(8, 7, 9, 1):move(D / 2 - 1, 140, -W / 2 + 122)
      k.attach("top", {0, H, 0}, D * 0.8)
      return union(body:part("body"), slot:part("dark"), flap:part("grille"), grille:part("grille"),
                   disp:part("display"), leds:part("display"))
    end

    if k.variant == "outdoor" then
      -- The condenser: a steel box on two rails, a round fan grille taking up
      -- most of the front, side louvres and a service panel.
      local W, H, D = 820, 560, 300
      local y0 = 30
      local body = box(D, H, W, 10):move(0, y0 + H / 2, 0)
      local rails = box(D + 40, y0 + 2, 50, 4):move(0, (y0 + 2) / 2, W / 2 - 80)
        + box(D + 40, y0 + 2, 50, 4):move(0, (y0 + 2) / 2, -W / 2 + 80)
      local fz, fy, R = W / 2 - 280, y0 + H / 2, 220
      local function front(s) return s:rotz(-90):move(D / 2, fy, fz) end
      body = subtract(body, front(cylinder(R, 60):move(0, -40, 0)))
      local fan = front(cylinder(R, 10):move(0, -36, 0)) + front(cylinder(50, 40):move(0, -36, 0))
      local blade = leaf(R - 20, 110, 8, 0):rotx(90):roty(20):move(0, -14, 0)
      fan = fan + front(radial(blade, 3))
      local grille = empty()
      for i = 1, 6 do grille = grille + front(torus(R * i / 6.2, 3.5):move(0, 4, 0)) end
      grille = grille + front(torus(R, 8):move(0, 2, 0))
      for i = 0, 7 do grille = grille + front(box(2 * R, 6, 6, 2):move(0, 4, 0):roty(i * 22.5)) end
      grille = grille + front(cylinder(30, 10, 3):move(0, 2, 0))
      -- louvres on the front right and the service panel
      local louv = empty()
      for i = 0, 13 do
        louv = louv + box(8, 10, 150, 2):rotz(-30):move(D / 2, y0 + 60 + i * 32, -W / 2 + 110)
      end
      local svc = box(8, 140, 120, 4):move(D / 2, y0 + H - 90, -W / 2 + 110)
      k.attach("top", {0, y0 + H, 0}, math.min(W, D) * 0.8)
      return union(body:part("body"), rails:part("panel"), fan:part("dark"), grille:part("grille"),
                   louv:part("grille"), svc:part("body"))
    end

    -- The window unit.
    local W, H, D = 620, 400, 500
    local body = box(D, H, W, 12):move(0, H / 2, 0)
    -- stamped vent slits down each side of the metal back half
    local slits = array(box(150, 10, 30, 4), 9, 0, 34, 0):move(-D / 4 + 10, 54, 0)
    body = subtract(body, slits:move(0, 0, W / 2), slits:move(0, 0, -W / 2))
    -- the plastic fascia on the front
    local fx = D / 2
    local fascia = box(36, H + 8, W + 12, 10):move(fx + 10, H / 2, 0)
    local gz0, gz1 = W / 2 - 24, -W / 2 + 130     -- the grille's span across (left to right)
    local gw, gc = gz0 - gz1, (gz0 + gz1) / 2
    -- outlet band across the top: a dark recess with angled louvres
    local oy0, oy1 = H - 150, H - 28
    fascia = subtract(fascia, box(40, oy1 - oy0, gw, 4):move(fx + 28, (oy0 + oy1) / 2, gc))
    local back = box(10, oy1 - oy0, gw, 2):move(fx + 12, (oy0 + oy1) / 2, gc)
    local louv = empty()
    local n = 5
    for i = 0, n - 1 do
      local y = oy0 + (i + 0.5) * (oy1 - oy0) / n
      louv = louv + box(34, 6, gw - 2, 2):rotz(k.p.louvre):move(fx + 16, y, gc)
    end
    -- a middle vertical divider to hold the louvres
    louv = louv + box(30, oy1 - oy0, 8, 2):move(fx + 14, (oy0 + oy1) / 2, gc)
    -- intake grille below: horizontal slots
    local iy0, iy1 = 30, H - 180
    local slots = array(box(40, 10, gw, 4), 8, 0, (iy1 - iy0) / 8, 0):move(fx + 30, iy0 + (iy1 - iy0) / 16, gc)
    fascia = subtract(fascia, slots)
    local inner = box(10, iy1 - iy0, gw, 2):move(fx + 12, (iy0 + iy1) / 2, gc)
    -- the control panel down the right side
    local pz = -W / 2 + 66
    local panel = box(8, H - 70, 96, 4):move(fx + 28, H / 2, pz)
    local knobs = empty()
    for _, y in ipairs({H - 90, H - 190}) do
      knobs = knobs + cylinder(26, 18, 4):rotz(-90):move(fx + 30, y, pz) + box(8, 34, 10, 2):move(fx + 48, y, pz)
    end
    local disp = box(6, 28, 60, 2):move(fx + 31, 80, pz)
    k.attach("top", {0, H, 0}, math.min(W, D) * 0.8)
    return union(body:part("body"), fascia:part("body"), (back + inner):part("dark"), louv:part("grille"),
                 panel:part("body"), knobs:part("panel"), disp:part("display"))
  end,
}
