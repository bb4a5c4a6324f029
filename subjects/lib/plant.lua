-- Plant parts: vector maths, stems, leaves (flat or arching), petal rings and
-- flower heads, used by subjects/plants and subjects/nature.
--   local P = use("plant")
-- Conventions: a plant stands on y = 0 with its stem base reaching a little
-- below the first leaf, so it can sink into a pot's soil; leaves face up.
local P = {}

function P.add(a, b) return {a[1] + b[1], a[2] + b[2], a[3] + b[3]} end
function P.sub(a, b) return {a[1] - b[1], a[2] - b[2], a[3] - b[3]} end
function P.mul(a, s) return {a[1] * s, a[2] * s, a[3] * s} end
function P.len(a) return math.sqrt(a[1] * a[1] + a[2] * a[2] + a[3] * a[3]) end
function P.norm(a) local l = P.len(a); if l < 1e-9 then return {0, 1, 0} end return P.mul(a, 1 / l) end
function P.lerp(a, b, t) return P.add(a, P.mul(P.sub(b, a), t)) end

-- A direction from azimuth (degrees about Y, 0 = +X, 90 = -Z) and elevation (degrees above horizontal).
function P.dir(az, el)
  local a, e = math.rad(az), math.rad(el)
  return {math.cos(a) * math.cos(e), math.sin(e), -math.sin(a) * math.cos(e)}
end

