-- A classic desk telephone: a rounded body sloping up from the front, a
-- round finger dial (a wheel with a ring of finger holes over a white number
-- plate, a white centre and a finger stop) on the front slope, two cradle
-- horns on top holding the handset crosswise (ear cup on the left, mouth cup
-- on the right joined by a curved grip), and a coiled cord from the
-- mouthpiece end down into the side of the body. The push-button phone has a
-- keypad of twelve buttons in place of the dial. Faces +X.
local S = use("shapes")

return {
  id = "telephone",
  names = {"telephone", "phone", "landline phone", "home phone", "desk telephone", "corded phone",
           "telephone set", "house phone", "land line phone", "telephon", "telefone"},
  lvis = {"telephone"},
  family = "household",
  size_mm = 150,
  description = "A classic desk telephone with a rotary dial, a handset on its cradle and a coiled cord",
  params = {cord = {-10, 10}},
  parts = {
    {"body", "plastic", color = "#161618", role = "primary",
     names = {"body", "case", "base", "handset", "receiver", "cradle", "wheel", "finger wheel"}},
    {"dial", "plastic", color = "#f4f2ea", role = "secondary", names = {"dial", "number plate", "numbers", "face"}},
    {"cord", "plastic", color = "#1c1c1e", role = "detail", names = {"cord", "wire", "cable", "coiled cord"}},
    {"stop", "steel", color = "#c8ccd2", role = "detail", names = {"finger stop", "stop", "trim"}},
    {"keys", "plastic", color = "#f4f2ea", role = "detail", names = {"keys", "buttons", "keypad", "push buttons"}},
  },
  variants = {
    rotary = {names = {"rotary phone", "rotary telephone", "dial phone", "dial telephone", "old phone", "vintage phone",
                       "retro phone", "antique phone", "old telephone", "vintage telephone", "retro telephone",
                       "rotary dial phone"}},
    push_button = {names = {"landline", "desk phone", "push button phone", "push button telephone", "office phone",
                            "touch tone phone", "keypad phone", "button phone"},
                   colors = {body = "#e8e4da", dial = "#d8d4ca", keys = "#3a3a3e", cord = "#d8d4ca"}},
  },
  points = {"top"},
  build = function(k)
    local W = 184 -- width across (Z)
    -- Body in side view: a low lip at the front, the long dial slope, a flat
    -- top and a rounded back.
    -- (extrude's bevel grows an outline by the bevel, so these are inset)
    local bv = 16
    local side = extrude({{94, bv}, {94, 26}, {6, 84}, {-62, 88}, {-90, 78}, {-96, 56}, {-96, bv}}, W, bv)
    -- In front view the sides lean in towards the top.
    local front = extrude({{-W / 2 + 20, 20}, {W / 2 - 20, 20}, {W / 2 - 30, 86}, {-W / 2 + 30, 86}}, 300, 20):roty(90)
    local body = intersect(side, front)
    -- Cradle horns at both ends of the top, blended into the body, then
    -- saddled to take the cups; a shallow well across the top between them.
    -- (the cuts come after the blend: a cut surface's far side is not a true
    -- distance, and blending it in left stray slivers in the well)
    local horns, cuts = empty(), box(60, 30, 96, 10):move(-36, 112, 0)
    for _, s in ipairs({-1, 1}) do
      horns = horns + box(70, 34, 40, 14):move(-34, 102, s * 70)
      cuts = cuts + cylinder(30, 60):rotz(90):move(-4, 148, s * 72)
    end
    body = subtract(smooth(6, body, horns), cuts)
    -- The front slope plane: centre of the dial and its normal.
    local a, b = {94, 26}, {6, 84}
    local nx, ny = b[2] - a[2], a[1] - b[1]
    local nl = math.sqrt(nx * nx + ny * ny)
    nx, ny = nx / nl, ny / nl
    local cx, cy = (a[1] + b[1]) / 2 + nx * bv, (a[2] + b[2]) / 2 + ny * bv
    local nrm = {nx, ny, 0}
    local function on_slope(shape, lift)
      return shape:aim(nrm, {cx + nx * lift, cy + ny * lift, 0})
    end
    local dial_parts, stop, keys = empty(), empty(), empty()
    if k.variant == "push_button" then
      -- A raised panel with a 3 x 4 grid of square buttons.
      local panel = box(86, 6, 70, 4):move(0, 1, 0)
      local btn = box(15, 7, 15, 3)
      local grid = {}
      for r = 0, 3 do
        for c = 0, 2 do
          grid[#grid + 1] = btn:move(30 - r * 20, 5, -20 + c * 20)
        end
      end
      dial_parts = on_slope(panel, 0)
      keys = on_slope(union(grid), 0)
    else
      -- Number plate (white) under a finger wheel with ten holes, a white
      -- centre card, and a bright finger stop at the lower right.
      local R = 50
      local plate = cylinder(R - 3, 5):move(0, -1, 0)
      local wheel = cylinder(R, 5, 1.5):move(0, 3, 0)
      local holes = {}
      for i = 0, 9 do
        local ang = math.rad(40 + i * 30)
        holes[#holes + 1] = cylinder(7.8, 10):move(math.cos(ang) * 35, 2, math.sin(ang) * 35)
      end
      wheel = subtract(wheel, union(holes)) + torus(R - 1, 1.6):move(0, 7.5, 0)
      local centre = cylinder(18, 9.5, 1.5)
      dial_parts = on_slope(plate + centre, 0)
      body = body + on_slope(wheel, 0)
      local sa = math.rad(5)
      stop = on_slope(limb({math.cos(sa) * (R - 6), 6, math.sin(sa) * (R - 6)},
                           {math.cos(sa) * (R + 3), 13, math.sin(sa) * (R + 3)}, 2.6, 2.2), 0)
    end
    -- The handset lies crosswise on the horns: ear cup at -Z, mouth cup at +Z.
    local hx = -34
    local hy = 120
    local cup = lathe({{24, 0}, {33, 3}, {34, 12}, {28, 22}, {15, 30}})
    local grip = tube({{hx, hy + 14, -96}, {hx, hy + 32, -70}, {hx, hy + 36, 0}, {hx, hy + 32, 70}, {hx, hy + 14, 96}}, 12)
      :stretch(1.15, 1, 1)
    local handset = smooth(5, grip, cup:move(hx, hy, -80), cup:move(hx, hy, 80))
    -- Coiled cord: rings threaded on a core from under the mouth cup, looping
    -- down the +Z side into the body.
    local cs = k.p.cord
    local ctrl = {{hx, hy + 6, 104}, {hx + 14, hy - 30, 122 + cs * 0.5}, {hx + 20 + cs, 60, 132},
                         {hx - 4 + cs, 22, 134}, {-78, 18, 116}, {-90, 26, W / 2 - 14}}
    local path = spline(ctrl, 8)
    -- Rings are spaced along the core, closer where it bends so that their
    -- outer edges never part (a hairline slot between two rings pinches off
    -- at fine resolution), each square to the curve. The core fills the
    -- little tunnel left between neighbouring rings under their overlap.
    local n = #path
    local arc, dirs = {0}, {}
    for i = 1, n - 1 do
      local d = S.sub(path[i + 1], path[i])
      arc[i + 1] = arc[i] + S.len(d)
      dirs[i] = S.norm(d)
    end
    local function tangent(i, f)
      local a = dirs[math.max(i - 1, 1)]
      local b = dirs[i]
      local c = dirs[math.min(i + 1, n - 1)]
      -- blend towards the neighbouring span near each end of this one
      local w0 = math.max(0, 0.5 - f)
      local w1 = math.max(0, f - 0.5)
      return S.norm(S.add(S.add(S.mul(a, w0), S.mul(b, 1 - w0 - w1)), S.mul(c, w1)))
    end
    local function bend(i)
      if i <= 1 or i >= n - 1 then return 0 end
      local a, b = dirs[i - 1], dirs[i]
      local dot = math.max(-1, math.min(1, a[1] * b[1] + a[2] * b[2] + a[3] * b[3]))
      return math.acos(dot) / math.max(1e-6, 0.5 * (arc[i + 1] - arc[i - 1]))
    end
    local rings = {}
    local s, i = 4.2, 1
    while s < arc[n] do
      while i < n - 1 and arc[i + 1] < s do i = i + 1 end
      local f = (s - arc[i]) / math.max(1e-6, arc[i + 1] - arc[i])
      local at = S.lerp(path[i], path[i + 1], f)
      rings[#rings + 1] = torus(6.2, 2.5):aim(tangent(i, f), at)
      local kappa = math.max(bend(i), bend(i + 1))
      s = s + 4.2 / (1 + 8.7 * kappa)
    end
    local cord = tube(ctrl, 5.4) + union(rings)
    k.attach("top", {hx, hy + 54, 0}, 100)
    local shape = union(body:part("body"), handset:part("body"), dial_parts:part("dial"), stop:part("stop"),
                        keys:part("keys"), cord:part("cord"))
    return shape:roty(-18)
  end,
}
