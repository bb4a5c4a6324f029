-- A handheld pencil sharpener lying on the table: a small rounded block
-- with a conical hole in one end, a steel blade screwed over the slot on
-- its top, and a yellow pencil pushed into the hole. A crank sharpener is a
-- desk box with a hole in its front, a crank handle on its side and a
-- shavings drawer.
local function pencil(L)
  -- A hexagonal yellow pencil along -X from x = 0, its sharpened wooden
  -- cone pointing +X (into the hole), eraser at the far end.
  local hex = {}
  for i = 0, 5 do
    local a = math.pi / 3 * i + math.pi / 6
    hex[#hex + 1] = {4.2 * math.cos(a), 4.2 * math.sin(a)}
  end
  local body = extrude(hex, L - 22, 0.4):roty(90):move(-(L - 22) / 2 - 2, 0, 0)
  local cone_ = cone(4.3, 0.8, 16):rotz(-90):move(-4, 0, 0)
  local ferrule = cylinder(4.1, 11):rotz(90):move(-L + 20, 0, 0)
  ferrule = union(ferrule, torus(4.1, 0.6):rotz(90):move(-L + 12, 0, 0), torus(4.1, 0.6):rotz(90):move(-L + 17, 0, 0))
  local eraser = cylinder(3.8, 10, 1.5):rotz(90):move(-L + 10, 0, 0)
  return body, cone_, ferrule, eraser
end

return {
  id = "pencil_sharpener",
  names = {"pencil sharpener", "sharpener", "handheld sharpener", "hand sharpener", "pocket sharpener",
           "manual pencil sharpener", "pencil sharpner", "sharpner"},
  lvis = {"pencil_sharpener", "sharpener"},
  family = "household",
  size_mm = 13,
  description = "A small pencil sharpener with a pencil in it",
  params = {pencil = {118, 138}},
  parts = {
    {"body", "plastic", color = "#d8322c", role = "primary", names = {"body", "block", "case", "box"}},
    {"blade", "steel", color = "#9aa0a8", role = "secondary", names = {"blade", "screw", "crank", "handle"}},
    {"pencil", "paint", color = "#f4c21a", role = "detail", names = {"pencil"}},
    {"tip", "wood", color = "#e8c08a", role = "detail", names = {"tip", "point"}},
    {"ferrule", "brass", color = "#c8b070", role = "detail", names = {"ferrule", "band"}},
    {"eraser", "rubber", color = "#f08a9a", role = "detail", names = {"eraser"}},
    {"knob", "wood", color = "#6a3c22", role = "detail", names = {"knob", "grip"}},
    {"drawer", "plastic", color = "#2a2a30", role = "detail", names = {"drawer", "tray", "dial"}},
  },
  variants = {
    crank = {names = {"crank sharpener", "crank pencil sharpener", "desk sharpener", "rotary sharpener",
                      "rotary pencil sharpener", "hand crank sharpener", "classroom sharpener",
                      "wall sharpener"},
             size_mm = 95, colors = {body = "#9aa0a8"}},
  },
  points = {"top"},
  build = function(k)
    local PL = k.p.pencil
    if k.variant == "crank" then
      -- The box along X (front at +X), the crank on the +Z side.
      local BL, BH, BW = 112, 86, 66
      local body = box(BL, BH, BW, 10):move(0, BH / 2 + 4, 0)
      -- A little plinth it stands on and a drawer at the bottom front.
      local plinth = box(BL + 8, 6, BW + 8, 2.5):move(0, 3, 0)
      local drawer = box(BL * 0.72, BH * 0.3, BW + 2, 4):move(4, 4 + BH * 0.2, 0)
      local pull = box(4, 8, 28, 2):move(BL / 2 + 1, 4 + BH * 0.2, 0)
      -- The round selector dial on the front with the pencil hole.
      local hy = BH * 0.66 + 4
      local dial = cylinder(22, 8, 3):rotz(-90):move(BL / 2 - 2, hy, 0)
      local bezel = torus(21, 2.5):rotz(90):move(BL / 2 + 5, hy, 0)
      local hole = cone(4.8, 0.5, 30):rotz(90):move(BL / 2 + 8, hy, 0)
      body = subtract(union(body, dial, bezel), hole)
      -- The crank: a hub on the side, an arm swinging down and back, a knob.
      local hub = cylinder(10, 14, 2):rotx(90):move(-6, hy, BW / 2 - 2)
      local arm = polyline({{-6, hy, BW / 2 + 7}, {-6, hy, BW / 2 + 12}, {-28, hy - 40, BW / 2 + 12}}, 4)
      local arm2 = box(10, 50, 5, 2):rotz(-28.8):move(-17, hy - 20, BW / 2 + 12)
      local knob = lathe({{0, 0}, {6, 0.5}, {8, 6}, {7, 18}, {8.5, 26}, {6, 30}, {0, 31}}):rotx(90):move(-28, hy - 40, BW / 2 + 12)
      local b, cone_, ferrule, eraser = pencil(PL)
      local shift = BL / 2 + 4
      local p = {b, cone_, ferrule, eraser}
      for i = 1, 4 do p[i] = p[i]:roty(180):move(shift, hy, 0) end
      local shape = union(body, plinth):part("body") + union(drawer, pull):part("drawer")
        + union(hub, arm, arm2):part("blade") + knob:part("knob")
        + p[1]:part("pencil") + p[2]:part("tip") + p[3]:part("ferrule") + p[4]:part("eraser")
      k.attach("top", {0, BH + 4, 0}, BW)
      return shape:roty(-15)
    end
    -- The block along X, the hole opening at x = 0 towards -X.
    local BL, BH, BW = 26, 13, 17
    local hy = 6.5
    local body = box(BL, BH, BW, 2.2):move(BL / 2, BH / 2, 0)
    -- Grip grooves along the sides.
    for _, s in ipairs({-1, 1}) do
      body = subtract(body, box(14, 1.6, 3, 0.8):move(BL * 0.55, 4.5, s * (BW / 2 + 0.6)))
      body = subtract(body, box(14, 1.6, 3, 0.8):move(BL * 0.55, 8.5, s * (BW / 2 + 0.6)))
    end
    -- The conical hole, a bevel at its mouth, and the shavings slot on top.
    local hole = cone(5.2, 0.6, 24):rotz(-90):move(-1, hy, 0)
    local bevel = cone(7.5, 4.2, 3):rotz(-90):move(-1.5, hy, 0)
    local slot = box(17, 8, 3, 1):move(BL * 0.45, BH, -4.5)
    body = subtract(body, union(hole, bevel, slot))
    -- The blade plate on top, its edge along the slot, and its screw.
    local blade = box(21, 1.2, 11, 0.3):move(BL * 0.45, BH + 0.5, 2.6)
    local screw = cylinder(2.8, 1.6, 0.5):move(BL * 0.45, BH + 0.8, 3.5)
    screw = subtract(screw, box(6, 1, 0.9):move(BL * 0.45, BH + 2.4, 3.5))
    local b, cone_, ferrule, eraser = pencil(PL)
    local function put(s) return s:move(3, hy, 0) end
    local shape = body:part("body") + union(blade, screw):part("blade")
      + put(b):part("pencil") + put(cone_):part("tip") + put(ferrule):part("ferrule") + put(eraser):part("eraser")
    -- The pencil's far end sinks to rest on the table.
    local tilt = math.deg(math.atan((hy - 4.3) / PL))
    shape = shape:rotz(-tilt):move(-(BL - PL) * 0.5 + 0, 0, 0)
    k.attach("top", {BL / 2, BH + 1, 0}, BW)
    return shape:roty(-35)
  end,
}
