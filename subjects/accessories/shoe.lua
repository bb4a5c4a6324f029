-- A shoe: one shoe seen from the side and front, toe to the right. The
-- default is a white trainer: a cushioned rubber sole with a toe spring and
-- a dark outsole, a padded collar, a tongue, criss-cross laces through metal
-- eyelets tied in a bow, and coloured panels on the heel and sides.
-- Variants: a brown leather lace-up ankle boot on a lug sole with a heel; a
-- tall glossy rubber rain boot; a cowboy boot with a pointed toe, an angled
-- heel, a scalloped shaft with pull straps and decorative stitching; a
-- glossy stiletto pump; a strapped sandal and a flip-flop on flat soles; a
-- fluffy open-backed house slipper; a ballet flat with a bow.
--
-- Every shoe is built on a "last": elliptical sections lofted from heel to
-- toe (half height h(t) above the footbed bed(t), width w(t); t runs 0 at
-- the heel to 1 at the toe) and clipped to the plan outline of the sole.

-- Cosine-eased value of keys {{t, v}, ...} at t.
local function keyed(keys, t)
  if t <= keys[1][1] then return keys[1][2] end
  for i = 2, #keys do
    local a, b = keys[i - 1], keys[i]
    if t <= b[1] then
      local s = (t - a[1]) / math.max(b[1] - a[1], 1e-6)
      s = 0.5 - 0.5 * math.cos(s * math.pi)
      return a[2] + (b[2] - a[2]) * s
    end
  end
  return keys[#keys][2]
end

local function spow(v, e) return (v < 0 and -1 or 1) * math.abs(v) ^ e end

-- The plan outline of a sole of length L (heel at -x, toe at +x) as {x, z}
-- points for extrude: a superellipse whose width follows w(t), squarer
-- (exponent nh) round the heel than round the toe (nt), grown by `grow`.
local function outline(L, w, grow, nt, nh)
  local pts = {}
  local n = 28
  for i = 0, n - 1 do
    local a = 2 * math.pi * i / n
    local c, s = math.cos(a), math.sin(a)
    local e = c >= 0 and 2 / nt or 2 / nh
    local x = L / 2 * spow(c, e)
    local hw = w(x / L + 0.5) / 2
    pts[#pts + 1] = {x + grow * c, hw * spow(s, e) + grow * s}
  end
  return pts
end

-- A vertical prism over a plan outline, from y = -h to y = h.
local function prism(pts, h) return extrude(pts, 2 * h):rotx(90) end

-- A slab across the foot between two side curves lo(t) and hi(t).
local function side_band(L, lo, hi, t0, t1)
  local poly = {}
  local n = 10
  t0, t1 = t0 or -0.04, t1 or 1.04
  for i = 0, n do
    local t = t0 + (t1 - t0) * i / n
    poly[#poly + 1] = {(t - 0.5) * L, lo(t)}
  end
  for i = n, 0, -1 do
    local t = t0 + (t1 - t0) * i / n
    poly[#poly + 1] = {(t - 0.5) * L, hi(t)}
  end
  return extrude(poly, 320)
end

-- The foot of a shoe from a spec {L, w, h, bed, bottom, nt, nh}: the last
-- (clipped above the sole's underside), the sole block under it, a point
-- finder on the last's top and the plan outline.
local function foot(f)
  local L = f.L
  local plan = outline(L, f.w, 0, f.nt, f.nh)
  local sec = {}
  for i = 0, 13 do
    local t = -0.04 + 1.08 * i / 13
    sec[#sec + 1] = {y = (t - 0.5) * L, rx = f.h(t), rz = f.w(t) / 2 + 3, x = -f.bed(t)}
  end
  local body = smooth_int(loft(sec):rotz(-90), prism(plan, 700), f.soft or 10)
  body = intersect(body, side_band(L, function(t) return f.bottom(t) + 3 end, function() return 700 end))
  local splan = outline(L, f.w, f.grow or 3, f.nt, f.nh)
  local sole = intersect(prism(splan, 700), side_band(L, f.bottom, function(t) return f.bed(t) + (f.lip or 4) end))
  -- A point on the top of the last at (x, z), lifted by `up`.
  local function on(x, z, up)
    local t = x / L + 0.5
    local q = z / (f.w(t) / 2 + 3)
    return {x, f.bed(t) + f.h(t) * math.sqrt(math.max(1 - q * q, 0)) + (up or 0), z}
  end
  return body, sole:round(1.5), on, splan
end

-- The dark outsole: the skin of the bottom band of the sole, with lugs notched
-- into its edge when `lugs` is given.
local function outsole(f, sole, splan, depth, lugs)
  local band = intersect(sole:round(1.2),
    side_band(f.L, function(t) return f.bottom(t) - 4 end, function(t) return f.bottom(t) + depth end))
  if lugs then
    local cuts = {}
    for i = 0, lugs - 1 do
      cuts[#cuts + 1] = box(7, 2 * depth, 400):move(-f.L / 2 + f.L * (i + 0.5) / lugs, f.bottom((i + 0.5) / lugs), 0)
    end
    band = subtract(band, intersect(union(cuts), subtract(prism(splan, 700), prism(outline(f.L, f.w, -4, f.nt, f.nh), 700))))
  end
  return band
end

-- Laces criss-crossing along a path of points {x, y} on the centre line of
-- the shoe (toe end first) between two rows of eyelets `lw` either side:
-- each crossing is the skin of `skin` inside a thin slab. `hooks` of the
-- top points get round hooks instead of eyelets.
local function lacing(skin, path, lw, hooks)
  local n = #path
  local function normal(i)
    local a, b = path[math.max(i - 1, 1)], path[math.min(i + 1, n)]
    local tx, ty = b[1] - a[1], b[2] - a[2]
    local l = math.sqrt(tx * tx + ty * ty)
    return {ty / l, -tx / l, 0}
  end
  local bars, eyes, hk = {}, {}, {}
  for i = 1, n - 1 do
    local a, b = path[i], path[i + 1]
    local tx, ty = b[1] - a[1], b[2] - a[2]
    local tl = math.sqrt(tx * tx + ty * ty)
    local len = math.sqrt(tl * tl + 4 * lw * lw)
    local tilt = math.deg(math.atan(tl, 2 * lw))
    local turn = math.deg(math.atan(ty, tx))
    for _, s in ipairs({-1, 1}) do
      bars[#bars + 1] = box(6, 56, len, 2.5):roty(s * tilt):rotz(turn):move((a[1] + b[1]) / 2, (a[2] + b[2]) / 2, 0)
    end
  end
  local t0 = {path[2][1] - path[1][1], path[2][2] - path[1][2]}
  bars[#bars + 1] = box(6, 56, 2 * lw, 2.5):rotz(math.deg(math.atan(t0[2], t0[1]))):move(path[1][1], path[1][2], 0)
  for i = 1, n do
    local nv = normal(i)
    for _, s in ipairs({-1, 1}) do
      local at = {path[i][1], path[i][2], s * (lw + 3)}
      if hooks and i > n - hooks then
        hk[#hk + 1] = sphere(5):move(at[1] + nv[1] * 4, at[2] + nv[2] * 4, s * (lw + 5))
      else
        eyes[#eyes + 1] = cylinder(4.4, 50):move(0, -25, 0):aim(nv, at)
      end
    end
  end
  local laces = intersect(skin:round(3.4), union(bars))
  local ring = intersect(skin:round(1.8), union(eyes))
  if #hk > 0 then ring = ring + union(hk) end
  return laces, ring, normal(n)
end

-- A bow tied at `p` on a surface facing `nrm`: two loops lying on the
-- surface, a knot, and trailing ends (each a list of offsets from p).
local function bow(p, nrm, r, ends)
  local S = use("shapes")
  local side = {0, 0, 1}
  local shape = union(
    torus(r, r * 0.26):stretch(1, 1, 1.25):aim(nrm, S.add(p, S.mul(side, r * 1.2))),
    torus(r, r * 0.26):stretch(1, 1, 1.25):aim(nrm, S.add(p, S.mul(side, -r * 1.2))),
    sphere(r * 0.5):move(p[1], p[2], p[3]))
  for _, e in ipairs(ends or {}) do
    local pts = {p}
    for _, o in ipairs(e) do pts[#pts + 1] = S.add(p, o) end
    shape = shape + tube(pts, r * 0.22)
  end
  return shape
end

-- A vertical shaft (a boot's leg) lofted through sections {y, x, rx, rz}.
local function shaft(rows)
  local sec = {}
  for _, r in ipairs(rows) do sec[#sec + 1] = {y = r[1], x = r[2], rx = r[3], rz = r[4]} end
  return loft(sec)
end

-- The upper of a low-cut shoe (pump, ballet flat): the last made a shell
-- 4.5 mm thick over the footbed, cut away by `cut` (a solid), with its lining.
local function low_cut(f, body, cut)
  local inner = subtract(body, body:shell(9))
  local lining_in = subtract(body, body:shell(5))
  local lip = f.lip or 4
  local above = side_band(f.L, function(t) return f.bed(t) + lip + 5 end, function() return 700 end)
  local cavity = intersect(inner, above)
  cut = intersect(cut, above)
  local lined = intersect(lining_in, side_band(f.L, function(t) return f.bed(t) + lip - 1 end, function() return 700 end))
  local upper = subtract(subtract(body, lined), cut)
  local lining = subtract(subtract(lined, cavity), cut)
  return upper, lining
end

local function build_sneaker(k)
  local f = {L = 280, nt = 2.4, nh = 3}
  f.w = function(t) return keyed({{0, 66}, {0.2, 68}, {0.42, 76}, {0.7, 102}, {0.85, 98}, {1, 84}}, t) end
  f.h = function(t) return keyed({{0, 68}, {0.22, 74}, {0.45, 72}, {0.64, 52}, {0.8, 40}, {0.95, 31}, {1.04, 26}}, t) end
  local spring = function(t) return 16 * math.max(0, (t - 0.7) / 0.3) ^ 2 end
  f.bed = function(t) return 26 - 10 * math.min(t / 0.7, 1) + spring(t) end
  f.bottom = function(t) return spring(t) + 6 * math.max(0, 1 - t / 0.08) ^ 2 end
  local L = f.L
  local body, sole, on, splan = foot(f)

  -- The collar: an opening at the top of the heel, lined inside; the
  -- tongue leans back out of the throat.
  local ox = -0.25 * L
  local hole = ellipsoid(48, 62, 32):rotz(-12):move(ox, f.bed(0.25) + 80, 0)
  local hole_wall = ellipsoid(50.5, 64.5, 34.5):rotz(-12):move(ox, f.bed(0.25) + 80, 0)
  local upper = subtract(body, hole_wall)
  local lining = subtract(intersect(body, hole_wall), hole)
  local tongue = box(8, 50, 44, 4):rotz(34):move(ox + 42, f.bed(0.42) + f.h(0.42) - 6, 0)
  upper = smooth(4, upper, tongue)

  local lw = 19
  local path = {}
  for i = 0, 4 do path[#path + 1] = on(0.13 * L - i * 13, 0, 0) end
  local laces, eyelets, nrm = lacing(body, path, lw)
  laces = subtract(laces, hole_wall)
  local top = path[#path]
  local knot = {top[1], top[2] + 4, 0}
  local tx = top[1]
  local function rel(x, z, up) local q = on(tx + x, z, up) return {q[1] - knot[1], q[2] - knot[2], q[3]} end
  laces = laces + bow(knot, nrm, 10, {{rel(5, 16, 3), rel(10, 30, 3), rel(14, 40, 2)},
                                      {rel(8, -15, 3), rel(15, -28, 3), rel(20, -38, 2)}})

  -- Coloured panels: a heel counter and a sweeping stripe on each side.
  local pskin = upper:round(1.2)
  local heel = intersect(pskin, box(70, 200, 200):move(-L / 2 + 20, 100 + f.bed(0.1) + 6, 0):rotz(-14))
  heel = subtract(intersect(heel, box(L, f.bed(0) + 58, 200):move(0, (f.bed(0) + 58) / 2, 0)), hole_wall)
  local stripe = intersect(pskin, box(150, 20, 200):rotz(24):move(-0.02 * L, f.bed(0.45) + 30, 0))
  stripe = subtract(stripe, box(L * 2, 400, 2 * lw + 14):move(0, 200, 0))
  local trim = heel + stripe

  return union(upper:part("upper"), lining:part("lining"), laces:part("laces"), eyelets:part("eyelets"),
    trim:part("trim"), sole:part("sole"), outsole(f, sole, splan, 5):part("tread"))
end

local function build_boot(k)
  local f = {L = 290, nt = 2.6, nh = 3, lip = 5}
  f.w = function(t) return keyed({{0, 72}, {0.2, 74}, {0.42, 80}, {0.7, 106}, {0.86, 100}, {1, 90}}, t) end
  f.h = function(t) return keyed({{0, 72}, {0.3, 80}, {0.5, 74}, {0.65, 56}, {0.8, 44}, {0.95, 36}, {1.04, 30}}, t) end
  local spring = function(t) return 10 * math.max(0, (t - 0.74) / 0.26) ^ 2 end
  f.bed = function(t) return keyed({{0.25, 38}, {0.6, 28}, {0.72, 26}}, t) + spring(t) end
  f.bottom = function(t) return keyed({{0.26, 0}, {0.33, 8}, {0.55, 8}, {0.62, 0}}, t) + spring(t) + 5 * math.max(0, 1 - t / 0.06) ^ 2 end
  local L = f.L
  local body, sole, on, splan = foot(f)
  -- The leg: a shaft to above the ankle, a padded collar round its top.
  local top = 178
  local leg = shaft({{40, -88, 58, 42}, {100, -88, 54, 40}, {150, -86, 53, 41}, {top, -86, 55, 43}})
  body = smooth(18, body, leg)
  body = intersect(body, box(2000, top, 600):move(0, top / 2, 0))
  local hole = shaft({{f.bed(0.2) + 22, -86, 46, 31}, {150, -84, 46, 33}, {top + 20, -84, 47, 34}})
  local hole_wall = shaft({{f.bed(0.2) + 20, -86, 48.5, 33.5}, {150, -84, 48.5, 35.5}, {top + 20, -84, 49.5, 36.5}})
  local upper = subtract(body, hole_wall)
  local lining = subtract(intersect(body, hole_wall), hole)
  local collar = torus(50, 8):stretch(1.05, 1, 0.8):move(-86, top - 2, 0)
  local tongue = box(10, 60, 40, 5):rotz(-8):move(-86 + 47, top - 4, 0)
  upper = smooth(3, upper, tongue)
  local tab = tube({{-140, top - 20, 0}, {-146, top + 4, 0}, {-138, top + 14, 0}, {-132, top - 6, 0}}, 3.5)

  -- Laces up the instep and the front of the leg: eyelets low, hooks high.
  local path = {}
  for _, x in ipairs({0.15, 0.08, 0.01, -0.05}) do path[#path + 1] = on(x * L, 0, -1) end
  for _, y in ipairs({128, 148, 168}) do path[#path + 1] = {-86 + 54 + 1, y} end
  local laces, eyelets, nrm = lacing(upper, path, 20, 3)
  local p = path[#path]
  local knot = {p[1] + 5, p[2] + 3, 0}
  laces = laces + bow(knot, nrm, 11, {{{3, -14, 10}, {6, -30, 15}, {8, -46, 17}}, {{3, -16, -9}, {7, -34, -13}, {9, -52, -15}}})

  -- Darker toe cap and heel counter overlays, the collar, the pull tab.
  local pskin = upper:round(1.4)
  local cap = intersect(pskin, ellipsoid(70, 60, 80):move(L / 2 - 10, f.bed(0.9), 0))
  local counter = intersect(pskin, ellipsoid(60, 62, 80):move(-L / 2 + 10, f.bed(0), 0))
  local trim = union(cap, counter, collar, tab)

  return union(upper:part("upper"), lining:part("lining"), laces:part("laces"), eyelets:part("eyelets"),
    trim:part("trim"), sole:part("sole"), outsole(f, sole, splan, 9, 18):part("tread"))
end

local function build_rain(k)
  local f = {L = 290, nt = 2.6, nh = 3, lip = 5}
  f.w = function(t) return keyed({{0, 76}, {0.2, 78}, {0.42, 82}, {0.7, 106}, {0.86, 102}, {1, 94}}, t) end
  f.h = function(t) return keyed({{0, 72}, {0.3, 80}, {0.5, 76}, {0.66, 54}, {0.82, 44}, {0.95, 38}, {1.04, 32}}, t) end
  local spring = function(t) return 8 * math.max(0, (t - 0.74) / 0.26) ^ 2 end
  f.bed = function(t) return keyed({{0.25, 32}, {0.62, 24}}, t) + spring(t) end
  f.bottom = function(t) return keyed({{0.25, 0}, {0.31, 5}, {0.55, 5}, {0.61, 0}}, t) + spring(t) + 4 * math.max(0, 1 - t / 0.06) ^ 2 end
  local L = f.L
  local body, sole, on, splan = foot(f)
  -- A tall plain leg, flaring a little to a rolled rim.
  local top = 372
  local leg = shaft({{36, -80, 64, 48}, {120, -76, 62, 50}, {250, -72, 64, 54}, {top, -70, 70, 58}})
  body = smooth(30, body, leg)
  body = intersect(body, box(2000, top, 600):move(0, top / 2, 0))
  local hole = shaft({{f.bed(0.2) + 20, -78, 56, 40}, {120, -76, 55, 43}, {250, -72, 57, 47}, {top + 20, -70, 63, 51}})
  local hole_wall = shaft({{f.bed(0.2) + 18, -78, 58.5, 42.5}, {120, -76, 57.5, 45.5}, {250, -72, 59.5, 49.5}, {top + 20, -70, 65.5, 53.5}})
  local upper = subtract(body, hole_wall)
  local lining = subtract(intersect(body, hole_wall), hole)
  local rim = torus(64, 6):stretch(1.04, 1, 0.85):move(-70, top - 3, 0)
  -- A kick ledge at the back of the heel.
  local kick = intersect(upper:round(5), ellipsoid(40, 12, 50):move(-L / 2 + 4, 60, 0))
  return union((upper + rim):part("gloss"), lining:part("lining"), kick:part("trim"),
    sole:part("sole"), outsole(f, sole, splan, 8, 16):part("tread"))
end

local function build_cowboy(k)
  local f = {L = 300, nt = 2.0, nh = 3, lip = 2, grow = 2.5}
  f.w = function(t) return keyed({{0, 64}, {0.2, 66}, {0.45, 70}, {0.7, 90}, {0.86, 72}, {1, 30}}, t) end
  f.h = function(t) return keyed({{0, 68}, {0.3, 74}, {0.5, 68}, {0.66, 46}, {0.82, 36}, {0.95, 26}, {1.04, 20}}, t) end
  f.bed = function(t) return keyed({{0.18, 54}, {0.4, 40}, {0.64, 14}}, t) + 6 * math.max(0, (t - 0.8) / 0.2) ^ 2 end
  f.bottom = function(t) return f.bed(t) - 9 end
  local L = f.L
  local body, sole, on, splan = foot(f)
  -- An angled, underslung heel block under the heel seat.
  local hx = -L / 2
  local heel = extrude({{hx + 3, f.bed(0) - 6}, {hx + 14, 0}, {hx + 60, 0}, {hx + 74, f.bed(0.25) - 6}}, 70, 3)
  heel = intersect(heel, prism(outline(L, f.w, 1, f.nt, f.nh), 700))
  -- The tall shaft with a scalloped top dipping front and back.
  local top = 330
  local leg = shaft({{44, -88, 62, 44}, {110, -88, 56, 40}, {230, -86, 62, 46}, {top, -84, 67, 50}})
  body = smooth(22, body, leg)
  body = intersect(body, box(2000, top, 600):move(0, top / 2, 0))
  local scallop = union(ellipsoid(48, 40, 90):move(-84 + 67, top + 8, 0), ellipsoid(48, 40, 90):move(-84 - 67, top + 8, 0))
  body = subtract(body, scallop)
  local hole = shaft({{f.bed(0.2) + 20, -86, 50, 33}, {110, -88, 48, 32}, {230, -86, 54, 38}, {top + 20, -84, 59, 42}})
  local hole_wall = shaft({{f.bed(0.2) + 18, -86, 52.5, 35.5}, {110, -88, 50.5, 34.5}, {230, -86, 56.5, 40.5}, {top + 20, -84, 61.5, 44.5}})
  local upper = subtract(body, hole_wall)
  local lining = subtract(intersect(body, hole_wall), hole)
  -- Pull straps: loops standing up inside the top at each side.
  local straps = {}
  for _, s in ipairs({-1, 1}) do
    straps[#straps + 1] = tube({{-96, top - 30, s * 44}, {-98, top + 14, s * 45}, {-74, top + 14, s * 45}, {-72, top - 30, s * 44}}, 3.5)
  end
  -- Stitching: nested arches and a ring on each side of the shaft, and a
  -- line round the toe cap.
  local sk = upper:round(1.2)
  local rings = {}
  for _, r in ipairs({{-86, 190, 18}, {-86, 190, 30}, {-86, 190, 42}}) do
    rings[#rings + 1] = subtract(cylinder(r[3] + 1.6, 200), cylinder(r[3] - 1.6, 202):move(0, -1, 0)):rotx(90):move(r[1], r[2], -100)
  end
  rings[#rings + 1] = subtract(cylinder(14, 200), cylinder(10.8, 202):move(0, -1, 0)):rotx(90):move(-86, 262, -100)
  local stitch = intersect(sk, intersect(union(rings), box(400, 200, 600):move(-86, 190 + 100, 0)))
  local cap_ring = subtract(cylinder(72, 200), cylinder(68.5, 202):move(0, -1, 0)):stretch(1, 1, 0.7):move(L / 2 - 30, f.bed(0.9) + 8, 0)
  stitch = stitch + intersect(sk, cap_ring)
  return union(upper:part("upper"), lining:part("lining"), union(stitch, union(straps)):part("trim"),
    sole:part("sole"), heel:part("sole"))
end

local function build_heel(k)
  local f = {L = 240, nt = 2.0, nh = 3, lip = 2, grow = 1.5, soft = 6}
  f.w = function(t) return keyed({{0, 58}, {0.2, 60}, {0.45, 58}, {0.72, 80}, {0.88, 62}, {1, 26}}, t) end
  f.h = function(t) return keyed({{0, 56}, {0.25, 54}, {0.45, 48}, {0.62, 40}, {0.8, 33}, {0.95, 24}, {1.04, 18}}, t) end
  f.bed = function(t) return keyed({{0.14, 96}, {0.42, 58}, {0.66, 9}}, t) + 3 * math.max(0, (t - 0.85) / 0.15) ^ 2 end
  f.bottom = function(t) return f.bed(t) - 7 end
  local L = f.L
  local body, sole, on, splan = foot(f)
  -- The top line: low round the heel, down the sides to a rounded throat
  -- over the toes.
  local throat = 0.64
  local topline = side_band(L, function(t) return f.bed(t) + keyed({{0.05, 50}, {0.3, 30}, {0.6, 22}}, t) end,
    function() return 700 end, -0.1, throat)
  local cut = union(topline, cylinder(26, 300):stretch(1.2, 1, 1):move((throat - 0.5) * L - 6, f.bed(throat) + 12, 0))
  local upper, lining = low_cut(f, body, cut)
  -- The stiletto: a slim tapering heel under the heel seat, with a lift.
  local hx = -L / 2 + 24
  local post = limb({hx - 2, f.bed(0.05) - 4, 0}, {hx + 2, 8, 0}, 12, 4.5)
  local lift = cylinder(5.2, 8, 1.5):move(hx + 2, 0, 0)
  return union(upper:part("gloss"), post:part("gloss"), lining:part("lining"), sole:part("sole"), lift:part("tread"))
end

local function build_ballet(k)
  local f = {L = 240, nt = 2.6, nh = 3, lip = 2, grow = 2, soft = 8}
  f.w = function(t) return keyed({{0, 60}, {0.2, 62}, {0.45, 64}, {0.72, 86}, {0.88, 80}, {1, 68}}, t) end
  f.h = function(t) return keyed({{0, 46}, {0.3, 46}, {0.55, 40}, {0.75, 32}, {0.95, 25}, {1.04, 20}}, t) end
  f.bed = function(t) return 10 - 2 * math.min(t / 0.3, 1) + 3 * math.max(0, (t - 0.85) / 0.15) ^ 2 end
  f.bottom = function(t) return 3 * math.max(0, (t - 0.85) / 0.15) ^ 2 end
  local L = f.L
  local body, sole, on, splan = foot(f)
  local throat = 0.7
  local topline = side_band(L, function(t) return f.bed(t) + keyed({{0.05, 34}, {0.35, 24}, {0.65, 18}}, t) end,
    function() return 700 end, -0.1, throat)
  local cut = union(topline, cylinder(30, 300):stretch(1.1, 1, 1):move((throat - 0.5) * L - 10, f.bed(throat) + 12, 0))
  local upper, lining = low_cut(f, body, cut)
  -- A small flat bow on the vamp at the throat.
  local p = on((throat - 0.5) * L - 10 + 33 + 4, 0, 1)
  local bw = union(ellipsoid(8, 4, 12):rotx(20):move(p[1], p[2], 10), ellipsoid(8, 4, 12):rotx(-20):move(p[1], p[2], -10),
    ellipsoid(6, 5, 6):move(p[1], p[2] + 1, 0))
  return union(upper:part("upper"), lining:part("lining"), bw:part("trim"),
    sole:part("sole"), outsole(f, sole, splan, 2.5):part("tread"))
end

local function build_slipper(k)
  local f = {L = 270, nt = 2.6, nh = 2.8, lip = 3, grow = 5, soft = 14}
  f.w = function(t) return keyed({{0, 80}, {0.25, 80}, {0.5, 86}, {0.72, 106}, {0.88, 104}, {1, 96}}, t) end
  f.h = function(t) return keyed({{0, 52}, {0.35, 58}, {0.55, 58}, {0.75, 50}, {0.95, 42}, {1.04, 36}}, t) end
  f.bed = function(t) return 24 end
  f.bottom = function(t) return 0 end
  local L = f.L
  local body, sole, on, splan = foot(f)
  sole = sole:round(3)
  -- Open at the back: a thick fluffy vamp over the toes and instep, with a
  -- plump rolled cuff round the opening, and a soft footbed behind.
  local xt = 0.02 * L
  local front = box(400, 400, 400):move(xt + 200, 150, 0)
  local above = box(1000, 400, 400):move(0, f.bed(0) + 200, 0)
  local cavity = intersect(ellipsoid(108, 34, 36):move(xt, f.bed(0) + 10, 0), above)
  local vamp = intersect(body, front)
  local cuff = intersect(body:round(5), box(14, 400, 400, 5):move(xt + 4, 150, 0))
  local plush = subtract(smooth(6, vamp, cuff), cavity):noise(2.4, 7, 2)
  local bed = intersect(sole:round(1.5), box(1000, 20, 400):move(0, f.bed(0) + 4, 0))
  return union(plush:part("plush"), bed:part("lining"), sole:part("sole"), outsole(f, sole, splan, 4):part("tread"))
end

local function build_sandal(k, flip)
  local f = {L = 270, nt = 2.5, nh = 2.8, lip = 0, grow = 4}
  f.w = function(t) return keyed({{0, 70}, {0.2, 72}, {0.45, 76}, {0.72, 100}, {0.88, 96}, {1, 84}}, t) end
  f.h = function(t) return keyed({{0, 66}, {0.3, 72}, {0.5, 64}, {0.66, 46}, {0.82, 34}, {0.95, 26}, {1.04, 20}}, t) end
  local thick = flip and 16 or 22
  f.bed = function(t) return thick - (flip and 0 or 4 * math.min(t / 0.7, 1)) end
  f.bottom = function(t) return 0 end
  local L = f.L
  local body, sole, on, splan = foot(f)
  sole = sole:round(1.5)
  local parts
  if flip then
    -- A thong post between the toes and two straps to the sides.
    local px = 0.27 * L
    local post = limb({px, f.bed(0.8) - 4, 6}, {px - 2, f.bed(0.8) + 22, 6}, 5, 6)
    local straps = {}
    for _, s in ipairs({-1, 1}) do
      local pts = {{px - 2, f.bed(0.8) + 22, 6}}
      for _, q in ipairs({{-0.04, 0.45}, {-0.12, 0.8}, {-0.2, 0.98}}) do
        local x = px + q[1] * L
        local z = s * q[2] * (f.w(x / L + 0.5) / 2)
        local pt = on(x, z, 2)
        pts[#pts + 1] = {pt[1], math.max(pt[2] - (q[2] > 0.9 and 30 or 0), f.bed(0.5) + 2), pt[3]}
      end
      straps[#straps + 1] = tube(pts, 5.5)
    end
    parts = (post + union(straps)):stretch(1, 0.8, 1):move(0, 2, 0)
    parts = smooth(2, parts, cylinder(9, 4):move(px, f.bed(0.8) - 2, 6))
    return union(parts:part("upper"), sole:part("sole"), outsole(f, sole, splan, 4):part("tread"))
  end
  -- Straps: bands of the last's skin across the toes and instep, round the
  -- ankle, and up the back of the heel.
  local skin = body:shell(5)
  local bands = union(
    box(22, 400, 400):rotz(-30):move(0.26 * L, 0, 0),
    box(26, 400, 400):rotz(-40):move(0.08 * L, 0, 0),
    intersect(box(400, 12, 400):move(0, f.bed(0) + 60, 0), box(200, 400, 400):move(-L / 2 + 100, 0, 0)),
    box(30, 400, 20, 2):move(-L / 2, 0, 0))
  local straps = intersect(skin, bands)
  straps = intersect(straps, box(2000, 400, 600):move(0, f.bed(0.5) + 200, 0))
  local bq = (60 + f.bed(0) - f.bed(0.3)) / f.h(0.3)
  local ankle_z = (f.w(0.3) / 2 + 3) * math.sqrt(math.max(1 - bq * bq, 0)) + 2
  local buckle = subtract(box(16, 20, 6, 1.5), box(9, 13, 10)):move(-0.2 * L, f.bed(0) + 60, ankle_z)
  return union(straps:part("upper"), buckle:part("eyelets"), sole:part("sole"), outsole(f, sole, splan, 5):part("tread"))
end

return {
  id = "shoe",
  names = {"shoe", "sneaker", "trainer", "running shoe", "tennis shoe", "sports shoe", "athletic shoe", "gym shoe",
           "training shoe", "basketball shoe", "canvas shoe", "footwear", "lace up shoe", "snicker", "sneeker"},
  lvis = {"shoe", "boot", "sandal_(type_of_shoe)", "slipper_(footwear)", "flip-flop_(sandal)"},
  family = "accessories",
  size_mm = 115,
  description = "A single shoe: a laced trainer on a rubber sole",
  params = {},
  parts = {
    {"upper", "leather", color = "#f4f3ef", role = "primary", names = {"upper", "body", "shoe", "vamp", "tongue", "straps", "strap"}},
    {"sole", "rubber", color = "#f0eee8", role = "secondary", names = {"sole", "soles", "midsole", "footbed", "heel"}},
    {"laces", "fabric", color = "#f8f8f6", role = "detail", names = {"laces", "lace", "shoelaces", "shoelace", "bow"}},
    {"trim", "leather", color = "#2a5cc8", role = "detail",
     names = {"trim", "panels", "panel", "stripes", "stripe", "accents", "toe cap", "heel tab", "stitching", "collar"}},
    {"eyelets", "silver", color = "#c8ccd2", role = "detail", names = {"eyelets", "eyelet", "grommets", "hooks", "buckle"}},
    {"tread", "rubber", color = "#3a3836", role = "detail", names = {"tread", "outsole", "grip", "lugs"}},
    {"lining", "fabric", color = "#3c4452", role = "detail", names = {"lining", "insole"}},
    {"gloss", "glazed", color = "#c8141e", role = "primary", names = {"shaft", "patent"}},
    {"plush", "fur", color = "#f0c6cc", role = "primary", names = {"plush", "fluff", "fleece", "pile"}},
  },
  variants = {
    boot = {names = {"boot", "leather boot", "hiking boot", "work boot", "ankle boot", "combat boot", "lace up boot",
                     "walking boot", "army boot", "winter boot", "desert boot", "lumberjack boot"},
            size_mm = 180, colors = {upper = "#7a4a26", trim = "#4a2c16", sole = "#3a2c22", tread = "#221c18",
                                     laces = "#c8963c", eyelets = "#b89a5a", lining = "#c8a070"}},
    rain = {names = {"rain boot", "rainboot", "wellington", "wellington boot", "welly", "wellie", "rubber boot",
                     "gumboot", "gum boot", "galosh", "galoshes"},
            size_mm = 372, colors = {gloss = "#f2c014", trim = "#3a3634", sole = "#3a3634", tread = "#2a2826",
                                     lining = "#2e2e30", eyelets = "#d8dadc"}},
    cowboy = {names = {"cowboy boot", "western boot", "cowgirl boot", "rodeo boot", "texan boot"},
              size_mm = 330, colors = {upper = "#8a5228", trim = "#efdcb0", sole = "#3a2416", lining = "#c49a6a"}},
    heel = {names = {"high heel", "high heeled shoe", "high heel shoe", "heels", "stiletto heel", "stiletto shoe",
                     "pump shoe", "court shoe", "heeled shoe", "stiletto pump", "womens shoe"},
            size_mm = 150, colors = {gloss = "#c8141e", sole = "#2a2220", tread = "#1a1818", lining = "#d8c0a0"}},
    sandal = {names = {"sandal", "strappy sandal", "strap sandal", "summer sandal", "gladiator sandal", "leather sandal"},
              size_mm = 90, colors = {upper = "#6a4028", sole = "#c89a64", tread = "#3a2c22", eyelets = "#c8a860"}},
    flip_flop = {names = {"flip flop", "flipflop", "thong sandal", "beach sandal", "jandal", "slipper sandal"},
                 size_mm = 45, colors = {upper = "#1e5fc8", sole = "#3aa6e0", tread = "#1e4a78"}},
    slipper = {names = {"slipper", "house slipper", "bedroom slipper", "fluffy slipper", "fuzzy slipper",
                        "carpet slipper", "slip on slipper"},
               size_mm = 85, colors = {plush = "#f0c6cc", sole = "#e8ded2", tread = "#a89a8c", lining = "#f6e6ea"}},
    ballet = {names = {"ballet flat", "ballet shoe", "ballet slipper", "ballerina shoe", "ballerina flat", "flat shoe"},
              size_mm = 55, colors = {upper = "#f0b4bc", trim = "#e48c9c", sole = "#c8a080", tread = "#8a6a50",
                                      lining = "#f6e2d6"}},
  },
  points = {"top"},
  build = function(k)
    local v = k.variant
    local shape
    if v == "boot" then shape = build_boot(k)
    elseif v == "rain" then shape = build_rain(k)
    elseif v == "cowboy" then shape = build_cowboy(k)
    elseif v == "heel" then shape = build_heel(k)
    elseif v == "ballet" then shape = build_ballet(k)
    elseif v == "slipper" then shape = build_slipper(k)
    elseif v == "sandal" then shape = build_sandal(k, false)
    elseif v == "flip_flop" then shape = build_sandal(k, true)
    else shape = build_sneaker(k) end
    return shape:roty(12)
  end,
}
