-- A dolphin: a sleek grey body arched as if leaping, a rounded melon
-- forehead with a short beak, a curved dorsal fin, flippers and horizontal
-- tail flukes, a pale belly. Jumping ("running" pose): the body arched and
-- rising nose-up out of a small round patch of sea, the flukes still in the
-- water inside a crown of splash.
local F = use and use("fish")

local species = {
  length = 220, height = 30, width = 26, peak = 0.6, nose_blunt = 0.05, tail_pinch = 0.06, rear_fill = 1.6,
  tail = "flukes", tail_len = 36, tail_h = 38,
  dorsal = "curved", dorsal_len = 36, dorsal_h = 30, dorsal_x = 0.02,
  pec_len = 34, pec_w = 12, pec_sweep = 35, pec_out = 55, pec_x = 0.18, pec_y = 0.5, pec_tip = 0.7,
  pelvic = false, fins_blend = true, beak = 24,
  eye_r = 0.08, eye_x = 0.18, eye_y = 0.0, fin_t = 3,
  tilt = 12,
  marks = {{"belly", part = "light", up = 0.4}},
}

local parts = {
  {"body", "skin", color = "#7d8c9c", role = "primary", names = {"body", "skin"}},
  {"light", "skin", color = "#e8ecee", role = "secondary", names = {"belly", "underside"}},
  {"eyes", "gloss", color = "#0a0a0a", role = "fixed"},
  {"water", "gloss", color = "#2f7fb6", role = "detail", names = {"water", "sea", "waves", "ocean"}},
  {"splash", "gloss", color = "#d6eef8", role = "detail", names = {"splash", "spray", "foam"}},
}

local rad, sin, cos = math.rad, math.sin, math.cos

-- Turn a point {x, y} by `deg` about the point {cx, 0}.
local function turn(p, cx, deg)
  local a = rad(deg)
  local x, y = p[1] - cx, p[2]
  return {cx + x * cos(a) - y * sin(a), x * sin(a) + y * cos(a)}
end

-- Bend a straight rig body (along +X, centreline y = 0) at a chain of cuts
-- running outward from the middle, each {x, deg}: everything beyond a cut
-- turns by deg about the centreline there. A thin slice of the body, turned
-- by half the angle, closes the wedge opened on the outside of the bend.
local BIG = 4000
local function bend_chain(s, cuts, side, h)
  local function piece(a, b)
    local lo, hi = math.min(a, b), math.max(a, b)
    return intersect(s, box(hi - lo, BIG, BIG):move((lo + hi) / 2, 0, 0))
  end
  local function from(i)
    local c = cuts[i]
    local nxt = cuts[i + 1]
    local stop = nxt and nxt[1] or side * BIG
    local inner = piece(c[1], stop)
    if nxt then inner = inner + from(i + 1) end
    local t = h * math.tan(rad(math.abs(c[2]) / 2)) * 1.3 + 0.5
    local slab = piece(c[1] - t, c[1] + t)
    local turn_s = function(x, deg) return x:move(-c[1], 0, 0):rotz(deg):move(c[1], 0, 0) end
    return turn_s(inner, c[2]) + turn_s(slab, c[2] / 2)
  end
  return from(1)
end

-- Where a point of the straight body ends up after the chain of cuts.
local function bent_point(p, cuts, side)
  local q = {p[1], p[2]}
  for i = #cuts, 1, -1 do
    local c = cuts[i]
    if (p[1] - c[1]) * side > 0 then q = turn(q, c[1], c[2]) end
  end
  return q
end

