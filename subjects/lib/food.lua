-- Food parts: vector maths, profiles, a tapered sweep along a curve, dots
-- scattered over lathe and ellipsoid surfaces, fruit stems and leaves.
--   local F = use("food")
local F = {}

function F.add(a, b) return {a[1] + b[1], a[2] + b[2], a[3] + b[3]} end
function F.sub(a, b) return {a[1] - b[1], a[2] - b[2], a[3] - b[3]} end
function F.mul(a, s) return {a[1] * s, a[2] * s, a[3] * s} end
function F.len(a) return math.sqrt(a[1] * a[1] + a[2] * a[2] + a[3] * a[3]) end
function F.norm(a) local l = F.len(a); if l < 1e-9 then return {0, 1, 0} end return F.mul(a, 1 / l) end
function F.lerp(a, b, t) return F.add(a, F.mul(F.sub(b, a), t)) end
function F.dir(az, el)
  local a, e = math.rad(az), math.rad(el)
  return {math.cos(a) * math.cos(e), math.sin(e), -math.sin(a) * math.cos(e)}
end

-- Radius of a lathe profile {{r, y}, …} at height y (linear between points).
function F.radius_at(profile, y)
  for i = 1, #profile - 1 do
    local a, b = profile[i], profile[i + 1]
    if (y >= a[2] and y <= b[2]) or (y <= a[2] and y >= b[2]) then
      local d = b[2] - a[2]
      if math.abs(d) < 1e-6 then return math.max(a[1], b[1]) end
      return a[1] + (b[1] - a[1]) * (y - a[2]) / d
    end
  end
  return 0
end

-- A smooth profile from a radius function (like shapes.profile).
function F.profile(radius, height, samples, y0)
  local pts = {}
  samples = samples or 16
  for i = 0, samples do
    local t = i / samples
    pts[#pts + 1] = {math.max(radius(t), 0.5), (y0 or 0) + t * height}
  end
  return pts
end

-- A tube through `points` whose radius follows radius(t), t from 0 to 1,
-- built from tapered limbs so the radius can swell and shrink.
function F.sweep(points, radius, per_span, blend)
  local pts = #points > 2 and spline(points, per_span or 4) or points
  local parts = {}
  local n = #pts
  for i = 1, n - 1 do
    parts[#parts + 1] = limb(pts[i], pts[i + 1], radius((i - 1) / (n - 1)), radius(i / (n - 1)))
  end
  if blend and blend > 0 then return smooth(blend, table.unpack(parts)) end
  return union(parts)
end

-- A smooth lathe profile through control points {r, y} (Catmull-Rom).
function F.smooth_profile(pts, per)
  local c = {}
  for i, p in ipairs(pts) do c[i] = {p[1], p[2], 0} end
  local out = {}
  for _, q in ipairs(spline(c, per or 5)) do out[#out + 1] = {math.max(q[1], 0.3), q[2]} end
  return out
end

-- Dots (little ellipsoids) over a lathe surface: rows from y0 to y1, n per row,
-- each pushed out `out` from the profile radius; alternate rows offset half a step.
function F.lathe_dots(profile, y0, y1, rows, per_row, dot, out)
  local dots = {}
  for i = 0, rows - 1 do
    local y = y0 + (y1 - y0) * (i + 0.5) / rows
    local r = F.radius_at(profile, y) + (out or 0)
    for j = 0, per_row - 1 do
      local a = 2 * math.pi * (j + (i % 2) * 0.5) / per_row
      dots[#dots + 1] = dot:aim({math.cos(a), 0, math.sin(a)}, {math.cos(a) * r, y, math.sin(a) * r})
    end
  end
  return union(dots)
end

-- n points spread evenly (golden angle) over an ellipsoid of radii rx, ry, rz
-- centred at c, for y/ry between ymin and ymax. Each is {point, normal}.
function F.ellipsoid_spots(c, rx, ry, rz, n, ymin, ymax)
  local out = {}
  local ga = math.pi * (3 - math.sqrt(5))
  for i = 0, n - 1 do
    local y = ymax - (ymax - ymin) * (i + 0.5) / n
    local r = math.sqrt(math.max(0, 1 - y * y))
    local a = ga * i
    local u = {math.cos(a) * r, y, math.sin(a) * r}
    out[#out + 1] = {{c[1] + u[1] * rx, c[2] + u[2] * ry, c[3] + u[3] * rz},
                     F.norm({u[1] / rx, u[2] / ry, u[3] / rz})}
  end
  return out
end

-- Small shapes placed at spots, each aimed along its normal.
function F.place(spots, make)
  local out = {}
  for i, s in ipairs(spots) do out[#out + 1] = make(i):aim(s[2], s[1]) end
  return union(out)
end

-- A fruit stem: a short curved tube from `at` upwards.
function F.stem(at, len, r, lean)
  lean = lean or 0.3
  return tube({F.add(at, {0, -r * 2, 0}), F.add(at, {len * lean * 0.3, len * 0.6, 0}), F.add(at, {len * lean, len, 0})}, r, r * 0.8)
end

-- A leaf blade from the origin along +Y, flat in XY (the built-in leaf()
-- puts a NaN point at its tip, which tears the mesh there): an extruded
-- outline with rounded edges; `tip` 1 pointed, 0 round.
function F.leaf(len, w, th, tip)
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

-- A flat leaf at `at` pointing at azimuth az, elevation el, face up.
function F.leaf_at(at, len, w, th, az, el, tip)
  return F.leaf(len, w, th, tip or 0.8):roty(90):rotz(el - 90):roty(az):move(at[1], at[2], at[3])
end

return F
