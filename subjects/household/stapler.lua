-- A desk stapler: a long low base with a steel anvil plate, a hinge block at
-- the back, and the top arm (a domed cap over a steel staple channel) tipped
-- up a little about the hinge, its rounded nose dipping towards the anvil; a
-- steel strip runs along the top of the cap.
local function rounded_outline(x0, x1, w, r_back, n)
  -- A top-view outline from x0 (back) to x1 (front), half-width w, a
  -- semicircular nose and the back corners rounded with r_back.
  local pts = {}
  n = n or 8
  for i = 0, n * 2 do
    local a = -math.pi * 0.5 + math.pi * i / (n * 2)
    pts[#pts + 1] = {x1 - w + math.cos(a) * w, math.sin(a) * w}
  end
  for i = 0, n do
    local a = math.pi * 0.5 + math.pi * 0.5 * i / n
    pts[#pts + 1] = {x0 + r_back + math.cos(a) * r_back, (w - r_back) + math.sin(a) * r_back}
  end
  for i = 0, n do
    local a = math.pi + math.pi * 0.5 * i / n
    pts[#pts + 1] = {x0 + r_back + math.cos(a) * r_back, -(w - r_back) + math.sin(a) * r_back}
  end
  return pts
end

local function plan(outline, height, y0, bevel)
  -- An outline in the XZ plane (top view), `height` tall, its bottom at y0.
  return extrude(outline, height, bevel or 0):rotx(90):move(0, y0 + height * 0.5, 0)
end

return {
  id = "stapler",
  names = {"stapler", "desk stapler", "office stapler", "paper stapler", "stapling machine"},
  lvis = {"stapler_(stapling_machine)"},
  family = "household",
  size_mm = 55,
  description = "A desk stapler",
  params = {open = {3, 6}},
  parts = {
    {"cap", "plastic", color = "#1c1c20", role = "primary", names = {"cap", "top", "arm", "body", "cover", "handle"}},
    {"base", "plastic", color = "#202024", role = "secondary", names = {"base", "bottom", "hinge"}},
    {"trim", "steel", color = "#c6cad0", role = "detail", names = {"strip", "plate", "anvil", "magazine", "channel", "trim", "pin"}},
  },
  points = {"top"},
  build = function(k)
    local L0, L1 = -78, 76       -- base from the back to the nose
    local W = 20                 -- base half-width
    local bh = 9                 -- base height
    -- Base: long and low, rounded nose, rubbery sides.
    local base_o = rounded_outline(L0, L1, W, 6, 6)
    local base = plan(base_o, bh, 0, 2.5)
    -- Steel plate along the top of the base with the anvil at the front.
    local plate_o = rounded_outline(L0 + 40, L1 - 4, W - 5, 3, 6)
    local plate = plan(plate_o, 2.4, bh - 0.6, 0.6)
    local anvil = box(20, 1.2, 12, 0.4):move(L1 - 20, bh + 1.2, 0)
    -- Hinge block at the back.
    local pin = {L0 + 12, 27, 0}
    local hinge = box(22, pin[2] - bh + 4, 30, 4):move(pin[1], bh + (pin[2] - bh + 4) * 0.5 - 1, 0)
    local pin_s = cylinder(4.2, 33):rotx(90):move(pin[1], pin[2], -16.5)

    -- The arm, built about the hinge pin at the origin, nose towards +X.
    local len = L1 - pin[1] + 2
    local capw = 17                                   -- cap half-width
    -- Side profile of the cap: flat underside, domed top, rounded nose dipping down.
    local prof = {{-14, -1}, {-14, 8}, {-8, 13.5}, {10, 16.5}, {len * 0.45, 17.5}, {len - 14, 16}, {len - 4, 11},
                  {len, 3}, {len - 1, -9}, {len - 7, -9}, {len - 9, 0}, {len - 20, 2}, {0, 2}, {-8, -1}}
    local cap = extrude(prof, capw * 2, 2)
    cap = intersect(cap, plan(rounded_outline(-15, len + 1, capw, 8, 6), 60, -30, 0))
    -- A domed cross-section: narrower over the top than at the bottom.
    cap = intersect(cap, limb({-40, 0, 0}, {len + 40, 0, 0}, 1):stretch(1, 21, capw * 1.06))
    -- Staple channel under the cap.
    local chan = box(len - 14, 10, 22, 1.2):move((len - 14) * 0.5 - 6, -3, 0)
    local chan_end = box(4, 10, 22, 1):move(len - 8, -4, 0)
    -- Steel strip along the top of the cap, over the nose.
    local top = {{-9, 12}, {-4, 14.8}, {10, 16.4}, {len * 0.45, 17.4}, {len - 16, 16}, {len - 7, 13}, {len - 2.5, 8}}
    local band = {}
    for i, p in ipairs(top) do band[i] = {p[1], (p[2] + 2.8) * 2, 0} end
    local strip = tube(band, 3.2):stretch(1, 0.5, 1.6)
    local arm = union(cap:part("cap"), union(chan, chan_end, strip):part("trim"))
    -- A hinge lug joining the arm to the pin.
    arm = arm + box(20, 14, 26, 3):move(-2, 2, 0):part("base")
    arm = arm:rotz(k.p.open):move(pin[1], pin[2], pin[3])

    k.attach("top", {0, 50, 0}, 40)
    return union(base:part("base"), hinge:part("base"), union(plate, anvil, pin_s):part("trim"), arm)
  end,
}
