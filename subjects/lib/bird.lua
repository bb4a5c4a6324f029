-- The bird rig: an egg-shaped body pitched from level (duck) to upright
-- (owl, penguin), a neck (short, long or S-curved), a round head with a beak
-- (cone, hooked, flat bill, bent), wings folded at the sides or spread in
-- flight (or flippers), a tail (fan, short, long, upturned), legs with
-- toes or webbed feet, and extras: comb and wattle, crest, ear tufts,
-- owl face discs, marks painted onto the plumage.
--   local B = use("bird")
--   build = function(k) return B.build(k, species, parts) end
-- Part names the rig knows: plumage (primary), light, marks, wings, tail,
-- beak, legs, comb, eyes, iris. A feature whose part is not declared falls back
-- to plumage (beak/legs fall back to each other).
-- Poses: "" standing/perched, "flying" (wings spread, legs tucked),
-- "one_leg" (standing on the left leg, the right folded up; sp.one_leg makes
-- it the species' usual stance),
-- "sitting" (settled, legs hidden; also swimming).
-- Attachment points: head, neck (up = along the neck), scarf (round the neck
-- below the head, the band at its front, as wide as it), back, face, top.
local S = use("shapes")
local B = {}

local rad, deg, sin, cos = math.rad, math.deg, math.sin, math.cos
local function d(v, default) if v == nil then return default end return v end
local function nonempty(t) for _ in pairs(t) do return true end return false end

function B.build(k, sp, parts)
  local has = {}
  for _, p in ipairs(parts or {}) do has[p[1]] = true end
  local function P(...)
    for _, n in ipairs({...}) do if has[n] then return n end end
    return "plumage"
  end
  local soft = k.soft or 1
  local cartoon = k.style == "cartoon"
  local pose = (k.pose ~= nil and k.pose ~= "") and k.pose or d(sp.default_pose, "")
  local fly, sit = pose == "flying", pose == "sitting" or pose == "swimming"
  local function vary(x) return x * k.rand(0.96, 1.04) end
  local bl, bh, bw = vary(sp.body_len), vary(sp.body_h), vary(sp.body_w)
  local head_r = sp.head_r * (cartoon and 1.35 or 1)
  local leg_len = d(sp.leg_len, 20)
  local pitch = d(sp.pitch, 20)
  if fly then pitch = d(sp.fly_pitch, 0) end
  local a = rad(pitch)
  local lift = (fly or sit) and 0 or leg_len
  -- thin parts (wings, tails) must stay a few voxels thick once the model is meshed
  local span_est = fly and d(sp.wing_len, bl * 1.3) * d(sp.span, 1.6) * 2 or 0
  local tmin = 0.024 * math.max(bl * 2.6, leg_len + bh * 2 + d(sp.neck_len, 6), span_est)
  local function slab(outline, t) return extrude(outline, math.max(t, tmin), math.max(t, tmin) * 0.45) end
  -- lowest point of the tilted body ellipsoid
  local low = math.sqrt((bl * sin(a)) ^ 2 + (bh * cos(a)) ^ 2)
  local C = {0, lift + low * (sit and 0.8 or 0.92), 0}
  local ca, sa = cos(a), sin(a)
  local function W(x, y, z) return {C[1] + x * ca - y * sa, C[2] + x * sa + y * ca, C[3] + (z or 0)} end
  local function L(s) return s:rotz(pitch):move(C[1], C[2], C[3]) end

  -- Body: an egg, fuller at the breast.
  local body = smooth(bh * 0.5 * soft,
    ellipsoid(bl * 0.7, bh, bw):move(bl * 0.25, 0, 0),
    ellipsoid(bl * 0.65, bh * 0.8, bw * 0.85):move(-bl * 0.35, bh * 0.05, 0))
  if sp.fluffy then body = body:noise(sp.fluffy, bh * 0.3) end
  body = L(body)
  local plumage = body

  -- Neck and head.
  local nb = W(bl * d(sp.neck_x, 0.7), bh * d(sp.neck_y, 0.45), 0)
  local nl = d(sp.neck_len, 6)
  local na = rad(d(sp.neck_angle, 70) - (fly and d(sp.fly_neck, 45) or 0))
  local head_c
  local neck_r = d(sp.neck_r, head_r * 0.75)
  local neck_shape
  local neck_pts
  if sp.neck_curve == "s" and not fly then
    -- S-curve: back and up, then forward to the head (swan, flamingo).
    local p1 = S.add(nb, {nl * 0.18, nl * 0.25, 0})
    local p2 = S.add(nb, {-nl * 0.05, nl * 0.6, 0})
    local p3 = S.add(nb, {nl * 0.05, nl * 0.92, 0})
    head_c = S.add(nb, {nl * 0.22, nl * 1.0, 0})
    neck_shape = tube({nb, p1, p2, p3, head_c}, neck_r, d(sp.neck_r2, neck_r * 0.7))
    neck_pts = {{nb, p1, p2, p3, head_c}, neck_r, d(sp.neck_r2, neck_r * 0.7)}
  else
    head_c = S.add(nb, {nl * cos(na), nl * sin(na), 0})
    if nl > 1 then
      neck_shape = limb(nb, head_c, neck_r, d(sp.neck_r2, head_r * 0.75))
      neck_pts = {{nb, head_c}, neck_r, d(sp.neck_r2, head_r * 0.75)}
    end
  end
  if neck_shape then plumage = smooth(bh * 0.3 * soft, plumage, neck_shape) end
  local head = ellipsoid(head_r * d(sp.head_lx, 1.05), head_r, head_r * d(sp.head_lz, 0.95)):move(head_c[1], head_c[2], head_c[3])
  plumage = smooth(head_r * 0.4 * soft, plumage, head)

  local extra = {}
  local function add(part, s) extra[#extra + 1] = s:part(part) end

  -- Beak.
  local bs, blen, br = d(sp.beak, "cone"), d(sp.beak_len, head_r * 0.8), d(sp.beak_r, head_r * 0.3)
  local bdrop = d(sp.beak_drop, 10)
  local bdir = {cos(rad(-bdrop)), sin(rad(-bdrop)), 0}
  local bbase = S.add(head_c, {head_r * d(sp.head_lx, 1.05) * 0.8 * bdir[1], head_r * 0.8 * bdir[2] - head_r * d(sp.beak_y, 0.05), 0})
  local beak_part = P("beak", "legs")
  local beak_tip
  if bs == "cone" then
    add(beak_part, cone(br, br * 0.12, blen):rotz(-90 - bdrop):move(bbase[1], bbase[2], bbase[3]))
    beak_tip = S.add(bbase, S.mul(bdir, blen))
  elseif bs == "flat" then
    local bill = smooth(1, cone(br, br * 0.85, blen):stretch(0.42, 1, 1.25), sphere(br * 0.85):stretch(0.42, 1, 1.25):move(0, blen, 0))
    add(beak_part, bill:rotz(-90 - bdrop):move(bbase[1], bbase[2], bbase[3]))
    beak_tip = S.add(bbase, S.mul(bdir, blen))
  elseif bs == "deep" then
    -- tall and thin from side to side: a puffin's triangular bill, striped
    local bill = cone(br, br * 0.12, blen):stretch(1, 1, 0.42)
    add(beak_part, bill:rotz(-90 - bdrop):move(bbase[1], bbase[2], bbase[3]))
    if has.beak2 then
      add("beak2", intersect(bill:round(0.3), box(br * 4, blen * 0.22, br * 4):move(0, blen * 0.12, 0)):rotz(-90 - bdrop):move(bbase[1], bbase[2], bbase[3]))
    end
    beak_tip = S.add(bbase, S.mul(bdir, blen))
  elseif bs == "hook" then
    local b0 = S.add(bbase, {-br * 0.3, br * 0.3, 0})
    local upper = tube({b0, S.add(b0, {blen * 0.55, blen * 0.12, 0}), S.add(b0, {blen * 0.95, -blen * 0.25, 0}), S.add(b0, {blen * 0.85, -blen * 0.75, 0})}, br, br * 0.15)
    local lower = limb(S.add(b0, {0, -br * 0.8, 0}), S.add(b0, {blen * 0.55, -br * 1.1, 0}), br * 0.7, br * 0.3)
    add(beak_part, smooth(br * 0.4, upper, lower))
    beak_tip = S.add(b0, {blen * 0.9, -blen * 0.5, 0})
  elseif bs == "bent" then
    local b0 = bbase
    local pts = {b0, S.add(b0, {blen * 0.45, -blen * 0.05, 0}), S.add(b0, {blen * 0.7, -blen * 0.3, 0}), S.add(b0, {blen * 0.75, -blen * 0.65, 0})}
    add(beak_part, tube(pts, br, br * 0.3))
    local tipp = sp.beak_tip_part and P(sp.beak_tip_part) or nil
    if tipp then add(tipp, sphere(br * 0.62):stretch(1, 1.6, 1):move(pts[4][1], pts[4][2] + br * 0.2, 0)) end
    beak_tip = pts[4]
  elseif bs == "long" then
    add(beak_part, cone(br, br * 0.15, blen):rotz(-90 - bdrop):move(bbase[1], bbase[2], bbase[3]))
    beak_tip = S.add(bbase, S.mul(bdir, blen))
  end
  if sp.pouch then -- a pelican's throat pouch hanging under the bill
    local pb = S.add(bbase, S.mul(bdir, blen * 0.45))
    add(P("pouch", "beak"), ellipsoid(blen * 0.42, br * sp.pouch, br * 0.9):rotz(-bdrop):move(pb[1], pb[2] - br * sp.pouch * 0.6, pb[3]))
  end
  if sp.knob then -- mute swan's black knob at the base of the bill
    add(P("marks", "beak"), sphere(br * 0.6):move(bbase[1] + br * 0.1, bbase[2] + br * 0.55, 0))
  end

  -- Eyes (and owl face discs).
  local eye_r = head_r * d(sp.eye_r, 0.14) * (cartoon and 1.5 or 1)
  local ef, eu, es = d(sp.eye_fwd, 0.45), d(sp.eye_up, 0.3), d(sp.eye_side, 0.85)
  local eye_pts = {}
  for _, sz in ipairs({-1, 1}) do
    local dv = S.norm({ef, eu, sz * es})
    local p = S.add(head_c, {dv[1] * head_r * d(sp.head_lx, 1.05) * 0.92, dv[2] * head_r * 0.92, dv[3] * head_r * d(sp.head_lz, 0.95) * 0.92})
    eye_pts[#eye_pts + 1] = {p, dv}
    if sp.face_disc then
      local fd = head_r * sp.face_disc
      add(P("light"), ellipsoid(fd * 0.3, fd, fd):roty(-deg(math.atan(dv[3], dv[1]))):move(p[1] - dv[1] * eye_r * 0.6, p[2] - dv[2] * eye_r * 0.6, p[3] - dv[3] * eye_r * 0.6))
    end
    if has.iris then
      local ir = eye_r * 1.6
      add("iris", sphere(ir):move(p[1] - dv[1] * ir * 0.35, p[2] - dv[2] * ir * 0.35, p[3] - dv[3] * ir * 0.35))
      add("eyes", sphere(eye_r * 0.9):move(p[1] + dv[1] * ir * 0.45, p[2] + dv[2] * ir * 0.45, p[3] + dv[3] * ir * 0.45))
    else
      add("eyes", sphere(eye_r):move(p[1], p[2], p[3]))
    end
  end

  -- Head extras.
  if sp.comb then
    local cb = S.add(head_c, {-head_r * 0.1, head_r * 0.85, 0})
    local lobes = {}
    for i = -2, 2 do
      local r = head_r * sp.comb * (1 - math.abs(i) * 0.12)
      lobes[#lobes + 1] = sphere(r):stretch(1, 1.2, 0.4):move(cb[1] + i * head_r * 0.28, cb[2] + r * 0.6 - math.abs(i) * head_r * 0.08, 0)
    end
    add(P("comb"), smooth(head_r * 0.1, table.unpack(lobes)))
    add(P("comb"), ellipsoid(head_r * 0.2, head_r * 0.35, head_r * 0.15):move(bbase[1] - head_r * 0.05, bbase[2] - head_r * 0.5, 0))
  end
  if sp.crest then
    local cb = S.add(head_c, {-head_r * 0.2, head_r * 0.8, 0})
    local cp = P(sp.crest_part or "plumage")
    local fe = {}
    for i = 0, 3 do
      local ang = rad(75 + i * 25)
      local l = head_r * sp.crest * (1 - i * 0.12)
      fe[#fe + 1] = leaf(l, head_r * 0.4, math.max(head_r * 0.2, tmin), 1):rotz(deg(ang) - 90):move(cb[1] - i * head_r * 0.12, cb[2], 0)
    end
    add(cp, union(table.unpack(fe)))
  end
  if sp.tufts then
    for _, sz in ipairs({-1, 1}) do
      local tb = S.add(head_c, {head_r * 0.1, head_r * 0.75, sz * head_r * 0.5})
      add(P("plumage"), cone(head_r * 0.28, head_r * 0.05, head_r * sp.tufts):stretch(0.6, 1, 1):rotx(sz * 22):rotz(12):move(tb[1], tb[2], tb[3]))
    end
  end

  -- Wings.
  local wl, ww = d(sp.wing_len, bl * 1.3), d(sp.wing_w, bh * 1.0)
  local wing_part = P("wings", "plumage")
  local wings = {}
  local wstyle = d(sp.wings, "folded")
  for _, sz in ipairs({-1, 1}) do
    if fly and wstyle ~= "flipper" then
      local root = W(bl * 0.2, bh * 0.35, sz * bw * 0.5)
      local span = wl * d(sp.span, 1.6)
      local c = ww * 1.2
      local w = slab({{c * 0.35, 0}, {c * 0.45, span * 0.35}, {c * 0.3, span * 0.75}, {c * 0.05, span}, {-c * 0.2, span * 0.96},
                      {-c * 0.4, span * 0.8}, {-c * 0.5, span * 0.6}, {-c * 0.62, span * 0.3}, {-c * 0.62, 0}}, bh * 0.12)
      w = w:rotx(sz * 90):rotx(-sz * d(sp.dihedral, 12))
      wings[#wings + 1] = w:move(root[1], root[2], root[3])
    elseif wstyle == "flipper" then
      local root = W(bl * 0.35, bh * 0.45, sz * bw * 0.85)
      local w = slab({{ww * 0.2, 0}, {ww * 0.3, -wl * 0.4}, {ww * 0.1, -wl * 0.9}, {-ww * 0.05, -wl}, {-ww * 0.25, -wl * 0.7}, {-ww * 0.25, 0}}, bh * 0.1)
        :rotx(sz * (fly and 70 or 8)):rotz(-pitch + 90 - 8)
      wings[#wings + 1] = w:move(root[1], root[2], root[3] + sz * bh * 0.05)
    else
      local root = W(bl * 0.5, bh * 0.3, sz * bw * 0.78)
      local wing_ang = pitch + d(sp.wing_droop, 12)
      local w = slab({{wl * 0.05, ww * 0.3}, {-wl * 0.1, ww * 0.5}, {-wl * 0.45, ww * 0.42}, {-wl * 0.8, ww * 0.18}, {-wl, 0},
                      {-wl * 0.75, -ww * 0.18}, {-wl * 0.35, -ww * 0.42}, {-wl * 0.02, -ww * 0.35}}, bh * 0.2)
      w = w:rotz(wing_ang):roty(-sz * 6)
      wings[#wings + 1] = w:move(root[1], root[2], root[3])
    end
  end
  local wing_shape = union(table.unpack(wings))
  if wing_part == "plumage" then plumage = smooth(2 * soft, plumage, wing_shape) else add(wing_part, smooth(1, wing_shape, empty())) end

  -- Tail.
  local ts, tl, tw = d(sp.tail, "fan"), d(sp.tail_len, bl * 0.6), d(sp.tail_w, bw * 0.9)
  local tail_part = P("tail", "wings", "plumage")
  local troot = W(-bl * 0.9, bh * d(sp.tail_y, 0.1), 0)
  local tang = pitch + d(sp.tail_angle, 0)
  if sit and pitch < 40 then tang = tang + 10 end
  local tail
  if ts == "fan" or ts == "long" then
    local o
    if ts == "fan" then
      o = {{tl * 0.1, -tw * 0.22}, {-tl, -tw * 0.5}, {-tl * 1.06, -tw * 0.2}, {-tl * 1.08, 0}, {-tl * 1.06, tw * 0.2}, {-tl, tw * 0.5}, {tl * 0.1, tw * 0.22}}
    else
      o = {{tl * 0.1, -tw * 0.22}, {-tl * 0.7, -tw * 0.3}, {-tl * 1.1, 0}, {-tl * 0.7, tw * 0.3}, {tl * 0.1, tw * 0.22}}
    end
    tail = slab(o, bh * 0.1):rotx(90):rotz(-tang):move(troot[1], troot[2], troot[3])
  elseif ts == "up" then
    tail = slab({{tl * 0.2, -tw * 0.35}, {-tl * 0.3, -tw * 0.2}, {-tl, tw * 0.6}, {-tl * 0.5, tw * 0.7}, {tl * 0.2, tw * 0.35}}, bw * 0.6):move(troot[1], troot[2], troot[3])
  elseif ts == "stub" then
    tail = cone(tw * 0.5, tw * 0.1, tl):stretch(1, 1, 0.8):rotz(90 + tang):move(troot[1], troot[2], troot[3])
  elseif ts == "train" then
    -- a peacock's raised fan: a scalloped half disc standing behind the body,
    -- covered in eye spots
    local o = {{0, -tw * 0.05}}
    local n = 36
    for i = 0, n do
      local a = rad(-85 + 170 * i / n)
      local r = tl * (1 - 0.04 * math.abs(math.sin(i * math.pi / 2)))
      o[#o + 1] = {r * math.sin(a), r * math.cos(a)}
    end
    local fan = slab(o, bh * 0.12):roty(90):rotz(14)
    tail = fan:move(troot[1], troot[2], troot[3])
    local spots = {}
    for _, ring in ipairs({{0.9, 13}, {0.72, 10}, {0.53, 7}}) do
      for i = 0, ring[2] - 1 do
        local a = rad(-75 + 150 * i / math.max(1, ring[2] - 1))
        local r = tl * ring[1]
        spots[#spots + 1] = sphere(tl * 0.06):stretch(1, 1.25, 1):move(0, r * math.cos(a), r * math.sin(a))
      end
    end
    local ocp = P("ocelli", "marks", "tail")
    add(ocp, intersect(fan:round(0.5), union(table.unpack(spots)):roty(0):rotz(14)):move(troot[1], troot[2], troot[3]))
  elseif ts == "plume" then
    local fe = {}
    for i = -2, 2 do
      local l = tl * (1 - math.abs(i) * 0.1)
      fe[#fe + 1] = ellipsoid(math.max(tw * 0.16, tmin), l * 0.5, tw * 0.22):move(0, l * 0.5, 0):rotz(60 + i * 12):rotx(i * 12)
    end
    tail = union(table.unpack(fe)):move(troot[1], troot[2], troot[3])
  end
  if tail then
    if tail_part == "plumage" then plumage = smooth(2 * soft, plumage, tail) else add(tail_part, tail) end
  end

  -- Legs and feet.
  local leg_part = P("legs", "beak")
  local lr = d(sp.leg_r, 2)
  -- On one leg (a flamingo's rest, or k.pose "one_leg"): the left leg
  -- stands under the body's middle, the right one is folded up under it.
  local one_leg = (pose == "one_leg" or (sp.one_leg and pose == "")) and not fly and not sit
  if not fly and not sit and leg_len > 0 then
    for _, sz in ipairs({-1, 1}) do
      local hip = W(-bl * d(sp.hip_x, 0.05), -bh * 0.6, sz * bw * 0.35)
      if one_leg and sz == 1 then
        local bend = {hip[1] + leg_len * 0.12, hip[2] - leg_len * 0.32, hip[3]}
        local ankle = {hip[1] - leg_len * 0.3, hip[2] - leg_len * 0.12, hip[3] * 0.6}
        add(leg_part, tube({hip, bend, ankle}, lr, lr * 0.85) + sphere(lr * 1.3):move(ankle[1], ankle[2], ankle[3]))
        goto next_leg
      end
      local foot = {hip[1] + d(sp.foot_x, 0), lr * 0.6, sz * bw * d(sp.stance, 0.38)}
      if one_leg then foot[3] = -bw * 0.05 end
      local knee = {hip[1] - d(sp.knee, 0.15) * leg_len, (hip[2] + foot[2]) * 0.5, (hip[3] + foot[3]) * 0.5}
      if sp.thigh then add(P("plumage"), ellipsoid(lr * 3, leg_len * 0.25, lr * 2.5):move(hip[1], hip[2] - leg_len * 0.05, hip[3])) end
      add(leg_part, tube({hip, knee, foot}, lr, lr * 0.85))
      local tl2 = d(sp.toe_len, leg_len * 0.35)
      if d(sp.feet, "toes") == "webbed" then
        local web = leaf(tl2 * 1.3, tl2 * 1.2, math.max(lr, tmin * 0.8), 0):rotx(90):roty(90):move(foot[1] - lr, lr * 0.3, foot[3])
        add(leg_part, web)
      else
        local toes = {}
        for _, ang in ipairs({-30, 0, 30}) do
          local t = {foot[1] + tl2 * cos(rad(ang)), lr * 0.5, foot[3] + tl2 * sin(rad(ang))}
          toes[#toes + 1] = polyline({foot, t}, lr * 0.7, lr * 0.4)
        end
        toes[#toes + 1] = polyline({foot, {foot[1] - tl2 * 0.5, lr * 0.5, foot[3]}}, lr * 0.7, lr * 0.4)
        add(leg_part, union(table.unpack(toes)))
      end
      ::next_leg::
    end
  end

  -- Marks painted onto the plumage.
  local regions = {}
  local function region(part, s)
    part = P(part)
    regions[part] = regions[part] or {}
    table.insert(regions[part], s)
  end
  for _, m in ipairs(sp.marks or {}) do
    local kind, part = m[1], m.part or "light"
    if kind == "belly" then
      region(part, L(ellipsoid(bl * 1.1, bh * 0.9, bw * 1.3):move(bl * d(m.x, 0.1), -bh * d(m.y, 0.75), 0)))
    elseif kind == "breast" then
      region(part, L(ellipsoid(bl * 0.7, bh * 1.1, bw * 1.2):move(bl * 0.75, -bh * 0.1, 0)))
      if neck_shape then region(part, intersect(neck_shape:round(2), box(nl * 4, nl * 4, nl * 4):move(nb[1] + nl * 2 + neck_r * 0.1, nb[2], 0))) end
    elseif kind == "front" then
      -- the white shirt-front of a penguin: the forward half of body, neck and face
      local cut = d(m.cut, 0.15)
      region(part, intersect(box(bl * 8, bl * 8, bw * 8):move(C[1] + bh * cut + bl * 4, C[2], 0),
                             box(bl * 8, bl * 8, bw * 8):move(0, nb[2] + head_r * d(m.up, 0.0) - bl * 4, 0)))
    elseif kind == "head" then
      region(part, sphere(head_r * 1.15):move(head_c[1], head_c[2], head_c[3]))
      if neck_shape and m.neck ~= false then region(part, intersect(neck_shape:round(1), sphere(nl * d(m.neck_f, 0.6) + head_r):move(head_c[1], head_c[2], head_c[3]))) end
    elseif kind == "neck" then
      if neck_shape then region(part, neck_shape:round(1.5)) end
    elseif kind == "cheeks" then
      for _, e in ipairs(eye_pts) do
        local p = e[1]
        region(part, sphere(head_r * d(m.r, 0.45)):move(p[1] + head_r * d(m.dx, 0.1), p[2] - head_r * d(m.dy, 0.35), p[3]))
      end
    elseif kind == "mask" then
      for _, e in ipairs(eye_pts) do
        local p = e[1]
        region(part, sphere(head_r * d(m.r, 0.35)):move(p[1], p[2], p[3]))
      end
    elseif kind == "ring" then
      region(part, torus(neck_r * 1.05, neck_r * 0.25):rotz(deg(na) - 90):move(S.lerp(nb, head_c, d(m.t, 0.3))[1], S.lerp(nb, head_c, d(m.t, 0.3))[2], 0))
    elseif kind == "spots" then
      local sps = {}
      for i = 1, d(m.n, 20) do
        local u = k.rand(-0.9, 0.9)
        local th = k.rand(0.3, math.pi - 0.3) * (k.chance(0.5) and 1 or -1)
        sps[#sps + 1] = sphere(bh * d(m.r, 0.08)):move(u * bl, math.cos(th) * bh, math.sin(th) * bw)
      end
      region(part, L(union(table.unpack(sps))))
    end
  end

  local shape = plumage:part("plumage")
  if nonempty(regions) then
    local skin = plumage:round(0.4)
    for part, list in pairs(regions) do
      shape = shape + intersect(skin, union(table.unpack(list))):part(part)
    end
  end
  for _, e in ipairs(extra) do shape = shape + e end

  local ndir = S.norm(S.sub(head_c, nb))
  k.attach("head", S.add(head_c, {0, head_r * 0.95, 0}), head_r * 1.9)
  local np = S.add(S.lerp(nb, head_c, 0.35), {neck_r * 0.85, -neck_r * 0.2, 0})
  if nl < 20 or sp.neck_curve == "s" then
    -- short necks: just under the chin, clear of the breast
    np = S.add(head_c, {head_r * 0.45, -head_r * 0.95, 0})
  end
  k.attach("neck", np, math.max(neck_r * 2.3, head_r * 1.3), S.norm({1, 0.25, 0}))
  k.attach("scarf", B.scarf_point({
    body = {{C = C, ca = ca, sa = sa, c = {bl * 0.25, 0}, r = {bl * 0.7, bh, bw}},
            {C = C, ca = ca, sa = sa, c = {-bl * 0.35, bh * 0.05}, r = {bl * 0.65, bh * 0.8, bw * 0.85}}},
    neck = neck_pts,
    head = {head_c, head_r * d(sp.head_lx, 1.05), head_r, head_r * d(sp.head_lz, 0.95)},
    nb = nb, head_c = head_c, head_r = head_r, neck_r = neck_r, blend = bh * 0.3 * soft,
  }))
  k.attach("back", W(-bl * 0.1, bh * 0.95, 0), bw * 1.4)
  k.attach("face", S.add(head_c, {head_r * 0.9, head_r * 0.25, 0}), head_r * 1.7, {1, 0, 0})
  -- mouth: under the middle of the beak; a fish or a twig held there
  -- crosses the bill
  if beak_tip then
    k.attach("mouth", S.add(S.lerp(bbase, beak_tip, 0.55), {0, -head_r * 0.7, 0}), math.max(br * 2.4, head_r * 0.8))
  end
  return shape
end

-- Where a scarf is worn: round the neck where it meets the body, below the
-- head, the band on the front surface and as wide as the neck or breast
-- there, its ends hanging down the breast. Measured on the rig's own
-- primitives (body ellipsoids in the body frame, the neck, the head):
-- returns position, width, direction for k.attach. The scarf subject is a
-- shallow band whose front lies 0.27 of its width ahead of its base, and
-- whose middle is 0.13 of its width above the attachment point.
function B.scarf_point(g)
  local h = g.head
  local function inside(p)
    return S.in_body(g.body, p) or (g.neck ~= nil and S.in_tube(p, g.neck[1], g.neck[2], g.neck[3]))
           or S.in_ellipsoid(p, h[1], {h[2], h[3], h[4]})
  end
  -- a long neck wears it a third of the way up, clear of the breast; a
  -- short one where it meets the body
  local c = g.nb
  if g.neck and S.len(S.sub(g.head_c, g.nb)) >= 20 then
    local pts = g.neck[1]
    local u = 0.3 * (#pts - 1)
    local i = math.min(math.floor(u) + 1, #pts - 1)
    c = S.lerp(pts[i], pts[i + 1], u - (i - 1))
  end
  local ndir = S.norm(S.sub(g.head_c, g.nb))
  -- the front of the neck's base: straight ahead, a little down when the
  -- neck leans forward
  local probe = S.norm({1, math.max(-0.6, -ndir[1] * 0.6), 0})
  local function reach(v) return S.reach(c, v, g.neck_r * 0.04, g.neck_r * 8, inside) end
  -- lowered down the breast until the band clears the chin
  local chin = g.head_c[2] - g.head_r * 0.8
  local front, rz, w
  for _ = 1, 12 do
    front = S.add(c, S.mul(probe, reach(probe) + g.blend * 0.15))
    rz = math.min(reach({0, 0, 1}), reach({0, 0, -1})) + g.blend * 0.15
    w = math.max(rz, g.neck_r * 0.8) * 2.0
    if front[2] + w * 0.1 <= chin then break end
    c = S.add(c, {0, -g.neck_r * 0.1, 0})
  end
  -- the band faces forward and a little up, so its ends hang clear of the breast
  local dir = S.norm({1, 0.25, 0})
  return S.scarf_at(front, w, dir), w, dir
end

return B
