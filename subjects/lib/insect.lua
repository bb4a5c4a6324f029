-- The insect rig (bee, ant, ladybird, beetle, butterfly, dragonfly, spider):
-- a head, thorax and abdomen along +X, jointed legs (6 or 8) arched out to the
-- ground, antennae, wings (membrane, butterfly, wing cases), and stripes or
-- spots painted on the abdomen/shell.
--   local I = use("insect")
--   build = function(k) return I.build(k, species, parts) end
-- Part names the rig knows: body (primary), abdomen, marks, head, legs,
-- wings, wingmarks, eyes, stinger. Missing parts fall back to body.
-- Poses: "" standing, "flying" (legs tucked, raised wings).
-- Attachment points: head (hats), back, face, top.
local S = use("shapes")
local I = {}

local rad, deg, sin, cos = math.rad, math.deg, math.sin, math.cos
local function d(v, default) if v == nil then return default end return v end

-- Spheres of varying radius along a smooth path, blended (shells, bodies).
function I.swell(points, radii, blend, per_span)
  local pts = spline(points, per_span or 6)
  local n = #pts
  local list = {}
  for i, p in ipairs(pts) do
    local t = (i - 1) / math.max(1, n - 1)
    local r = type(radii) == "function" and radii(t) or radii
    list[#list + 1] = sphere(math.max(0.3, r)):move(p[1], p[2], p[3])
  end
  return smooth(blend or 1, table.unpack(list))
end

function I.build(k, sp, parts)
  local has = {}
  for _, p in ipairs(parts or {}) do has[p[1]] = true end
  local function P(...)
    for _, n in ipairs({...}) do if has[n] then return n end end
    return "body"
  end
  local soft = k.soft or 1
  local cartoon = k.style == "cartoon"
  local pose = (k.pose ~= nil and k.pose ~= "") and k.pose or d(sp.default_pose, "")
  local fly = pose == "flying"
  local H = d(sp.height, 14)          -- body centre height above the ground
  -- segments along X: abdomen (rear), thorax, head
  local ar = sp.abdomen                -- {len, h, w}
  local tr = sp.thorax
  local hr = sp.head_r * (cartoon and 1.3 or 1)
  local tx = 0
  local ax = tx - tr[1] - ar[1] * d(sp.waist, 0.85)
  local hx = tx + tr[1] + hr * d(sp.neck, 0.7)
  local atilt = d(sp.abdomen_tilt, 0)
  local ay = H + d(sp.abdomen_y, 0)
  local abdomen = ellipsoid(ar[1], ar[2], ar[3]):rotz(atilt):move(ax, ay, 0)
  local thorax = ellipsoid(tr[1], tr[2], tr[3]):move(tx, H, 0)
  local head_c = {hx, H + d(sp.head_y, 0), 0}
  local head = ellipsoid(hr * d(sp.head_lx, 0.95), hr, hr * d(sp.head_lz, 1.0)):move(head_c[1], head_c[2], head_c[3])
  if sp.fuzzy then
    thorax = thorax:noise(sp.fuzzy, tr[2] * 0.3)
    abdomen = abdomen:noise(sp.fuzzy * 0.6, ar[2] * 0.3)
  end
  local extra = {}
  local function add(part, s) extra[#extra + 1] = s:part(part) end
  local abd_part = P("abdomen", "body")
  local blend = d(sp.blend, 1.5) * soft
  local bodyshape
  if sp.waist_r then
    local pet = limb({ax + ar[1] * 0.9, ay, 0}, {tx - tr[1] * 0.8, H, 0}, sp.waist_r, sp.waist_r)
    bodyshape = smooth(blend, thorax, pet)
  else
    bodyshape = thorax
  end
  local head_part = P("head", "body")

  -- Legs: n pairs, from the thorax underside out and down to the ground.
  local pairs_n = d(sp.leg_pairs, 3)
  local lr = d(sp.leg_r, 1.2)
  local span = d(sp.leg_span, 2.2)
  local legs = {}
  for i = 1, pairs_n do
    local f = pairs_n == 1 and 0 or (i - 1) / (pairs_n - 1)   -- 0 front … 1 back
    for _, sz in ipairs({-1, 1}) do
      local hip = {tx + tr[1] * (0.5 - f * 1.0), H - tr[2] * 0.5, sz * tr[3] * 0.6}
      local fwd = (0.5 - f) * 2                                -- +1 front … -1 back
      local reach = H * span * d(sp.leg_len, 1)
      local foot = {hip[1] + fwd * reach * 0.55, 0.5, sz * (reach * (0.75 - math.abs(fwd) * 0.15))}
      local knee_h = H + d(sp.knee_h, 0.35) * H
      local knee = {hip[1] + fwd * reach * 0.25, knee_h, sz * reach * 0.45}
      if fly then
        foot = {hip[1] - reach * 0.3, H - tr[2] - reach * 0.1, sz * reach * 0.25}
        knee = {hip[1] + fwd * reach * 0.1, H - tr[2] - reach * 0.05, sz * reach * 0.3}
      end
      legs[#legs + 1] = polyline({hip, knee, foot}, lr * 1.2, lr * 0.7)
    end
  end
  local legs_part = P("legs", "body")
  add(legs_part, union(table.unpack(legs)))

  -- Antennae.
  if sp.antennae then
    local al = sp.antennae
    for _, sz in ipairs({-1, 1}) do
      local b = S.add(head_c, {hr * 0.45, hr * 0.6, sz * hr * 0.35})
      local pts
      if sp.antenna_style == "elbow" then
        pts = {b, S.add(b, {al * 0.05, al * 0.45, sz * al * 0.12}), S.add(b, {al * 0.5, al * 0.55, sz * al * 0.35})}
        add(P("legs", "head"), polyline(pts, lr * 0.7, lr * 0.5))
      else
        pts = {b, S.add(b, {al * 0.35, al * 0.55, sz * al * 0.25}), S.add(b, {al * 0.65, al * 0.85, sz * al * 0.45})}
        add(P("legs", "head"), tube(pts, lr * 0.6, lr * 0.45))
      end
      if sp.antenna_club then add(P("legs", "head"), sphere(lr * sp.antenna_club):move(pts[#pts][1], pts[#pts][2], pts[#pts][3])) end
    end
  end

  -- Eyes.
  local er = hr * d(sp.eye_r, 0.35) * (cartoon and 1.3 or 1)
  for _, sz in ipairs({-1, 1}) do
    local dv = S.norm({d(sp.eye_fwd, 0.5), d(sp.eye_up, 0.25), sz * 0.8})
    add("eyes", sphere(er):move(head_c[1] + dv[1] * hr * 0.8, head_c[2] + dv[2] * hr * 0.8, dv[3] * hr * 0.8))
  end
  if sp.mandibles then
    for _, sz in ipairs({-1, 1}) do
      add(P("legs", "head"), tube({S.add(head_c, {hr * 0.7, -hr * 0.4, sz * hr * 0.3}), S.add(head_c, {hr * 1.25, -hr * 0.5, sz * hr * 0.25}),
                                   S.add(head_c, {hr * 1.4, -hr * 0.45, sz * hr * 0.02})}, lr * 0.9, lr * 0.5))
    end
  end

  -- Wings: flat slabs kept a few voxels thick at any tier.
  local ext = math.max(ar[1] * 2 + tr[1] * 2 + hr * 2, d(sp.wing_len, 0) * 2.2)
  local tmin = ext * 0.022
  local function slab(o, t) t = math.max(t or 0, tmin); return extrude(o, t, t * 0.4) end
  local function scaled(o, f, cx, cy)
    local r = {}
    for _, p in ipairs(o) do r[#r + 1] = {cx + (p[1] - cx) * f, cy + (p[2] - cy) * f} end
    return r
  end
  local wing_part = P("wings", "body")
  local ws = sp.wings
  if ws == "membrane" or ws == "dragonfly" then
    local wl, ww = sp.wing_len, sp.wing_w
    local n = ws == "dragonfly" and 2 or 2
    local wl_list = {}
    for _, sz in ipairs({-1, 1}) do
      for j = 1, n do
        local sweep = ws == "dragonfly" and (j == 1 and 8 or -8) or (j == 1 and 20 or 40)
        local up = ws == "dragonfly" and 4 or (fly and 40 or 18)
        local root = {tx + tr[1] * (0.3 - (j - 1) * 0.5), H + tr[2] * 0.7, sz * tr[3] * 0.4}
        local scale = j == 1 and 1 or (ws == "dragonfly" and 0.95 or 0.7)
        local L_, W_ = wl * scale, ww * scale
        local w = slab({{0, 0}, {W_ * 0.45, L_ * 0.2}, {W_ * 0.5, L_ * 0.6}, {W_ * 0.25, L_ * 0.95}, {0, L_}, {-W_ * 0.3, L_ * 0.85},
                        {-W_ * 0.45, L_ * 0.5}, {-W_ * 0.3, L_ * 0.15}}):rotx(sz * 90):rotx(-sz * up):roty(-sz * sweep)
        wl_list[#wl_list + 1] = w:move(root[1], root[2], root[3])
      end
    end
    add(wing_part, union(table.unpack(wl_list)))
  elseif ws == "butterfly" then
    local wl, ww = sp.wing_len, sp.wing_w
    local open = fly and 35 or d(sp.wing_open, 20)   -- degrees above horizontal
    local fw, hw, marks = {}, {}, {}
    for _, sz in ipairs({-1, 1}) do
      local root = {tx + tr[1] * 0.1, H + tr[2] * 0.5, sz * tr[3] * 0.3}
      -- fore wing: broad, sweeping forward; hind wing: rounder, backward
      local fo = {{0, 0}, {ww * 0.25, wl * 0.3}, {ww * 0.42, wl * 0.75}, {ww * 0.3, wl}, {-ww * 0.05, wl * 0.98}, {-ww * 0.45, wl * 0.8},
                  {-ww * 0.5, wl * 0.45}, {-ww * 0.25, wl * 0.12}}
      local ho = {{0, 0}, {ww * 0.35, wl * 0.2}, {ww * 0.45, wl * 0.5}, {ww * 0.3, wl * 0.72}, {0, wl * 0.78}, {-ww * 0.3, wl * 0.65},
                  {-ww * 0.38, wl * 0.35}, {-ww * 0.2, wl * 0.1}}
      local function place(sh, turn) return sh:rotz(turn):rotx(sz * 90):rotx(-sz * open):move(root[1], root[2], root[3]) end
      local fore, hind = slab(fo), slab(ho)
      fw[#fw + 1] = place(fore, -22)
      hw[#hw + 1] = place(hind, 38)
      if has.wingmarks then
        local t = math.max(tmin, 1) * 3
        marks[#marks + 1] = place(subtract(fore:round(0.4), extrude(scaled(fo, 0.72, 0, wl * 0.5), t, 0)), -22)
        marks[#marks + 1] = place(subtract(hind:round(0.4), extrude(scaled(ho, 0.7, 0, wl * 0.4), t, 0)), 38)
      end
    end
    add(wing_part, union(table.unpack(fw)))
    add(P("wings2", "wings", "body"), union(table.unpack(hw)))
    if #marks > 0 then add("wingmarks", union(table.unpack(marks))) end
  end

  -- Abdomen marks (stripes, spots) and the shell split.
  local abd = abdomen
  local shape = smooth(blend, bodyshape, abdomen):part(abd_part)
  if sp.stripes then
    local n = sp.stripes
    local step = ar[1] * 2 / (n + 0.5)
    local st = array(box(step * 0.45, ar[2] * 4, ar[3] * 4), n, -step, 0, 0):rotz(atilt):move(ax + ar[1] * 0.65, ay, 0)
    shape = shape + intersect(abd:round(0.4), st):part(P("marks"))
  end
  if sp.shell then
    -- beetle wing cases: a domed shell over the abdomen with a split line; spots
    local sh = sp.shell
    local case = ellipsoid(sh[1], sh[2], sh[3]):move(ax + d(sp.shell_x, 0), H + d(sp.shell_y, 0), 0)
    case = intersect(case, box(sh[1] * 4, sh[2] * 4, sh[3] * 4):move(0, H - sh[2] * 0.2 + sh[2] * 2, 0))
    local split = box(sh[1] * 3, sh[2] * 3, 0.8):move(ax + d(sp.shell_x, 0) - sh[1] * 0.1, H + sh[2], 0)
    local cp = P("shell", "body")
    shape = shape + subtract(case, split):part(cp)
    if sp.spots then
      local list = {}
      for _, s in ipairs(sp.spots) do
        list[#list + 1] = sphere(s[3]):move(ax + d(sp.shell_x, 0) + s[1] * sh[1], 0, s[2] * sh[3])
      end
      local sdf = union(table.unpack(list)):stretch(1, 50, 1)
      shape = shape + intersect(case:round(0.3), sdf):part(P("marks"))
    end
  end
  if sp.stinger then
    local sx = ax - ar[1] * 0.95
    add(P("stinger", "marks", "legs"), cone(ar[2] * 0.18, 0.2, ar[1] * 0.35):rotz(90 + atilt):move(sx, ay + sin(rad(atilt)) * -ar[1], 0))
  end
  shape = shape + head:part(head_part)
  for _, e in ipairs(extra) do shape = shape + e end

  k.attach("head", S.add(head_c, {0, hr * 0.95, 0}), hr * 1.8)
  k.attach("back", {tx, H + tr[2], 0}, tr[3] * 2)
  k.attach("face", S.add(head_c, {hr * 0.9, hr * 0.1, 0}), hr * 1.8, {1, 0, 0})
  return shape
end

return I
