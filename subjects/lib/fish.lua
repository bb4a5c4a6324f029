-- The fish rig (fish, sharks, dolphins, whales): a lofted body along +X whose
-- height and width follow a profile, a tail fin (forked, round, crescent,
-- veil, or horizontal flukes), dorsal, pectoral, pelvic and anal fins, eyes,
-- a mouth or a beak, and marks painted on the skin (belly, stripes, bands, spots).
--   local F = use("fish")
--   build = function(k) return F.build(k, species, parts) end
-- Part names the rig knows: body (primary), light, marks, fins, eyes, iris.
-- Built floating: the model is centred by kiln; a "swimming" tilt is optional.
-- Attachment points: head (hats), back (riders), top, face.
local S = use("shapes")
local F = {}

local rad, deg, sin, cos = math.rad, math.deg, math.sin, math.cos
local function d(v, default) if v == nil then return default end return v end
local function nonempty(t) for _ in pairs(t) do return true end return false end

-- Spheres of varying radius along a smooth path, blended.
function F.swell(points, radii, blend, per_span)
  local pts = spline(points, per_span or 6)
  local n = #pts
  local list = {}
  for i, p in ipairs(pts) do
    local t = (i - 1) / math.max(1, n - 1)
    local r
    if type(radii) == "function" then r = radii(t) else
      local seg = t * (#radii - 1)
      local j = math.min(#radii - 2, math.floor(seg))
      local f = seg - j
      r = radii[j + 1] + (radii[j + 2] - radii[j + 1]) * f
    end
    list[#list + 1] = sphere(math.max(0.4, r)):move(p[1], p[2], p[3])
  end
  return smooth(blend or 2, table.unpack(list))
end

-- A flat fin from an outline {x, y} (in the XY plane), `t` thick, edges rounded.
function F.fin(outline, t)
  return extrude(outline, t, t * 0.45)
end

-- Body half-height and half-width along the length, t = 0 tail … 1 nose.
local function body_profile(sp)
  local peak = d(sp.peak, 0.6)
  local nose = d(sp.nose_blunt, 0.5)
  local tail = d(sp.tail_pinch, 0.12)
  return function(t)
    local f
    if t < peak then
      local u = t / peak
      f = tail + (1 - tail) * math.sin(u * math.pi / 2) ^ d(sp.rear_fill, 1.2)
    else
      local u = (t - peak) / (1 - peak)
      f = math.max(0, 1 - u ^ (1 + nose * 2)) ^ 0.5
    end
    return f
  end
end

function F.build(k, sp, parts)
  local has = {}
  for _, p in ipairs(parts or {}) do has[p[1]] = true end
  local function P(...)
    for _, n in ipairs({...}) do if has[n] then return n end end
    return "body"
  end
  local soft = k.soft or 1
  local cartoon = k.style == "cartoon"
  local function vary(x) return x * k.rand(0.96, 1.04) end
  local len, h, w = vary(sp.length), vary(sp.height), vary(sp.width)
  local prof = body_profile(sp)
  local secs = {}
  local n = 16
  for i = 0, n do
    local t = i / n
    local f = prof(t)
    local y = (t - 0.5) * len
    secs[#secs + 1] = {y = y, rx = math.max(0.5, h * f), rz = math.max(0.4, w * f), x = -h * d(sp.hump, 0) * f * f}
  end
  -- loft along Y, then turn +Y to +X: local x (height) becomes world -Y.
  local body = loft(secs):rotz(-90)
  local nose_x = len * 0.5
  local tail_x = -len * 0.5
  local extra = {}
  local function add(part, s) extra[#extra + 1] = s:part(part) end
  local fin_part = P("fins")
  local ft = math.max(d(sp.fin_t, math.max(1.2, w * 0.12)), len * 0.02)

  -- Tail fin.
  local tf = d(sp.tail, "forked")
  local tl, th = d(sp.tail_len, len * 0.22), d(sp.tail_h, h * 1.1)
  local tx = tail_x + len * 0.04
  local tail
  if tf == "forked" then
    tail = F.fin({{0, -th * 0.12}, {-tl * 0.6, -th * 0.55}, {-tl, -th}, {-tl * 0.55, 0}, {-tl, th}, {-tl * 0.6, th * 0.55}, {0, th * 0.12}}, ft)
  elseif tf == "round" then
    tail = F.fin({{0, -th * 0.12}, {-tl * 0.5, -th * 0.6}, {-tl * 0.9, -th * 0.65}, {-tl, 0}, {-tl * 0.9, th * 0.65}, {-tl * 0.5, th * 0.6}, {0, th * 0.12}}, ft)
  elseif tf == "crescent" then
    tail = F.fin({{0, -th * 0.1}, {-tl * 0.5, -th * 0.45}, {-tl * 0.75, -th * 0.7}, {-tl * 0.55, -th * 0.1}, {-tl * 0.6, 0},
                  {-tl * 1.0, th * 1.15}, {-tl * 0.55, th * 0.5}, {0, th * 0.12}}, ft)
  elseif tf == "veil" then
    local v = {}
    local o = {{0, -th * 0.15}, {-tl * 0.45, -th * 0.75}, {-tl * 0.95, -th * 1.0}, {-tl * 1.05, -th * 0.7}, {-tl * 0.7, -th * 0.2},
               {-tl * 0.72, 0}, {-tl * 0.7, th * 0.2}, {-tl * 1.05, th * 0.7}, {-tl * 0.95, th * 1.0}, {-tl * 0.45, th * 0.75}, {0, th * 0.15}}
    for _, sz in ipairs({-1, 1}) do
      v[#v + 1] = F.fin(o, ft):rotx(sz * 22)
    end
    tail = smooth(ft, table.unpack(v))
  elseif tf == "flukes" then
    tail = F.fin({{0, -th * 0.15}, {-tl * 0.55, -th * 0.65}, {-tl, -th}, {-tl * 0.8, -th * 0.35}, {-tl * 0.7, 0}, {-tl * 0.8, th * 0.35}, {-tl, th}, {-tl * 0.55, th * 0.65}, {0, th * 0.15}}, ft * 1.6)
      :rotx(90)
  end
  if tail then
    local tg = tail:move(tx, 0, 0)
    if sp.fins_blend then body = smooth(ft * 2, body, tg) else add(fin_part, tg) end
  end

  -- Dorsal fin(s).
  local ds = d(sp.dorsal, "long")
  local dl, dh = d(sp.dorsal_len, len * 0.35), d(sp.dorsal_h, h * 0.55)
  local dx = d(sp.dorsal_x, 0.0) * len
  local top_at = function(x) local t = (x - tail_x) / len; return h * prof(math.max(0, math.min(1, t))) end
  local dorsal
  local dy = top_at(dx) * 0.8
  if ds == "long" then
    dorsal = F.fin({{dl * 0.5, 0}, {dl * 0.3, dh * 0.8}, {-dl * 0.1, dh}, {-dl * 0.45, dh * 0.6}, {-dl * 0.5, 0}}, ft)
  elseif ds == "shark" then
    dorsal = F.fin({{dl * 0.5, 0}, {dl * 0.05, dh * 0.6}, {-dl * 0.35, dh}, {-dl * 0.3, dh * 0.55}, {-dl * 0.5, 0}}, ft * 1.4)
  elseif ds == "curved" then
    dorsal = F.fin({{dl * 0.5, 0}, {dl * 0.1, dh * 0.6}, {-dl * 0.3, dh}, {-dl * 0.25, dh * 0.5}, {-dl * 0.5, 0}}, ft * 1.4)
  elseif ds == "sail" then
    dorsal = F.fin({{dl * 0.5, 0}, {dl * 0.45, dh}, {-dl * 0.3, dh * 0.9}, {-dl * 0.5, 0}}, ft)
  elseif ds == "hump" then
    dorsal = ellipsoid(dl * 0.5, dh, ft * 1.5)
  end
  if dorsal then
    local dg = dorsal:move(dx, dy, 0)
    if sp.fins_blend then body = smooth(ft * 2, body, dg) else add(fin_part, dg) end
  end
  if sp.dorsal2 then
    add(fin_part, F.fin({{dl * 0.2, 0}, {0, dh * 0.35}, {-dl * 0.2, 0}}, ft):move(tail_x + len * 0.2, top_at(tail_x + len * 0.2) * 0.8, 0))
  end

  -- Pectoral fins, pelvic and anal fins.
  local pl, pw = d(sp.pec_len, len * 0.16), d(sp.pec_w, h * 0.35)
  local px = d(sp.pec_x, 0.25) * len
  for _, sz in ipairs({-1, 1}) do
    local pf = leaf(pl, pw, ft, d(sp.pec_tip, 0.5)):rotz(100 + d(sp.pec_sweep, 20)):rotx(sz * d(sp.pec_out, 55))
    local g = pf:move(px, -h * d(sp.pec_y, 0.35), sz * w * 0.6)
    if sp.fins_blend then body = smooth(ft * 1.5, body, g) else add(fin_part, g) end
  end
  if sp.pelvic ~= false and not sp.fins_blend then
    for _, sz in ipairs({-1, 1}) do
      add(fin_part, leaf(pl * 0.6, pw * 0.6, ft, 0.5):rotz(150):rotx(sz * 25):move(px - len * 0.12, -top_at(px - len * 0.12) * 0.85, sz * w * 0.3))
    end
    local ax = tail_x + len * 0.28
    add(fin_part, F.fin({{dl * 0.2, 0}, {-dl * 0.05, -dh * 0.45}, {-dl * 0.25, -dh * 0.4}, {-dl * 0.2, 0}}, ft):move(ax, -top_at(ax) * 0.8, 0))
  end

  -- Snout / beak (dolphins), mouth.
  local head_x = nose_x - len * d(sp.eye_x, 0.14)
  if sp.beak then
    local bl = sp.beak
    body = smooth(h * 0.15 * soft, body, limb({nose_x - bl * 0.6, -h * 0.15, 0}, {nose_x + bl * 0.6, -h * 0.22, 0}, h * 0.24, h * 0.17))
  end
  if sp.mouth then
    local mp = P("marks", "fins")
    add(mp, ellipsoid(len * 0.02, h * 0.05, w * 0.45):move(nose_x - len * 0.015, -h * 0.1, 0))
  end

  -- Spines all over (pufferfish).
  if sp.spines then
    local list = {}
    for i = 1, sp.spines do
      local t = k.rand(0.12, 0.88)
      local th = k.rand(0, 2 * math.pi)
      local x = tail_x + t * len
      local f = prof(t)
      local p = {x, cos(th) * h * f, sin(th) * w * f}
      local nrm = S.norm({0, cos(th) / h, sin(th) / w})
      list[#list + 1] = cone(h * 0.07, h * 0.01, h * 0.22):aim(nrm, p)
    end
    add(P("spines", "fins"), union(table.unpack(list)))
  end

  -- A blowhole spout of water (whales).
  if sp.spout then
    local bx = nose_x - len * 0.3
    local by = top_at(bx) * 0.9
    local jets = {limb({bx, by, 0}, {bx + len * 0.02, by + h * 1.1, 0}, h * 0.06, h * 0.12)}
    for i = 0, 5 do
      local a = rad(i * 60)
      jets[#jets + 1] = tube({{bx, by + h * 1.05, 0}, {bx + cos(a) * h * 0.35, by + h * 1.35, sin(a) * h * 0.35},
                              {bx + cos(a) * h * 0.6, by + h * 1.0, sin(a) * h * 0.6}}, h * 0.07, h * 0.05)
    end
    add(P("water", "light"), smooth(h * 0.05, table.unpack(jets)))
  end

  -- Eyes.
  local eye_r = h * d(sp.eye_r, 0.12) * (cartoon and 1.6 or 1)
  local ey = h * d(sp.eye_y, 0.2)
  local eyes = {}
  for _, sz in ipairs({-1, 1}) do
    local t = (head_x - tail_x) / len
    local hw = w * prof(t)
    local hh = h * prof(t)
    local zz = hw * math.sqrt(math.max(0.05, 1 - (ey / hh) ^ 2))
    local p = {head_x, ey, sz * zz}
    if has.iris then
      add("iris", sphere(eye_r * 1.45):move(p[1], p[2], p[3]))
      add("eyes", sphere(eye_r * 0.85):move(p[1] + eye_r * 0.2, p[2], p[3] + sz * eye_r * 0.75))
    else
      add("eyes", sphere(eye_r):move(p[1], p[2], p[3]))
    end
    eyes[#eyes + 1] = p
  end

  -- Marks.
  local regions = {}
  local function region(part, s)
    part = P(part)
    regions[part] = regions[part] or {}
    table.insert(regions[part], s)
  end
  for _, m in ipairs(sp.marks or {}) do
    local kind, part = m[1], m.part or "light"
    if kind == "belly" then
      region(part, box(len * 3, h * 2, w * 4):move(0, -h - h * d(m.y, 0.0) + h * d(m.up, 0), 0):noise(h * 0.05, h * 0.5))
    elseif kind == "bands" then
      for _, b in ipairs(m.at or {0.3, 0, -0.3}) do
        region(part, box(len * d(m.w, 0.07), h * 3, w * 3):move(b * len, 0, 0))
      end
    elseif kind == "vstripes" then
      local nn = d(m.n, 8)
      region(part, array(box(len * d(m.w, 0.025), h * 3, w * 3), nn, len * 0.8 / nn, 0, 0):move(-len * 0.35, 0, 0))
    elseif kind == "hstripes" then
      for _, y in ipairs(m.at or {0.3, -0.1}) do region(part, box(len * 2, h * d(m.w, 0.1), w * 3):move(0, y * h, 0)) end
    elseif kind == "spots" then
      local list = {}
      for i = 1, d(m.n, 14) do
        local x = k.rand(-0.42, 0.38) * len
        local yy = k.rand(-0.6, 0.85) * top_at(x)
        list[#list + 1] = sphere(h * d(m.r, 0.08)):move(x, yy, 0):stretch(1, 1, 1)
      end
      region(part, intersect(union(table.unpack(list)):stretch(1, 1, 8), box(len * 3, h * 3, w * 4)))
    elseif kind == "eye_patch" then
      for _, e in ipairs(eyes) do
        region(part, ellipsoid(len * 0.06, h * 0.18, w * 0.6):move(e[1] - len * 0.04, e[2] + h * 0.05, e[3]))
      end
    elseif kind == "flank" then
      region(part, ellipsoid(len * d(m.l, 0.15), h * d(m.h, 0.3), w * 2):move(len * d(m.x, -0.15), h * d(m.y, -0.2), 0))
    elseif kind == "head" then
      region(part, box(len * 2, h * 4, w * 4):move(nose_x - len * d(m.l, 0.25) + len, 0, 0))
    end
  end

  local shape = body:part("body")
  if nonempty(regions) then
    local skin = body:round(0.4)
    for part, list in pairs(regions) do
      shape = shape + intersect(skin, union(table.unpack(list))):part(part)
    end
  end
  for _, e in ipairs(extra) do shape = shape + e end
  local tilt = d(sp.tilt, 0)
  if tilt ~= 0 then shape = shape:rotz(tilt) end

  k.attach("head", {head_x, h * prof((head_x - tail_x) / len) * 0.95, 0}, w * 1.5)
  k.attach("back", {0, h * 0.95, 0}, w * 1.6)
  k.attach("face", {nose_x - len * 0.03, h * 0.2, 0}, h * 0.8, {1, 0, 0})
  k.attach("mouth", {nose_x - len * 0.02, -h * 0.25, 0}, h * 0.6)
  return shape
end

-- Leaping and breaching (the dolphin, the whales): a built body bent at a
-- chain of cuts, and a crown of splash where it leaves the water.


-- Turn a point {x, y} by `deg` about the point {cx, 0}.
function F.turn(p, cx, deg)
  local a = rad(deg)
  local x, y = p[1] - cx, p[2]
  return {cx + x * cos(a) - y * sin(a), x * sin(a) + y * cos(a)}
end

-- Bend a straight rig body (along +X, centreline y = 0) at a chain of cuts
-- running outward from the middle, each {x, deg}: everything beyond a cut
-- turns by deg about the centreline there. A thin slice of the body, turned
-- by half the angle, closes the wedge opened on the outside of the bend.
-- `big` bounds the slicing boxes (past the body; default 4000 mm).
function F.bend_chain(s, cuts, side, h, big)
  local BIG = big or 4000
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
function F.bent_point(p, cuts, side)
  local q = {p[1], p[2]}
  for i = #cuts, 1, -1 do
    local c = cuts[i]
    if (p[1] - c[1]) * side > 0 then q = F.turn(q, c[1], c[2]) end
  end
  return q
end

-- A crown splash about the origin: a thin flaring wall of water rising from
-- a foaming ring of radius r, its rim broken into spikes tipped with drops,
-- and drops fallen back on the water round it; s sets the scale, `chunky`
-- (low poly) thickens it all so it survives a coarse mesh.
function F.splash_crown(r, s, n, chunky)
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

-- A leap or a breach: the straight rig `body` (built untilted) cut in the
-- middle, bent at o.rear and o.front (see F.bend_chain) and risen o.rise
-- degrees, its flukes under a flat round patch of sea (part o.sea_part)
-- with ripples and a crown of spray (part o.splash_part) where the tail
-- comes out; the rig's head, back, face and mouth points follow the body.
function F.leap(k, body, sp, o)
  local BIG = o.big
  local len, h = sp.length, sp.height
  local rear, front, rise = o.rear, o.front, o.rise
  local shape = body * box(o.mid * len, BIG, BIG):move(o.mid_x * len, 0, 0)
  shape = shape + F.bend_chain(body, rear, -1, h * 1.2, BIG) + F.bend_chain(body, front, 1, h * 1.2, BIG)
  shape = shape:rotz(rise)
  -- The water line crosses the tail stock just ahead of the flukes.
  local wl = F.turn(F.bent_point({-0.44 * len, 0}, rear, -1), 0, rise)
  local cx, cy = wl[1], wl[2]
  local R = len * o.sea_r
  local th = h * o.sea_t
  local bottom = cy - th * 1.6
  local sea = cylinder(R, th * 1.6, th * 0.6):stretch(1.15, 1, 1):move(cx + len * o.sea_x, bottom, 0)
  -- ripples spreading from the splash
  for i, f in ipairs(o.ripples) do
    sea = sea + torus(R * f, th * (0.6 - i * 0.1)):stretch(1.15, 0.6, 1):move(cx + len * o.sea_x * f, cy, 0)
  end
  local c = o.crown
  local splash = F.splash_crown(h * c[1], h * c[2], c[3], k.style == "low_poly"):stretch(1.15, 1, 1):move(cx, cy, 0)
  shape = shape * box(BIG, BIG, BIG):move(0, bottom + BIG / 2, 0)
  -- Move the rig's points onto the bent, risen body.
  local function at(p)
    local q = F.turn(F.bent_point(p, front, 1), 0, rise)
    return {q[1], q[2], p[3] or 0}
  end
  local function up(deg) return {-sin(rad(deg)), cos(rad(deg)), 0} end
  local hx = len * (0.5 - sp.eye_x)
  k.attach("head", at({hx, h * o.head_y, 0}), sp.width * 1.5, up(rise + front[1][2]))
  k.attach("back", at({0, h * 0.95, 0}), sp.width * 1.6, up(rise))
  k.attach("face", at({len * 0.47, h * 0.2, 0}), h * 0.8, {cos(rad(rise + front[1][2])), sin(rad(rise + front[1][2])), 0})
  k.attach("mouth", at({len * 0.48, -h * 0.25, 0}), h * 0.6)
  return shape + sea:part(o.sea_part) + splash:part(o.splash_part)
end

return F
