-- A pug: a small square stocky dog with a big round head, a flat black
-- face with almost no muzzle, a roll of wrinkle over the nose and creases on
-- the brow, big round dark eyes, little black folded ears, and a tail curled
-- tight over the hip; fawn with a black mask.
local Q = use and use("quadruped")
local S = use and use("shapes")

local species = {
  body_len = 31, body_h = 17, body_w = 15, chest = 1.15, hips = 0.95, leg_len = 20, leg_r = 5, leg_taper = 0.85, paw = 0.95,
  stance = 1.05,
  neck_len = 8, neck_angle = 45, neck_r = 14, neck_r2 = 14, neck_y = 0.35,
  head_r = 16, head_lx = 0.95, head_lz = 1.05,
  snout_len = 1, snout_r = 8.5, snout_taper = 0.95, snout_drop = 8, nose_r = 0.5, cheeks = 0.55,
  ears = "side", ear_len = 11, ear_r = 7, ear_droop = 40, ear_part = "mask",
  eye_r = 0.21, eye_fwd = 0.9, eye_side = 0.6, eye_up = 0.3,
  tail = "curl", tail_len = 20, tail_r = 3.6, tail_y = 0.55,
  marks = {{"facemask", part = "mask", h = 0.6, w = 0.75}},
}

local parts = {
  {"coat", "fur", color = "#d6b07a", role = "primary", names = {"coat", "fur", "body"}},
  {"mask", "fur", color = "#1e1a18", role = "secondary", names = {"mask", "face", "muzzle", "ears"}},
  {"wrinkles", "fur", color = "#8a6238", role = "detail", names = {"wrinkles"}},
  {"nose", "plastic", color = "#101010", role = "detail", names = {"nose"}},
  {"eyes", "glass", color = "#120e0c", role = "fixed"},
}

-- The rig, keeping its attachment points and the seeded size factors, so
-- the head and body can be rebuilt alone: markings painted on those copies
-- sit exactly on the coat without re-reading the whole animal.
local function rig(k, sp)
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

return {
  id = "pug",
  names = {"pug", "pug dog", "mops", "pug puppy", "carlin"},
  lvis = {"dog"},
  family = "animals",
  size_mm = 300,
  description = "A pug",
  parts = parts,
  variants = {
    black = {names = {"black pug"}, colors = {coat = "#22201e", wrinkles = "#2e2a28"}},
  },
  poses = {"sitting", "lying", "running"},
  attach_to = {"neck", "head", "back"},
  points = {"head", "neck", "back", "face"},
  build = function(k)
    local shape, R = rig(k, species)
    local hc, hr, hlx, hlz, sr, tip = R.hc, R.hr, R.hlx, R.hlz, R.sr, R.tip
    -- a point on the skull's surface in direction (a, b, c)
    local function on_head(a, b, c, out)
      local u = S.norm({a, b, c})
      return S.add(hc, S.mul({hlx * u[1], u[2], hlz * u[3]}, hr * (out or 1)))
    end
    -- the black mask over the flat muzzle, reaching up between the eyes
    -- (the eyes themselves stay clear, ringed with fawn)
    local mask = smooth(hr * 0.2, sphere(sr * 1.3):move(tip[1], tip[2], tip[3]),
                        ellipsoid(hr * 0.45, hr * 0.3, hr * 0.6):move(hc[1] + hr * 0.85, hc[2] + hr * 0.05, 0))
    for _, e in ipairs(R.eyes) do mask = subtract(mask, sphere(R.eye_r * 1.3):move(e[1], e[2], e[3])) end
    local paint = intersect(R.head:round(0.45), mask):part("mask")
    -- the roll of skin over the nose, and creases across the brow
    local rt = S.add(tip, {sr * 0.35, sr * 0.75, 0})
    local roll = tube({{rt[1] - sr * 0.45, rt[2] - sr * 0.1, -sr * 0.95}, rt, {rt[1] - sr * 0.45, rt[2] - sr * 0.1, sr * 0.95}}, sr * 0.2, sr * 0.2)
    local creases = {}
    for i, b in ipairs({0.75, 1.1}) do
      local w = 0.6 - i * 0.1
      local pts = {}
      for j = -2, 2 do pts[#pts + 1] = on_head(0.8, b, j * w / 2, 1.03) end
      creases[#creases + 1] = tube(pts, hr * 0.075, hr * 0.075)
    end
    return shape + paint + roll:part("mask") + union(table.unpack(creases)):part("wrinkles")
  end,
}
