-- The quadruped rig: a chest and a haunch blended into one body on four jointed
-- legs (paws, hooves or pads), a neck, a head with snout and nose, ears of many
-- kinds, horns/antlers/tusks/trunk, manes, tails, and coat markings (belly,
-- chest, stripes, spots, patches, socks, masks) painted onto the skin.
-- A species is a table of proportions (mm) and features; every species file
-- passes its own, with its parts list:
--   local Q = use("quadruped")
--   build = function(k) return Q.build(k, species, parts) end
-- Part names the rig knows (declare those the species uses): coat (primary),
-- light, marks, accent, ears, mane, horns, hooves, nose, eyes. A feature whose
-- part is not declared falls back to accent, then coat.
-- Poses: "" (standing), "sitting", "lying", "running", "rearing" (up on the
-- hind legs; `rear_angle` pitches the body), "howling" (sitting, muzzle to
-- the sky), "raised" (the trunk); declare only those that suit.
-- Attachment points: head (hats), neck (collars, bowties; up = along the neck),
-- scarf (round the base of the neck, the band at its front, as wide as it),
-- mouth (a ball, a bone or a stick carried in the jaws),
-- back (saddles, riders), face (glasses), top.
local S = use("shapes")
local Q = {}

local rad, deg, sin, cos = math.rad, math.deg, math.sin, math.cos

local function d(v, default) if v == nil then return default end return v end
local function nonempty(t) for _ in pairs(t) do return true end return false end