-- A flat leaf from `at` pointing at azimuth `az`, elevation `el`, its face up.
-- A leaf blade from the origin along +Y, flat in XY (the built-in leaf()
-- puts a NaN point at its tip, which tears the mesh there): an extruded
-- outline with rounded edges; `tip` 1 pointed, 0 round.
function P.leaf(len, w, th, tip)
  tip = tip or 0.7
  local right, left = {}, {}
  local n = 16
  for i = 0, n do
    local t = i / n
    local round = math.sqrt(math.max(0, 1 - (2 * t - 1) ^ 2))
    local s = math.max(0, math.sin(math.pi * t ^ 0.75))
    local hw = 0.5 * w * (round * (1 - tip) + s ^ 1.2 * tip)
    if i == 0 or i == n then hw = 0 end
    right[#right + 1] = {math.max(hw, 0.05), t * len}
  end
  local out = {}
  for i = 1, #right do out[#out + 1] = right[i] end
  for i = #right - 1, 2, -1 do out[#out + 1] = {-right[i][1], right[i][2]} end
  local bevel = math.min(th * 0.45, w * 0.2)
  return extrude(out, th, bevel)
end

-- Leaves thinner than P.min_th (mm) break up when meshed; raise it for big plants.
P.min_th = 3

function P.leaf_at(at, len, w, th, az, el, tip)
  th = math.max(th, P.min_th)
  return P.leaf(len, w, th, tip or 0.8):roty(90):rotz(el - 90):roty(az):move(at[1], at[2], at[3])
end

-- An arching leaf (loft) from `at`: rises at elevation `el` then droops by
-- `droop` (fraction of its length) towards the tip; width profile like a leaf.
function P.arch_leaf(at, len, w, th, az, el, droop, tip)
  tip = tip or 0.8
  th = math.max(th, P.min_th)
  local secs = {}
  local n = 8
  for i = 0, n do
    local t = i / n
    local round = math.sqrt(math.max(0, 1 - (2 * t - 1) ^ 2))
    local pointed = math.sin(math.pi * t ^ 0.75) ^ 1.2
    local hw = 0.5 * w * (round * (1 - tip) + pointed * tip)
    secs[#secs + 1] = {y = t * len, rx = th * 0.5, rz = math.max(hw, 0.4), x = droop * len * t * t}
  end
  return loft(secs):rotz(-90):rotz(el):roty(az):move(at[1], at[2], at[3])
end

-- A ring of n petals around the origin facing +Y: each petal leaf of length
-- len, width w, rising at elevation el (0 flat, 90 upright).
function P.petal_ring(n, len, w, th, el, start, tip, inset)
  local out = {}
  inset = inset or 0
  for i = 0, n - 1 do
    local az = (start or 0) + 360 * i / n
    out[#out + 1] = P.leaf_at(P.mul(P.dir(az, 0), inset), len, w, th, az, el, tip or 0.1)
  end
  return union(out)
end

-- A stem: a tube through points from the ground up, with a short base below y = 0 cut off.
function P.stem(points, r0, r1)
  return tube(points, r0, r1 or r0 * 0.8)
end

-- A smooth curve of n+1 points from a to b bowing by `bow` along `side`.
function P.bow(a, b, side, bow, n)
  local pts = {}
  n = n or 4
  for i = 0, n do
    local t = i / n
    pts[#pts + 1] = P.add(P.lerp(a, b, t), P.mul(side, bow * math.sin(math.pi * t)))
  end
  return pts
end

-- Tilts a shape built about +Y (at the origin) so its +Y points along `dir`, then moves it to `at`.
function P.face(shape, dir, at)
  return shape:aim(P.norm(dir), at)
end

-- Points on a sphere-ish surface: n directions spread by the golden angle
-- over the part of the sphere with y/r from ymin to ymax.
function P.spread(n, ymin, ymax)
  local out = {}
  local ga = math.pi * (3 - math.sqrt(5))
  for i = 0, n - 1 do
    local y = ymax - (ymax - ymin) * (i + 0.5) / n
    local r = math.sqrt(math.max(0, 1 - y * y))
    local a = ga * i
    out[#out + 1] = {math.cos(a) * r, y, math.sin(a) * r}
  end
  return out
end

-- A flower head about the origin facing +Y: `layers` rings of petals and a
-- domed centre. Returns petals, centre.
function P.flower_head(o)
  local rings = {}
  for l = 0, (o.layers or 1) - 1 do
    local f = 1 - 0.18 * l
    rings[#rings + 1] = P.petal_ring(o.n, o.len * f, o.w * f, o.th or 1.6, (o.el or 10) + 14 * l, (o.start or 0) + 180 / o.n * l,
                                     o.tip or 0.15, o.inset or o.centre * 0.6)
  end
  local centre = ellipsoid(o.centre, o.centre * (o.dome or 0.5), o.centre):move(0, (o.th or 1.6) * 0.5, 0)
  return union(rings), centre
end

-- A stem from the ground to `top` with a gentle bow; the head faces `face`.
function P.stem_to(top, r, bow_side, bow)
  return tube(P.bow({0, 0, 0}, top, bow_side or {0, 0, 1}, bow or 0, 4), r, r * 0.8)
end

-- A terracotta pot with soil for "potted" variants: returns pot, soil and the
-- height of the soil surface (where the plant stands).
function P.pot(r, h)
  local pot = vessel({{r * 0.78, 0}, {r * 0.86, h * 0.15}, {r, h * 0.78}, {r * 1.12, h * 0.83}, {r * 1.12, h}, {r * 1.06, h * 1.02}}, r * 0.09, r * 0.12)
  -- the soil fills the pot down to its floor (a slab would leave a sealed void under it)
  local soil = lathe({{r * 0.72, h * 0.06}, {r * 0.8, h * 0.15}, {r * 0.95, h * 0.8}, {r * 1.05, h * 0.86}, {r * 1.05, h * 0.88}})
  return pot, soil, h * 0.86
end

-- Azimuth and elevation (degrees) of a direction.
function P.angles(d)
  d = P.norm(d)
  return math.deg(math.atan(-d[3], d[1])), math.deg(math.asin(math.max(-1, math.min(1, d[2]))))
end

-- A flat leaf from `at` along direction d, face up.
function P.leaf_dir(at, len, w, th, d, tip)
  local az, el = P.angles(d)
  return P.leaf_at(at, len, w, th, az, el, tip)
end

-- A ribbed column (cactus): a lathe profile with `ribs` rounded ridges.
function P.ribbed(profile, ribs, depth)
  local core = {}
  for i, p in ipairs(profile) do core[i] = {p[1] * (1 - depth), p[2]} end
  local fins = {}
  local fin = lathe(profile):stretch(0.32, 1, 1)
  local n = math.floor(ribs / 2)
  for i = 0, n - 1 do fins[#fins + 1] = fin:roty(180 * i / n) end
  return smooth(2, lathe(core), union(fins))
end

-- A frond: a curved rachis from `at` towards azimuth az, with paired leaflets.
function P.frond(at, len, az, el, droop, leaflet_len, leaflet_w, pairs)
  local d0 = P.dir(az, el)
  local side = P.dir(az + 90, 0)
  local ctrl = {at, P.add(at, P.mul(d0, len * 0.4)),
                P.add(P.add(at, P.mul(P.dir(az, 0), len * 0.8)), {0, len * (math.sin(math.rad(el)) * 0.6 - droop * 0.5), 0}),
                P.add(P.add(at, P.mul(P.dir(az, 0), len * 0.98)), {0, len * (math.sin(math.rad(el)) * 0.4 - droop), 0})}
  local pts = spline(ctrl, 8)
  local parts = {tube(ctrl, math.max(leaflet_w * 0.25, 2.2), math.max(leaflet_w * 0.2, 1.6))}
  local n = #pts
  for i = 1, pairs do
    local t = (i - 0.5) / pairs
    local idx = math.max(2, math.min(n - 1, math.floor(1 + t * (n - 1) + 0.5)))
    local p = pts[idx]
    local tan = P.norm(P.sub(pts[idx + 1], pts[idx - 1]))
    local ll = leaflet_len * (1 - 0.75 * t ^ 1.5) * math.min(1, 0.55 + t * 3)
    for _, sgn in ipairs({-1, 1}) do
      local d = P.norm(P.add(P.mul(side, sgn), P.mul(tan, 0.7)))
      parts[#parts + 1] = P.leaf_dir(p, ll, leaflet_w * (1 - 0.5 * t), 1.2, d, 0.7)
    end
  end
  return union(parts)
end

return P
