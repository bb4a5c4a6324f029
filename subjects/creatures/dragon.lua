-- A dragon: a scaly four-legged body, a long S-curved neck, a horned head
-- with a long snout and jaw, big bat wings raised from the shoulders, spines
-- down the back and a long tail ending in a spade. Lighter belly plates.
-- Lying (asleep) and sitting, the wings fold along the flanks and the tail
-- curls round to the front.
local function add(a, b) return {a[1] + b[1], a[2] + b[2], a[3] + b[3]} end
local function lerp(a, b, t) return {a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t, a[3] + (b[3] - a[3]) * t} end

local function wing(span, s, th)
  th = th or 1  -- thickness factor: a small dragon needs a sturdier membrane
  -- A membrane between finger bones, in a vertical plane, then tilted out.
  local pts = {{0, 0}, {span * 0.3, span * 0.42}, {span * 0.55, span * 0.62}, {span * 0.95, span * 0.5},
               {span * 0.78, span * 0.36}, {span * 0.74, span * 0.12}, {span * 0.56, span * 0.2},
               {span * 0.48, -span * 0.02}, {span * 0.3, span * 0.08}, {span * 0.18, -span * 0.1}}
  local web = extrude(pts, span * 0.018 * th, span * 0.006)
  local bones = union(polyline({{0, 0, 0}, {span * 0.3, span * 0.42, 0}, {span * 0.55, span * 0.62, 0}, {span * 0.95, span * 0.5, 0}}, span * 0.035 * math.sqrt(th), span * 0.012 * th),
                      polyline({{span * 0.55, span * 0.62, 0}, {span * 0.74, span * 0.12, 0}}, span * 0.016 * th, span * 0.008 * th),
                      polyline({{span * 0.55, span * 0.62, 0}, {span * 0.48, -span * 0.02, 0}}, span * 0.016 * th, span * 0.008 * th),
                      polyline({{span * 0.55, span * 0.62, 0}, {span * 0.18, -span * 0.1, 0}}, span * 0.016 * th, span * 0.008 * th))
  -- Span along Z (sideways) and back, rising.
  return web, bones
end

-- A folded wing for a resting dragon, in the XY plane: x forward, the top
-- edge (the forearm, up to the wrist at the front) along y = 0 and the
-- furled membrane below it, scalloped between the finger tips.
local function folded_wing(s, th)
  local P = {{90, 0}, {-150, 6}, {-330, -8}, {-470, -55}, {-400, -95}, {-390, -180}, {-300, -150}, {-215, -215},
             {-135, -160}, {-55, -205}, {10, -140}, {55, -60}}
  local pts = {}
  for i, p in ipairs(P) do pts[i] = {p[1] * s, p[2] * s} end
  local web = extrude(pts, 18 * s * th, 6 * s)
  local wr = {pts[1][1], pts[1][2], 0}
  local bones = polyline({wr, {pts[2][1], pts[2][2], 0}, {pts[3][1], pts[3][2], 0}, {pts[4][1], pts[4][2], 0}}, 24 * s * th, 9 * s * th)
  for _, t in ipairs({6, 8, 10}) do
    bones = bones + polyline({wr, {pts[t][1], pts[t][2], 0}}, 14 * s * th, 8 * s * th)
  end
  return web, bones, wr
end

