-- A bathroom scale: a flat rounded square platform on little feet, a
-- ribbed rubber mat over the back of the top where the feet go, and at the
-- front a round dial window in a chrome bezel showing a white dial with
-- tick marks and a red needle. The digital scale is a thin black glass
-- platform with a small glowing display at the front. The kitchen scale is
-- the old mechanical kind: a squat body with a big round dial on its front
-- and a steel bowl on a platform on top. Front faces +X.

-- A dial face in the XZ plane, looking up (+Y), centred on the origin.
local function dial_face(r, n)
  local face = cylinder(r, 3)
  local tick = box(r * 0.16, 2.4, math.max(r * 0.035, 1.4)):move(r * 0.78, 2.6, 0)
  local big = box(r * 0.26, 2.4, math.max(r * 0.05, 1.8)):move(r * 0.72, 2.6, 0)
  return face, radial(tick, n) + radial(big, math.floor(n / 5))
end

return {
  id = "bathroom_scale",
  names = {"bathroom scale", "scale", "weighing scale", "weight scale", "body scale", "personal scale",
           "bath scale", "floor scale", "body weight scale", "weighing machine", "bathroom weighing scale",
           "bathroom scales", "analog scale", "analogue scale", "dial scale", "bathroom scael", "weighting scale"},
  lvis = {"scale_(measuring_instrument)"},
  family = "household",
  size_mm = 60,
  description = "A bathroom scale with a round dial window",
  params = {turn = {-40, 40}},
  parts = {
    {"body", "plastic", color = "#f1f1ee", role = "primary", names = {"body", "platform", "base", "case", "housing"}},
    {"mat", "rubber", color = "#4a4d53", role = "secondary", names = {"mat", "pad", "rubber mat", "top", "feet"}},
    {"dial", "paint", color = "#fbfbf7", role = "detail", names = {"dial", "dial face", "face", "display", "screen"}, glows = true},
    {"ticks", "paint", color = "#1d1e22", role = "fixed"},
    {"needle", "paint", color = "#d8262a", role = "detail", names = {"needle", "pointer", "hand"}},
    {"bezel", "steel", color = "#c4c8ce", role = "detail", names = {"bezel", "ring", "chrome", "trim"}},
    {"bowl", "steel", color = "#cfd3d8", role = "detail", names = {"bowl", "pan", "dish", "scale pan"}},
  },
  variants = {
    digital = {names = {"digital scale", "digital bathroom scale", "smart scale", "electronic scale", "glass scale",
                        "digital weighing scale", "digital body scale"},
               size_mm = 30, colors = {body = "#1c1d21"}},
    kitchen = {names = {"kitchen scale", "kitchen scales", "food scale", "baking scale", "cooking scale",
                        "kitchen weighing scale", "scale with a bowl", "mechanical kitchen scale", "postal scale",
                        "kitchen scale with a bowl"},
               size_mm = 230, colors = {body = "#d8e6dc"}},
  },
  points = {"top"},
  build = function(k)
    local ang = k.p.turn
    if k.variant == "kitchen" then
      -- A squat body, wider at the bottom, a dial on the front face and a
      -- bowl on a round platform on top.
      local body = loft({{y = 0, rx = 92, rz = 100}, {y = 8, rx = 96, rz = 104}, {y = 120, rx = 80, rz = 88},
                         {y = 136, rx = 72, rz = 80}})
      body = body * box(300, 134, 300):move(0, 67, 0)
      local dy = 66
      local face, ticks = dial_face(52, 40)
      local function front(s) return s:rotz(-90 + 6):move(87, dy, 0) end
      local bezel = torus(55, 6):rotz(-90 + 6):move(89, dy, 0)
      local needle = box(44, 3, 3.6, 1):move(20, 4, 0):roty(180 + ang * 2)
      local stem = cylinder(20, 12):move(0, 130, 0)
      local plat = cylinder(58, 8, 3):move(0, 138, 0)
      local bowl = vessel({{0, 0}, {40, 0}, {78, 26}, {100, 66}, {104, 84}}, 3, 4):move(0, 146, 0)
      k.attach("top", {0, 150, 0}, 140)
      return union(body:part("body"), front(face):part("dial"), front(ticks):part("ticks"),
                   front(needle):part("needle"), bezel:part("bezel"), (stem + plat):part("bezel"), bowl:part("bowl"))
    end

    local S = 300
    if k.variant == "digital" then
      -- A thin glass platform on four feet with a small display at the front.
      local H = 22
      local plate = box(S, H, S, 10):move(0, 6 + H / 2, 0)
      local feet = empty()
      for _, sx in ipairs({-1, 1}) do
        for _, sz in ipairs({-1, 1}) do
          feet = feet + cylinder(18, 8, 2):move(sx * (S / 2 - 34), 0, sz * (S / 2 - 34))
        end
      end
      local disp = box(34, 2, 80, 1.5):move(S / 2 - 40, 6 + H - 0.6, 0)
      local digits = empty()
      for i = 0, 2 do
        digits = digits + box(14, 1.4, 3, 0.5):move(S / 2 - 40, 6 + H + 0.6, -22 + i * 22)
          + box(3, 1.4, 12, 0.5):move(S / 2 - 40 + 7, 6 + H + 0.6, -22 + i * 22)
      end
      local pads = box(S * 0.5, 1.6, 40, 0.8):move(-30, 6 + H - 0.2, 70)
        + box(S * 0.5, 1.6, 40, 0.8):move(-30, 6 + H - 0.2, -70)
      k.attach("top", {0, 6 + H, 0}, S * 0.6)
      return union(plate:part("body"), feet:part("mat"), disp:part("dial"), digits:part("ticks"), pads:part("bezel"))
    end

    -- The mechanical bathroom scale.
    local H = 46
    local y0 = 6
    local body = box(S, H, S, 16):move(0, y0 + H / 2, 0)
    local top = y0 + H
    local feet = empty()
    for _, sx in ipairs({-1, 1}) do
      for _, sz in ipairs({-1, 1}) do
        feet = feet + cylinder(16, y0 + 4, 2):move(sx * (S / 2 - 34), 0, sz * (S / 2 - 34))
      end
    end
    -- the mat over the back two thirds, ribbed
    local mx, ml = -68, 150
    local mat = box(ml, 5, S - 34, 4):move(mx, top, 0)
    for i = -5, 5 do
      mat = mat + box(ml - 20, 4, 10, 1.5):move(mx, top + 3, i * 22)
    end
    -- the dial window at the front: a bezel round a recessed face
    local dx = S / 2 - 74
    local R = 56
    body = subtract(body, cylinder(R, 20):move(dx, top - 6, 0))
    local face, ticks = dial_face(R - 2, 40)
    face, ticks = face:move(dx, top - 7, 0), ticks:move(dx, top - 7, 0)
    local bezel = torus(R, 5):move(dx, top, 0)
    local needle = box(R * 0.8, 2.4, 3, 0.8):move(R * 0.4 - 6, 0, 0):roty(ang):move(dx, top - 3, 0)
      + cylinder(5, 4, 1):move(dx, top - 5, 0)
    -- a red reading window mark at the back of the dial
    local mark = box(10, 2.4, 3, 0.8):move(dx - R + 8, top - 3, 0)
    k.attach("top", {0, top, 0}, S * 0.6)
    return union(body:part("body"), feet:part("mat"), mat:part("mat"), face:part("dial"), ticks:part("ticks"),
                 needle:part("needle"), mark:part("needle"), bezel:part("bezel"))
  end,
}
