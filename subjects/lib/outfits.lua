-- Headwear and worn things shared by the accessory subjects and the
-- characters that wear them. Every builder takes R, the radius of the
-- headband (the head it fits), and part names; it returns a shape whose base
-- centre is the origin, up +Y, front towards +X. Accessory files stand them on
-- y = 0; characters move them onto a figure's head (O.on_head).
--   local O = use("outfits")
local O = {}

local function add(a, b) return {a[1] + b[1], a[2] + b[2], a[3] + b[3]} end
local function mul(a, s) return {a[1] * s, a[2] * s, a[3] * s} end

-- A figure's head: returns a function placing a hat built for R = headband
-- radius so that it sits on the head (f from the humanoid rig).
function O.on_head(f, shape, sink, tilt)
  local hr, c = f.head_r, f.head_c
  local s = shape:rotz(tilt or 0)
  return s:move(c[1] - hr * 0.06, c[2] + hr * (sink or 0.35), c[3])
end

-- Headband radius that fits a humanoid head.
function O.fit(f) return f.head_r * 1.0 end

-- A top hat: a tall crown flaring a little, a band and a curled brim.
function O.top_hat(R, p)
  local h = R * 1.55
  local crown = lathe({{R * 0.98, 0}, {R * 0.96, h * 0.3}, {R * 1.0, h * 0.8}, {R * 1.06, h * 0.97}, {R * 1.02, h}, {0.5, h}})
  local brim = revolve({{R * 0.9, 0}, {R * 1.42, 0}, {R * 1.52, R * 0.1}, {R * 1.47, R * 0.12}, {R * 1.38, R * 0.05}, {R * 0.9, R * 0.07}})
  local band = cylinder(R * 1.0, h * 0.2):move(0, R * 0.06, 0)
  return union(crown:part(p.hat), brim:part(p.hat), band:part(p.band or p.hat))
end