-- The head at the origin facing +X: skull, snout and jaw (scales), horns,
-- eyes and nostrils; asleep, the eyes are closed lids with a dark crease.
local function dragon_head(hr, baby, asleep)
  local skull = ellipsoid(hr * 1.1, hr * 0.85, hr * 0.85)
  local snout = limb({hr * 0.5, -hr * 0.1, 0}, {hr * (baby and 1.6 or 2.3), -hr * 0.35, 0}, hr * 0.55, hr * 0.42)
  local jaw = limb({hr * 0.2, -hr * 0.5, 0}, {hr * (baby and 1.4 or 2.0), -hr * 0.75, 0}, hr * 0.4, hr * 0.25)
  local sc = union(skull, snout, jaw)
  local horns, eyes, lids = empty(), empty(), empty()
  for _, z in ipairs({-1, 1}) do
    local hb = {-hr * 0.3, hr * 0.55, z * hr * 0.45}
    horns = horns + tube({hb, add(hb, {-hr * 0.5, hr * 0.4, z * hr * 0.15}), add(hb, {-hr * 1.2, hr * 0.6, z * hr * 0.2})}, hr * 0.2, hr * 0.04)
    local e = {hr * 0.45, hr * 0.25, z * hr * 0.62}
    local er = hr * (baby and 0.25 or 0.17)
    if asleep then
      -- a closed lid bulging over the eye, a dark crease along its edge
      sc = smooth(hr * 0.08, sc, ellipsoid(er * 1.35, er * 0.95, er * 1.0):move(e[1], e[2] + er * 0.15, e[3]))
      lids = lids + ellipsoid(er * 1.3, er * 0.26, er * 0.5):rotz(-8):move(e[1] + er * 0.1, e[2] - er * 0.3, e[3] + z * er * 0.5)
    else
      eyes = eyes + sphere(er):move(e[1], e[2], e[3])
    end
    eyes = eyes + sphere(hr * 0.1):move(hr * (baby and 1.55 or 2.25), -hr * 0.1, z * hr * 0.2)
  end
  return sc, horns, eyes, lids
end

