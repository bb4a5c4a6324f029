-- The wheeled-vehicle rig. Vehicles are built in mm, facing +X, standing on
-- y = 0, their left side towards +Z. Bodies are side profiles {x, y}
-- extruded across the width; glass is a thin skin laid over a cabin in a
-- band of heights, with pillars left in body colour; wheels are rounded
-- cylinders sunk a little into the body so the model stays in one piece.
--   local V = use("vehicle")
-- Parts a subject using V.wheels must declare: wheels (tyres), hubs.
-- V.glaze uses the part "windows"; V.lights uses "lights" and "taillights".
local V = {}

-- A side profile extruded across the vehicle: outline {{x, y}, …}, width along Z.
function V.side(outline, width, bevel)
  return extrude(outline, width, bevel or 0)
end

-- A box given by its min/max corners.
function V.block(x0, y0, z0, x1, y1, z1, round)
  return box(x1 - x0, y1 - y0, z1 - z0, round or 0):move((x0 + x1) / 2, (y0 + y1) / 2, (z0 + z1) / 2)
end

-- A wheel lying on its side (axle along Z), centred at c: a rounded tyre with
-- a hub standing proud of its outer face. `side` is +1/-1 (which face is outer).
function V.wheel(c, r, w, side, opts)
  opts = opts or {}
  local tyre = cylinder(r, w, math.min(w * 0.35, r * 0.3)):move(0, -w / 2, 0):rotx(90):move(c[1], c[2], c[3])
  tyre = tyre:part(opts.tyre_part or "wheels")
  local hub_r = r * (opts.hub or 0.55)
  local hub = cylinder(hub_r, w * 0.5 + 2, math.min(2, hub_r * 0.3)):move(0, -(w * 0.5 + 2) / 2, 0):rotx(90)
  hub = hub:move(c[1], c[2], c[3] + side * (w * 0.3)):part(opts.hub_part or "hubs")
  if opts.spokes then
    local sp = {}
    for i = 0, opts.spokes - 1 do
      sp[#sp + 1] = box(r * 1.7, math.max(r * 0.06, 4), math.max(w * 0.3, 5)):rotz(180 * i / opts.spokes)
    end
    local ring = torus(r * 0.82, r * 0.08):rotx(90)
    hub = union(union(sp), ring, cylinder(r * 0.16, w * 0.7):move(0, -w * 0.35, 0):rotx(90))
      :move(c[1], c[2], c[3]):part(opts.hub_part or "hubs")
    tyre = torus(r * 0.9, r * 0.12):rotx(90):move(c[1], c[2], c[3]):part(opts.tyre_part or "wheels")
  end
  return tyre + hub
end

-- Pairs of wheels at each axle x, centres at z = ±track, radius r, width w.
function V.wheels(axles, r, w, track, opts)
  local out = {}
  for _, x in ipairs(axles) do
    for _, sz in ipairs({-1, 1}) do
      out[#out + 1] = V.wheel({x, r, sz * track}, r, w, sz, opts)
    end
  end
  return union(out)
end

-- Glass over a solid `cabin` between heights y0 and y1. Side windows run
-- from x = xa to xb (both sides); the ends (windscreen, rear window) keep
-- `corner` mm of body at each edge as pillars; `pillars` lists x of vertical
-- pillars on the sides, each `pw` wide. `half_w` is the cabin's half width.
function V.glaze(cabin, y0, y1, xa, xb, half_w, opts)
  opts = opts or {}
  local t = opts.skin or 1.5
  local big = 10000
  local band = V.block(-big, y0, -big, big, y1, big)
  local skin = intersect(cabin:round(t), band)
  local sides = intersect(skin, V.block(xa, -big, -big, xb, big, big))
  local glass = sides
  if opts.ends ~= false then
    local corner = opts.corner or 6
    glass = glass + intersect(skin, V.block(-big, -big, -(half_w - corner), big, big, half_w - corner))
  end
  for _, x in ipairs(opts.pillars or {}) do
    glass = glass - V.block(x - (opts.pw or 8) / 2, -big, -big, x + (opts.pw or 8) / 2, big, big)
  end
  return glass:part(opts.part or "windows")
end

-- Head- and taillights: small discs on the front face at x = xf and the rear at xr.
function V.lights(xf, xr, y, z, r, opts)
  opts = opts or {}
  local out = {}
  for _, sz in ipairs({-1, 1}) do
    out[#out + 1] = ellipsoid(r * 0.45, r, r):move(xf, y, sz * z):part(opts.front or "lights")
    if xr then
      out[#out + 1] = ellipsoid(r * 0.4, r * 0.7, r * 0.9):move(xr, opts.ry or y, sz * z):part(opts.rear or "taillights")
    end
  end
  return union(out)
end

-- A rounded car body: the profile extruded, then its top edges pulled in
-- (tumblehome) by intersecting with a profile seen from the front.
function V.body(outline, width, bevel, taper)
  local b = extrude(outline, width, bevel or 6)
  if taper and taper > 0 then
    local ymax = -1e9
    for _, p in ipairs(outline) do ymax = math.max(ymax, p[2]) end
    local hw = width / 2
    local front = extrude({{-hw, -10}, {hw, -10}, {hw, ymax * 0.55}, {hw - taper, ymax + 10}, {-(hw - taper), ymax + 10},
                           {-hw, ymax * 0.55}}, 10000):roty(90)
    b = intersect(b, front)
  end
  return b
end

-- A truck cab: front face at x = xf, `len` long, from y0 up `h`, `W` wide,
-- the windscreen leaning back `slope` mm. Returns cab (unassigned), glass.
function V.cab(xf, len, y0, h, W, slope, opts)
  opts = opts or {}
  local nose = opts.nose or 0
  local outline
  if nose > 0 then
    -- a bonnet in front of the windscreen
    outline = {{xf - len, y0}, {xf, y0}, {xf, y0 + h * 0.5}, {xf - nose, y0 + h * 0.56}, {xf - nose - slope, y0 + h},
               {xf - len, y0 + h}}
  else
    outline = {{xf - len, y0}, {xf, y0}, {xf, y0 + h * 0.52}, {xf - slope, y0 + h}, {xf - len, y0 + h}}
  end
  local cab = V.body(outline, W, opts.bevel or 8, opts.taper or 4)
  local g0 = y0 + h * (opts.glass_from or 0.56)
  local g1 = y0 + h - (opts.glass_top or 10)
  local glass = V.glaze(cab, g0, g1, xf - len + (opts.rear_pillar or 16), xf - nose - slope * 0.4, W / 2,
                        {pillars = opts.pillars, corner = opts.corner or 9, ends = true})
  if opts.no_rear_glass then
    glass = glass - V.block(-10000, -10000, -10000, xf - len + 4, 10000, 10000)
  end
  return cab, glass
end

-- A van: one tall box with a short sloping nose. o.L, o.H, o.W; o.camper
-- gives the rounded split-window camper; o.side_windows (default true).
-- Parts: body, trim, windows, wheels, hubs, lights, taillights.
function V.van(k, o)
  local L, H, W = o.L or 420, o.H or 190, o.W or 176
  local hw = W / 2
  local r = o.r or 34
  local y0 = 26
  local xf, xr = L / 2, -L / 2
  local outline
  if o.camper then
    outline = {{xr, y0}, {xf, y0}, {xf + 4, y0 + H * 0.35}, {xf - 10, y0 + H * 0.85}, {xf - 40, y0 + H}, {xr + 30, y0 + H},
               {xr, y0 + H * 0.8}}
  else
    outline = {{xr, y0}, {xf, y0}, {xf, y0 + 56}, {xf - 50, y0 + 84}, {xf - 100, y0 + H}, {xr, y0 + H}}
  end
  local body = V.body(outline, W, o.camper and 24 or 12, 8)
  local shape = body:part("body")
  local xb = o.camper and xf - 30 or xf - 90
  local g0 = y0 + (o.camper and H * 0.56 or 96)
  local glass = V.glaze(body, g0, y0 + H - 14, (o.side_windows == false) and xb - 60 or xr + 24, xb, hw,
                        {pillars = (o.side_windows == false) and {} or {xb - 70, xb - 160}, corner = 10})
  if o.side_windows == false then
    glass = glass - V.block(-10000, -10000, -10000, xr + 6, 10000, 10000)
  end
  shape = shape + glass
  shape = shape + V.block(xf - 8, y0 - 2, -hw + 4, xf + 8, y0 + 16, hw - 4, 5):part("trim")
  shape = shape + V.block(xr - 8, y0 - 2, -hw + 4, xr + 8, y0 + 16, hw - 4, 5):part("trim")
  shape = shape + V.lights(xf + 2, xr - 1, y0 + 36, hw - 22, 11)
  local axles = {xf - 76, xr + 80}
  local arches = V.arches(axles, r + 5, hw, 14)
  shape = shape - arches
  shape = shape + V.wheels(axles, r, 30, hw - 11, {})
  k.attach("top", {0, y0 + H, 0}, W * 0.8)
  return shape, {y0 = y0, H = H, W = W, L = L, xf = xf, xr = xr, outline = outline}
end

-- A caterpillar track: a stadium-shaped belt from x0 to x1 (end wheel
-- centres) of radius r, centred at z, `w` wide, with road wheels on its
-- outer face (part "hubs") and grousers. Returns the track (part "wheels").
function V.track(x0, x1, r, z, w, side, opts)
  opts = opts or {}
  local pts = {}
  local n = 10
  for i = 0, n do
    local a = -math.pi / 2 + math.pi * i / n
    pts[#pts + 1] = {x1 + r * math.cos(a), r + r * math.sin(a)}
  end
  for i = 0, n do
    local a = math.pi / 2 + math.pi * i / n
    pts[#pts + 1] = {x0 + r * math.cos(a), r + r * math.sin(a)}
  end
  local belt = extrude(pts, w, 3):move(0, 0, z)
  local grousers = {}
  local m = math.floor((x1 - x0) / 16)
  for i = 0, m do
    grousers[#grousers + 1] = box(5, 4, w):move(x0 + (x1 - x0) * i / m, 1, z)
    grousers[#grousers + 1] = box(5, 4, w):move(x0 + (x1 - x0) * i / m, 2 * r - 1, z)
  end
  local wheels = {}
  local nw = opts.wheels or 5
  for i = 0, nw - 1 do
    local x = x0 + (x1 - x0) * i / (nw - 1)
    local rr = (i == 0 or i == nw - 1) and r * 0.8 or r * 0.55
    local y = (i == 0 or i == nw - 1) and r or r * 0.62
    wheels[#wheels + 1] = cylinder(rr, 6, 1.5):move(0, -3, 0):rotx(90):move(x, y, z + side * (w / 2))
  end
  return (belt + union(grousers)):part(opts.part or "wheels") + union(wheels):part(opts.hub_part or "hubs")
end

-- Standard parts most road vehicles declare (copy and adjust in a subject).
function V.parts(body_color, body_material)
  return {
    {"body", body_material or "paint", color = body_color, role = "primary", names = {"body", "paint", "bodywork"}},
    {"trim", "plastic", color = "#2a2a2e", role = "secondary", names = {"trim", "bumper", "bumpers", "stripe", "stripes"}},
    {"windows", "gloss", color = "#5a7890", role = "detail", names = {"windows", "window", "glass", "windshield", "windscreen"}},
    {"wheels", "rubber", color = "#1c1c1e", role = "detail", names = {"wheels", "wheel", "tires", "tyres", "tire", "tyre"}},
    {"hubs", "steel", color = "#c8c8cc", role = "detail", names = {"hubcaps", "hubs", "rims", "hubcap", "rim"}},
    {"lights", "gloss", color = "#fff4c8", role = "fixed"},
    {"taillights", "gloss", color = "#c81e1e", role = "fixed"},
  }
end

-- Wheel arches: cylinders cut out of the outer `depth` mm of each side.
function V.arches(axles, r, half_w, depth)
  local out = {}
  for _, x in ipairs(axles) do
    out[#out + 1] = cylinder(r, depth + 40):move(0, -(depth + 40) / 2, 0):rotx(90):move(x, r * 0.82, half_w + 20 - depth / 2)
    out[#out + 1] = cylinder(r, depth + 40):move(0, -(depth + 40) / 2, 0):rotx(90):move(x, r * 0.82, -(half_w + 20 - depth / 2))
  end
  return union(out)
end

-- Car bodies by kind: side profile of the lower body, of the cabin, the
-- side-window span and pillars, axles and wheel size. Length ~420 mm.
V.car_kinds = {
  sedan = {
    W = 180, r = 36, axles = {132, -128},
    lower = {{-208, 26}, {204, 26}, {212, 46}, {206, 72}, {140, 84}, {64, 90}, {-150, 92}, {-204, 86}, {-212, 60}},
    cabin = {{78, 84}, {18, 142}, {-92, 142}, {-158, 88}},
    glass = {y0 = 96, y1 = 136, xa = -150, xb = 66, pillars = {-28}},
  },
  sports = {
    W = 186, r = 34, axles = {138, -136},
    lower = {{-206, 24}, {206, 24}, {216, 38}, {212, 54}, {120, 72}, {40, 80}, {-140, 84}, {-200, 84}, {-212, 56}},
    cabin = {{60, 76}, {-10, 118}, {-80, 118}, {-168, 82}},
    glass = {y0 = 86, y1 = 114, xa = -150, xb = 50, pillars = {}},
    spoiler = true,
  },
  hatchback = {
    W = 176, r = 34, axles = {112, -112},
    lower = {{-176, 26}, {172, 26}, {182, 46}, {176, 72}, {120, 84}, {60, 90}, {-166, 94}, {-180, 70}},
    cabin = {{72, 84}, {14, 148}, {-150, 148}, {-172, 90}},
    glass = {y0 = 98, y1 = 140, xa = -150, xb = 60, pillars = {-40}},
  },
  suv = {
    W = 196, r = 44, axles = {140, -136},
    lower = {{-210, 34}, {206, 34}, {214, 60}, {208, 100}, {150, 110}, {70, 116}, {-208, 118}, {-214, 80}},
    cabin = {{84, 110}, {34, 178}, {-200, 178}, {-210, 112}},
    glass = {y0 = 124, y1 = 170, xa = -192, xb = 70, pillars = {-22, -118}},
    rails = true,
  },
}

-- A car of one kind; o.sign adds a roof sign (taxi), o.lightbar a police
-- light bar. Declares head (roof), top, back (roof), seat (inside cabin).
-- A copy of a car kind lengthened by `d` mm behind x = -20 (a limousine).
local function stretched(c, d)
  local function shift(pts)
    local out = {}
    for i, p in ipairs(pts) do out[i] = {p[1] < -20 and p[1] - d or p[1], p[2]} end
    return out
  end
  local g = c.glass
  local pillars = {}
  for _, x in ipairs(g.pillars) do pillars[#pillars + 1] = x - d end
  local n = math.floor(d / 70)
  for i = 1, n do pillars[#pillars + 1] = -28 - d * i / (n + 1) end
  pillars[#pillars + 1] = -28
  return {W = c.W, r = c.r, axles = {c.axles[1], c.axles[2] - d}, lower = shift(c.lower), cabin = shift(c.cabin),
          glass = {y0 = g.y0, y1 = g.y1, xa = g.xa - d, xb = g.xb, pillars = pillars}, spoiler = c.spoiler, rails = c.rails}
end

function V.car(k, kind, o)
  o = o or {}
  local c = V.car_kinds[kind]
  if o.stretch then c = stretched(c, o.stretch) end
  local W = c.W * k.rand(0.97, 1.03)
  local hw = W / 2
  local cartoon = k.style == "cartoon"
  local r = c.r * (cartoon and 1.2 or 1)
  local lower = V.body(c.lower, W, 10, 8):part("body")
  lower = lower - V.arches(c.axles, r + 5, hw, 16)
  local cabin_w = W - 26
  local cabin = V.body(c.cabin, cabin_w, 9, 10)
  local g = c.glass
  local body
  if o.open then
    -- no roof: a cockpit cut into the body, seats and a raked windscreen
    local x0, x1 = c.cabin[4][1] + 10, c.cabin[1][1] - 10
    local top = c.lower[7][2]
    lower = lower - V.block(x0, top - 34, -hw + 14, x1, top + 60, hw - 14, 8)
    body = lower
    for _, sz in ipairs({-1, 1}) do
      for _, sx in ipairs({0.35, 0.75}) do
        local x = x1 - (x1 - x0) * sx
        body = body + V.block(x - 18, top - 34, sz * hw * 0.42 - 24, x + 14, top - 14, sz * hw * 0.42 + 24, 6):part("trim")
        body = body + V.block(x - 22, top - 34, sz * hw * 0.42 - 22, x - 10, top + 20, sz * hw * 0.42 + 22, 6):part("trim")
      end
    end
    local wx = x1 + 4
    body = body + extrude({{wx, top - 4}, {wx + 6, top - 4}, {wx - 26, top + 40}, {wx - 32, top + 40}}, W - 30, 2):part("windows")
    body = body + torus(14, 3):rotz(-70):move(x1 - 26, top + 4, hw * 0.42):part("trim")
  else
    body = smooth(4 * k.soft, lower, cabin:part("body"))
    body = body + V.glaze(cabin, g.y0, g.y1, g.xa, g.xb, cabin_w / 2, {pillars = g.pillars, corner = 9})
  end
  -- bumpers
  local front_x, rear_x = c.lower[3][1], c.lower[#c.lower][1]
  body = body + V.block(front_x - 16, 28, -hw + 6, front_x + 6, 44, hw - 6, 5):part("trim")
  body = body + V.block(rear_x - 6, 28, -hw + 6, rear_x + 14, 44, hw - 6, 5):part("trim")
  -- lights
  local ly = (kind == "sports") and 50 or (kind == "suv" and 84 or 62)
  body = body + V.lights(front_x - 2, rear_x + 2, ly, hw - 22, 10, {ry = ly + 4})
  -- grille
  body = body + V.block(front_x - 8, ly - 12, -hw * 0.42, front_x + 2, ly + 6, hw * 0.42, 2):part("trim")
  local roof_y = c.cabin[2][2]
  local roof_x = (c.cabin[2][1] + c.cabin[3][1]) / 2
  if c.spoiler then
    local sx = rear_x + 16
    body = body + V.block(sx - 22, 104, -hw + 8, sx + 6, 110, hw - 8, 2):part("trim")
    for _, sz in ipairs({-1, 1}) do
      body = body + V.block(sx - 14, 80, sz * hw * 0.6 - 4, sx - 6, 106, sz * hw * 0.6 + 4):part("trim")
    end
  end
  if c.rails then
    for _, sz in ipairs({-1, 1}) do
      body = body + V.block(c.cabin[3][1] + 10, roof_y - 2, sz * (cabin_w / 2 - 12) - 4, c.cabin[2][1] - 10, roof_y + 8,
                            sz * (cabin_w / 2 - 12) + 4, 2):part("trim")
    end
  end
  if o.sign then
    body = body + V.block(roof_x - 24, roof_y - 4, -28, roof_x + 24, roof_y + 22, 28, 5):part("sign")
  end
  if o.lightbar then
    body = body + V.block(roof_x - 12, roof_y - 4, -hw * 0.6, roof_x + 12, roof_y + 10, hw * 0.6, 4):part("trim")
    body = body + V.block(roof_x - 10, roof_y + 6, -hw * 0.58, roof_x + 10, roof_y + 20, -2, 5):part("siren_red")
    body = body + V.block(roof_x - 10, roof_y + 6, 2, roof_x + 10, roof_y + 20, hw * 0.58, 5):part("siren_blue")
  end
  if o.stripe then
    body = body + (V.block(c.lower[#c.lower][1] + 4, 58, -hw - 1.5, front_x - 6, 70, hw + 1.5)
      * V.body(c.lower, W + 3, 10, 8)):part(o.stripe)
  end
  body = body + V.wheels(c.axles, r, 30, hw - 11, {})
  k.attach("top", {roof_x, roof_y + 2, 0}, cabin_w * 0.8)
  k.attach("head", {roof_x, roof_y + 2, 0}, cabin_w * 0.6)
  k.attach("back", {roof_x, roof_y + 2, 0}, cabin_w * 0.8)
  return body
end

return V
