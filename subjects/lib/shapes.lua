-- Shared shape helpers for subjects: profiles, handles, vector maths.
-- Load with: local S = use("shapes")
local S = {}

-- Points {r, y} of a profile: radius(t) for t in [0, 1], from y = 0 to height.
function S.profile(radius, height, samples)
  local pts = {}
  samples = samples or 16
  for i = 0, samples do
    local t = i / samples
    pts[#pts + 1] = {math.max(radius(t), 0.5), t * height}
  end
  return pts
end

function S.add(a, b) return {a[1] + b[1], a[2] + b[2], a[3] + b[3]} end
function S.sub(a, b) return {a[1] - b[1], a[2] - b[2], a[3] - b[3]} end
function S.mul(a, s) return {a[1] * s, a[2] * s, a[3] * s} end
function S.len(a) return math.sqrt(a[1] * a[1] + a[2] * a[2] + a[3] * a[3]) end
function S.norm(a) local l = S.len(a); if l < 1e-9 then return {0, 1, 0} end return S.mul(a, 1 / l) end
function S.lerp(a, b, t) return S.add(a, S.mul(S.sub(b, a), t)) end

-- A loop handle (a half ellipse of tube) from `top` to `bottom`, bulging
-- `reach` along `dir`; the ends sink `tube` into the body.
function S.loop_handle(top, bottom, dir, reach, r)
  dir = S.norm(dir)
  local mid = S.mul(S.add(top, bottom), 0.5)
  local half = S.len(S.sub(top, bottom)) * 0.5
  local up = S.norm(S.sub(top, bottom))
  local pts = {}
  for i = 0, 8 do
    local a = math.pi * i / 8
    pts[#pts + 1] = S.add(S.add(mid, S.mul(up, half * math.cos(a))), S.mul(dir, reach * math.sin(a)))
  end
  pts[1] = S.sub(pts[1], S.mul(dir, r))
  pts[#pts] = S.sub(pts[#pts], S.mul(dir, r))
  return tube(pts, r)
end

-- A gun's loop trigger guard in the XY plane from x0 to x1, open into the
-- frame or stock above y_top; w thick across, t the loop's width.
function S.trigger_guard(x0, x1, y_top, y_bot, w, t)
  local outer = {{x0, y_top}, {x0 + 2, y_bot + 8}, {x0 + 12, y_bot}, {x1 - 6, y_bot}, {x1, y_bot + 8}, {x1, y_top}}
  local inner = {{x0 + t, y_top + 10}, {x0 + t + 2, y_bot + 8 + t * 0.3}, {x0 + 12, y_bot + t}, {x1 - 6 - t * 0.5, y_bot + t},
                 {x1 - t, y_bot + 8 + t * 0.3}, {x1 - t, y_top + 10}}
  return subtract(extrude(outer, w, 1.5), extrude(inner, w + 10, 0))
end

-- Point tests on a rig's own primitives, for measuring where something is
-- worn (a scarf round a neck) without sampling the whole model.
-- A world-aligned ellipsoid: c and r as {x, y, z}.
function S.in_ellipsoid(p, c, r)
  local x, y, z = (p[1] - c[1]) / r[1], (p[2] - c[2]) / r[2], (p[3] - c[3]) / r[3]
  return x * x + y * y + z * z <= 1
end

-- A body of ellipsoids pitched in the XY plane: each {C (pivot), ca, sa
-- (cosine and sine of the pitch), c (centre in the body frame), r}.
function S.in_body(body, p)
  for _, e in ipairs(body) do
    local qx, qy = p[1] - e.C[1], p[2] - e.C[2]
    if S.in_ellipsoid({qx * e.ca + qy * e.sa, -qx * e.sa + qy * e.ca, p[3]}, {e.c[1], e.c[2], 0}, e.r) then return true end
  end
  return false
end

-- A tube through pts, its radius going from r0 to r1 along its length.
function S.in_tube(p, pts, r0, r1)
  for i = 1, #pts - 1 do
    local a, b = pts[i], pts[i + 1]
    local ab, ap = S.sub(b, a), S.sub(p, a)
    local l2 = math.max(ab[1] * ab[1] + ab[2] * ab[2] + ab[3] * ab[3], 1e-9)
    local t = math.max(0, math.min(1, (ap[1] * ab[1] + ap[2] * ab[2] + ap[3] * ab[3]) / l2))
    local u = (i - 1 + t) / (#pts - 1)
    if S.len(S.sub(p, S.lerp(a, b, t))) <= r0 + (r1 - r0) * u then return true end
  end
  return false
end

-- How far from c along v a point stays inside, in steps, up to limit.
function S.reach(c, v, step, limit, inside)
  local s = 0
  while s < limit and inside(S.add(c, S.mul(v, s))) do s = s + step end
  return s
end

-- Where a scarf is attached so the front of its band lies at front: the
-- scarf subject is a shallow band whose front lies 0.27 of its width ahead
-- of its base and whose middle is 0.13 of its width above the point.
function S.scarf_at(front, w, dir)
  local hang = {dir[2], -dir[1], 0}
  return S.add(S.add(front, S.mul(dir, w * (-0.02 - 0.274))), S.mul(hang, w * 0.13))
end

return S