-- Lying (asleep, curled up) and sitting: the body on the ground, the wings
-- folded along the flanks, the tail curled round to the front.
local function rest(k)
  local soft = k.soft
  local baby = k.variant == "baby" or k.style == "cartoon"
  local sit = k.pose == "sitting"
  local rad, deg, cos, sin = math.rad, math.deg, math.cos, math.sin
  -- a baby is shorter and rounder, with a bigger head
  local bs = baby and 0.78 or 1
  local L, Hb, W = 280 * bs, 150, 150
  local tw = k.p.tail
  local a, C
  if sit then
    a = rad(42)
    Hb = Hb * 1.0
    C = {0, math.sqrt((L * sin(a)) ^ 2 + (Hb * cos(a)) ^ 2) - 12, 0}
  else
    a = 0
    Hb, W = Hb * 0.88, W * 1.06
    C = {0, Hb * 0.86, 0}
  end
  local ca, sa = cos(a), sin(a)
  local function P(x, y, z) return {C[1] + x * ca - y * sa, C[2] + x * sa + y * ca, z or 0} end
  local function B(s) return s:rotz(deg(a)):move(C[1], C[2], C[3]) end
  local body = B(smooth(50, ellipsoid(L, Hb, W), ellipsoid(L * 0.5, Hb * 1.1, W):move(L * 0.45, 20, 0)))
  local scales = body
  local claws = empty()
  local function foot(p, r)
    r = r or 1
    scales = smooth(8, scales, ellipsoid(55 * r, 24 * r, 40 * r):move(p[1] + 25 * r, p[2], p[3]))
    for i = -1, 1 do
      claws = claws + cone(9 * r, 1, 28 * r):rotz(-100):move(p[1] + 72 * r, p[2] - 8 * r, p[3] + i * 24 * r)
    end
  end
  for _, z in ipairs({-1, 1}) do
    if sit then
      -- hind legs: a big haunch on the ground, the foot forward beside it
      local th = P(-L * 0.45, -Hb * 0.35, z * W * 0.72)
      scales = smooth(25 * soft, scales, ellipsoid(L * 0.46, Hb * 0.78, W * 0.42):rotz(deg(a) * 0.5):move(th[1], th[2], th[3]))
      local hf = {th[1] + L * 0.5, 24, z * W * 0.92}
      scales = smooth(12, scales, limb({th[1] - L * 0.12, 45, hf[3]}, hf, 46, 32))
      foot(hf)
      -- forelegs straight down from the shoulder
      local sh = P(L * 0.62, -Hb * 0.3, z * W * 0.55)
      local ff = {sh[1] + 30, 24, z * W * 0.7}
      local el = {sh[1] + 5, (sh[2] + ff[2]) * 0.5, z * W * 0.68}
      scales = smooth(25 * soft, scales, limb(sh, el, 66, 46))
      scales = smooth(10, scales, limb(el, ff, 46, 32))
      foot(ff)
    else
      -- hind legs folded: the haunch on the flank, the foot flat forward
      local th = {-L * 0.48, Hb * 0.62, z * W * 0.76}
      scales = smooth(25 * soft, scales, ellipsoid(L * 0.42, Hb * 0.62, W * 0.36):rotz(-12):move(th[1], th[2], th[3]))
      local hock, hf = {-L * 0.82, 34, z * W * 0.98}, {-L * 0.2, 24, z * W * 1.0}
      scales = smooth(12, scales, limb(hock, hf, 42, 32))
      foot(hf)
      -- forelegs stretched forward, elbows out
      local sh = P(L * 0.6, -Hb * 0.3, z * W * 0.5)
      local el = {L * 0.72, 46, z * W * 0.86}
      local fp = {L * 1.45, 26, z * W * 0.7}
      scales = smooth(25 * soft, scales, limb(sh, el, 62, 44))
      scales = smooth(10, scales, limb(el, fp, 44, 32))
      foot(fp)
    end
  end
  -- Neck and head.
  local sc = k.p.neck * (baby and 0.7 or 1)
  local hr = (baby and 95 or 75) * (sit and 1 or 1.08)
  local chest = P(L * 0.8, Hb * 0.3, 0)
  local n1, n2, hc
  local yaw, pitch = 0, 0
  if sit then
    n1 = add(chest, {140 * sc, 170 * sc, 0})
    n2 = add(chest, {120 * sc, 380 * sc, 0})
    hc = add(chest, {200 * sc, 470 * sc, 0})
  else
    -- the neck swung a little to the near side, the chin on the ground
    -- between the forepaws, the head turned towards the curled tail
    hc = {L * 1.45 + 40 * sc, 26 + hr, 45 * sc}
    n1 = {chest[1] + 70 * sc, chest[2] - 10, 70 * sc}
    n2 = {(chest[1] + hc[1]) * 0.5 + 30, (chest[2] + hc[2]) * 0.5 - 10, 100 * sc}
    yaw, pitch = -20, -6
  end
  local neck = tube({chest, n1, n2, hc}, sit and 95 or 72, sit and 55 or 40)
  scales = smooth(30 * soft, scales, neck)
  local hsc, hhorns, heyes, hlids = dragon_head(hr, baby, not sit)
  local function H(s) return s:rotz(pitch):roty(yaw):move(hc[1], hc[2], hc[3]) end
  scales = smooth(20, scales, H(hsc))
  -- Tail: down from the rump and round the near side to the front.
  local rump = P(-L * 0.9, 10, 0)
  local tpts
  if sit then
    tpts = {rump, {rump[1] - 140 * bs, 80, (40 + tw) * bs}, {-L * 0.95, 55, (250 + tw * 2) * bs}, {-L * 0.1, 40, (330 + tw * 2) * bs},
            {L * 0.55, 30, (290 + tw) * bs}, {L * 0.95, 24, 170 * bs}}
  else
    tpts = {rump, {-L * 1.35, 70, (70 + tw) * bs}, {-L * 1.5, 55, (240 + tw * 2) * bs}, {-L * 1.05, 45, (370 + tw * 2) * bs},
            {-L * 0.2, 36, (390 + tw * 2) * bs}, {L * 0.6, 28, (340 + tw) * bs}, {L * 1.15, 22, 250 * bs}, {L * 1.5, 20, 215 * bs}}
  end
  scales = smooth(30, scales, tube(tpts, 85 * bs, 16))
  local tip = tpts[#tpts]
  local prev = tpts[#tpts - 1]
  local ang = deg(math.atan(tip[1] - prev[1], tip[3] - prev[3]))
  local spade = extrude({{0, -40}, {60, 50}, {0, 130}, {-60, 50}}, 14, 4):rotx(90):roty(ang):move(tip[1], tip[2] - 8, tip[3])
  -- the belly flat on the ground
  scales = intersect(scales, box(8000, 4000, 8000):move(0, 2000, 0))
  local shape = scales:part("scales") + spade:part("horns") + claws:part("horns")
  shape = shape + H(hhorns):part("horns") + H(heyes):part("eyes") + H(hlids):part("wings")
  -- Belly plates and throat bands.
  local belly = B(intersect(ellipsoid(L * 0.95, Hb * 1.02, W * 0.7):move(10, 0, 0), box(L * 3, Hb, W * 3):move(0, -Hb * 0.6, 0)))
  belly = intersect(belly, box(8000, 4000, 8000):move(0, 2000 + 2, 0))
  local bands = {}
  for i = 0, 5 do
    local p = lerp(chest, sit and n2 or hc, i / 6)
    bands[#bands + 1] = ellipsoid(40, 22, 60):move(p[1] + (sit and 60 or 0), p[2] - (sit and 10 or 45), 0)
  end
  shape = shape + belly:part("belly") + union(table.unpack(bands)):part("belly")
  -- Spines along the back.
  local back_sp = {}
  for i = 0, 5 do
    local x = L * 0.7 - i * L * 0.3
    local y = Hb * math.sqrt(math.max(0, 1 - (x / L) ^ 2)) * 0.92
    if x > L * 0.2 then y = math.max(y, Hb * 0.88) end
    back_sp[#back_sp + 1] = cone(28, 2, 60):move(x, y + (i == 0 and 20 or 0), 0)
  end
  shape = shape + B(union(table.unpack(back_sp))):part("horns")
  -- Wings folded and tented over the back: the forearms along a ridge above
  -- the spine, the membranes sloping down over the flanks.
  local s = (baby and 520 or 900) * k.p.wing / 900
  local wth = baby and 2 or 1
  local ridge_y, ridge_z = Hb * 1.2, W * 0.36
  for _, z in ipairs({-1, 1}) do
    local web, bones, wr = folded_wing(s, wth)
    local w = union(web:part("wings"), bones:part("scales"))
    w = w:rotx(-z * 55):roty(z * 3):move(L * 0.3, ridge_y, z * ridge_z)
    local wrist = {L * 0.3 + wr[1], ridge_y, z * ridge_z}
    local arm = limb({L * 0.45, Hb * 0.4, z * W * 0.45}, wrist, 40 * s * wth, 26 * s * wth):part("scales")
    local claw = cone(14 * s * wth, 2, 50 * s):rotz(-40):rotx(-z * 15):move(wrist[1], wrist[2] + 8 * s, wrist[3]):part("horns")
    shape = shape + B(w + arm + claw)
  end
  k.attach("head", add(hc, {-hr * 0.1, hr * 0.8, 0}), hr * 1.8)
  k.attach("neck", lerp(chest, n1, 0.6), 180, {1, 0.5, 0})
  k.attach("back", P(-L * 0.1, Hb * 1.0, 0), W * 1.7)
  return shape
end

return {
  id = "dragon",
  names = {"dragon", "winged dragon", "western dragon", "green dragon", "wyvern", "drake", "dragon toy", "wyrm"},
  lvis = {},
  family = "creatures",
  size_mm = 1500,
  description = "A winged dragon with horns, spines and a spaded tail",
  params = {neck = {0.9, 1.1}, wing = {0.9, 1.1}, tail = {-20, 20}},
  parts = {
    {"scales", "scales", color = "#3a8a3a", role = "primary", names = {"scales", "body", "skin"}},
    {"belly", "scales", color = "#e0c870", role = "secondary", names = {"belly", "chest", "underside"}},
    {"wings", "leather", color = "#2a6a4a", role = "detail", names = {"wings", "membrane"}},
    {"horns", "bone", color = "#ece0c4", role = "detail", names = {"horns", "claws", "spines", "spikes"}},
    {"eyes", "gloss", color = "#f0c020", role = "fixed"},
  },
  variants = {
    baby = {names = {"baby dragon", "dragon hatchling", "hatchling dragon", "dragonling"}, size_mm = 600},
    red = {names = {"red dragon", "fire dragon", "fire-breathing dragon"}, colors = {scales = "#b02a22", wings = "#7a1e1a", belly = "#f0b050"}},
  },
  poses = {"flying", "sitting", "lying"},
  points = {"head", "neck", "back", "top"},
  build = function(k)
    if k.pose == "lying" or k.pose == "sitting" then return rest(k) end
    local soft = k.soft
    local baby = k.variant == "baby" or k.style == "cartoon"
    local fly = k.pose == "flying"
    local L, Hb, W = 280, 150, 150
    local leg = baby and 130 or 200
    local by = leg + Hb * 0.5
    local body = ellipsoid(L, Hb, W):move(0, by, 0)
    body = smooth(50, body, ellipsoid(L * 0.5, Hb * 1.1, W * 1.0):move(L * 0.45, by + 20, 0))
    local scales = body
    local claws = empty()
    for _, sx in ipairs({-1, 1}) do
      for _, sz in ipairs({-1, 1}) do
        local hip = {sx * L * 0.55, by - Hb * 0.1, sz * W * 0.7}
        local knee, foot
        if fly then
          knee = add(hip, {-60, -leg * 0.45, sz * 30})
          foot = add(knee, {-90, -leg * 0.2, 0})
        else
          knee = {sx * L * 0.55 + (sx > 0 and 30 or -50), leg * 0.55, sz * W * 0.95}
          foot = {sx * L * 0.6 + 20, 24, sz * W * 0.9}
        end
        scales = smooth(25 * soft, scales, limb(hip, knee, sx > 0 and 62 or 78, 40))
        scales = smooth(10, scales, limb(knee, foot, 40, 28))
        scales = smooth(8, scales, ellipsoid(55, 24, 40):move(foot[1] + 25, foot[2], foot[3]))
        for i = -1, 1 do
          claws = claws + cone(9, 1, 28):rotz(-100):move(foot[1] + 72, foot[2] - 8, foot[3] + i * 24)
        end
      end
    end
    -- Neck: an S curve up and forward; head with snout.
    local sc = k.p.neck * (baby and 0.7 or 1)
    local chest = {L * 0.8, by + Hb * 0.3, 0}
    local n1 = add(chest, {140 * sc, 170 * sc, 0})
    local n2 = add(chest, {120 * sc, 380 * sc, 0})
    local hc = add(chest, {200 * sc, 470 * sc, 0})
    local neck = tube({chest, n1, n2, hc}, 95, 55)
    local hr = baby and 95 or 75
    local skull = ellipsoid(hr * 1.1, hr * 0.85, hr * 0.85):move(hc[1], hc[2], 0)
    local snout = limb(add(hc, {hr * 0.5, -hr * 0.1, 0}), add(hc, {hr * (baby and 1.6 or 2.3), -hr * 0.35, 0}), hr * 0.55, hr * 0.42)
    local jaw = limb(add(hc, {hr * 0.2, -hr * 0.5, 0}), add(hc, {hr * (baby and 1.4 or 2.0), -hr * 0.75, 0}), hr * 0.4, hr * 0.25)
    scales = smooth(30 * soft, scales, neck)
    scales = smooth(20, scales, skull, snout, jaw)
    -- Tail: long, curving to the side, ending in a spade.
    local tw = k.p.tail
    local rump = {-L * 0.9, by + 10, 0}
    local tpts = {rump, add(rump, {-200, -90, 40 + tw}), add(rump, {-420, -150, 180 + tw * 2}), add(rump, {-560, -170, 380 + tw * 3}),
                  add(rump, {-560, -160, 560 + tw * 3})}
    scales = smooth(30, scales, tube(tpts, 85, 14))
    local tip = tpts[#tpts]
    local spade = extrude({{0, 0}, {60, 60}, {0, 140}, {-60, 60}}, 14, 4):rotx(-90):move(tip[1], tip[2], tip[3] - 10)
    local shape = scales:part("scales") + spade:part("horns") + claws:part("horns")
    -- Belly plates.
    local belly = intersect(ellipsoid(L * 0.95, Hb * 1.02, W * 0.7):move(10, by, 0), box(L * 3, Hb, W * 3):move(0, by - Hb * 0.6, 0))
    local bands = {}
    for i = 0, 5 do
      local p = lerp(chest, n2, i / 6)
      bands[#bands + 1] = ellipsoid(40, 22, 60):move(p[1] + 60, p[2] - 10, 0)
    end
    shape = shape + belly:part("belly") + union(table.unpack(bands)):part("belly")
    -- Horns, eyes, nostrils.
    for _, z in ipairs({-1, 1}) do
      local hb = add(hc, {-hr * 0.3, hr * 0.55, z * hr * 0.45})
      shape = shape + tube({hb, add(hb, {-hr * 0.5, hr * 0.4, z * hr * 0.15}), add(hb, {-hr * 1.2, hr * 0.6, z * hr * 0.2})}, hr * 0.2, hr * 0.03):part("horns")
      shape = shape + sphere(hr * (baby and 0.25 or 0.17)):move(hc[1] + hr * 0.45, hc[2] + hr * 0.25, z * hr * 0.62):part("eyes")
      shape = shape + sphere(hr * 0.1):move(hc[1] + hr * (baby and 1.55 or 2.25), hc[2] - hr * 0.1, z * hr * 0.2):part("eyes")
    end
    -- Spines along the neck, back and tail.
    local spine = {}
    local path = {n2, n1, chest, {L * 0.3, by + Hb * 0.98, 0}, {-L * 0.4, by + Hb * 0.95, 0}, rump, tpts[2], tpts[3]}
    for i = 1, #path - 1 do
      for j = 0, 1 do
        local p = lerp(path[i], path[i + 1], j * 0.5)
        local r = i <= 2 and 70 or (i <= 3 and 90 or 80)
        if i >= 6 then r = 60 end
        local ptop = {p[1], p[2] + (i <= 3 and r * 0.7 or 0), p[3]}
        spine[#spine + 1] = cone(26, 2, 55):move(ptop[1] - 10, ptop[2] + (i >= 4 and 0 or 0) + (i >= 4 and 0 or 0), ptop[3])
      end
    end
    local back_sp = {}
    for i = 0, 5 do
      local x = L * 0.7 - i * L * 0.32
      back_sp[#back_sp + 1] = cone(28, 2, 60):move(x, by + Hb * 0.88 + (i == 0 and 25 or 0), 0)
    end
    shape = shape + union(table.unpack(back_sp)):part("horns")
    -- Wings from the shoulders.
    local span = (baby and 520 or 900) * k.p.wing
    for _, z in ipairs({-1, 1}) do
      local web, bones = wing(span, z, baby and 3 or 1)
      local rot = fly and 10 or 35
      local w = union(web:part("wings"), bones:part("scales"))
      -- Plane XY → spanning Z: rotate about Y, then raise.
      w = w:roty(z > 0 and -90 or 90):rotz(0)
      w = w:rotx(z * (90 - (fly and 80 or 50)) * -1 + 0):roty(z * -15)
      shape = shape + w:move(L * 0.35, by + Hb * 0.7, z * W * 0.45)
    end
    k.attach("head", add(hc, {-hr * 0.1, hr * 0.8, 0}), hr * 1.8)
    k.attach("neck", lerp(chest, n1, 0.6), 180, {1, 0.5, 0})
    k.attach("back", {-L * 0.1, by + Hb * 1.0, 0}, W * 1.7)
    return shape
  end,
}
