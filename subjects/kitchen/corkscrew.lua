-- A corkscrew lying on the table: a turned wooden T-handle with a steel
-- spiral worm coming out of its middle, tipped so the worm's point rests on
-- the table. A waiter's friend is a slim folding body with the worm swung
-- out and the lever at its end; a winged corkscrew a bell, a rack and two
-- lever arms spread like wings.
local function helix(x0, x1, r, turns, wire)
  -- A spiral along +X from x0 to x1 that tightens into a point at x1.
  -- It starts on the axis, where it leaves the shank, and swings out.
  local pts = {{x0 - 6, 0, 0}}
  local n = math.floor(turns * 10)
  for i = 0, n do
    local t = i / n
    local a = 2 * math.pi * turns * t
    local rr = r
    if i == 0 then rr = r * 0.45 end
    if t > 0.82 then rr = r * (1 - (t - 0.82) / 0.18 * 0.75) end
    pts[#pts + 1] = {x0 + (x1 - x0) * t, math.cos(a) * rr, math.sin(a) * rr}
  end
  return tube(pts, wire, wire * 0.65)
end

return {
  id = "corkscrew",
  names = {"corkscrew", "cork screw", "wine opener", "bottle screw", "wine bottle opener", "cork puller",
           "wine corkscrew", "t handle corkscrew", "corkscrew opener", "wine screw",
           "corck screw", "corkscrew bottle opener"},
  lvis = {"corkscrew"},
  family = "kitchen",
  size_mm = 26,
  description = "A corkscrew with a wooden T-handle and a spiral steel worm",
  params = {worm = {56, 64}, handle = {100, 112}},
  parts = {
    {"handle", "wood", color = "#8a5632", role = "primary", names = {"handle", "grip", "body"}},
    {"worm", "steel", color = "#c4c8ce", role = "secondary", names = {"worm", "screw", "spiral", "helix", "shank"}},
    {"frame", "steel", color = "#b8bcc4", role = "detail", names = {"frame", "arms", "wings", "levers", "bell", "lever"}},
  },
  variants = {
    waiter = {names = {"waiter friend", "waiters friend", "waiter corkscrew", "waiters corkscrew", "wine key",
                       "sommelier knife", "sommelier corkscrew", "waiter knife", "waiters knife", "folding corkscrew"},
              size_mm = 14, colors = {handle = "#2a2226"}},
    winged = {names = {"winged corkscrew", "wing corkscrew", "butterfly corkscrew", "lever corkscrew",
                       "angel corkscrew", "double lever corkscrew"},
              size_mm = 40, colors = {handle = "#1e1e22"}},
  },
  points = {"top"},
  build = function(k)
    local v = k.variant
    local WL = k.p.worm
    if v == "waiter" then
      -- The body along X lying on its broad side (thin along Y), the worm
      -- swung out at a right angle towards +Z from a hinge near one end.
      local L, T = 118, 11
      local outline = {{-L / 2, -6}, {-L / 2 + 8, -8}, {L / 2 - 10, -8}, {L / 2, -5}, {L / 2, 5},
                       {L / 2 - 10, 8}, {-L / 2 + 8, 8}, {-L / 2, 6}, {-L / 2 - 3, 0}}
      local body = extrude(outline, T, 2.5):rotx(-90):move(0, T / 2, 0)
      -- A steel bolster plate round the body's rim and a slot along the top.
      local rim = extrude(outline, 3, 1):rotx(-90):stretch(1.02, 1, 1.12):move(0, 1.5, 0)
      local slot = box(L * 0.62, 4, 4.5, 1.5):move(-6, T, 0)
      body = subtract(body, slot)
      -- Worm: hinge knuckle at x = 20, a short shank then the spiral along +Z.
      local hx = 22
      local knuckle = cylinder(4.5, T - 2, 1):move(hx, 1, 3)
      local shank = limb({hx, T / 2, 3}, {hx, T / 2, 18}, 2.6, 2.2)
      local worm = helix(0, 54, 6, 5, 2.3):roty(-90):move(hx, T / 2, 16)
      -- The two-step lever at the +X end, swung a little open.
      local lever = extrude({{-4, -4}, {34, -4}, {34, -9}, {40, -9}, {44, -4}, {44, 4}, {-4, 4}}, 5, 1.2)
      lever = lever:rotx(-90):roty(162):move(L / 2 - 4, T / 2, -5)
      local knife = extrude({{0, 0}, {34, -1}, {40, 3}, {0, 3}}, 1.6, 0.4):rotx(-90):move(-L / 2 + 6, T + 0.4, -6)
      local shape = body:part("handle") + union(knuckle, lever, knife):part("frame")
        + union(shank, worm):part("worm")
      k.attach("top", {0, T, 0}, 40)
      return shape:roty(-20)
    end
    if v == "winged" then
      -- Built standing (axis along Y, worm down), then laid on its side with
      -- the arms spread flat.
      local bell = subtract(lathe({{19, 0}, {19, 6}, {17, 30}, {12, 46}, {9, 52}}), cylinder(15, 10):move(0, -4, 0))
      -- Windows in the bell's sides.
      bell = subtract(bell, box(60, 20, 10, 4):move(0, 24, 0))
      local housing = cylinder(10, 40, 2):move(0, 50, 0)
      local bosses = cylinder(8, 34, 2):rotz(90):move(17, 82, 0)
      local rack = cylinder(5, 54):move(0, 88, 0)
      local teeth = {}
      for i = 0, 6 do teeth[#teeth + 1] = torus(5, 1.6):move(0, 96 + i * 6, 0) end
      local arms, tips = {}, {}
      for _, s in ipairs({-1, 1}) do
        local gear = cylinder(10, 7, 1):rotx(90):move(s * 14, 82, 0)
        local arm = tube({{s * 14, 82, 0}, {s * 34, 108, 0}, {s * 56, 136, 0}, {s * 70, 156, 0}}, 6, 5):stretch(1, 1, 0.55)
        arms[#arms + 1] = gear
        arms[#arms + 1] = arm
        tips[#tips + 1] = sphere(8):move(s * 72, 160, 0)
      end
      local knob = union(cylinder(6, 10):move(0, 140, 0), torus(15, 4.5):rotx(90):move(0, 162, 0))
      local worm = helix(0, 78, 8, 5.5, 3.1):rotz(-90):move(0, 10, 0)
      local shank = cylinder(3.4, 20):move(0, 4, 0)
      local frame = union(bell, housing, bosses, rack, union(teeth), union(arms))
      local shape = frame:part("frame") + union(knob, union(tips)):part("handle") + union(worm, shank):part("worm")
      shape = shape:rotx(-90):rotz(0):move(0, 19, 0):roty(125)
      k.attach("top", {0, 38, 0}, 50)
      return shape
    end
    -- T-handle: the bar along Z lies on the table; the worm runs along +X.
    local HL = k.p.handle
    local R = 12
    local handle = lathe({{0, 0}, {7, 0.5}, {9.5, 3}, {10, 8}, {11, HL * 0.3}, {R, HL * 0.5},
                          {11, HL * 0.7}, {10, HL - 8}, {9.5, HL - 3}, {7, HL - 0.5}, {0, HL}})
    -- Turned rings near each end.
    for _, y in ipairs({13, HL - 13}) do handle = subtract(handle, torus(10.6, 1.1):move(0, y, 0)) end
    handle = handle:rotx(90)
    local hb = handle:bounds()
    handle = handle:move(0, 0, -(hb.min[3] + hb.max[3]) / 2)
    local ferrule = cylinder(6.5, 8, 1.5):rotz(-90):move(R - 3, 0, 0)
    local shank = limb({R - 2, 0, 0}, {R + 16, 0, 0}, 2.8, 2.4)
    local worm = helix(R + 12, R + 12 + WL, 5.6, 5.2, 2.0)
    local shape = handle:part("handle") + ferrule:part("frame") + union(shank, worm):part("worm")
    -- Tip it so the worm's point rests on the table beside the handle.
    local reach = R + 12 + WL
    local tilt = math.deg(math.asin((R - 2.5) / reach))
    shape = shape:rotz(-tilt):move(0, R, 0)
    k.attach("top", {0, 2 * R, 0}, 30)
    return shape:roty(12)
  end,
}
