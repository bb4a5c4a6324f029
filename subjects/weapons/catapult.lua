-- A siege catapult (mangonel): a long wooden frame on four wheels, a twisted
-- rope bundle across it at the back as the pivot, and from it a long
-- throwing arm rising forward to rest against a padded crossbar held up on
-- braced uprights, a cup at its top end; iron tyres, hubs and bands.
-- The trebuchet stands a tall A-frame on each side of a long base, a beam
-- pivoting between their tops: the long arm drawn down to the back with its
-- sling lying on the base, the short arm raised at the front with a
-- counterweight box hanging from it. Both face +X.
return {
  id = "catapult",
  names = {"catapult", "mangonel", "siege catapult", "medieval catapult", "wooden catapult", "onager",
           "catapault", "siege weapon catapult"},
  lvis = {},
  family = "weapons",
  size_mm = 3000,
  description = "A wooden siege catapult on wheels",
  params = {lean = {-3, 3}, cup = {26, 32}},
  parts = {
    {"frame", "wood", color = "#8a5a32", role = "primary", names = {"frame", "wood", "base", "body", "timber", "beams"}},
    {"arm", "wood", color = "#a26c3c", role = "primary", names = {"arm", "throwing arm", "beam", "crossbar"}},
    {"wheels", "wood", color = "#6a4226", role = "secondary", names = {"wheels", "wheel"}},
    {"fittings", "iron", color = "#3a3a3e", role = "detail", names = {"fittings", "iron", "metal", "bands", "tyres", "tires", "hubs"}},
    {"bucket", "wood", color = "#7a4c2a", role = "detail", names = {"bucket", "cup", "basket", "spoon"}},
    {"rope", "fabric", color = "#c8b07a", role = "detail", names = {"rope", "ropes", "sling", "twist"}},
    {"weight", "wood", color = "#6e4828", role = "detail", names = {"counterweight", "weight", "box"}},
  },
  variants = {
    trebuchet = {names = {"trebuchet", "counterweight trebuchet", "trebuchet catapult", "trebuche", "trebouchet"},
                 size_mm = 8000},
  },
  points = {"top"},
  build = function(k)
    local frame, arm, wheels, iron, bucket, rope, weight = {}, {}, {}, {}, {}, {}, {}
    local function plank(a, b, w)           -- a square beam between two points
      local d = {b[1] - a[1], b[2] - a[2], b[3] - a[3]}
      local l = math.sqrt(d[1] ^ 2 + d[2] ^ 2 + d[3] ^ 2)
      return box(w, l + w * 0.5, w, w * 0.12):move(0, l / 2, 0):aim(d, a)
    end
    if k.variant == "trebuchet" then
      local BL, W, T = 430, 46, 14          -- base length, half width, beam size
      for _, s in ipairs({-1, 1}) do
        frame[#frame + 1] = plank({-BL / 2, T / 2, s * W}, {BL / 2, T / 2, s * W}, T)
      end
      for _, x in ipairs({-BL / 2 + 8, -40, 40, BL / 2 - 8}) do
        frame[#frame + 1] = plank({x, T / 2 + 2, -W - 8}, {x, T / 2 + 2, W + 8}, T * 0.9)
      end
      -- the A-frames and the axle at their tops
      local PY = 250
      for _, s in ipairs({-1, 1}) do
        local z = s * (W - 2)
        frame[#frame + 1] = plank({-95, T, z}, {0, PY, z}, 13)
        frame[#frame + 1] = plank({95, T, z}, {0, PY, z}, 13)
        frame[#frame + 1] = plank({-52, 120, z}, {52, 120, z}, 10)
        -- a raking brace out to the side of the base
        frame[#frame + 1] = plank({0, T, s * (W + 34)}, {0, PY * 0.7, z}, 9)
        frame[#frame + 1] = plank({-10, T / 2, s * W}, {10, T / 2, s * (W + 38)}, 12)
      end
      iron[#iron + 1] = cylinder(5, 2 * W + 16):move(0, -(W + 8), 0):rotx(90):move(0, PY, 0)
      -- the beam: long arm down to the back, short arm up at the front
      local a = math.rad(45 + k.p.lean)
      local long, short = 300, 86
      local tail = {-long * math.cos(a), PY - long * math.sin(a), 0}
      local head = {short * math.cos(a), PY + short * math.sin(a), 0}
      arm[#arm + 1] = limb(tail, head, 7, 11.5)
      arm[#arm + 1] = box(26, 30, 24, 4):rotz(math.deg(a)):move(0, PY, 0)
      for _, t in ipairs({0.25, 0.55}) do
        iron[#iron + 1] = torus(8.5, 2.2):rotz(90 - math.deg(a)):move(-long * t * math.cos(a), PY - long * t * math.sin(a), 0)
      end
      -- the counterweight: a box on two hangers under the short arm's end
      local hx, hy = head[1], head[2]
      weight[#weight + 1] = box(74, 66, 56, 4):move(hx, hy - 96, 0)
      iron[#iron + 1] = cylinder(4, 60, 1):move(0, -30, 0):rotx(90):move(hx, hy, 0)
      for _, z in ipairs({-22, 22}) do
        frame[#frame + 1] = plank({hx, hy, z}, {hx, hy - 66, z}, 8)
      end
      for _, yy in ipairs({-72, -120}) do
        iron[#iron + 1] = box(78, 5, 60, 1.5):move(hx, hy + yy, 0)
      end
      -- the sling: two ropes from the tip to a pouch lying in the trough
      local pouch = {tail[1] + 80, T + 10, 0}
      rope[#rope + 1] = polyline({tail, {tail[1] + 36, T + 13, 7}, pouch}, 3.6)
      rope[#rope + 1] = polyline({tail, {tail[1] + 36, T + 13, -7}, pouch}, 3.6)
      bucket[#bucket + 1] = ellipsoid(18, 8, 14):move(pouch[1], pouch[2], pouch[3])
      -- the trough the sling lies in
      frame[#frame + 1] = box(200, 6, 44, 2):move(-BL / 2 + 110, T + 3, 0)
      k.attach("top", {head[1], head[2] + 12, 0}, 60)
    else
      local FL, W, T = 220, 52, 16          -- frame length, half width, beam size
      local WR, WT = 30, 11                 -- wheels
      local FY = WR + 6                     -- frame rails' centre height
      for _, s in ipairs({-1, 1}) do
        frame[#frame + 1] = plank({-FL / 2, FY, s * W}, {FL / 2, FY, s * W}, T)
      end
      for _, x in ipairs({-FL / 2 + 6, FL / 2 - 6, 46}) do
        frame[#frame + 1] = plank({x, FY, -W - 6}, {x, FY, W + 6}, T * 0.85)
      end
      -- wheels on axles under the rails
      for _, x in ipairs({-FL / 2 + 34, FL / 2 - 34}) do
        iron[#iron + 1] = cylinder(4.5, 2 * W + 2 * WT + 16):move(0, -(W + WT + 8), 0):rotx(90):move(x, WR, 0)
        frame[#frame + 1] = plank({x, WR, -W - 4}, {x, FY, -W - 4}, 10)
        frame[#frame + 1] = plank({x, WR, W + 4}, {x, FY, W + 4}, 10)
        for _, s in ipairs({-1, 1}) do
          local z = s * (W + WT / 2 + 12)
          local w = cylinder(WR - 3, WT, 2):move(0, -WT / 2, 0):rotx(90)
          wheels[#wheels + 1] = w:move(x, WR, z)
          iron[#iron + 1] = torus(WR - 3, 3.6):rotx(90):move(x, WR, z)
          iron[#iron + 1] = cylinder(7, WT + 9, 2):move(0, -(WT + 9) / 2, 0):rotx(90):move(x, WR, z)
        end
      end
      -- the uprights and the crossbar the arm stops against, braced back
      local ux, CY = 30, 178
      for _, s in ipairs({-1, 1}) do
        local z = s * W
        frame[#frame + 1] = plank({ux, FY, z}, {ux, CY + 8, z}, 14)
        frame[#frame + 1] = plank({ux + 70, FY, z}, {ux, CY - 36, z}, 11)
        frame[#frame + 1] = plank({ux - 62, FY, z}, {ux, CY - 70, z}, 10)
      end
      arm[#arm + 1] = cylinder(8, 2 * W + 16):move(0, -(W + 8), 0):rotx(90):move(ux, CY, 0)
      rope[#rope + 1] = cylinder(11, 44):move(0, -22, 0):rotx(90):move(ux, CY, 0)   -- the pad
      -- the rope-twist bundle across the frame at the back, and its winches
      local px, py = -62, FY + 6
      rope[#rope + 1] = cylinder(13, 2 * W):move(0, -W, 0):rotx(90):move(px, py, 0)
      for i = -3, 3 do
        rope[#rope + 1] = torus(13, 2.6):rotx(90):move(px, py, i * 13)
      end
      for _, s in ipairs({-1, 1}) do
        iron[#iron + 1] = cylinder(17, 8, 2):move(0, -4, 0):rotx(90):move(px, py, s * (W + 10))
        iron[#iron + 1] = plank({px - 22, py, s * (W + 14)}, {px + 22, py, s * (W + 14)}, 6)
      end
      -- the arm from the bundle up past the crossbar; the cup at its top
      local lean = math.rad(k.p.lean)
      local d = {ux - 10 - px, CY - py, 0}
      local dl = math.sqrt(d[1] ^ 2 + d[2] ^ 2)
      local ang = math.atan(d[2], d[1]) + lean
      local dir = {math.cos(ang), math.sin(ang), 0}
      local L = dl + 66
      local tip = {px + dir[1] * L, py + dir[2] * L, 0}
      arm[#arm + 1] = limb({px - dir[1] * 8, py - dir[2] * 8, 0}, tip, 11, 8)
      for _, t in ipairs({0.35, 0.62}) do
        iron[#iron + 1] = torus(10.5, 2.4):rotz(math.deg(ang) - 90):move(px + dir[1] * L * t, py + dir[2] * L * t, 0)
      end
      -- the cup: a bowl at the tip, opening back and up
      local cr = k.p.cup
      local cup = subtract(sphere(cr), sphere(cr - 4):move(0, cr * 0.45, 0), box(cr * 3, cr, cr * 3):move(0, cr * 1.1, 0))
      local back = {-dir[2], dir[1], 0}               -- the arm's back side
      bucket[#bucket + 1] = cup:aim({-dir[2], dir[1], 0},
        {tip[1] - dir[1] * 4 + back[1] * 4, tip[2] - dir[2] * 4 + back[2] * 4, 0})
      iron[#iron + 1] = torus(cr - 0.5, 2.2):aim({-dir[2], dir[1], 0},
        {tip[1] - dir[1] * 4 + back[1] * (4 + cr * 0.3), tip[2] - dir[2] * 4 + back[2] * (4 + cr * 0.3), 0})
      k.attach("top", {tip[1], tip[2] + cr, 0}, cr * 2)
    end
    return union(union(frame):part("frame"), union(arm):part("arm"), union(wheels):part("wheels"),
                 union(iron):part("fittings"), union(bucket):part("bucket"), union(rope):part("rope"),
                 union(weight):part("weight")):roty(60)
  end,
}
