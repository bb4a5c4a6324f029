-- Instrument parts: body outlines with bouts and a waist (guitars, violins),
-- strings, frets, tuning pegs and flared bells.
--   local I = use("instrument")
-- Conventions: string instruments stand upright, neck up +Y, face towards +Z
-- turned a little to the viewer; brass lies along X with the bell at +X.
local I = {}

function I.add(a, b) return {a[1] + b[1], a[2] + b[2], a[3] + b[3]} end
function I.sub(a, b) return {a[1] - b[1], a[2] - b[2], a[3] - b[3]} end
function I.mul(a, s) return {a[1] * s, a[2] * s, a[3] * s} end
function I.lerp(a, b, t) return I.add(a, I.mul(I.sub(b, a), t)) end

-- Half width of a two-bout body at t (0 bottom … 1 top): a lower bout of
-- half width wl centred at cl, an upper bout wu at cu, a waist between.
function I.bout_width(t, o)
  local function lobe(w, c, r)
    local d = (t - c) / r
    if math.abs(d) >= 1 then return 0 end
    return w * math.sqrt(1 - d * d)
  end
  local lower = lobe(o.wl, o.cl, o.rl)
  local upper = lobe(o.wu, o.cu, o.ru)
  local w = math.max(lower, upper)
  if o.waist and t > o.cl and t < o.cu then w = math.max(w, o.waist) end
  return w
end

-- A closed outline {x, y} of a two-bout body of length len.
function I.bout_outline(len, o, samples)
  samples = samples or 40
  local right, left = {}, {}
  for i = 0, samples do
    local t = i / samples
    local w = math.max(I.bout_width(t, o), 0.5)
    right[#right + 1] = {w, t * len}
    left[#left + 1] = {-w, t * len}
  end
  local out = {}
  for i = 1, #right do out[#out + 1] = right[i] end
  for i = #left, 1, -1 do out[#out + 1] = left[i] end
  return out
end

-- n parallel strings from y0 to y1 in the plane z, spread from width w0 to w1.
function I.strings(n, y0, y1, w0, w1, z, r)
  local s = {}
  for i = 0, n - 1 do
    local f = n == 1 and 0 or (i / (n - 1) - 0.5)
    s[#s + 1] = capsule({f * w0, y0, z}, {f * w1, y1, z}, r or 0.7)
  end
  return union(s)
end

-- Frets across a neck of width w between the body end y0 and the nut y1,
-- spaced like a real scale of length `scale`.
function I.frets(y0, y1, w, z, scale)
  local f = {}
  for i = 1, 24 do
    local y = y1 - scale * (1 - 2 ^ (-i / 12))
    if y <= y0 then break end
    f[#f + 1] = box(w, 1.6, 1.6):move(0, y, z)
  end
  return union(f)
end

-- A flared bell (lathe about +Y) of length len from throat radius r0 to mouth r1.
function I.bell(len, r0, r1, wall)
  wall = math.max(wall or 2, r1 * 0.06)
  local outer, poly = {}, {}
  for i = 0, 14 do
    local t = i / 14
    outer[#outer + 1] = {r0 + (r1 - r0) * t ^ 3.2, t * len}
  end
  for _, p in ipairs(outer) do poly[#poly + 1] = p end
  -- the inside: the outside moved in along its normal by the wall
  for i = #outer, 1, -1 do
    local a, b = outer[math.max(i - 1, 1)], outer[math.min(i + 1, #outer)]
    local dr, dy = b[1] - a[1], b[2] - a[2]
    local l = math.sqrt(dr * dr + dy * dy)
    local nr, ny = dy / l, -dr / l
    poly[#poly + 1] = {math.max(outer[i][1] - wall * nr, 0.5), outer[i][2] - wall * ny}
  end
  return revolve(poly)
end

-- A tube through `points` whose radius follows radius(t), t from 0 to 1.
function I.sweep(points, radius, per_span, blend)
  local pts = #points > 2 and spline(points, per_span or 4) or points
  local parts = {}
  local n = #pts
  for i = 1, n - 1 do
    parts[#parts + 1] = limb(pts[i], pts[i + 1], radius((i - 1) / (n - 1)), radius(i / (n - 1)))
  end
  if blend and blend > 0 then return smooth(blend, table.unpack(parts)) end
  return union(parts)
end

return I
