-- Reptile rigs.
--   R.snake(k, sp, parts): a long body along a path (coiled with the head
--     raised, or slithering in S-curves), a flattened head with eyes and a
--     forked tongue, and patterns (bands, diamonds, stripe) along the body.
--   R.lizard(k, sp, parts): a long low body with sprawling legs, a tapering
--     tail (straight, or curled for a chameleon), a head (short for a lizard,
--     long jaws with teeth for a crocodile), optional crest, back ridges,
--     casque, belly colour and bands.
-- Part names: skin (primary), light (belly), marks (pattern), tongue, teeth,
-- claws, crest, eyes, iris.
-- Attachment points: head, neck, back, face, top.
local S = use("shapes")
local R = {}

local rad, deg, sin, cos = math.rad, math.deg, math.sin, math.cos
local function d(v, default) if v == nil then return default end return v end

-- Spheres of varying radius along a path (already dense), blended.
function R.swell(points, radius, blend, per_span)
  local pts = per_span and spline(points, per_span) or points
  local list = {}
  local n = #pts
  for i, p in ipairs(pts) do
    local t = (i - 1) / math.max(1, n - 1)
    local r = type(radius) == "function" and radius(t) or radius
    list[#list + 1] = sphere(math.max(0.3, r)):move(p[1], p[2], p[3])
  end
  return smooth(blend or 1, table.unpack(list)), pts
end

local function partfn(parts)
  local has = {}
  for _, p in ipairs(parts or {}) do has[p[1]] = true end
  return function(...)
    for _, n in ipairs({...}) do if has[n] then return n end end
    return "skin"
  end, has
end

-- Painted pattern along a dense path: bands every `step` points, or diamonds on top.
local function pattern(body, pts, radius, kind, every, part)
  local list = {}
  local n = #pts
  for i = 2, n - 1, every do
    local t = (i - 1) / (n - 1)
    local p = pts[i]
    local q = pts[i + 1]
    local dir = S.norm(S.sub(q, pts[i - 1]))
    local r = radius(t)
    if kind == "bands" then
      list[#list + 1] = cylinder(r * 1.4, r * 0.7):move(0, -r * 0.35, 0):aim(dir, p)
    elseif kind == "diamonds" then
      list[#list + 1] = box(r * 1.0, r * 1.0, r * 1.0):roty(45):stretch(1.2, 1, 0.8):move(0, 0, 0):aim({0, 1, 0}, {p[1], p[2] + r * 0.8, p[3]})
    elseif kind == "spots" then
      list[#list + 1] = sphere(r * 0.45):move(p[1], p[2] + r * 0.85, p[3])
    end
  end
  if #list == 0 then return nil end
  return intersect(body:round(0.3), union(table.unpack(list))):part(part)
end

function R.snake(k, sp, parts)
  local P, has = partfn(parts)
  local soft = k.soft
  local cartoon = k.style == "cartoon"
  local pose = (k.pose ~= nil and k.pose ~= "") and k.pose or d(sp.default_pose, "coiled")
  if pose == "lying" then pose = "coiled" end
  local r0 = d(sp.radius, 9)
  local L = d(sp.length, 500)
  local path = {}
  local head_dir
  if pose == "coiled" then
    -- from the tail on the ground outside, the body spirals inward and up in
    -- stacked coils, then the neck rises from the top with the head forward
    local coil = {}
    local n = 40
    local turns = d(sp.turns, 1.75)
    local Rmax = r0 * 5.2
    for i = 0, n do
      local t = i / n
      local th = t * turns * 2 * math.pi
      local R = Rmax - r0 * 2.25 * turns * t
      local y = r0 * 0.95 + r0 * 1.6 * math.max(0, t - 0.5) / 0.5
      coil[#coil + 1] = {R * cos(th) - r0, y, R * sin(th)}
    end
    local last = coil[#coil]
    local lift = d(sp.rise, 5.5) * r0
    coil[#coil + 1] = {last[1] * 0.5, last[2] + r0 * 1.2, last[3] * 0.5}
    coil[#coil + 1] = {r0 * 0.2, lift * 0.75, 0}
    coil[#coil + 1] = {r0 * 0.8, lift * 1.05, 0}
    coil[#coil + 1] = {r0 * 2.6, lift * 1.15, 0}
    path = spline(coil, 3)
    local a, b = path[#path - 1], path[#path]
    head_dir = S.norm(S.sub(b, a))
  else
    -- slithering: S-curves along X on the ground, head slightly raised
    local n = 10
    local pts = {}
    for i = 0, n do
      local t = i / n
      local x = (t - 0.5) * L * 0.8
      local z = sin(t * 2.6 * math.pi) * L * 0.09 * (0.5 + t * 0.5)
      pts[#pts + 1] = {x, r0, z}
    end
    pts[#pts] = {pts[#pts][1], r0 * 2.2, pts[#pts][3] * 0.6}
    path = spline(pts, 5)
    local a, b = path[#path - 1], path[#path]
    head_dir = S.norm(S.sub(b, a))
  end
  local n = #path
  local function radius(t)
    local tail = math.min(1, t / d(sp.tail_frac, 0.3))
    return r0 * (0.15 + 0.85 * tail ^ 0.8) * (t > 0.9 and (1 - (t - 0.9) * 2) or 1)
  end
  local body, dense = R.swell(path, radius, r0 * 0.12)
  -- head
  local hp = path[n]
  local hr = r0 * d(sp.head_r, 1.5) * (cartoon and 1.3 or 1)
  local hd = {head_dir[1], 0, head_dir[3]}
  hd = S.norm(hd)
  local head_c = S.add(hp, S.mul(hd, hr * 0.6))
  local yaw = deg(math.atan(-hd[3], hd[1]))
  local head = ellipsoid(hr * 1.35, hr * 0.62, hr * 0.9):roty(yaw):move(head_c[1], head_c[2], head_c[3])
  body = smooth(r0 * 0.6 * soft, body, head)
  local shape = body:part("skin")
  if sp.belly and pose ~= "coiled" then
    shape = shape + intersect(body:round(0.3), box(L * 3, r0 * 0.9, L * 3)):part(P("light"))
  end
  if sp.pattern then
    local pp = pattern(body, dense, radius, sp.pattern, d(sp.pattern_every, 4), P("marks"))
    if pp then shape = shape + pp end
  end
  -- eyes, tongue
  local side = {-hd[3], 0, hd[1]}
  for _, sz in ipairs({-1, 1}) do
    local ep = S.add(S.add(head_c, S.mul(hd, hr * 0.45)), S.add(S.mul(side, sz * hr * 0.72), {0, hr * 0.3, 0}))
    shape = shape + sphere(hr * (cartoon and 0.32 or 0.2)):move(ep[1], ep[2], ep[3]):part("eyes")
  end
  local tb = S.add(head_c, S.mul(hd, hr * 1.2))
  local tt = S.add(tb, S.mul(hd, hr * 0.9))
  local tongue = polyline({S.add(tb, {0, -hr * 0.15, 0}), tt}, hr * 0.08, hr * 0.07)
  for _, sz in ipairs({-1, 1}) do
    tongue = tongue + polyline({tt, S.add(S.add(tt, S.mul(hd, hr * 0.35)), S.mul(side, sz * hr * 0.18))}, hr * 0.07, hr * 0.04)
  end
  shape = shape + tongue:part(P("tongue", "marks"))
  k.attach("head", S.add(head_c, {0, hr * 0.6, 0}), hr * 1.6)
  k.attach("neck", S.add(S.lerp(path[math.floor(n * 0.92)], hp, 0.5), S.mul(hd, r0 * 0.8)), r0 * 2.4, hd)
  k.attach("face", S.add(head_c, S.add(S.mul(hd, hr * 0.8), {0, hr * 0.35, 0})), hr * 1.6, hd)
  k.attach("mouth", S.add(head_c, S.add(S.mul(hd, hr * 0.9), {0, -hr * 0.5, 0})), hr * 1.4)
  return shape
end

function R.lizard(k, sp, parts)
  local P, has = partfn(parts)
  local soft = k.soft
  local cartoon = k.style == "cartoon"
  local bl, bh, bw = sp.body_len, sp.body_h, sp.body_w
  local leg_len = d(sp.leg_len, bh * 1.2)
  local H = d(sp.height, leg_len * 0.7 + bh * 0.6)
  -- body along X with a slight wave in Z
  local wave = d(sp.wave, 0.08)
  local body = ellipsoid(bl, bh, bw):move(0, H, 0)
  if sp.belly_sag then body = smooth(bh * 0.5, body, ellipsoid(bl * 0.7, bh * 0.8, bw * 1.05):move(0, H - bh * sp.belly_sag, 0)) end
  -- tail
  local tl, tr = d(sp.tail_len, bl * 2), d(sp.tail_r, bh * 0.7)
  local tail_pts
  if sp.tail_curl then
    tail_pts = {{-bl * 0.8, H, 0}, {-bl - tl * 0.3, H - bh * 0.3, 0}, {-bl - tl * 0.55, H - bh * 0.6, 0}}
    local cx, cy = -bl - tl * 0.55, H - bh * 0.6 - tl * 0.14
    for i = 1, 10 do
      local a = rad(90 + i * 36)
      local rr = tl * 0.14 * (1 - i / 16)
      tail_pts[#tail_pts + 1] = {cx + rr * cos(a) * -1, cy + rr * sin(a), 0}
    end
  else
    tail_pts = {{-bl * 0.8, H, 0}, {-bl - tl * 0.3, H - bh * 0.45, tl * wave}, {-bl - tl * 0.65, math.max(tr * 0.4, H - bh * 0.9), -tl * wave},
                {-bl - tl, tr * 0.3, tl * wave * 1.5}}
  end
  local tail = R.swell(tail_pts, function(t) return tr * (1 - t * 0.8) end, tr * 0.3, 14)
  body = smooth(bh * 0.4 * soft, body, tail)
  -- legs: sprawling out to the sides
  local legs = {}
  local claws = {}
  local lr = d(sp.leg_r, bh * 0.3)
  local sprawl = d(sp.sprawl, 1.0)
  for _, fx in ipairs({1, -1}) do
    for _, sz in ipairs({-1, 1}) do
      local hip = {fx * bl * 0.6, H - bh * 0.2, sz * bw * 0.7}
      local elbow = {hip[1] + fx * leg_len * 0.1 - leg_len * 0.05, H + bh * 0.1 * sprawl - leg_len * 0.1 * (1 - sprawl), sz * (bw + leg_len * 0.55 * sprawl)}
      local foot = {hip[1] + fx * leg_len * 0.25, lr * 0.5, sz * (bw + leg_len * 0.6 * sprawl + leg_len * 0.1)}
      legs[#legs + 1] = tube({hip, elbow, foot}, lr * (fx < 0 and 1.25 or 1.1), lr * 0.8)
      for _, a in ipairs({-35, 0, 35}) do
        local ang = rad(a + (fx > 0 and 0 or 10))
        local toe = {foot[1] + lr * 1.8 * cos(ang), lr * 0.3, foot[3] + lr * 1.8 * sin(ang) + sz * lr * 0.4}
        legs[#legs + 1] = polyline({foot, toe}, lr * 0.45, lr * 0.3)
      end
    end
  end
  body = smooth(lr * soft, body, union(table.unpack(legs)))
  -- neck and head
  local hr = d(sp.head_r, bh * 0.8) * (cartoon and 1.3 or 1)
  local head_c = {bl + d(sp.neck_len, hr * 0.5) + hr * 0.4, H + d(sp.head_up, bh * 0.3), 0}
  body = smooth(bh * 0.4 * soft, body, limb({bl * 0.7, H, 0}, head_c, bh * 0.75, hr * 0.75))
  local head = ellipsoid(hr * d(sp.head_lx, 1.2), hr * d(sp.head_ly, 0.75), hr * d(sp.head_lz, 0.85)):move(head_c[1], head_c[2], head_c[3])
  local sl = d(sp.snout_len, hr * 0.6)
  local snout_tip = {head_c[1] + hr + sl, head_c[2] - hr * 0.1, 0}
  local snout = limb({head_c[1] + hr * 0.3, head_c[2] - hr * 0.05, 0}, snout_tip, hr * d(sp.snout_r, 0.6), hr * d(sp.snout_r, 0.6) * d(sp.snout_taper, 0.7))
  snout = snout:stretch(1, d(sp.snout_flat, 0.8), 1)
  body = smooth(hr * 0.3 * soft, body, head, snout)
  if sp.casque then
    body = smooth(hr * 0.2, body, ellipsoid(hr * 0.9, hr * 0.7, hr * 0.25):rotz(-30):move(head_c[1] - hr * 0.5, head_c[2] + hr * 0.7, 0))
  end
  local shape = body:part("skin")
  -- belly colour
  if has.light then
    shape = shape + intersect(body:round(0.3), box(bl * 10, (H - bh * d(sp.belly_h, 0.3)) * 2, bw * 10)):part("light")
  end
  -- bands / spots on the back
  if sp.bands then
    local step = bl * 2 / sp.bands
    local st = array(box(step * 0.35, bh * 4, bw * 4), sp.bands + math.floor(tl / step), -step, 0, 0):move(bl * 0.9, H, 0)
    shape = shape + intersect(body:round(0.3), intersect(st, box(bl * 10, bh * 4, bw * 10):move(0, H + bh * 2 - bh * 0.3, 0))):part(P("marks"))
  end
  -- ridges / crest along the back
  if sp.ridges then
    local rs = {}
    local n = sp.ridges
    for i = 0, n - 1 do
      local t = i / (n - 1)
      local x = bl * 0.9 - t * (bl * 1.7 + tl * 0.25)
      local y
      if x > -bl * 0.8 then y = H + bh * math.sqrt(math.max(0, 1 - (x / bl) ^ 2)) * 0.96
      else y = H - bh * 0.45 * ((-bl * 0.8 - x) / (tl * 0.3)) * 0.5 + tr * 0.85 end
      local r = d(sp.ridge_r, bh * 0.18) * (1 - t * 0.5)
      for _, sz in ipairs(sp.ridge_rows or {0}) do
        rs[#rs + 1] = cone(r, r * 0.15, r * d(sp.ridge_h, 1.6)):move(x, y - r * 0.3, sz * bw * 0.3)
      end
    end
    shape = shape + union(table.unpack(rs)):part(P("crest", "skin"))
  end
  -- teeth along the jaw line (crocodile)
  if sp.teeth then
    local ts = {}
    for i = 0, sp.teeth do
      local t = i / sp.teeth
      local x = head_c[1] + hr * 0.2 + (snout_tip[1] - head_c[1] - hr * 0.2) * t
      local zr = (hr * d(sp.snout_r, 0.6)) * (1 - t * 0.3) * 0.95
      for _, sz in ipairs({-1, 1}) do
        ts[#ts + 1] = cone(hr * 0.06, hr * 0.01, hr * 0.16):rotx(180):move(x, head_c[2] - hr * 0.1 - hr * 0.02, sz * zr)
      end
    end
    shape = shape + union(table.unpack(ts)):part(P("teeth", "light"))
  end
  -- eyes
  local er = hr * d(sp.eye_r, 0.22) * (cartoon and 1.4 or 1)
  for _, sz in ipairs({-1, 1}) do
    local ep = {head_c[1] + hr * d(sp.eye_x, 0.3), head_c[2] + hr * d(sp.eye_y, 0.45), sz * hr * d(sp.eye_z, 0.6)}
    if has.iris then
      shape = shape + sphere(er):move(ep[1], ep[2], ep[3]):part("iris")
      shape = shape + sphere(er * 0.45):move(ep[1] + er * 0.3, ep[2] + er * 0.2, ep[3] + sz * er * 0.75):part("eyes")
    else
      shape = shape + sphere(er):move(ep[1], ep[2], ep[3]):part("eyes")
    end
  end
  k.attach("head", {head_c[1], head_c[2] + hr * 0.75, 0}, hr * 1.6)
  k.attach("neck", {bl * 0.95 + hr * 0.2 + bh * 0.3, H, 0}, bh * 1.8, {1, 0.3, 0})
  k.attach("back", {0, H + bh * 0.95, 0}, bw * 1.6)
  k.attach("face", {head_c[1] + hr * 0.8, head_c[2] + hr * 0.4, 0}, hr * 1.6, {1, 0, 0})
  k.attach("mouth", {head_c[1] + hr * 0.9, head_c[2] - hr * 0.5, 0}, hr * 1.4)
  return shape
end

-- Turtles and tortoises: a shell (flat for sea turtles, a high dome for
-- tortoises) painted with scutes, a head on a neck, four flippers or stumpy
-- legs, a little tail.
-- sp: shell_len, shell_h, shell_w, dome (0 flat … 1 high), legs ("flipper"|"stump"),
--     leg_r, head_r, neck_len, height (shell underside above the ground).
function R.chelonian(k, sp, parts)
  local P, has = partfn(parts)
  local soft = k.soft
  local cartoon = k.style == "cartoon"
  local sl, sh, sw = sp.shell_len, sp.shell_h, sp.shell_w
  local H = d(sp.height, sh * 0.35)
  local shell = ellipsoid(sl, sh, sw)
  shell = intersect(shell, box(sl * 3, sh * 3, sw * 3):move(0, sh * 1.5 - sh * 0.12, 0))
  shell = smooth(2, shell, ellipsoid(sl * 1.02, sh * 0.14, sw * 1.02):move(0, sh * 0.02, 0))
  shell = shell:move(0, H, 0)
  local belly = ellipsoid(sl * 0.92, sh * 0.3, sw * 0.88):move(0, H, 0)
  local limbs = {}
  local lr = d(sp.leg_r, sw * 0.2)
  for _, fx in ipairs({1, -1}) do
    for _, sz in ipairs({-1, 1}) do
      if sp.legs == "flipper" then
        local L = fx > 0 and sl * 0.95 or sl * 0.5
        local w = L * 0.45
        local t = math.max(lr * 0.5, sl * 0.06)
        local root = {fx * sl * 0.55, H * 0.75, sz * sw * 0.7}
        local f = extrude({{-w * 0.45, 0}, {w * 0.35, 0}, {w * 0.5, L * 0.45}, {w * 0.15, L}, {-w * 0.2, L * 0.85}, {-w * 0.45, L * 0.4}}, t, t * 0.45)
        f = f:rotx(sz * 90):rotx(sz * 8):roty(sz * (fx > 0 and 28 or -40))
        limbs[#limbs + 1] = f:move(root[1], root[2], root[3])
      else
        local top = {fx * sl * 0.58, H + sh * 0.15, sz * sw * 0.72}
        local foot = {fx * sl * 0.66, 0, sz * sw * 0.86}
        limbs[#limbs + 1] = limb(top, {foot[1], lr * 0.7, foot[3]}, lr * 1.05, lr * 1.1)
        limbs[#limbs + 1] = cylinder(lr * 1.12, lr * 0.5, lr * 0.2):move(foot[1], 0, foot[3])
      end
    end
  end
  local hr = d(sp.head_r, sw * 0.3) * (cartoon and 1.3 or 1)
  local nl = d(sp.neck_len, sl * 0.35)
  local nb = {sl * 0.75, H + sh * 0.1, 0}
  local head_c = {sl * 0.8 + nl, H + sh * d(sp.head_up, 0.35), 0}
  local neck = limb(nb, head_c, hr * 0.8, hr * 0.75)
  local head = ellipsoid(hr * 1.3, hr * 0.95, hr * 0.9):move(head_c[1] + hr * 0.2, head_c[2], 0)
  local tail = limb({-sl * 0.85, H, 0}, {-sl * 1.15, H * 0.6, 0}, lr * 0.5, lr * 0.15)
  local skin = smooth(lr * 0.4 * soft, belly, union(table.unpack(limbs)), neck, head, tail)
  local shape = skin:part(P("skin")) + shell:part(P("shell", "skin"))
  -- scutes: lighter plates on the darker shell
  if has.marks then
    local sc = {}
    local function on_shell(u, th, r)
      -- u along the length (-1..1), th from the top (0) to the rim (pi/2), both sides
      local x = u * sl * math.sqrt(math.max(0, 1 - 0))
      local k2 = math.sqrt(math.max(0.0, 1 - u * u))
      local y = H + sh * math.cos(th) * k2
      local z = sw * math.sin(th) * k2
      return sphere(r):move(x * 0.98, y, z)
    end
    local rv = math.min(sl, sw) * d(sp.scute_r, 0.22)
    for i = -2, 2 do sc[#sc + 1] = on_shell(i * 0.36, 0, rv) end
    for _, side in ipairs({-1, 1}) do
      for i = -1.5, 1.5, 1 do sc[#sc + 1] = on_shell(i * 0.42, side * 0.75, rv * 1.0) end
      for i = -5, 5 do sc[#sc + 1] = on_shell(i * 0.17, side * 1.35, rv * 0.55) end
    end
    shape = shape + intersect(shell:round(0.4), union(table.unpack(sc))):part("marks")
  end
  for _, sz in ipairs({-1, 1}) do
    shape = shape + sphere(hr * (cartoon and 0.3 or 0.18)):move(head_c[1] + hr * 0.75, head_c[2] + hr * 0.3, sz * hr * 0.65):part("eyes")
  end
  k.attach("head", {head_c[1] + hr * 0.2, head_c[2] + hr * 0.9, 0}, hr * 1.7)
  k.attach("neck", S.add(head_c, {hr * 0.3, -hr * 1.0, 0}), hr * 1.8, {1, 0.2, 0})
  k.attach("back", {0, H + sh, 0}, sw * 1.2)
  k.attach("face", {head_c[1] + hr * 1.2, head_c[2] + hr * 0.3, 0}, hr * 1.7, {1, 0, 0})
  k.attach("mouth", {head_c[1] + hr * 1.1, head_c[2] - hr * 0.4, 0}, hr * 1.4)
  return shape
end

return R
