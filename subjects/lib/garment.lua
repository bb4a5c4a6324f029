-- Garments as a shop shows them: worn by an invisible body, so each piece
-- keeps the body's volume, with shallow recesses at the neck, the sleeve
-- ends and the hem; tops, dresses and coats stand on a dress-form stand (a
-- short pole on a round base). Everything in mm on a body of adult height
-- standing on y = 0, the front towards +X, the width along Z: a garment is
-- built in this body frame, then moved down onto its stand.
--   local G = use("garment")
local G = {}

-- Heights on the body (mm).
G.NECK, G.SHOULDER, G.CHEST, G.WAIST, G.HIP, G.CROTCH, G.KNEE = 1450, 1368, 1250, 1060, 920, 790, 480

-- The torso: body sections {y, rx (half depth), rz (half width)}.
local TORSO = {
  {600, 128, 186}, {780, 118, 180}, {900, 122, 184}, {1060, 106, 150}, {1160, 114, 160},
  {1250, 124, 170}, {1310, 118, 172}, {1360, 100, 168}, {1410, 80, 128}, {1450, 64, 74}, {1500, 60, 66},
}

local function interp(keys, y, i)
  if y <= keys[1][1] then return keys[1][i] end
  for j = 2, #keys do
    local a, b = keys[j - 1], keys[j]
    if y <= b[1] then
      local t = (y - a[1]) / (b[1] - a[1])
      t = 0.5 - 0.5 * math.cos(t * math.pi)
      return a[i] + (b[i] - a[i]) * t
    end
  end
  return keys[#keys][i]
end

-- The body's half depth and half width at height y, with the garment's
-- options: ease (mm added all round), straight (0..1: the waist filled out
-- towards the chest, for a loose shirt), fitted (mm taken in at the waist).
function G.radii(o, y)
  local rx, rz = interp(TORSO, y, 2), interp(TORSO, y, 3)
  local s = o.straight or 0
  if y < G.CHEST and s > 0 then
    local w = math.min(1, (G.CHEST - y) / 120)
    rx = rx + s * w * math.max(0, 122 - rx)
    rz = rz + s * w * math.max(0, 172 - rz)
  end
  if o.fitted and y < G.CHEST and y > G.HIP then
    local t = 1 - math.abs(y - G.WAIST) / 150
    if t > 0 then rx, rz = rx - o.fitted * 0.5 * t, rz - o.fitted * t end
  end
  local e = o.ease or 14
  return rx + e, rz + e
end

-- The x of the garment's front surface at height y, across at z.
function G.front(o, y, z)
  local rx, rz = G.radii(o, y)
  local q = math.min(math.abs(z) / rz, 0.98)
  return rx * math.sqrt(1 - q * q)
end

-- A slab below a plane through (0, y, 0) tilted so its front (+X) is `deg`
-- lower than its back: everything under the neckline.
local function under(y, deg)
  return box(3000, 3000, 3000):move(0, -1500, 0):rotz(-deg):move(0, y, 0)
end

-- The torso shell from the hem (o.hem) up to the neckline (o.neck, default
-- G.NECK), its neckline tilting down to the front by o.tilt degrees, and a
-- shallow recess up into the hem. Also returns its plain surface (uncut: a
-- cheap skin to lay bands on, away from the hem and the neck).
function G.torso(o)
  local hem, top = o.hem, o.neck or G.NECK
  local sec = {}
  local rx, rz = G.radii(o, hem)
  local fl = o.flare or 0
  sec[1] = {y = hem, rx = rx + fl * 0.5, rz = rz + fl}
  for _, k in ipairs(TORSO) do
    if k[1] > hem + 40 then
      local a, b = G.radii(o, k[1])
      local f = fl * math.max(0, 1 - (k[1] - hem) / 260)
      sec[#sec + 1] = {y = k[1], rx = a + f * 0.5, rz = b + f}
    end
  end
  local surface = loft(sec)
  local body = intersect(surface, under(top, o.tilt or 10))
  if o.hollow ~= false then
    local a, b = G.radii(o, hem + 40)
    local depth = o.hem_depth or 60
    local cut = loft({{y = hem - 10, rx = a + fl * 0.5 - 20, rz = b + fl - 20}, {y = hem + depth, rx = a - 22, rz = b - 22}})
    body = subtract(body, cut)
  end
  return body, surface
end

-- The neck opening: a recess into the top of the torso (kind "crew", "scoop",
-- "boat" or "v") and its rim (a band of `rim` mm round it, for ribbing). A
-- V's or a scoop's rim is a band of the surface of o.body when it is given.
function G.neck(o, kind, rim)
  local top = o.neck or G.NECK
  local tilt = o.tilt or 10
  local r = ({crew = 60, scoop = 78, boat = 66, v = o.v_r or 60})[kind or "crew"] or 60
  local hole
  if kind == "v" then
    local depth = o.v_depth or 170
    local v = extrude({{-r, 40}, {r, 40}, {r, 0}, {0, -depth}, {-r, 0}}, 400):roty(90)
    hole = intersect(v:move(0, top, 0), under(top + 60, tilt))
    hole = intersect(hole, box(600, 400, 600):move(0, top - 100, 0))
    -- only a shallow pocket: behind the front it is the neck's own hole
    local back = ellipsoid(54, 70, 60):move(-6, top + 10, 0)
    local front = subtract(hole, box(300, 600, 600):move(G.front(o, top - depth * 0.5, 0) - 150 - (o.v_recess or 24), top, 0))
    hole = union(back, front)
  else
    local rz = kind == "boat" and r * 1.6 or r
    local rx = r * 0.82
    hole = ellipsoid(rx, 66, rz):rotz(-tilt):move(0, top + 8, 0)
    if kind == "scoop" then
      -- scooped low at the front
      hole = hole + ellipsoid(96, 150, r):move(56, top - 6, 0)
    end
  end
  -- the rim: a rolled band round the opening (not for a V, whose edges
  -- take a band of the surface instead)
  local band = empty()
  if rim and rim > 0 then
    if kind == "v" then
      band = intersect(hole:round(rim), under(top + 1, tilt))
      if o.body then band = G.band(o.body, band, 4) end
    else
      local rz = kind == "boat" and r * 1.6 or r
      local rx = r * 0.82
      local R = (rx + rz) / 2 + rim * 0.35
      band = torus(R, rim):stretch((rx + rim * 0.35) / R, 1, (rz + rim * 0.35) / R):rotz(-tilt)
      band = band:move(0, top - rim * 0.35, 0)
      if kind == "scoop" and o.body then band = G.band(o.body, hole:round(rim), 4) end
    end
  end
  return hole, band
end

-- The arm's path for a sleeve: shoulder, elbow, wrist; `spread` swings it
-- out from the body (degrees from hanging straight down).
function G.arm(o, side, spread)
  local rx, rz = G.radii(o, G.SHOULDER)
  local s = {0, G.SHOULDER, side * (rz - 18)}
  local a = math.rad(spread or 14)
  local len1, len2 = 265, 245
  local e = {-10, s[2] - len1 * math.cos(a), s[3] + side * len1 * math.sin(a)}
  local a2 = a + math.rad(2)
  local w = {22, e[2] - len2 * math.cos(a2), e[3] + side * len2 * math.sin(a2)}
  return s, e, w
end

local function lerp(a, b, t) return {a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t, a[3] + (b[3] - a[3]) * t} end
local function dir(a, b)
  local d = {b[1] - a[1], b[2] - a[2], b[3] - a[3]}
  local l = math.sqrt(d[1] ^ 2 + d[2] ^ 2 + d[3] ^ 2)
  return {d[1] / l, d[2] / l, d[3] / l}
end

-- A sleeve on side ±1: `len` 0..1 of the arm (0.25 short, 1 to the wrist),
-- radii r0 at the shoulder and r1 at its end, swung out by `spread`. Returns
-- the sleeve, the recess at its open end, a cuff band of `cuff` mm, and the
-- end point.
function G.sleeve(o, side, len, r0, r1, spread, cuff)
  local s, e, w = G.arm(o, side, spread)
  local shape, tip, d
  if len <= 0.52 then
    tip = lerp(s, e, len / 0.52)
    d = dir(s, e)
    shape = limb(s, tip, r0, r1)
  else
    tip = lerp(e, w, (len - 0.52) / 0.48)
    d = dir(e, w)
    local re = r0 + (r1 - r0) * 0.55
    shape = limb(s, e, r0, re) + limb(e, tip, re, r1)
  end
  local wall = math.max(14, r1 * 0.28)
  local hole = capsule({tip[1] - d[1] * 40, tip[2] - d[2] * 40, tip[3] - d[3] * 40},
                       {tip[1] + d[1] * 60, tip[2] + d[2] * 60, tip[3] + d[3] * 60}, r1 - wall)
  local band = empty()
  if cuff and cuff > 0 then
    band = limb({tip[1] - d[1] * cuff, tip[2] - d[2] * cuff, tip[3] - d[3] * cuff}, tip, r1 + 5, r1 + 5)
  end
  return shape, hole, band, tip
end

-- A pair of sleeves smoothly joined to a torso; returns the garment with its
-- sleeve ends hollowed and the two cuff bands.
function G.with_sleeves(o, body, len, r0, r1, spread, cuff)
  local cuffs, holes = {}, {}
  for _, side in ipairs({-1, 1}) do
    local sl, hole, band = G.sleeve(o, side, len, r0, r1, spread, cuff)
    body = smooth(o.blend or 14, body, sl)
    holes[#holes + 1] = hole
    cuffs[#cuffs + 1] = band
  end
  local c = union(cuffs)
  return smooth_sub(body, union(holes), 6), subtract(c, union(holes))
end

-- A band of the surface of `shape` (raised by `proud` mm) inside `region`:
-- seams, stitching, panels, trims and prints painted onto a garment.
function G.band(shape, region, proud)
  local p = proud or 3
  return intersect(shape:shell(2 * p), region)
end

-- A stroke of width w along a polyline of {z, y} points, as a region
-- reaching through X (cut with a half-space to keep the front or back):
-- seams and stitching drawn on a garment seen from the front.
function G.stroke(pts, w)
  local out = {}
  for i = 1, #pts - 1 do
    local a, b = pts[i], pts[i + 1]
    local dz, dy = b[1] - a[1], b[2] - a[2]
    local l = math.sqrt(dz * dz + dy * dy)
    local seg = box(600, l + w, w):rotx(math.deg(math.atan(dz, dy))):move(0, (a[2] + b[2]) / 2, (a[1] + b[1]) / 2)
    out[#out + 1] = seg
  end
  return union(out)
end

-- The front (x > 0) or back half-space.
function G.front_half(back)
  return box(1000, 4000, 4000):move(back and -500 or 500, 0, 0)
end

-- A horizontal slab between heights y0 and y1.
function G.slab(y0, y1)
  return box(3000, y1 - y0, 3000):move(0, (y0 + y1) / 2, 0)
end

-- A button facing +X (or along `d`) at p.
function G.button(p, r, d)
  local b = cylinder(r, r * 0.7, r * 0.3):move(0, -r * 0.35, 0)
  return b:aim(d or {1, 0, 0}, p)
end

-- Buttons down the front centre (z), from y0 to y1, n of them, sitting on
-- the garment's front.
function G.buttons(o, y0, y1, n, r, z)
  local bs = {}
  for i = 0, n - 1 do
    local y = y0 + (y1 - y0) * (n == 1 and 0 or i / (n - 1))
    local x = G.front(o, y, z or 0)
    bs[#bs + 1] = G.button({x + 1, y, z or 0}, r)
  end
  return union(bs)
end

-- A shirt collar: a stand round the neck and two points lying flat on the
-- chest (bands of the surface of o.body, `proud` mm thick).
function G.collar(o, stand, spread, proud)
  local top = o.neck or G.NECK
  local tilt = o.tilt or 10
  local h = stand or 42
  local ring = subtract(cone(86, 76, h), cylinder(60, h * 3):move(0, -h, 0)):rotz(-tilt):move(-4, top - 14, 0)
  -- the collar's front gap
  ring = subtract(ring, box(80, h * 3, 26):move(80, top, 0))
  local pts = {}
  for _, s in ipairs({-1, 1}) do
    local poly = {{s * 10, top - 10}, {s * 86, top + 20}, {s * (spread or 84), top - 96}, {s * 16, top - 40}}
    if s < 0 then poly = {poly[4], poly[3], poly[2], poly[1]} end
    local region = intersect(extrude(poly, 600):roty(-90), box(300, 400, 400):move(150, top, 0))
    pts[#pts + 1] = G.band(o.body, region, proud or 10)
  end
  return union(ring, union(pts))
end

-- Lapels for a jacket's open V front: two raised panels along the V's edges,
-- from the neck down to y = v_bottom, `wide` mm wide at the notch, clear of
-- the V's `hole` when given.
function G.lapels(o, body, v_bottom, wide, hole)
  local top = o.neck or G.NECK
  local out = {}
  for _, s in ipairs({-1, 1}) do
    local poly = {{s * 20, top + 40}, {s * 64, top + 10}, {s * (64 + wide), top - 80}, {s * (64 + wide * 0.8), top - 130},
                  {s * 8, v_bottom}, {s * 2, v_bottom + 30}}
    if s < 0 then
      local r = {}
      for i = #poly, 1, -1 do r[#r + 1] = poly[i] end
      poly = r
    end
    local region = extrude(poly, 600):roty(-90)
    region = intersect(region, box(300, 800, 800):move(150, top - 200, 0))
    out[#out + 1] = G.band(body, region, 7)
  end
  if hole then return subtract(union(out), hole) end
  return union(out)
end

-- A hood worn up over an invisible head, open to the front, lined with a
-- fur ruff when `fur` (returns hood, ruff).
function G.hood_up(o, fur)
  local top = o.neck or G.NECK
  local c = {-18, top + 150, 0}
  local outer = ellipsoid(128, 165, 118):move(c[1], c[2], c[3])
  outer = smooth(30, outer, ellipsoid(110, 60, 100):move(-20, top + 10, 0))
  local inner = ellipsoid(100, 138, 92):move(c[1] + 6, c[2] - 6, c[3])
  local face = ellipsoid(80, 118, 82):rotz(-12):move(c[1] + 108, c[2] - 10, c[3])
  local hood = subtract(outer, union(inner, face))
  local ruff = empty()
  if fur then
    ruff = torus(88, 22):rotz(90):stretch(1, 1.32, 1):rotz(-12):move(c[1] + 92, c[2] - 8, c[3])
    ruff = ruff:noise(5, 14)
  end
  return hood, ruff
end

-- The dress-form stand: a short pole on a round base, its top at `top`.
function G.stand(top, r_base)
  local R = r_base or 170
  local base = cylinder(R, 26, 10) + cone(R * 0.42, R * 0.18, 46):move(0, 20, 0)
  local pole = cylinder(17, top - 30):move(0, 30, 0)
  local collar = cylinder(26, 40, 6):move(0, 52, 0)
  return union(base, pole, collar)
end

-- A dress form's padded torso (for a skirt or an apron shown on the form):
-- from the hips (y0) to a neck knob, in the stand's linen.
function G.form(y0)
  local sec = {}
  for _, k in ipairs(TORSO) do
    if k[1] >= y0 then sec[#sec + 1] = {y = k[1], rx = k[2] - 6, rz = k[3] - 10} end
  end
  local t = intersect(loft(sec), under(G.NECK + 6, 6))
  local neck = cylinder(48, 70):move(-6, G.NECK - 20, 0)
  local cap = cylinder(56, 20, 6):move(-6, G.NECK + 46, 0) + sphere(20):move(-6, G.NECK + 74, 0)
  -- no arms: flat caps where the shoulders end
  local cutl = box(400, 400, 400):move(0, G.SHOULDER + 40, 380)
  local cutr = box(400, 400, 400):move(0, G.SHOULDER + 40, -380)
  t = subtract(t, cutl, cutr)
  return union(t, neck), cap
end

-- A flared skirt from the waist (y w, body radii) down to the hem (y h,
-- radius hr), as a loft bulging like fabric: `shape` "a" (A-line), "bell",
-- "straight"; `folds` soft vertical folds round it; `pleats` sharp pleats;
-- its hem hollowed `hem_depth` mm up.
function G.skirt(o)
  local w, h = o.waist, o.hem
  local wrx, wrz = o.wrx, o.wrz
  local hr = o.hr
  local function prof(t)
    if o.shape == "bell" then return math.sin(t * math.pi * 0.5) ^ 0.8 end
    if o.shape == "straight" then return t ^ 2 end
    return t ^ 0.85
  end
  local sec = {}
  local n = 7
  for i = n, 0, -1 do
    local t = i / n
    local f = prof(t)
    sec[#sec + 1] = {y = w + (h - w) * t, rx = wrx + (hr - wrx) * f, rz = wrz + (hr - wrz) * f}
  end
  local body = loft(sec)
  -- folds and pleats run up the lower part of the skirt, fading out
  local up = o.fold_up or 0.62
  local ty = h + (w - h) * up
  local tr = wrx + (hr - wrx) * prof(1 - up)
  if o.folds and o.folds > 0 then
    local f = limb({hr * 0.96, h + 4, 0}, {tr * 0.9, ty, 0}, hr * (o.fold_r or 0.1), 4)
    body = smooth(o.fold_k or 30, body, radial(f, o.folds, 360 / o.folds * 0.5))
  end
  if o.pleats and o.pleats > 0 then
    -- knife pleats: a sharp step cut into the surface at each fold
    local depth = o.pleat_depth or 16
    local len = math.sqrt((hr - tr) ^ 2 + (ty - h) ^ 2)
    local tilt = math.deg(math.atan(hr - tr, ty - h))
    local cut = box(depth * 2, len + 40, 16):rotz(tilt):move((hr + tr) / 2 + depth * 0.3, (h + ty) / 2, 0)
    body = subtract(body, radial(cut, o.pleats))
  end
  if o.hollow ~= false then
    local d = o.hem_depth or 80
    local wall = o.wall or 22
    local t = d / (w - h)
    local r2 = hr + (wrx - hr) * t
    body = subtract(body, cone(hr - wall, r2 - wall, d + 10):move(0, h - 10, 0))
  end
  return body
end

-- A pair of trouser legs and seat from the hem (y hem) up to the waist
-- (y waist): o.ease, o.hem_r (leg opening radius), o.knee_r, o.thigh_r, o.waist;
-- the waist opening is hollowed. Returns the trousers, the waist's hole, and
-- two cheap stand-ins for their surface to paint bands on: the seat (from
-- the crotch to the waist) and the legs.
function G.trousers(o)
  local e = o.ease or 14
  local waist = o.waist or 1000
  local hem = o.hem or 20
  local cr = G.CROTCH
  local legs = {}
  local thigh = o.thigh_r or 84
  for _, s in ipairs({-1, 1}) do
    -- each leg: tapered rods from the hem up through the knee into the seat
    local top = {0, cr + 120, s * 84}
    local crotch = {2, cr, s * 94}
    if hem < G.KNEE - 60 then
      local hz = o.hem_z or 112
      local knee = {4, G.KNEE, s * ((hz + 98) / 2)}
      legs[#legs + 1] = limb({6, hem - 40, s * hz}, knee, o.hem_r or 62, o.knee_r or 64)
      legs[#legs + 1] = limb(knee, crotch, o.knee_r or 64, thigh + 6)
    else
      legs[#legs + 1] = limb({4, hem - 40, s * (o.hem_z or 104)}, crotch, o.hem_r or 84, thigh + 6)
    end
    legs[#legs + 1] = limb(crotch, top, thigh + 6, thigh + 16)
  end
  local rxh, rzh = interp(TORSO, G.HIP, 2) + e, interp(TORSO, G.HIP, 3) + e
  local seat = loft({
    {y = cr + 40, rx = rxh - 24, rz = rzh - 30},
    {y = G.HIP, rx = rxh, rz = rzh},
    {y = waist, rx = interp(TORSO, waist, 2) + e, rz = interp(TORSO, waist, 3) + e},
    {y = waist + 80, rx = interp(TORSO, waist, 2) + e, rz = interp(TORSO, waist, 3) + e},
  })
  local body = smooth(o.blend or 30, seat, union(legs))
  body = intersect(body, G.slab(hem, waist))
  local rxw, rzw = interp(TORSO, waist, 2) + e, interp(TORSO, waist, 3) + e
  local wall = o.wall or 20
  local hole = loft({{y = waist - (o.waist_depth or 130), rx = rxw - wall - 6, rz = rzw - wall - 6},
                     {y = waist + 20, rx = rxw - wall, rz = rzw - wall}})
  body = subtract(body, hole)
  if o.hollow_legs ~= false then
    for _, s in ipairs({-1, 1}) do
      local r = (hem < G.KNEE - 60) and (o.hem_r or 62) or (o.hem_r or 84)
      local z = o.hem_z or ((hem < G.KNEE - 60) and 112 or 104)
      body = subtract(body, cylinder(r - 20, 50):move(6, hem - 10, s * z))
    end
  end
  return body, hole, seat, union(legs)
end

-- Belt loops round a waistband of radii (rx, rz) at height y.
function G.belt_loops(rx, rz, y, h, angles)
  local out = {}
  for _, deg in ipairs(angles or {-150, -100, -40, 40, 100, 150, 180}) do
    local a = math.rad(deg)
    local x, z = rx * math.cos(a), rz * math.sin(a)
    local nrm = {math.cos(a) / rx, 0, math.sin(a) / rz}
    local l = math.sqrt(nrm[1] ^ 2 + nrm[3] ^ 2)
    nrm = {nrm[1] / l, 0, nrm[3] / l}
    local loop = box(18, h, 20, 4):roty(-math.deg(math.atan(nrm[3], nrm[1])))
    out[#out + 1] = loop:move(x + nrm[1] * 6, y, z + nrm[3] * 6)
  end
  return union(out)
end

-- Seven-segment digits (a sports shirt's number) as regions reaching
-- through X: `text` a string of digits, centred on (y, 0), digit height h.
function G.digits(text, y, h)
  local segs = {
    ["0"] = "abcdef", ["1"] = "bc", ["2"] = "abged", ["3"] = "abgcd", ["4"] = "fgbc", ["5"] = "afgcd",
    ["6"] = "afgedc", ["7"] = "abc", ["8"] = "abcdefg", ["9"] = "abcdfg",
  }
  local w, t = h * 0.55, h * 0.16
  local n = #text
  local out = {}
  for i = 1, n do
    local ch = text:sub(i, i)
    local cz = (i - (n + 1) / 2) * (w + h * 0.25)
    -- the digit is read from the front: +Z is the viewer's left
    cz = -cz
    local function seg(name)
      local hy, hz
      if name == "a" then return box(600, t, w, 0):move(0, y + h / 2 - t / 2, cz) end
      if name == "g" then return box(600, t, w, 0):move(0, y, cz) end
      if name == "d" then return box(600, t, w, 0):move(0, y - h / 2 + t / 2, cz) end
      if name == "b" then hy, hz = y + h / 4, cz - w / 2 + t / 2 end
      if name == "c" then hy, hz = y - h / 4, cz - w / 2 + t / 2 end
      if name == "f" then hy, hz = y + h / 4, cz + w / 2 - t / 2 end
      if name == "e" then hy, hz = y - h / 4, cz + w / 2 - t / 2 end
      return box(600, h / 2 + t / 2, t, 0):move(0, hy, hz)
    end
    local s = segs[ch] or ""
    for j = 1, #s do out[#out + 1] = seg(s:sub(j, j)) end
  end
  return union(out)
end

return G