-- Spheres of varying radius along a smooth path, blended: a tube that can
-- swell and taper (bushy tails, trunks).
function Q.swell(points, radii, blend)
  local pts = spline(points, 6)
  local n = #pts
  local parts = {}
  for i, p in ipairs(pts) do
    local t = (i - 1) / math.max(1, n - 1)
    local r
    if type(radii) == "function" then r = radii(t) else
      local seg = t * (#radii - 1)
      local j = math.min(#radii - 2, math.floor(seg))
      local f = seg - j
      r = radii[j + 1] + (radii[j + 2] - radii[j + 1]) * f
    end
    parts[#parts + 1] = sphere(math.max(0.6, r)):move(p[1], p[2], p[3])
  end
  return smooth(blend or 2, table.unpack(parts))
end

-- The parts of an animal that can be dressed: its own, then a sweater, a
-- raincoat and a coat, built only when the prompt names them ("a pug in a
-- yellow raincoat", "a raccoon in a trench coat").
function Q.dressable(parts)
  local out = {}
  for i, p in ipairs(parts) do out[i] = p end
  out[#out + 1] = {"sweater", "fabric", color = "#b8322c", role = "detail", worn = true,
                   names = {"sweater", "jumper", "pullover", "cardigan", "hoodie", "turtleneck", "jacket", "vest",
                            "waistcoat", "sweatshirt", "shirt", "t-shirt", "tshirt", "tee", "jersey", "tank top",
                            "knitted sweater", "christmas sweater", "ugly sweater"}}
  out[#out + 1] = {"raincoat", "plastic", color = "#f2c41a", role = "detail", worn = true,
                   names = {"raincoat", "rain coat", "rain jacket", "slicker", "mackintosh"}}
  out[#out + 1] = {"overcoat", "fabric", color = "#a8865a", role = "detail", worn = true,
                   names = {"coat", "overcoat", "trench coat", "trenchcoat", "winter coat", "parka", "puffer jacket",
                            "puffer coat", "fur coat", "duffle coat", "peacoat"}}
  return out
end

function Q.build(k, sp, parts)
  local has = {}
  for _, p in ipairs(parts or {}) do has[p[1]] = true end
  local function P(...)
    for _, n in ipairs({...}) do if has[n] then return n end end
    return "coat"
  end
  local soft = k.soft or 1
  local cartoon = k.style == "cartoon"
  local function vary(x) return x * k.rand(0.96, 1.04) end
  local bl, bh, bw = vary(sp.body_len), vary(sp.body_h), vary(sp.body_w)
  local leg_len = vary(sp.leg_len) * (cartoon and 0.8 or 1)
  local leg_r = sp.leg_r
  local head_r = sp.head_r * (cartoon and 1.3 or 1)
  local hlx, hlz = d(sp.head_lx, 1.0), d(sp.head_lz, 0.9)
  local pose = (k.pose ~= nil and k.pose ~= "") and k.pose or d(sp.default_pose, "")
  -- Howling: sitting, the neck stretched up and the muzzle to the sky.
  local howl = pose == "howling"
  local sit, lie, run = pose == "sitting" or howl, pose == "lying", pose == "running"
  local rear = pose == "rearing"  -- up on the hind legs, forelegs tucked in the air
  local feet = d(sp.feet, "paw")

  -- Body frame: centre C, pitch a (chest up).
  local a, C
  if sit then
    a = rad(d(sp.sit_angle, 40))
    C = {0, bh * 0.25 + bl * 0.85 * sin(a) + bh * 0.6 * cos(a), 0}
  elseif lie then
    a = rad(d(sp.pitch, 0)) * 0.3
    C = {0, bh * 0.92, 0}
  elseif rear then
    -- pitched up about the hips, which stay at the height of the hind legs
    a = rad(d(sp.rear_angle, 48))
    local hx0, hy0 = bl * d(sp.hind_x, -0.6), -bh * 0.25
    C = {0, leg_len * 0.95 + bh * 0.1 - (hx0 * sin(a) + hy0 * cos(a)), 0}
  else
    a = rad(d(sp.pitch, 0))
    C = {0, leg_len * (run and 0.9 or 1) + bh * 0.75, 0}
  end
  local ca, sa = cos(a), sin(a)
  local function W(x, y, z) return {C[1] + x * ca - y * sa, C[2] + x * sa + y * ca, C[3] + (z or 0)} end
  local function L(s) return s:rotz(deg(a)):move(C[1], C[2], C[3]) end

  -- Body: chest and haunch, optional belly and humps.
  local ch, hp = d(sp.chest, 1), d(sp.hips, 1)
  local body = smooth(bh * 0.6 * soft,
    ellipsoid(bl * 0.62, bh * ch, bw * ch):move(bl * 0.36, (ch - 1) * bh * 0.4, 0),
    ellipsoid(bl * 0.6, bh * hp, bw * hp):move(-bl * 0.38, (hp - 1) * bh * 0.4, 0))
  if sp.belly then
    body = smooth(bh * 0.5, body, ellipsoid(bl * 0.6, bh * 0.85, bw * 1.04):move(0, -bh * 0.2 * sp.belly, 0))
  end
  if sp.fluffy then body = body:noise(sp.fluffy, bh * 0.25) end
  for _, hx in ipairs(sp.humps or {}) do
    body = smooth(bh * 0.35, body, ellipsoid(bl * 0.28, bh * d(sp.hump_h, 0.75), bw * 0.55):move(hx * bl, bh * 0.75, 0))
  end
  body = L(body)

  -- Legs.
  local limbs, paws = {}, {}
  local udder_shape
  local stance = d(sp.stance, 1)
  local hoof_h = leg_r * 1.1
  local poms = {}
  local function foot_at(p, front, dirx)
    dirx = dirx or 1
    if sp.pompoms then poms[#poms + 1] = sphere(leg_r * 2.1):move(p[1], leg_r * 2.6, p[3]) end
    if feet == "hoof" then
      paws[#paws + 1] = cone(leg_r * 0.95, leg_r * 0.78, hoof_h):move(p[1], 0, p[3])
    elseif feet == "pad" then
      limbs[#limbs + 1] = cylinder(leg_r * 1.05, leg_r * 0.9, leg_r * 0.3):move(p[1], 0, p[3])
      for i = -1, 1 do
        paws[#paws + 1] = sphere(leg_r * 0.22):stretch(1, 0.8, 1.2)
          :move(p[1] + leg_r * 0.95 * cos(i * 0.5), leg_r * 0.2, p[3] + leg_r * 0.95 * sin(i * 0.5))
      end
    elseif feet == "hand" then
      limbs[#limbs + 1] = ellipsoid(leg_r * 1.3, leg_r * 0.55, leg_r * 1.0):move(p[1] + leg_r * 0.4 * dirx, leg_r * 0.5, p[3])
    else
      local fs = d(sp.paw, 1)
      limbs[#limbs + 1] = ellipsoid(leg_r * 1.3 * fs, leg_r * 0.72, leg_r * 1.05 * fs)
        :move(p[1] + leg_r * 0.45 * dirx, leg_r * 0.62, p[3])
    end
  end
  local leg_front_r = leg_r * d(sp.leg_taper, 0.75)
  -- A foot off the ground (a rearing or galloping leg): hoof or paw at p.
  local function raised_foot(p)
    if feet == "hoof" then
      paws[#paws + 1] = cone(leg_r * 0.95, leg_r * 0.78, hoof_h):move(p[1], p[2] - hoof_h * 0.6, p[3])
    else
      limbs[#limbs + 1] = ellipsoid(leg_r * 1.1, leg_r * 0.8, leg_r * 1.0):move(p[1], p[2] - leg_r * 0.3, p[3])
    end
  end
  local foot_y = (feet == "hoof") and hoof_h * 0.9 or leg_r * 0.75
  local fx = d(sp.front_x, 0.55)
  local hx = d(sp.hind_x, -0.6)
  local hind_len = leg_len * d(sp.hind_leg, 1)
  for _, sz in ipairs({-1, 1}) do
    local zf = sz * bw * 0.5 * stance
    if sit then
      local sh = W(bl * fx * 0.95, -bh * 0.45, zf)
      local fp = {sh[1] + bl * 0.06, 0, zf * 1.05}
      if sp.arms then
        -- short arms held in front of the chest, not reaching the ground
        local al = sp.arms
        local hand = {sh[1] + al * 0.55, sh[2] - al * 0.55, zf * 0.9}
        limbs[#limbs + 1] = tube({sh, {sh[1] + al * 0.15, sh[2] - al * 0.45, zf}, hand}, leg_r * 1.1, leg_r * 0.7)
        limbs[#limbs + 1] = ellipsoid(leg_r * 0.9, leg_r * 0.7, leg_r * 0.8):move(hand[1] + leg_r * 0.3, hand[2] - leg_r * 0.3, hand[3])
      else
        limbs[#limbs + 1] = tube({sh, S.lerp(sh, {fp[1], foot_y, fp[3]}, 0.5), {fp[1], foot_y, fp[3]}}, leg_r * 1.25, leg_front_r)
        foot_at(fp, true)
      end
      local th = W(-bl * 0.5, -bh * 0.35, sz * bw * 0.62)
      limbs[#limbs + 1] = ellipsoid(bl * 0.42, bh * 0.62, bw * 0.38):rotz(deg(a) * 0.4):move(th[1], th[2], th[3])
      local hf = {th[1] + bl * d(sp.hind_foot, 0.52), foot_y, sz * bw * 0.8}
      limbs[#limbs + 1] = tube({{th[1] - bl * 0.1, leg_r * 1.2, hf[3]}, {th[1] + bl * 0.25, foot_y, hf[3]}, hf}, leg_r * 1.1, leg_front_r)
      foot_at(hf, false)
    elseif lie then
      local sh = W(bl * fx, -bh * 0.45, sz * bw * 0.42)
      local fp = {sh[1] + leg_len * 0.75, foot_y * 0.9, sz * bw * 0.45}
      limbs[#limbs + 1] = tube({sh, {sh[1] + leg_len * 0.3, foot_y, fp[3]}, fp}, leg_r * 1.2, leg_front_r)
      foot_at(fp, true)
      local th = W(-bl * 0.5, -bh * 0.25, sz * bw * 0.7)
      limbs[#limbs + 1] = ellipsoid(bl * 0.42, bh * 0.6, bw * 0.36):move(th[1], th[2], th[3])
      local hf = {th[1] + bl * 0.45, foot_y, sz * bw * 0.95}
      limbs[#limbs + 1] = tube({{th[1] - bl * 0.15, leg_r * 1.2, hf[3]}, {th[1] + bl * 0.2, foot_y, hf[3]}, hf}, leg_r * 1.05, leg_front_r)
      foot_at(hf, false)
    elseif rear then
      -- forelegs: the forearm reaching forward, the cannon folded back down
      local sh = W(bl * fx, -bh * 0.3, zf)
      local elbow = {sh[1] + leg_len * 0.32, sh[2] - leg_len * 0.28, zf * 1.05}
      local hoof = {elbow[1] - leg_len * 0.1, elbow[2] - leg_len * 0.4, zf * 1.05}
      limbs[#limbs + 1] = tube({sh, elbow, hoof}, leg_r * 1.25, leg_front_r)
      limbs[#limbs + 1] = ellipsoid(leg_r * 1.9, bh * 0.55, leg_r * 1.35):rotz(deg(a)):move(sh[1], sh[2], sh[3])
      if feet == "hoof" then
        paws[#paws + 1] = cone(leg_r * 0.95, leg_r * 0.78, hoof_h):move(hoof[1], hoof[2] - hoof_h * 0.6, hoof[3])
      else
        limbs[#limbs + 1] = ellipsoid(leg_r * 1.1, leg_r * 0.8, leg_r * 1.0):move(hoof[1], hoof[2] - leg_r * 0.3, hoof[3])
      end
      -- hind legs: straight down to the ground under the hips
      local hi = W(bl * hx, -bh * 0.25, zf)
      local hf = {hi[1] + bl * 0.06, 0, zf * 1.05}
      local hy = hi[2]
      limbs[#limbs + 1] = tube({hi, {hi[1] + bl * 0.12, hy - (hy - foot_y) * 0.4, hf[3]},
                                {hi[1] - bl * 0.06, foot_y + (hy - foot_y) * 0.3, hf[3]}, {hf[1], foot_y, hf[3]}},
                               leg_r * 1.35, leg_front_r)
      limbs[#limbs + 1] = ellipsoid(bl * 0.3, bh * 0.7, leg_r * 1.6):rotz(deg(a)):move(hi[1], hi[2] + bh * 0.1, hi[3])
      foot_at(hf, false)
    else
      -- front: shoulder, elbow, wrist, foot
      local sh = W(bl * fx, -bh * 0.3, zf)
      local top_y = sh[2]
      local knee = d(sp.knee, 0.1)
      if run and sz > 0 then
        -- mid-stride: this foreleg lifted and folded under the chest, its
        -- forearm reaching forward, so the gait reads at a glance
        local elbow = {sh[1] + leg_len * 0.3, top_y - leg_len * 0.38, zf * 1.05}
        local paw = {elbow[1] - leg_len * 0.06, elbow[2] - leg_len * 0.3, zf * 1.05}
        limbs[#limbs + 1] = tube({sh, elbow, paw}, leg_r * 1.3, leg_front_r)
        raised_foot(paw)
      else
        local fp = {sh[1] + bl * (run and 0.3 or 0.03), 0, zf * 1.05}
        limbs[#limbs + 1] = tube({sh, {sh[1] - bl * 0.04, top_y - (top_y - foot_y) * 0.45, fp[3]},
                                  {fp[1] + bl * knee * 0.2, foot_y + (top_y - foot_y) * 0.28, fp[3]}, {fp[1], foot_y, fp[3]}},
                                 leg_r * 1.3, leg_front_r)
        foot_at(fp, true)
      end
      limbs[#limbs + 1] = ellipsoid(leg_r * 1.9, bh * 0.55, leg_r * 1.35):move(sh[1], sh[2] + bh * 0.1, sh[3])
      -- hind: hip, stifle, hock, foot
      local hi = W(bl * hx, -bh * 0.25, zf)
      local hy = hi[2]
      if run and sz < 0 then
        -- the diagonal hind leg pushed off and stretched out behind
        local hf = {hi[1] - bl * 0.45, hy - leg_len * 0.62, zf * 1.05}
        limbs[#limbs + 1] = tube({hi, {hi[1] - bl * 0.12, hy - leg_len * 0.35, hf[3]}, hf}, leg_r * 1.35, leg_front_r)
        raised_foot(hf)
      else
        local hf = {hi[1] - bl * (run and 0.3 or 0.02), 0, zf * 1.05}
        limbs[#limbs + 1] = tube({hi, {hi[1] + bl * 0.12, hy - (hy - foot_y) * 0.4, hf[3]},
                                  {hi[1] - bl * knee * 1.2, foot_y + (hy - foot_y) * 0.3, hf[3]}, {hf[1], foot_y, hf[3]}},
                                 leg_r * 1.35, leg_front_r)
        foot_at(hf, false)
      end
      limbs[#limbs + 1] = ellipsoid(bl * 0.3, bh * 0.7, leg_r * 1.6):move(hi[1] + bl * 0.04, hi[2] + bh * 0.2, hi[3])
    end
  end
  local coat = smooth(bh * 0.3 * soft, body, union(table.unpack(limbs)))
  if sp.udder and not sit and not lie then
    local u = W(-bl * 0.45, -bh * 0.85, 0)
    local ud = smooth(3, ellipsoid(bh * 0.35, bh * 0.28, bw * 0.38):move(u[1], u[2], u[3]),
                      cylinder(bh * 0.06, bh * 0.22):move(u[1] + bh * 0.12, u[2] - bh * 0.42, bh * 0.12),
                      cylinder(bh * 0.06, bh * 0.22):move(u[1] + bh * 0.12, u[2] - bh * 0.42, -bh * 0.12),
                      cylinder(bh * 0.06, bh * 0.22):move(u[1] - bh * 0.12, u[2] - bh * 0.42, bh * 0.12),
                      cylinder(bh * 0.06, bh * 0.22):move(u[1] - bh * 0.12, u[2] - bh * 0.42, -bh * 0.12))
    udder_shape = ud
  end
  local _ = hind_len

  -- Neck and head.
  local nb = W(bl * d(sp.neck_x, 0.78), bh * d(sp.neck_y, 0.3), 0)
  local na = rad(math.min(85, d(sp.neck_angle, 45) + ((sit or rear) and d(sp.sit_neck, 15) or 0) + (howl and 25 or 0)))
  local nl = d(sp.neck_len, 20)
  local head_c = S.add(nb, {nl * cos(na), nl * sin(na), 0})
  local neck_r = d(sp.neck_r, bh * 0.5)
  if nl > 2 then
    coat = smooth(bh * 0.35 * soft, coat, limb(nb, head_c, neck_r, d(sp.neck_r2, head_r * 0.75)))
  end
  local drop = howl and rad(-48) or rad(d(sp.snout_drop, 20))
  local sdir = {cos(drop), -sin(drop), 0}
  local head = ellipsoid(head_r * hlx, head_r, head_r * hlz):rotz(-deg(drop) * d(sp.head_tilt, 0.3)):move(head_c[1], head_c[2], head_c[3])
  -- a cartoon head is bigger; its snout grows with it, or the head swallows it
  local sl, sr = d(sp.snout_len, 10) * (cartoon and 1.3 or 1), d(sp.snout_r, head_r * 0.5) * (cartoon and 1.15 or 1)
  local s_base = S.add(head_c, S.mul(sdir, head_r * 0.3 * hlx))
  local tip = S.add(head_c, S.mul(sdir, head_r * 0.7 * hlx + sl))
  local snout = limb(s_base, tip, sr, sr * d(sp.snout_taper, 0.8))
  if sp.bill_flat then
    -- a flat, wide duck bill (platypus)
    local mid = S.lerp(s_base, tip, 0.6)
    snout = ellipsoid((sl + head_r * 0.4) * 0.6, sr * 0.3, sr * 1.15):rotz(-deg(drop)):move(mid[1], mid[2], mid[3])
  end
  local headpart = smooth(head_r * 0.35 * soft, head, snout)
  if sp.cheeks then
    headpart = smooth(head_r * 0.3, headpart, sphere(head_r * sp.cheeks):move(head_c[1] + head_r * 0.2, head_c[2] - head_r * 0.3, head_c[3] + head_r * 0.45),
                      sphere(head_r * sp.cheeks):move(head_c[1] + head_r * 0.2, head_c[2] - head_r * 0.3, head_c[3] - head_r * 0.45))
  end
  if sp.jaw then
    headpart = smooth(head_r * 0.3, headpart, limb(S.add(head_c, {0, -head_r * 0.45, 0}), S.add(tip, {-sr * 0.4, -sr * 0.55, 0}), sr * 0.75, sr * 0.55))
  end
  coat = smooth(head_r * 0.3 * soft, coat, headpart)

  -- Extra parts collected per material slot, unioned at the end.
  local extra = {}
  local function add(part, s) extra[#extra + 1] = s:part(part) end
  if udder_shape then add(P("udder", "nose", "accent"), udder_shape) end
  if sp.teeth then
    for _, sz in ipairs({-1, 1}) do
      local tp = S.add(tip, {sr * 0.35, -sr * 0.8, sz * sr * 0.2})
      add(P("teeth", "light"), box(sr * 0.25, sr * 0.7, sr * 0.34, sr * 0.06):move(tp[1], tp[2], tp[3]))
    end
  end
  if sp.beard then
    local bp = S.add(tip, {-sr * 1.2, -sr * 0.9, 0})
    add(P("beard", "accent", "coat"), cone(sr * 0.55, sr * 0.1, sp.beard):rotz(180):move(bp[1], bp[2] + sr * 0.3, 0))
  end

  -- Ears.
  local ear_k = cartoon and 1.3 or 1
  local es, el, er = d(sp.ears, "cone"), d(sp.ear_len, 12) * ear_k, d(sp.ear_r, 6) * ear_k
  local ear_part = sp.ear_part and P(sp.ear_part) or nil
  local ears = {}
  for _, sz in ipairs({-1, 1}) do
    local spread = d(sp.ear_spread, 0.5)
    local base = S.add(head_c, {-head_r * 0.2 * hlx + d(sp.ear_x, 0), head_r * d(sp.ear_y, 0.72), sz * head_r * spread * hlz * 1.1})
    local e
    if es == "cone" then
      e = cone(er, er * 0.12, el):stretch(d(sp.ear_flat, 0.45), 1, 1):rotx(sz * d(sp.ear_out, 18)):rotz(d(sp.ear_back, 8))
        :move(base[1], base[2] - er * 0.4, base[3])
    elseif es == "flop" then
      local top = S.add(head_c, {-head_r * 0.25 * hlx, head_r * 0.55, sz * head_r * 0.78 * hlz})
      e = ellipsoid(er, el * 0.5, er * 0.32):rotx(-sz * 10):rotz(-8):move(top[1], top[2] - el * 0.42, top[3] + sz * er * 0.2)
    elseif es == "round" then
      e = ellipsoid(er * 0.4, er, er * 0.95):rotx(sz * 25):move(base[1], base[2] + er * 0.3, base[3])
    elseif es == "long" then
      e = ellipsoid(er * 0.42, el * 0.5, er):rotx(sz * d(sp.ear_out, 10)):rotz(d(sp.ear_back, 18))
        :move(base[1] - el * 0.1, base[2] + el * 0.42, base[3])
    elseif es == "side" then
      local b = S.add(head_c, {-head_r * 0.3 * hlx, head_r * 0.45, sz * head_r * 0.75 * hlz})
      e = ellipsoid(er * 0.75, er * 0.3, el * 0.5):rotx(sz * d(sp.ear_droop, 15)):rotz(d(sp.ear_back, 0))
        :move(b[1], b[2], b[3] + sz * el * 0.42)
    elseif es == "disc" then
      e = ellipsoid(er * 0.85, er * 1.1, er * 0.09):roty(-sz * 25)
        :move(head_c[1] - head_r * 0.45 - er * 0.45, head_c[2] + head_r * 0.05, head_c[3] + sz * head_r * 0.85)
    elseif es == "small" then
      e = ellipsoid(er * 0.6, er, er * 0.8):move(base[1], base[2] + er * 0.1, base[3])
    end
    if e then ears[#ears + 1] = e end
  end
  if #ears > 0 then
    if ear_part then
      add(ear_part, union(table.unpack(ears)))
    else
      coat = smooth(2.5 * soft, coat, union(table.unpack(ears)))
    end
  end

  -- Horns, antlers, tusks.
  local hs = sp.horns
  local hl, hr = d(sp.horn_len, 20), d(sp.horn_r, 3.5)
  local horn_part = P("horns", "accent")
  if hs then
    for _, sz in ipairs({-1, 1}) do
      local hb = S.add(head_c, {-head_r * 0.15 * hlx, head_r * 0.75, sz * head_r * 0.42 * hlz})
      if hs == "cow" then
        add(horn_part, tube({hb, S.add(hb, {hl * 0.05, hl * 0.2, sz * hl * 0.55}), S.add(hb, {hl * 0.15, hl * 0.65, sz * hl * 0.8})}, hr, hr * 0.3))
      elseif hs == "bull" then
        add(horn_part, tube({S.add(hb, {0, -hr, 0}), S.add(hb, {hl * 0.1, hl * 0.05, sz * hl * 0.6}), S.add(hb, {hl * 0.35, hl * 0.5, sz * hl * 0.8})}, hr, hr * 0.3))
      elseif hs == "goat" then
        add(horn_part, tube({hb, S.add(hb, {-hl * 0.15, hl * 0.55, sz * hl * 0.08}), S.add(hb, {-hl * 0.6, hl * 0.85, sz * hl * 0.2}),
                             S.add(hb, {-hl * 0.95, hl * 0.7, sz * hl * 0.28})}, hr, hr * 0.3))
      elseif hs == "ram" then
        local cc = S.add(head_c, {-head_r * 0.35 * hlx, head_r * 0.2, sz * head_r * 0.8 * hlz})
        local pts = {}
        for i = 0, 14 do
          local t = i / 14
          local ang = rad(100 + 330 * t)
          local rr = hl * (0.55 - 0.32 * t)
          pts[#pts + 1] = {cc[1] + rr * cos(ang) * 1.0, cc[2] + rr * sin(ang), cc[3] + sz * (hr * 0.4 + t * hl * 0.35)}
        end
        pts[1] = S.add(hb, {0, -hr * 0.5, 0})
        add(horn_part, tube(pts, hr, hr * 0.45))
      elseif hs == "antlers" then
        local p1 = S.add(hb, {-hl * 0.12, hl * 0.35, sz * hl * 0.25})
        local p2 = S.add(hb, {-hl * 0.15, hl * 0.75, sz * hl * 0.45})
        local p3 = S.add(hb, {hl * 0.08, hl * 1.05, sz * hl * 0.45})
        local br = math.max(1.6, hr)
        add(horn_part, union(
          tube({hb, p1, p2, p3}, br, br * 0.7),
          polyline({S.add(hb, {0, hl * 0.12, sz * hl * 0.05}), S.add(hb, {hl * 0.3, hl * 0.3, sz * hl * 0.1})}, br * 0.8, br * 0.5),
          polyline({p1, S.add(p1, {hl * 0.28, hl * 0.35, 0})}, br * 0.75, br * 0.5),
          polyline({p2, S.add(p2, {hl * 0.2, hl * 0.35, -sz * hl * 0.05})}, br * 0.7, br * 0.5),
          polyline({p2, S.add(p2, {-hl * 0.15, hl * 0.28, sz * hl * 0.05})}, br * 0.7, br * 0.5)))
      elseif hs == "ossicones" then
        add(horn_part, limb(S.add(hb, {0, -head_r * 0.2, 0}), S.add(hb, {-hl * 0.2, hl, sz * hl * 0.15}), hr, hr * 0.8))
        add("coat", sphere(hr * 1.35):move(hb[1] - hl * 0.2, hb[2] + hl, hb[3] + sz * hl * 0.15))
      end
    end
    if hs == "rhino" then
      local up = {sdir[2] * -1, sdir[1], 0}
      local b1 = S.add(S.add(head_c, S.mul(sdir, head_r * 0.6 * hlx + sl * 0.75)), S.mul(up, sr * 0.6))
      add(horn_part, cone(hr, hr * 0.08, hl):rotz(-deg(drop) * 0.3 - 15):move(b1[1], b1[2], b1[3]))
      local b2 = S.add(S.add(head_c, S.mul(sdir, head_r * 0.6 * hlx + sl * 0.2)), S.mul(up, sr * 0.75))
      add(horn_part, cone(hr * 0.75, hr * 0.08, hl * 0.45):rotz(-10):move(b2[1], b2[2], b2[3]))
    end
  end
  if sp.tusks then
    local tl = sp.tusks
    for _, sz in ipairs({-1, 1}) do
      local tb = S.add(head_c, {head_r * 0.55 * hlx, -head_r * 0.35, sz * head_r * 0.35})
      add(P("horns", "accent"), tube({tb, S.add(tb, {tl * 0.45, -tl * 0.35, sz * tl * 0.08}), S.add(tb, {tl * 0.95, -tl * 0.15, sz * tl * 0.12})},
                                     d(sp.tusk_r, 4), 1.2))
    end
  end

  -- Trunk: from the snout tip down, curling forward at the end.
  local trunk_end
  if sp.trunk then
    local tl = sp.trunk
    local t0 = S.add(tip, S.mul(sdir, -sr * 0.3))
    local floor = sit and 0.3 or 0.1
    local path
    if pose == "raised" then
      -- raised to trumpet: forward and up over the head, the tip curling back
      trunk_end = {t0[1] + tl * 0.5, t0[2] + tl * 0.62, 0}
      path = {t0, {t0[1] + tl * 0.32, t0[2] - tl * 0.04, 0}, {t0[1] + tl * 0.55, t0[2] + tl * 0.28, 0},
              trunk_end, {trunk_end[1] - tl * 0.08, trunk_end[2] + tl * 0.12, 0}}
    else
      trunk_end = {t0[1] + tl * 0.3, math.max(tl * floor, t0[2] - tl), 0}
      path = {t0, {t0[1] + tl * 0.15, t0[2] - tl * 0.4, 0}, {t0[1] + tl * 0.12, t0[2] - tl * 0.8, 0},
              trunk_end, {trunk_end[1] + tl * 0.12, trunk_end[2] + tl * 0.05, 0}}
    end
    coat = smooth(sr * 0.5, coat, Q.swell(path, {sr * 0.95, sr * 0.7, sr * 0.55, sr * 0.45, sr * 0.42}, 3))
  end

  -- Tail.
  local ts, tl, tr = d(sp.tail, "whip"), d(sp.tail_len, 30), d(sp.tail_r, 4)
  -- the root sits just inside the haunch (a high tail on a round rump would float)
  local ty = bh * d(sp.tail_y, 0.3)
  local hy = (ty - (hp - 1) * bh * 0.4) / (bh * hp)
  local rx = math.max(-bl * 0.96, -bl * 0.38 - bl * 0.6 * math.sqrt(math.max(0, 1 - hy * hy)) + tr * 0.5)
  local root = W(rx, ty, 0)
  local tail_end = root
  local function ground(pts, r)
    for _, p in ipairs(pts) do if p[2] < r then p[2] = r end end
    return pts
  end
  local lift = d(sp.tail_lift, 0.3)
  local tail_part = sp.tail_part and P(sp.tail_part) or "coat"
  local tail
  if ts == "whip" then
    local pts = ground({root, S.add(root, {-tl * 0.35, tl * (0.1 + lift * 0.3), 0}), S.add(root, {-tl * 0.65, tl * (lift * 0.8), 0}),
                        S.add(root, {-tl * 0.85, tl * (lift * 1.4), 0})}, tr)
    if sit or lie then pts = ground({root, S.add(root, {-tl * 0.3, -tl * 0.3, 0}), {root[1] - tl * 0.3, tr, tl * 0.3}, {root[1] + tl * 0.05, tr, tl * 0.6}}, tr) end
    tail = tube(pts, tr, tr * d(sp.tail_taper, 0.6)); tail_end = pts[#pts]
  elseif ts == "bushy" then
    local pts = {root, S.add(root, {-tl * 0.3, -tl * 0.12, 0}), S.add(root, {-tl * 0.65, -tl * 0.28, 0}), S.add(root, {-tl * 0.98, -tl * 0.3 + tl * lift, 0})}
    if sit or lie then pts = {root, S.add(root, {-tl * 0.3, -tl * 0.3, tl * 0.1}), {root[1] - tl * 0.1, tr, tl * 0.5}, {root[1] + tl * 0.3, tr, tl * 0.7}} end
    ground(pts, tr * 0.9)
    tail = Q.swell(pts, {tr * 0.45, tr * 0.9, tr, tr * 0.55}, 2); tail_end = pts[#pts]
  elseif ts == "squirrel" then
    local pts = {root, S.add(root, {-tl * 0.3, tl * 0.05, 0}), S.add(root, {-tl * 0.45, tl * 0.45, 0}), S.add(root, {-tl * 0.25, tl * 0.85, 0}),
                 S.add(root, {tl * 0.02, tl * 0.95, 0}), S.add(root, {tl * 0.12, tl * 0.8, 0})}
    ground(pts, tr * 0.9)
    tail = Q.swell(pts, {tr * 0.5, tr * 0.85, tr, tr, tr * 0.9, tr * 0.6}, 3); tail_end = pts[#pts]
  elseif ts == "tuft" then
    -- at least ~1.4 draft voxels thick so a thin tail never comes loose
    tr = math.max(tr, math.max(bl * 2.4, (d(sp.leg_len, 40) + bh) * 1.6) / 96 * 1.4)
    local pts = {root, S.add(root, {-tl * 0.15, -tl * 0.15, 0}), S.add(root, {-tl * 0.25, -tl * 0.55, 0}), S.add(root, {-tl * 0.25, -tl * 0.92, 0})}
    if sit or lie then pts = {root, S.add(root, {-tl * 0.4, -tl * 0.2, 0}), {root[1] - tl * 0.6, tr, tl * 0.2}, {root[1] - tl * 0.5, tr, tl * 0.6}} end
    ground(pts, tr)
    tail = tube(pts, tr, tr * 0.8); tail_end = pts[#pts]
    add(P("mane", "accent"), ellipsoid(tr * 2.2, tl * 0.14, tr * 2.2):move(tail_end[1], tail_end[2] - tl * 0.05, tail_end[3]))
  elseif ts == "horse" then
    local pts = {root, S.add(root, {-tl * 0.25, -tl * 0.05, 0}), S.add(root, {-tl * 0.4, -tl * 0.45, 0}), S.add(root, {-tl * 0.38, -tl * 0.95, 0})}
    if lie then pts = {root, S.add(root, {-tl * 0.3, -tl * 0.2, 0}), {root[1] - tl * 0.55, tr, tl * 0.1}, {root[1] - tl * 0.6, tr, tl * 0.4}} end
    ground(pts, tr)
    add(P("mane", "accent"), Q.swell(pts, {tr * 0.7, tr * 1.1, tr * 1.2, tr * 0.8}, 2))
    tail_end = pts[#pts]
  elseif ts == "curl" then
    local pts = {root}
    for i = 1, 10 do
      local ang = i * 0.75
      local rr = tl * 0.22
      pts[#pts + 1] = {root[1] - tl * 0.25 - rr * math.sin(ang) * 0.5 - i * 0.4, root[2] + rr * (1 - math.cos(ang)), rr * math.sin(ang)}
    end
    tail = tube(pts, tr, tr * 0.7); tail_end = pts[#pts]
  elseif ts == "paddle" then
    local c = S.add(root, {-tl * 0.5, -tr * 0.6, 0})
    if c[2] < tr * 0.4 then c[2] = tr * 0.4 end
    tail = smooth(tr * 0.3, ellipsoid(tl * 0.5, tr * 0.3, tr):rotz(12):move(c[1], c[2], c[3]), limb(root, c, tr * 0.45, tr * 0.3))
    tail_end = c
  elseif ts == "stub" then
    tail = sphere(tr):move(root[1] - tr * 0.3, root[2], 0); tail_end = root
  elseif ts == "thick" then
    local pts = {root, S.add(root, {-tl * 0.35, -tl * 0.2, 0}), S.add(root, {-tl * 0.7, -tl * 0.35, 0}), S.add(root, {-tl, -tl * 0.4, 0})}
    ground(pts, tr * 0.35)
    tail = tube(pts, tr, tr * 0.3); tail_end = pts[#pts]
  elseif ts == "curly_up" then
    local pts = {root, S.add(root, {-tl * 0.3, -tl * 0.05, 0}), S.add(root, {-tl * 0.55, tl * 0.25, 0}), S.add(root, {-tl * 0.6, tl * 0.65, 0}),
                 S.add(root, {-tl * 0.45, tl * 0.85, 0}), S.add(root, {-tl * 0.35, tl * 0.75, 0})}
    ground(pts, tr)
    tail = tube(pts, tr, tr * 0.7); tail_end = pts[#pts]
  end
  if tail then
    if tail_part ~= "coat" then add(tail_part, tail) else coat = smooth(tr * 0.8 * soft, coat, tail) end
  end

  -- Dinosaur extras: a neck frill and face horns (triceratops), back plates
  -- and tail spikes (stegosaurus).
  local crest_part = P("crest", "horns", "accent")
  if sp.frill then
    local fr = head_r * sp.frill
    local fc = S.add(head_c, {-head_r * 0.55, head_r * 0.45, 0})
    add(crest_part, ellipsoid(fr * 0.12 + 1.5, fr, fr * 1.05):rotz(35):move(fc[1], fc[2], fc[3]))
    local knobs = {}
    for i = 0, 8 do
      local a = rad(-80 + 160 * i / 8)
      knobs[#knobs + 1] = cone(fr * 0.1, fr * 0.02, fr * 0.22):rotx(-deg(a)):rotz(35):move(fc[1], fc[2], fc[3])
        :move(0, 0, 0)
      local p = {fc[1] - sin(rad(35)) * fr * cos(a), fc[2] + cos(rad(35)) * fr * cos(a), fc[3] + fr * 1.05 * sin(a)}
      knobs[#knobs] = sphere(fr * 0.09):move(p[1], p[2], p[3])
    end
    add(crest_part, union(table.unpack(knobs)))
  end
  if sp.face_horns then
    local hp = P("horns", "accent")
    local bl_, nl_ = sp.face_horns[1], sp.face_horns[2]
    for _, sz in ipairs({-1, 1}) do
      local b = S.add(head_c, {head_r * 0.3, head_r * 0.65, sz * head_r * 0.4})
      add(hp, cone(head_r * 0.22, head_r * 0.03, bl_):rotz(-68):rotx(sz * 8):move(b[1], b[2], b[3]))
    end
    local nb_ = S.add(tip, {-sr * 0.6, sr * 0.7, 0})
    add(hp, cone(sr * 0.35, sr * 0.06, nl_):rotz(-25):move(nb_[1], nb_[2], nb_[3]))
  end
  if sp.plates then
    local pl = {}
    local n = sp.plates
    for i = 0, n - 1 do
      local u = 0.75 - 1.75 * i / (n - 1)
      local h = bh * sp.plate_h * (1 - math.abs(u + 0.15) * 0.6)
      local p = W(u * bl, bh * 0.92 * math.sqrt(math.max(0.05, 1 - (u * 0.9) ^ 2)) - h * 0.15, 0)
      local z = (i % 2 == 0) and bw * 0.12 or -bw * 0.12
      pl[#pl + 1] = extrude({{-h * 0.45, 0}, {-h * 0.15, h * 0.85}, {0, h}, {h * 0.2, h * 0.8}, {h * 0.45, 0}}, math.max(2, bw * 0.1), 1)
        :move(p[1], p[2], p[3] + z)
    end
    add(crest_part, union(table.unpack(pl)))
  end
  if sp.tail_spikes and tail_end then
    local sk = {}
    for _, sz in ipairs({-1, 1}) do
      for j = 0, 1 do
        local p = S.add(tail_end, {tl * (0.04 + j * 0.1), tr * 0.4, 0})
        sk[#sk + 1] = cone(tr * 0.5, tr * 0.06, tr * sp.tail_spikes):rotx(sz * 55):rotz(20):move(p[1], p[2], p[3] + sz * tr * 0.2)
      end
    end
    add(P("horns", "crest", "accent"), union(table.unpack(sk)))
  end

  -- Poodle pompoms: ankles, tail tip, topknot and a fluffy chest, all curly.
  if sp.pompoms then
    poms[#poms + 1] = sphere(tr * 3):move(tail_end[1], tail_end[2], tail_end[3])
    poms[#poms + 1] = sphere(head_r * 0.75):move(head_c[1] - head_r * 0.2, head_c[2] + head_r * 0.75, head_c[3])
    poms[#poms + 1] = L(ellipsoid(bl * 0.5, bh * 1.25, bw * 1.25):move(bl * 0.45, bh * 0.05, 0))
    coat = smooth(2, coat, union(table.unpack(poms)):noise(leg_r * 0.35, leg_r * 1.2))
  end

  -- Manes.
  local mane_part = P("mane", "accent")
  local up_n = {-sin(na), cos(na), 0}
  if sp.mane == "horse" or sp.mane == "crest" then
    local hh = sp.mane == "horse" and neck_r * 0.55 or neck_r * 0.45
    local pts = {}
    for i = 0, 6 do
      local t = i / 6
      local p = S.lerp(S.add(head_c, {-head_r * 0.5, head_r * 0.5, 0}), S.add(nb, {-bl * 0.15, bh * 0.25, 0}), t)
      local r_here = (d(sp.neck_r2, head_r * 0.75) * (1 - t) + neck_r * t)
      pts[#pts + 1] = S.add(p, S.mul(up_n, r_here * 0.7 + hh * 0.4))
    end
    local m = Q.swell(pts, {hh * 0.7, hh, hh, hh * 0.6}, 2):stretch(1, 1, sp.mane == "horse" and 0.45 or 0.3)
    if sp.mane == "horse" then
      m = m + ellipsoid(head_r * 0.35, head_r * 0.55, head_r * 0.22):rotz(-30):move(head_c[1] + head_r * 0.35, head_c[2] + head_r * 0.6, 0)
    end
    add(mane_part, m)
  elseif sp.mane == "lion" then
    local mr = head_r * d(sp.mane_r, 1.65)
    local mc = S.add(head_c, {-head_r * 0.55, -head_r * 0.15, 0})
    local m = smooth(head_r * 0.6, ellipsoid(mr * 0.75, mr, mr * 0.95):move(mc[1], mc[2], mc[3]),
                     limb(S.lerp(nb, head_c, 0.2), mc, neck_r * 1.3, mr * 0.8))
    add(mane_part, m:noise(head_r * 0.06, head_r * 0.35))
  end

  -- Spines (hedgehog, porcupine): cones over the back, pointing outward and back.
  if sp.spines then
    local list = {}
    local sl_ = d(sp.spine_len, bh * 0.5)
    for i = 1, sp.spines do
      local u = k.rand(-1.0, 0.95)
      local th = k.rand(-1.45, 1.45)
      -- on the body's own surface (it narrows towards chest and rump)
      local au = math.abs(u)
      local f = au <= 0.37 and 0.95 or 0.95 * math.sqrt(math.max(0.05, 1 - ((au - 0.37) / 0.62) ^ 2))
      local lp = {u * bl * 0.98, math.cos(th) * bh * f, math.sin(th) * bw * f}
      if lp[2] > -bh * 0.2 then
        local nrm = S.norm({lp[1] / (bl * bl) * bh * bh - 0.6, lp[2] / (bh * bh) * bh * bh, lp[3] / (bw * bw) * bh * bh})
        local wp = W(lp[1], lp[2], lp[3])
        local wn = {nrm[1] * ca - nrm[2] * sa, nrm[1] * sa + nrm[2] * ca, nrm[3]}
        -- rooted a little inside the body, with a blunt tip that survives meshing
        list[#list + 1] = cone(sl_ * 0.17, sl_ * 0.07, sl_ * 1.1):aim(wn, S.add(wp, S.mul(wn, -sl_ * 0.15)))
      end
    end
    add(P("spines", "accent"), smooth(sl_ * 0.04, table.unpack(list)))
  end

  -- Nose, muzzle, eyes.
  local nose = d(sp.nose, "dot")
  local nose_part = P("nose", "accent")
  if nose == "dot" then
    local nr = sr * d(sp.nose_r, 0.5)
    local np = S.add(tip, S.add(S.mul(sdir, sr * 0.55), {0, sr * 0.25, 0}))
    add(nose_part, ellipsoid(nr * 0.8, nr * 0.75, nr * 1.1):move(np[1], np[2], np[3]))
  elseif nose == "disc" then
    local nr = sr * d(sp.snout_taper, 0.8) * 1.02
    local np = S.add(tip, S.mul(sdir, sr * 0.05))
    add(nose_part, cylinder(nr, nr * 0.25, nr * 0.1):rotz(-90 + deg(drop) * -1):move(np[1], np[2], np[3]))
  end
  if sp.muzzle then
    local mp = sp.muzzle == true and P("light", "accent") or P(sp.muzzle)
    add(mp, intersect(snout:round(0.5), sphere(sr * d(sp.muzzle_r, 1.5)):move(tip[1], tip[2], tip[3])))
  end
  local eye_r = head_r * d(sp.eye_r, 0.13) * 1.25 * (cartoon and 1.5 or 1)
  local ef, eu = d(sp.eye_fwd, 0.55), d(sp.eye_up, 0.32)
  local eyes = {}
  for _, sz in ipairs({-1, 1}) do
    local dv = S.norm({ef, eu, sz * d(sp.eye_side, 0.75)})
    local p = S.add(head_c, {dv[1] * head_r * hlx * 0.93, dv[2] * head_r * 0.93, dv[3] * head_r * hlz * 0.93})
    eyes[#eyes + 1] = sphere(eye_r):move(p[1], p[2], p[3])
  end
  add("eyes", union(table.unpack(eyes)))

  -- Markings painted onto the coat.
  local regions = {}
  local function region(part, s)
    part = P(part, "accent")
    regions[part] = regions[part] or {}
    table.insert(regions[part], s)
  end
  local top_y = C[2] - bh * 0.3
  for _, m in ipairs(sp.marks or {}) do
    local kind, part = m[1], m.part or "light"
    if kind == "belly" then
      region(part, L(ellipsoid(bl * 0.95, bh * d(m.h, 0.55), bw * 1.3):move(0, -bh, 0)))
    elseif kind == "chest" then
      region(part, L(ellipsoid(bl * 0.35, bh * 0.7, bw * 0.6):move(bl * 0.95, -bh * 0.15, 0)))
      local under = {sin(na), -cos(na), 0}
      region(part, limb(S.add(nb, S.mul(under, neck_r * 0.9)), S.add(head_c, S.mul(under, head_r * 0.6)), neck_r * 0.6, head_r * 0.5))
    elseif kind == "throat" then
      local under = {sin(na), -cos(na), 0}
      region(part, limb(S.add(nb, S.mul(under, neck_r * 0.9)), S.add(head_c, S.mul(under, head_r * 0.6)), neck_r * 0.6, head_r * 0.5))
    elseif kind == "jaw" then
      region(part, ellipsoid(head_r * 0.9 + sl * 0.6, head_r * 0.4, head_r * 0.8):rotz(-deg(drop)):move(S.lerp(head_c, tip, 0.6)[1], S.lerp(head_c, tip, 0.6)[2] - sr * 0.6, 0))
    elseif kind == "tail_tip" then
      region(part, sphere(d(m.r, tr * 1.6)):move(tail_end[1], tail_end[2], tail_end[3]))
    elseif kind == "socks" then
      region(part, box(bl * 4, d(m.h, leg_len * 0.3) * 2, bw * 4))
    elseif kind == "legs" then
      region(part, box(bl * 4, (top_y + bh * d(m.up, 0)) * 2, bw * 4))
    elseif kind == "back" then
      region(part, L(ellipsoid(bl * 0.8, bh * 0.55, bw * 1.3):move(-bl * 0.05, bh * 0.75, 0)))
    elseif kind == "stripe" then
      -- a stripe along the top line from the forehead over the back
      region(part, L(box(bl * 2.4, bh * 1.0, bw * d(m.w, 0.7)):move(0, bh * 0.95, 0)))
      region(part, limb(S.add(head_c, {head_r * 0.45, head_r * 0.95, 0}), S.add(nb, {0, neck_r * 0.9, 0}), head_r * 0.22, neck_r * 0.45))
    elseif kind == "band" then
      region(part, L(box(bl * d(m.w, 0.4), bh * 4, bw * 3):move(bl * d(m.x, 0.4), 0, 0)))
    elseif kind == "head" then
      region(part, smooth(2, sphere(head_r * 1.08 * hlx):move(head_c[1], head_c[2], head_c[3]), snout:round(1)))
    elseif kind == "face" then
      region(part, intersect(smooth(2, sphere(head_r * 1.08 * hlx):move(head_c[1], head_c[2], head_c[3]), snout:round(1)),
                             box(head_r * 8, head_r * 8, head_r * 8):move(head_c[1] - head_r * 0.1 + head_r * 4, head_c[2], 0)))
    elseif kind == "facemask" then
      region(part, ellipsoid(head_r * 0.6, head_r * d(m.h, 0.75), head_r * d(m.w, 0.8)):move(head_c[1] + head_r * hlx * 0.55, head_c[2] - head_r * 0.05, 0))
    elseif kind == "eye_patches" then
      for _, e in ipairs(eyes) do
        local b = e:bounds()
        local cc = S.mul(S.add(b.min, b.max), 0.5)
        region(part, ellipsoid(head_r * 0.32, head_r * 0.24, head_r * 0.3):rotz(-25):move(cc[1] - head_r * 0.05, cc[2] - head_r * 0.05, cc[3]))
      end
    elseif kind == "mask" then
      local b = eyes[1]:bounds()
      local cy = (b.min[2] + b.max[2]) * 0.5
      region(part, intersect(box(head_r * 6, head_r * 0.45, head_r * 6):move(head_c[1], cy, 0),
                             box(head_r * 4, head_r * 2, head_r * 4):move(head_c[1] + head_r * 2.2, cy, 0)))
    elseif kind == "ears" then
      for _, e in ipairs(ears) do region(part, e:round(1)) end
    elseif kind == "tail_rings" then
      if tail then
        local step = tl / d(m.n, 6)
        local rings = array(box(step * 0.45, tl * 3, tl * 3), d(m.n, 6) + 2, -step, 0, 0):move(root[1] - step * 0.5, 0, 0)
        region(part, intersect(tail:round(1), rings))
      end
    elseif kind == "tail" then
      if tail then region(part, tail:round(1)) end
    elseif kind == "stripes" then
      local n = d(m.n, 9)
      local w = d(m.w, 2.2)
      local step = bl * 2 / n
      local slabs = array(box(w, bh * 4, bw * 4):rotz(d(m.tilt, 0)), n + 2, step, 0, 0):move(-bl - step, 0, 0)
      local belly_y = C[2] - bh * 0.8
      region(part, intersect(L(slabs), box(bl * 6, bh * 6, bw * 6):move(0, belly_y + bh * 3, 0)))
      if m.legs then
        local lst = d(m.leg_step, leg_len / 5)
        local ls = array(box(bl * 6, w * 0.9, bw * 6), math.floor(belly_y / lst) + 1, 0, lst, 0):move(0, lst * 0.5, 0)
        region(part, intersect(ls, box(bl * 6, belly_y * 2, bw * 6)))
      end
      if m.neck and nl > 4 then
        local ns = array(box(w, neck_r * 8, neck_r * 8), math.floor(nl / (step * 0.8)) + 3, step * 0.8, 0, 0)
          :move(-step, 0, 0):rotz(deg(na) - 90):move(nb[1], nb[2], nb[3])
        region(part, intersect(ns, box(nl * 3, nl * 3, neck_r * 6):move(nb[1] + nl * 1.5 - neck_r * 0.2, nb[2] + nl * 1.5 - bh * 0.1, 0)))
      end
      if m.face then
        local fs = array(box(head_r * 8, w * 0.7, head_r * 8), 5, 0, head_r * 0.35, 0):move(0, -head_r * 0.7, 0)
          :rotz(-deg(drop) * 0.7):move(head_c[1] + head_r * 0.2, head_c[2], 0)
        region(part, intersect(fs, sphere(head_r * 1.15 * hlx):move(head_c[1], head_c[2], head_c[3])))
      end
    elseif kind == "spots" then
      -- Spots scattered over the body (and optionally neck/legs), seeded.
      local n = d(m.n, 20)
      local sr0 = d(m.r, bh * 0.2)
      local sp_list = {}
      for i = 1, n do
        local u = k.rand(-0.95, 0.95)
        local th = k.rand(0.15, math.pi - 0.15) * (k.chance(0.5) and 1 or -1)
        local lp = {u * bl, math.cos(th) * bh * 1.02, math.sin(th) * bw * 1.02}
        local r = sr0 * k.rand(0.7, 1.3)
        if lp[2] > -bh * d(m.low, 0.6) then
          sp_list[#sp_list + 1] = ellipsoid(r * d(m.sx, 1), r * d(m.sy, 0.9), r):move(lp[1], lp[2], lp[3])
        end
      end
      if #sp_list > 0 then region(part, L(union(table.unpack(sp_list)))) end
      if m.neck and nl > 4 then
        local ns = {}
        for i = 1, math.floor(nl / (sr0 * 2.2)) do
          local t = (i - 0.5) / math.floor(nl / (sr0 * 2.2))
          local p = S.lerp(nb, head_c, t * 0.85)
          for _, sz in ipairs({-1, 1}) do
            ns[#ns + 1] = sphere(sr0 * 0.8):move(p[1] + k.rand(-2, 2), p[2] + k.rand(-2, 2), sz * neck_r * 0.7)
          end
          ns[#ns + 1] = sphere(sr0 * 0.7):move(p[1] - neck_r * 0.7 * sin(na) * -1 - neck_r * 0.5, p[2] + neck_r * 0.5, 0)
        end
        region(part, union(table.unpack(ns)))
      end
    elseif kind == "patches" then
      local n = d(m.n, 5)
      local ps = {}
      for i = 1, n do
        local u = k.rand(-0.85, 0.85)
        local th = k.rand(0.2, 2.4) * (k.chance(0.5) and 1 or -1)
        local r = bh * d(m.r, 0.55) * k.rand(0.75, 1.25)
        ps[#ps + 1] = ellipsoid(r * 1.3, r, r):move(u * bl, math.cos(th) * bh, math.sin(th) * bw)
      end
      region(part, L(union(table.unpack(ps))):noise(bh * 0.08, bh * 0.4))
    end
  end

  local shape = coat:part("coat")
  if nonempty(regions) then
    local skin = coat:round(0.45)
    for part, list in pairs(regions) do
      shape = shape + intersect(skin, union(table.unpack(list))):part(part)
    end
  end
  local hoof_part = P("hooves", "accent")
  if #paws > 0 then shape = shape + union(table.unpack(paws)):part(feet == "hoof" and hoof_part or P("nails", "horns", "light")) end
  for _, e in ipairs(extra) do shape = shape + e end

  -- Garments the prompt asks for ("a dachshund in a red sweater"): a band
  -- round the torso from the loin to the shoulders, a little proud of the
  -- coat; a knitted sweater has a ribbed hem and collar, a raincoat is
  -- smooth and reaches back over the hips.
  local asked = k.asked or {}
  for _, g in ipairs({"sweater", "raincoat", "overcoat"}) do
    if asked[g] and has[g] then
      local t = bh * 0.09
      local x0, x1 = (g == "sweater") and -bl * 0.45 or -bl * 0.72, bl * 0.9
      local function slab(a0, a1, grow)
        return intersect(body:round(t * grow), L(box(a1 - a0, bh * 5, bw * 5):move((a0 + a1) / 2, 0, 0)))
      end
      local pieces = {slab(x0, x1, 1)}
      if g == "sweater" then
        local rib = bl * 0.07
        pieces[#pieces + 1] = slab(x0, x0 + rib, 1.7)
        pieces[#pieces + 1] = slab(x1 - rib, x1, 1.7)
      end
      shape = shape + union(table.unpack(pieces)):part(g)
    end
  end

  -- Attachment points.
  local ndir = S.norm(S.sub(head_c, nb))
  local neck_pt = S.lerp(nb, head_c, nl > 4 and 0.55 or 0.2)
  local under = {sin(na), -cos(na), 0}
  local collar = S.add(neck_pt, S.mul(under, -0.0))
  k.attach("head", S.add(head_c, {-head_r * 0.15, head_r * 1.0, 0}), math.max(head_r * 2.2, neck_r * 1.6))
  -- neck accessories are built face up: the direction is the way their front faces
  local neck_front = S.add(S.lerp(nb, head_c, nl > 4 and 0.4 or 0.2), S.mul(under, neck_r * 0.8))
  if nl < 20 then
    -- a short neck: the bow sits just under the chin, clear of cheeks and chest
    neck_front = S.add(head_c, {head_r * 0.35 * hlx, -head_r * 1.02, 0})
  end
  k.attach("neck", neck_front, neck_r * 2.2, S.norm({1, 0.25, 0}))
  k.attach("scarf", Q.scarf_point({
    body = {{C = C, ca = ca, sa = sa, c = {bl * 0.36, (ch - 1) * bh * 0.4}, r = {bl * 0.62, bh * ch, bw * ch}},
            {C = C, ca = ca, sa = sa, c = {-bl * 0.38, (hp - 1) * bh * 0.4}, r = {bl * 0.6, bh * hp, bw * hp}}},
    neck = nl > 2 and {nb, head_c, neck_r, d(sp.neck_r2, head_r * 0.75)} or nil,
    head = {head_c, head_r * hlx, head_r, head_r * hlz},
    mane = sp.mane == "lion" and {S.add(head_c, {-head_r * 0.55, -head_r * 0.15, 0}), head_r * d(sp.mane_r, 1.65)} or nil,
    nb = nb, head_c = head_c, head_r = head_r, neck_r = neck_r, blend = bh * 0.35 * soft,
  }))
  k.attach("back", W(bl * 0.05, bh * 0.98, 0), bw * 2.3)
  -- mouth: under the front of the snout, up; a ball or a bone held there
  -- overlaps the jaw (built across the mouth, along Z)
  k.attach("mouth", S.add(S.lerp(s_base, tip, 0.8), {0, -sr * 1.15, 0}), sr * 2.2)
  local fp = S.add(head_c, {head_r * hlx * 1.02, head_r * 0.3, 0})
  k.attach("face", fp, head_r * 1.7 * hlz, {1, 0, 0})
  return shape
end

-- Where a scarf is worn: round the neck where it meets the body, the band on
-- the front surface and as wide as the neck there, its ends hanging at the
-- chest. Measured on the rig's own primitives (body ellipsoids in the body
-- frame, the neck rod, the head): returns position, width, direction for
-- k.attach. The scarf subject is a shallow band whose front lies 0.27 of its
-- width ahead of its base, its ends 0.38 of its width to each side, and whose
-- middle is 0.13 of its width above the attachment point.
function Q.scarf_point(g)
  local function inside(p)
    if S.in_body(g.body, p) then return true end
    if g.neck and S.in_tube(p, {g.neck[1], g.neck[2]}, g.neck[3], g.neck[4]) then return true end
    if g.mane and S.in_ellipsoid(p, g.mane[1], {g.mane[2] * 0.75, g.mane[2], g.mane[2] * 0.95}) then return true end
    local h = g.head
    return S.in_ellipsoid(p, h[1], {h[2], h[3], h[4]})
  end
  -- the ring: round the base of the neck, where it meets the chest
  local c = g.nb
  local ndir = S.norm(S.sub(g.head_c, g.nb))
  -- the front of the neck's base: straight ahead and a little down from
  -- there, lower the more the neck leans forward
  local probe = S.norm({1, math.max(-0.6, -ndir[1] * 0.6), 0})
  local function reach(v) return S.reach(c, v, g.neck_r * 0.04, g.neck_r * 6, inside) end
  -- lowered down the chest (a little at most) until the band clears the chin
  local h = g.head
  local front, rz, w
  for _ = 1, 5 do
    front = S.add(c, S.mul(probe, reach(probe) + g.blend * 0.15))
    rz = math.min(reach({0, 0, 1}), reach({0, 0, -1})) + g.blend * 0.15
    w = math.max(rz, g.neck_r * 0.8) * 2.8
    local m = w * 0.06
    if not S.in_ellipsoid(front, h[1], {h[2] + m, h[3] + m, h[4] + m}) then break end
    c = S.add(c, {0, -g.neck_r * 0.1, 0})
  end
  -- the band faces forward and a little up, so its ends hang clear of the chest
  local dir = S.norm({1, 0.15, 0})
  return S.scarf_at(front, w, dir), w, dir
end

-- Q.build that also returns the frame of what it built: the attachment
-- points it declared, the head (centre hc, radius hr, snout tip, eye
-- positions, the head shape itself) and the body (centre C, pitch a, its
-- half-lengths and shape, and W(x, y, z) from the body's frame to the
-- model's). Breeds paint markings (a mask, patches, a blaze) on these copies
-- so they sit exactly on the coat without re-reading the whole animal.
function Q.framed(k, sp, parts)
  local at, f = {}, {}
  local kk = setmetatable({
    attach = function(name, p, w, dir)
      at[name] = {p = p, w = w}
      if dir then k.attach(name, p, w, dir) else k.attach(name, p, w) end
    end,
    rand = function(lo, hi)
      local v = k.rand(lo, hi)
      f[#f + 1] = v
      return v
    end,
  }, {__index = k})
  local shape = Q.build(kk, sp, parts)
  local R = {at = at}
  local soft = k.soft or 1
  -- head: the skull, the muzzle and the cheeks, as the rig blends them
  local hlx, hlz = sp.head_lx or 1, sp.head_lz or 0.9
  local hr = at.face.w / (1.7 * hlz)
  local fp = at.face.p
  local hc = {fp[1] - hr * hlx * 1.02, fp[2] - hr * 0.3, fp[3]}
  local drop = math.rad(sp.snout_drop or 20)
  local sdir = {math.cos(drop), -math.sin(drop), 0}
  local sr = sp.snout_r or hr * 0.5
  local tip = S.add(hc, S.mul(sdir, hr * 0.7 * hlx + (sp.snout_len or 10)))
  local head = smooth(hr * 0.35 * soft,
    ellipsoid(hr * hlx, hr, hr * hlz):rotz(-math.deg(drop) * (sp.head_tilt or 0.3)):move(hc[1], hc[2], hc[3]),
    limb(S.add(hc, S.mul(sdir, hr * 0.3 * hlx)), tip, sr, sr * (sp.snout_taper or 0.8)))
  if sp.cheeks then
    head = smooth(hr * 0.3, head, sphere(hr * sp.cheeks):move(hc[1] + hr * 0.2, hc[2] - hr * 0.3, hc[3] + hr * 0.45),
                  sphere(hr * sp.cheeks):move(hc[1] + hr * 0.2, hc[2] - hr * 0.3, hc[3] - hr * 0.45))
  end
  if sp.jaw then
    head = smooth(hr * 0.3, head, limb(S.add(hc, {0, -hr * 0.45, 0}), S.add(tip, {-sr * 0.4, -sr * 0.55, 0}), sr * 0.75, sr * 0.55))
  end
  R.hc, R.hr, R.hlx, R.hlz, R.sr, R.tip, R.sdir, R.head = hc, hr, hlx, hlz, sr, tip, sdir, head
  -- eyes, where the rig puts them
  R.eye_r = hr * (sp.eye_r or 0.13) * 1.25 * (k.style == "cartoon" and 1.5 or 1)
  R.eyes = {}
  for _, sz in ipairs({-1, 1}) do
    local dv = S.norm({sp.eye_fwd or 0.55, sp.eye_up or 0.32, sz * (sp.eye_side or 0.75)})
    R.eyes[#R.eyes + 1] = {hc[1] + dv[1] * hr * hlx * 0.93, hc[2] + dv[2] * hr * 0.93, hc[3] + dv[3] * hr * hlz * 0.93}
  end
  -- body: chest and haunch in the body's frame (centre C, pitch a)
  local bl, bh, bw = sp.body_len * f[1], sp.body_h * f[2], sp.body_w * f[3]
  local pose = (k.pose ~= nil and k.pose ~= "") and k.pose or (sp.default_pose or "")
  local a = math.rad(sp.pitch or 0)
  if pose == "sitting" then a = math.rad(sp.sit_angle or 40) elseif pose == "lying" then a = a * 0.3 end
  local ca, sa = math.cos(a), math.sin(a)
  local b = at.back.p
  local C = {b[1] - (bl * 0.05 * ca - bh * 0.98 * sa), b[2] - (bl * 0.05 * sa + bh * 0.98 * ca), 0}
  R.W = function(x, y, z) return {C[1] + x * ca - y * sa, C[2] + x * sa + y * ca, z or 0} end
  local ch, hp = sp.chest or 1, sp.hips or 1
  R.body = smooth(bh * 0.6 * soft,
    ellipsoid(bl * 0.62, bh * ch, bw * ch):move(bl * 0.36, (ch - 1) * bh * 0.4, 0),
    ellipsoid(bl * 0.6, bh * hp, bw * hp):move(-bl * 0.38, (hp - 1) * bh * 0.4, 0)):rotz(math.deg(a)):move(C[1], C[2], 0)
  R.C, R.a, R.bl, R.bh, R.bw = C, a, bl, bh, bw
  return shape, R
end

return Q
