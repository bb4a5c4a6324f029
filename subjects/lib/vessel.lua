-- Helpers for lathe vessels (vases, jars, bottles, bowls, cups, pots, pans):
-- profiles, the radius of a profile at a height, the cavity's attachment
-- points, handles and spouts.
--   local V = use("vessel")
-- Attachment points a container declares with V.cavity:
--   inside  the centre of the cavity's floor; width = the cavity's width there
--   fill    the centre of a liquid's surface; width = the cavity's width there
local S = use("shapes")
local V = {}
V.S = S

-- Points {r, y} of a profile: radius(t) for t in [0, 1], from y = 0 to height.
V.profile = S.profile

-- The radius of a profile {{r, y}, …} (bottom to top) at height y.
function V.radius_at(prof, y)
  if y <= prof[1][2] then return prof[1][1] end
  for i = 2, #prof do
    local a, b = prof[i - 1], prof[i]
    if y <= b[2] then
      local t = (b[2] - a[2]) > 1e-6 and (y - a[2]) / (b[2] - a[2]) or 1
      return a[1] + (b[1] - a[1]) * t
    end
  end
  return prof[#prof][1]
end

-- Declares `inside` at the cavity floor (raised to `inside_at` of the height
-- when given, for vessels that narrow towards the floor) and `fill` at
-- `fill_at` of the height. `y0` lifts everything (a vessel on a stem).
function V.cavity(k, prof, wall, floor, fill_at, opts)
  opts = opts or {}
  local y0 = opts.y0 or 0
  local h = prof[#prof][2] - prof[1][2]
  local base = prof[1][2]
  local iy = base + floor
  if opts.inside_at then iy = math.max(iy, base + h * opts.inside_at) end
  local fy = base + h * fill_at
  local iw = 2 * math.max(V.radius_at(prof, iy) - wall, 1)
  local fw = 2 * math.max(V.radius_at(prof, fy) - wall, 1)
  k.attach("inside", {opts.x or 0, y0 + iy, 0}, iw)
  k.attach("fill", {opts.x or 0, y0 + fy, 0}, fw)
end

-- A profile from a list of {t, r} keys (t in [0, 1] of the height), smoothed
-- with cosine easing between the keys; `n` samples.
function V.keyed(keys, height, n)
  return S.profile(function(t)
    for i = 2, #keys do
      local a, b = keys[i - 1], keys[i]
      if t <= b[1] then
        local s = (t - a[1]) / math.max(b[1] - a[1], 1e-6)
        s = 0.5 - 0.5 * math.cos(s * math.pi)
        return a[2] + (b[2] - a[2]) * s
      end
    end
    return keys[#keys][2]
  end, height, n or 24)
end

-- The classic vase curve: base → belly (sine rise) → neck (cosine fall) →
-- flared lip. Fractions belly_at, neck_at of the height.
function V.vase_profile(base, belly, neck, lip, belly_at, neck_at, height, n)
  return S.profile(function(t)
    if t <= belly_at then
      local s = belly_at > 0 and t / belly_at or 1
      return base + (belly - base) * math.sin(s * math.pi * 0.5)
    end
    if t <= neck_at then
      local s = (t - belly_at) / math.max(neck_at - belly_at, 1e-6)
      return neck + (belly - neck) * 0.5 * (1 + math.cos(s * math.pi))
    end
    local s = (t - neck_at) / math.max(1 - neck_at, 1e-6)
    return neck + (lip - neck) * s * s
  end, height, n or 28)
end

-- A vessel that is solid below a cavity of `depth` at the top: it looks the
-- same from outside, but stays whole when it is drawn small beside larger
-- things (thin walls vanish at coarse meshing). Walls `wall` thick.
function V.solid_vessel(prof, wall, depth)
  local top = prof[#prof][2]
  local y0 = top - depth
  local poly = {{0, y0}, {math.max(V.radius_at(prof, y0) - wall, 1), y0}}
  for _, p in ipairs(prof) do
    if p[2] > y0 then poly[#poly + 1] = {math.max(p[1] - wall, 1), p[2]} end
  end
  poly[#poly + 1] = {math.max(prof[#prof][1] - wall, 1), top + 10}
  poly[#poly + 1] = {0, top + 10}
  return subtract(lathe(prof), revolve(poly))
end

-- A loop handle (see shapes.lua).
V.loop_handle = S.loop_handle

-- A curved spout: a tapering tube from `base` (inside the body) through
-- the control points, open at the tip (a small hollow).
function V.spout(points, r0, r1, hollow)
  local s = tube(points, r0, r1)
  if hollow ~= false then
    local tip = points[#points]
    local prev = points[#points - 1]
    local dir = S.norm(S.sub(tip, prev))
    s = subtract(s, capsule(S.sub(tip, S.mul(dir, r1 * 3)), S.add(tip, S.mul(dir, r1)), r1 * 0.6))
  end
  return s
end

-- A straight handle (a pan's) from `at` along `dir`, length `len`, radius r.
function V.stick_handle(at, dir, len, r0, r1)
  local d = S.norm(dir)
  return limb(at, S.add(at, S.mul(d, len)), r0, r1 or r0)
end

return V