-- A crown splash about the origin: a thin flaring wall of water rising from
-- a foaming ring of radius r, its rim broken into spikes tipped with drops,
-- and drops fallen back on the water round it; s sets the scale, `chunky`
-- (low poly) thickens it all so it survives a coarse mesh.
local function crown(r, s, n, chunky)
  local c = chunky and 2 or 1
  local wall_h, top_r, t = s * 0.4, r + s * 0.3, s * 0.1 * c
  if chunky then n = math.floor(n * 0.6) end
  local bits = {torus(r, s * 0.14),
                cone(r, top_r, wall_h) - cone(r - t, top_r - t, wall_h + 2):move(0, -1, 0)}
  for i = 0, n - 1 do
    local a = rad(i * 360 / n + 10)
    local lift = s * (0.35 + 0.45 * ((i * 7) % 4) / 3)
    local out = top_r + s * (0.15 + 0.1 * (i % 2))
    local base = {cos(a) * (top_r - t * 0.5), wall_h - s * 0.05, sin(a) * (top_r - t * 0.5)}
    local tip = {cos(a) * out, wall_h + lift, sin(a) * out}
    bits[#bits + 1] = limb(base, tip, s * 0.09 * c, s * 0.045 * c)
    bits[#bits + 1] = sphere(s * 0.095 * c):move(tip[1], tip[2] + s * 0.04, tip[3])
  end
  for i = 0, 6 do
    local a = rad(i * 360 / 7 + 35)
    local d = r + s * (0.6 + 0.25 * (i % 3))
    bits[#bits + 1] = ellipsoid(s * 0.12, s * 0.1, s * 0.12):move(cos(a) * d, s * 0.02, sin(a) * d)
  end
  return smooth(s * 0.05, table.unpack(bits))
end

-- A leap: the rig body arched and tilted nose-up, the flukes dipping into a
-- flat round patch of water with a crown of splash where the tail goes in.
local function leap(k, sp)
  local s = {}
  for key, v in pairs(sp) do s[key] = v end
  s.tilt = 0
  s.marks = {{"belly", part = "light", up = 0.1}}
  s.pec_out = -45; s.pec_sweep = 55 -- flippers spread out from the sides
  local body = F.build(k, s, parts)
  local len, h = sp.length, sp.height
  local rear = {{-0.18 * len, 20}, {-0.36 * len, 18}}
  local front = {{0.24 * len, -18}}
  local rise = 46
  local shape = body * box(0.42 * len, BIG, BIG):move(0.03 * len, 0, 0)
  shape = shape + bend_chain(body, rear, -1, h * 1.2) + bend_chain(body, front, 1, h * 1.2)
  shape = shape:rotz(rise)
  -- The water line crosses the tail stock just ahead of the flukes.
  local wl = turn(bent_point({-0.44 * len, 0}, rear, -1), 0, rise)
  local cx, cy = wl[1], wl[2]
  local R = len * 0.34
  local th = h * 0.2
  local bottom = cy - th * 1.6
  local water = cylinder(R, th * 1.6, th * 0.6):stretch(1.15, 1, 1):move(cx + len * 0.05, bottom, 0)
  -- ripples spreading from the splash
  for i, f in ipairs({0.55, 0.85}) do
    water = water + torus(R * f, th * (0.6 - i * 0.1)):stretch(1.15, 0.6, 1):move(cx + len * 0.05 * f, cy, 0)
  end
  -- Splash: a crown of spray round the tail where it leaves the water.
  local splash = crown(h * 0.8, h, 12, k.style == "low_poly"):stretch(1.15, 1, 1):move(cx, cy, 0)
  shape = shape * box(BIG, BIG, BIG):move(0, bottom + BIG / 2, 0)
  -- Move the rig's points onto the bent, risen body.
  local function at(p, cuts, side)
    local q = turn(bent_point(p, cuts, side), 0, rise)
    return {q[1], q[2], p[3] or 0}
  end
  local function up(deg) return {-sin(rad(deg)), cos(rad(deg)), 0} end
  local hx = len * (0.5 - sp.eye_x)
  k.attach("head", at({hx, h * 0.64, 0}, front, 1), sp.width * 1.5, up(rise + front[1][2]))
  k.attach("back", at({0, h * 0.95, 0}, front, 1), sp.width * 1.6, up(rise))
  k.attach("face", at({len * 0.47, h * 0.2, 0}, front, 1), h * 0.8, {cos(rad(rise + front[1][2])), sin(rad(rise + front[1][2])), 0})
  k.attach("mouth", at({len * 0.48, -h * 0.25, 0}, front, 1), h * 0.6)
  return shape + water:part("water") + splash:part("splash")
end

return {
  id = "dolphin",
  names = {"dolphin", "bottlenose dolphin", "porpoise", "flipper", "baby dolphin", "dolfin", "dolphine"},
  lvis = {"dolphin"},
  family = "sea_life",
  size_mm = 700,
  description = "A dolphin",
  parts = parts,
  variants = {
    pink = {names = {"pink dolphin", "river dolphin"}, colors = {body = "#e8a0b0", light = "#f4d0d8"}},
  },
  poses = {"running"},
  points = {"head", "back", "face"},
  attach_to = {"head", "back"},
  build = function(k)
    if k.pose == "running" then return leap(k, species) end
    return F.build(k, species, parts)
  end,
}