-- A wizard's hat: a wide floppy brim and a tall cone bending back at the tip.
function O.wizard_hat(R, p, opts)
  opts = opts or {}
  local h = R * (opts.height or 3.4)
  local brim_r = R * (opts.brim or 1.7)
  local bt = R * 0.08 * (opts.thick or 1)  -- opts.thick: a thicker brim for a hat on a small figure
  local brim = cylinder(brim_r, bt, R * 0.04):move(0, R * 0.08 - bt, 0)
  brim = smooth(R * 0.1, brim, cone(R * 1.3, R * 1.0, R * 0.15))
  local pts = {}
  local secs = {}
  local n = 8
  for i = 0, n do
    local t = i / n
    local r = R * 1.02 * (1 - t) ^ 1.05 + R * 0.04
    local bend = -R * (opts.bend or 0.9) * t ^ 2.6
    secs[#secs + 1] = {y = R * 0.05 + h * t, rx = r, rz = r, x = bend}
  end
  local cone_s = loft(secs)
  local shape = union(brim:part(p.hat), cone_s:part(p.hat))
  local band = cylinder(R * 1.03, R * 0.28):move(0, R * 0.1, 0)
  shape = shape + band:part(p.band or p.hat)
  if p.stars then
    for i, a in ipairs({-30, 25, 70}) do
      local y = R * (0.7 + i * 0.55)
      local t = (y - R * 0.05) / h
      local r = R * 1.02 * (1 - t) ^ 1.05 + R * 0.04
      local d = {math.cos(math.rad(a)), 0, math.sin(math.rad(a))}
      local st = star(5, R * 0.22, R * 0.1, R * 0.06):roty(90 - a):move(d[1] * r - R * (opts.bend or 0.9) * t ^ 2.6, y, d[3] * r)
      shape = shape + st:part(p.stars)
    end
  end
  return shape
end

-- A cowboy hat: a pinched crown and a wide brim curled up at the sides.
function O.cowboy_hat(R, p)
  local crown = loft({
    {y = 0, rx = R * 1.05, rz = R * 0.95},
    {y = R * 0.6, rx = R * 1.0, rz = R * 0.88},
    {y = R * 0.95, rx = R * 0.92, rz = R * 0.78},
    {y = R * 1.12, rx = R * 0.7, rz = R * 0.5},
  })
  crown = smooth_sub(crown, ellipsoid(R * 0.6, R * 0.25, R * 0.18):move(0, R * 1.15, 0), R * 0.1)
  -- Brim: a disc whose sides curl up.
  local secs = {}
  local bt = R * 0.07 * (p.thick or 1)  -- p.thick: a thicker brim for a hat on a small figure
  local brim = cylinder(R * 1.6, bt, R * 0.03):move(0, R * 0.07 - bt, 0):stretch(1.08, 1, 0.95)
  for _, s in ipairs({-1, 1}) do
    local lr = R * 0.2 * math.max(1, (p.thick or 1) * 0.5)
    local lip = limb({-R * 1.1, R * 0.1, s * R * 1.55}, {R * 1.1, R * 0.1, s * R * 1.55}, lr, lr)
    brim = smooth(R * 0.35, brim, lip:stretch(1, 1, 1))
  end
  brim = intersect(brim, cylinder(R * 1.9, R * 0.6):move(0, R * 0.07 - bt - R * 0.05, 0):stretch(1.08, 1, 0.95))
  local band = cylinder(R * 1.0, R * 0.18):move(0, R * 0.05, 0):stretch(1.05, 1, 0.95)
  return union(crown:part(p.hat), brim:part(p.hat), band:part(p.band or p.hat))
end

-- A crown: a gold band with points topped by balls, and jewels.
function O.crown(R, p, opts)
  opts = opts or {}
  local h = R * (opts.height or 0.75)
  local band = subtract(cylinder(R * 1.05, h * 0.45, R * 0.03), cylinder(R * 0.95, h * 2):move(0, -h * 0.5, 0))
  local n = opts.points or 8
  local spikes = {}
  for i = 0, n - 1 do
    local a = math.rad(i * 360 / n)
    local c = {math.cos(a) * R * 1.0, 0, math.sin(a) * R * 1.0}
    local tri = extrude({{-R * 0.38, 0}, {R * 0.38, 0}, {0, h}}, R * 0.07):roty(-i * 360 / n + 90)
    spikes[#spikes + 1] = tri:move(c[1], h * 0.35, c[3])
    spikes[#spikes + 1] = sphere(R * 0.09):move(c[1], h * 1.38, c[3])
  end
  local shape = union(band, union(table.unpack(spikes))):part(p.crown)
  if p.jewels then
    local gems = {}
    for i = 0, n - 1 do
      local a = math.rad(i * 360 / n)
      gems[#gems + 1] = sphere(R * 0.1):stretch(0.6, 1, 1):roty(-i * 360 / n):move(math.cos(a) * R * 1.05, h * 0.22, math.sin(a) * R * 1.05)
    end
    shape = shape + union(table.unpack(gems)):part(p.jewels)
  end
  if opts.cap then
    shape = shape + intersect(sphere(R * 0.98):stretch(1, 0.8, 1), cylinder(R * 2, R * 2)):move(0, h * 0.2, 0):part(opts.cap)
    shape = shape + union(sphere(R * 0.14):move(0, h * 0.2 + R * 0.88, 0),
                          box(R * 0.06, R * 0.35, R * 0.06):move(0, h * 0.2 + R * 1.08, 0),
                          box(R * 0.22, R * 0.06, R * 0.06):move(0, h * 0.2 + R * 1.1, 0)):part(p.crown)
  end
  return shape
end

-- A party hat: a striped cone with a pompom.
function O.party_hat(R, p)
  local h = R * 2.3
  local shape = cone(R, R * 0.06, h):part(p.hat)
  if p.stripes then
    for i = 1, 3 do
      local y = h * (i * 0.22)
      local r = R * (1 - y / h) + R * 0.03
      shape = shape + intersect(cone(R * 1.02, R * 0.08, h), cylinder(R * 1.5, h * 0.07):move(0, y, 0)):part(p.stripes)
    end
  end
  return shape + sphere(R * 0.22):move(0, h, 0):part(p.pompom or p.hat)
end

-- A baseball cap: a dome with seams and a bill to the front (+X).
function O.cap(R, p)
  local dome = intersect(ellipsoid(R * 1.02, R * 0.78, R * 1.0), box(R * 3, R * 2, R * 3):move(0, R, 0))
  local bill = intersect(cylinder(R * 1.0, R * 0.06, R * 0.02):stretch(1.25, 1, 0.95):move(R * 0.85, 0, 0),
                         box(R * 3, R, R * 3):move(R * 1.5 + R * 0.55, 0, 0))
  bill = bill:rotz(-6):move(0, R * 0.08, 0)
  local button = sphere(R * 0.1):move(0, R * 0.78, 0)
  return union(dome:part(p.hat), bill:part(p.bill or p.hat), button:part(p.hat))
end

-- A beanie: a snug dome with a turned-up cuff and a pompom.
function O.beanie(R, p, pompom)
  local dome = intersect(ellipsoid(R * 1.02, R * 1.05, R * 1.02), box(R * 3, R * 2, R * 3):move(0, R, 0))
  local cuff = cylinder(R * 1.08, R * 0.35, R * 0.12)
  local shape = union(dome:part(p.hat), cuff:part(p.cuff or p.hat))
  if pompom ~= false then shape = shape + sphere(R * 0.32):noise(R * 0.04, R * 0.15):move(0, R * 1.1, 0):part(p.pompom or p.hat) end
  return shape
end

-- A chef's toque: a band and a puffed top.
function O.chef_hat(R, p)
  local band = cylinder(R * 1.0, R * 0.9, R * 0.05)
  local puff = {}
  for i = 0, 5 do
    local a = math.rad(i * 60)
    puff[#puff + 1] = sphere(R * 0.62):move(math.cos(a) * R * 0.55, R * 1.45, math.sin(a) * R * 0.55)
  end
  puff[#puff + 1] = sphere(R * 0.7):move(0, R * 1.6, 0)
  local top = smooth(R * 0.2, cylinder(R * 1.05, R * 1.3):move(0, R * 0.5, 0), union(table.unpack(puff)))
  return smooth(R * 0.05, band, top):part(p.hat)
end

-- A pirate's tricorn: a low crown inside a brim turned up into three walls,
-- a rounded triangle in plan with a point to the front (+X), gold-edged.
function O.tricorn(R, p)
  local function outline(scale)
    local pts = {}
    for i = 0, 35 do
      local a = math.rad(i * 10)
      -- Corners at 0, 120 and 240 degrees, concave between them.
      local k3 = math.cos(3 * a)
      local r = R * scale * (1.22 + 0.32 * k3)
      pts[#pts + 1] = {math.cos(a) * r, math.sin(a) * r}
    end
    return pts
  end
  local h = R * 0.5
  local flat = function(shape, height) return shape:rotx(90):move(0, height * 0.5, 0) end
  local walls = subtract(flat(extrude(outline(1.0), h, R * 0.04), h), flat(extrude(outline(0.86), h * 1.2, 0), h * 1.2):move(0, R * 0.1, 0))
  local crown = intersect(ellipsoid(R * 1.0, R * 1.05, R * 1.0), box(R * 3, R * 2, R * 3):move(0, R, 0))
  local shape = union(walls:part(p.hat), crown:part(p.hat))
  if p.trim then
    local band = subtract(flat(extrude(outline(1.02), R * 0.08, 0), R * 0.08), flat(extrude(outline(0.95), R * 0.3, 0), R * 0.3):move(0, -R * 0.1, 0))
    shape = shape + band:move(0, h - R * 0.05, 0):part(p.trim)
  end
  if p.emblem then
    shape = shape + union(sphere(R * 0.16):move(0, R * 0.1, 0), box(R * 0.08, R * 0.12, R * 0.12):move(0, -R * 0.06, 0)):rotz(-20):move(R * 1.5, h * 0.6, 0):part(p.emblem)
  end
  return shape
end

-- A viking helmet: an iron dome with a rim, a nose guard and two horns.
function O.viking_helmet(R, p)
  local dome = intersect(ellipsoid(R * 1.06, R * 1.05, R * 1.06), box(R * 3, R * 2, R * 3):move(0, R, 0))
  local rim = cylinder(R * 1.1, R * 0.18, R * 0.05)
  local ridge = intersect(torus(R * 1.0, R * 0.07):rotx(90), box(R * 3, R * 3, R * 3):move(0, R * 1.5, 0)):stretch(1.06, 1.05, 1)
  local nose = box(R * 0.12, R * 0.6, R * 0.18, R * 0.03):move(R * 1.08, -R * 0.15, 0)
  local shape = union(dome, rim, ridge, nose):part(p.hat)
  for _, s in ipairs({-1, 1}) do
    local b = {0, R * 0.55, s * R * 0.85}
    local horn = tube({b, add(b, {0, R * 0.25, s * R * 0.55}), add(b, {R * 0.1, R * 0.85, s * R * 0.9}),
                       add(b, {R * 0.25, R * 1.4, s * R * 0.8})}, R * 0.24, R * 0.03)
    shape = shape + horn:part(p.horns or p.hat)
  end
  return shape
end

-- A knight's great helm: a flat-topped barrel with an eye slit, breaths and a plume.
function O.great_helm(R, p, plume)
  local h = R * 2.25
  local body = loft({
    {y = 0, rx = R * 1.12, rz = R * 1.05},
    {y = h * 0.55, rx = R * 1.12, rz = R * 1.02},
    {y = h * 0.88, rx = R * 1.0, rz = R * 0.95},
    {y = h, rx = R * 0.7, rz = R * 0.66},
  })
  local ridge = box(R * 2.3, h * 0.9, R * 0.14, R * 0.05):move(R * 0.05, h * 0.45, 0)
  ridge = intersect(ridge, box(R * 3, h, R * 3):move(R * 1.5, h * 0.5, 0))
  body = smooth(R * 0.05, body, ridge)
  local slit = box(R * 0.8, R * 0.11, R * 1.6):move(R * 1.05, h * 0.62, 0)
  body = subtract(body, slit)
  local holes = {}
  for i = 0, 2 do
    for j = -1, 1 do
      holes[#holes + 1] = cylinder(R * 0.045, R * 0.6):rotz(-90):move(R * 0.85, h * (0.3 - i * 0.08), j * R * 0.2)
    end
  end
  body = subtract(body, union(table.unpack(holes)))
  local shape = body:part(p.hat)
  if plume then
    local base = {-R * 0.1, h * 0.98, 0}
    local feathers = tube({base, add(base, {-R * 0.2, R * 0.7, 0}), add(base, {-R * 0.9, R * 1.2, 0}), add(base, {-R * 1.7, R * 0.9, 0})}, R * 0.3, R * 0.1)
    shape = shape + feathers:noise(R * 0.05, R * 0.25):part(plume)
  end
  return shape
end

-- A round helmet (soldier's, rider's): a dome with a small rim.
function O.round_helmet(R, p)
  local dome = intersect(ellipsoid(R * 1.12, R * 1.08, R * 1.1), box(R * 3, R * 2, R * 3):move(0, R, 0))
  local rim = cylinder(R * 1.22, R * 0.1, R * 0.04):stretch(1.05, 1, 1)
  local shape = union(dome, rim):part(p.hat)
  if p.strap then
    shape = shape + subtract(torus(R * 0.95, R * 0.05):rotx(90):stretch(1, 0.9, 1), box(R * 3, R * 3, R * 3):move(0, R * 1.5, 0)):part(p.strap)
  end
  return shape
end

-- A fedora: a pinched crown, a band and a narrow snap brim.
function O.fedora(R, p)
  local crown = loft({
    {y = 0, rx = R * 1.05, rz = R * 0.98},
    {y = R * 0.7, rx = R * 0.98, rz = R * 0.9},
    {y = R * 0.95, rx = R * 0.8, rz = R * 0.72},
  })
  crown = smooth_sub(crown, ellipsoid(R * 0.6, R * 0.22, R * 0.16):move(-R * 0.05, R * 0.98, 0), R * 0.08)
  local brim = cylinder(R * 1.5, R * 0.06, R * 0.03):stretch(1.05, 1, 0.98)
  local band = cylinder(R * 1.04, R * 0.2):move(0, R * 0.05, 0)
  return union(crown:part(p.hat), brim:part(p.hat), band:part(p.band or p.hat))
end

-- A bowler: a round dome crown and a short curled brim.
function O.bowler(R, p)
  local crown = intersect(ellipsoid(R * 1.02, R * 1.15, R * 0.98), box(R * 3, R * 3, R * 3):move(0, R * 1.5, 0))
  local brim = revolve({{R * 0.9, 0}, {R * 1.3, 0}, {R * 1.38, R * 0.12}, {R * 1.32, R * 0.13}, {R * 1.2, R * 0.06}, {R * 0.9, R * 0.07}})
  local band = cylinder(R * 1.03, R * 0.18):move(0, R * 0.05, 0)
  return union(crown:part(p.hat), brim:part(p.hat), band:part(p.band or p.hat))
end

-- A sombrero: a tall conical crown and a very wide upturned brim.
function O.sombrero(R, p)
  local crown = lathe({{R * 1.0, 0}, {R * 0.95, R * 0.6}, {R * 0.8, R * 1.1}, {R * 0.5, R * 1.35}, {0.5, R * 1.4}})
  local brim = revolve({{R * 0.9, 0}, {R * 2.4, R * 0.1}, {R * 2.75, R * 0.45}, {R * 2.7, R * 0.5}, {R * 2.35, R * 0.2}, {R * 0.9, R * 0.1}})
  local band = cylinder(R * 1.02, R * 0.2):move(0, R * 0.12, 0)
  return union(crown:part(p.hat), brim:part(p.hat), band:part(p.band or p.hat))
end

-- A beret: a flat soft disc tilted, with a stalk.
function O.beret(R, p)
  local disc = ellipsoid(R * 1.3, R * 0.35, R * 1.25):move(R * 0.1, R * 0.35, 0)
  local band = cylinder(R * 0.98, R * 0.18)
  return smooth(R * 0.15, disc, band, limb({0, R * 0.6, 0}, {0, R * 0.8, 0}, R * 0.06, R * 0.04)):rotz(-8):part(p.hat)
end

-- A Santa hat: a red cone flopping to the side, white fur trim and pompom.
function O.santa_hat(R, p)
  local secs = {}
  local n = 7
  for i = 0, n do
    local t = i / n
    local r = R * 1.0 * (1 - t) + R * 0.12 * t
    secs[#secs + 1] = {y = R * 0.2 + R * 1.6 * t - R * 0.5 * t ^ 3, rx = r, rz = r, x = -R * 1.2 * t ^ 2}
  end
  local tip = {-R * 1.2, R * 1.3, 0}
  local shape = loft(secs):part(p.hat)
  shape = shape + torus(R * 1.02, R * 0.22):move(0, R * 0.22, 0):part(p.trim or p.hat)
  shape = shape + sphere(R * 0.25):move(tip[1] - R * 0.1, tip[2] - R * 0.05, 0):part(p.trim or p.hat)
  return shape
end

-- A graduation mortarboard: a skullcap under a flat square board with a tassel.
function O.mortarboard(R, p)
  local cap = cylinder(R * 1.0, R * 0.6, R * 0.1)
  local board = box(R * 2.7, R * 0.1, R * 2.7, R * 0.02):roty(45):move(0, R * 0.62, 0)
  local tassel = union(sphere(R * 0.1):move(0, R * 0.7, 0),
                       polyline({{0, R * 0.7, 0}, {R * 1.2, R * 0.66, 0}, {R * 1.25, R * 0.2, 0}}, R * 0.03),
                       cone(R * 0.08, R * 0.04, R * 0.35):move(R * 1.25, R * 0.0, 0))
  return union(cap:part(p.hat), board:part(p.hat), tassel:part(p.tassel or p.hat))
end

-- A halo: a thin golden ring.
function O.halo(R, p)
  return torus(R * 0.95, R * 0.1):part(p.halo)
end

-- A pair of wings spread up and out from roots at the origin, across Z
-- (sideways), thin along X: "feather" (angel, bird), "bat" (dragon, devil)
-- or "fairy" (two pairs of rounded panes). `span` is one wing's length.
function O.wings(span, p, kind, raise)
  local shape = empty()
  local w = span
  local outline
  if kind == "bat" then
    outline = {{0, 0}, {w * 0.3, w * 0.42}, {w * 0.55, w * 0.62}, {w * 0.95, w * 0.5}, {w * 0.78, w * 0.36},
               {w * 0.74, w * 0.12}, {w * 0.56, w * 0.2}, {w * 0.48, -w * 0.02}, {w * 0.3, w * 0.08}, {w * 0.18, -w * 0.1}}
  elseif kind == "fairy" then
    outline = nil
  else
    -- Leading edge up and out to the tip, trailing edge of long primaries
    -- scalloped back down to the root.
    outline = {{0, -w * 0.05}, {w * 0.12, w * 0.22}, {w * 0.3, w * 0.45}, {w * 0.55, w * 0.62}, {w * 0.8, w * 0.7},
               {w * 1.0, w * 0.66}}
    local tips = {{w * 0.92, w * 0.5}, {w * 0.98, w * 0.46}, {w * 0.8, w * 0.32}, {w * 0.86, w * 0.26}, {w * 0.66, w * 0.14},
                  {w * 0.7, w * 0.06}, {w * 0.5, w * 0.0}, {w * 0.52, -w * 0.08}, {w * 0.32, -w * 0.1}, {w * 0.3, -w * 0.18},
                  {w * 0.12, -w * 0.16}}
    for _, t in ipairs(tips) do outline[#outline + 1] = t end
  end
  for _, s in ipairs({-1, 1}) do
    local wing
    if kind == "fairy" then
      local lt = math.max(w * 0.015, p.min_t or 0)  -- p.min_t: the thinnest sheet that survives meshing
      local upper = leaf(w * 0.7, w * 0.42, lt, 0.15):rotz(-55)
      local lower = leaf(w * 0.45, w * 0.28, lt, 0.25):rotz(-125)
      wing = union(upper, lower)
    else
      local th = math.max(w * (kind == "bat" and 0.015 or 0.05), p.min_t or 0)
      local br = math.max(1, (p.min_t or 0) / (w * 0.03))  -- bones thicken with a thick membrane
      wing = extrude(outline, th, th * 0.4)
      if kind == "bat" then
        wing = wing + union(polyline({{0, 0, 0}, {w * 0.3, w * 0.42, 0}, {w * 0.55, w * 0.62, 0}, {w * 0.95, w * 0.5, 0}}, w * 0.03 * br, w * 0.012 * br),
                            polyline({{w * 0.55, w * 0.62, 0}, {w * 0.74, w * 0.12, 0}}, w * 0.016 * br, w * 0.008 * br),
                            polyline({{w * 0.55, w * 0.62, 0}, {w * 0.48, -w * 0.02, 0}}, w * 0.016 * br, w * 0.008 * br),
                            polyline({{w * 0.55, w * 0.62, 0}, {w * 0.18, -w * 0.1, 0}}, w * 0.016 * br, w * 0.008 * br))
      else
        -- Covert feathers: a thicker rounded shoulder along the leading edge.
        wing = smooth(w * 0.03, wing, limb({0, 0, 0}, {w * 0.55, w * 0.6, 0}, w * 0.07, w * 0.04))
      end
    end
    -- The XY plane, +X outwards, turned to spread along ±Z and swept back.
    if raise then wing = wing:rotz(raise) end
    wing = wing:roty(s > 0 and -90 or 90):roty(s * -18)
    shape = shape + wing:part(p.wings)
  end
  return shape
end

return O
