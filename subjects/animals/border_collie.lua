-- A border collie: a lithe, medium-sized herding dog, black with a white
-- blaze up the face, white muzzle, a thick white ruff round the neck and
-- chest, white feet and a white tip to its low, feathered tail; the ears
-- stand half up with the tips folded forward.
local Q = use and use("quadruped")
local S = use and use("shapes")

local species = {
  body_len = 50, body_h = 19, body_w = 15, chest = 1.12, hips = 0.94, leg_len = 40, leg_r = 5.5, leg_taper = 0.8, fluffy = 0.9,
  neck_len = 22, neck_angle = 48, neck_r = 12, neck_y = 0.3,
  head_r = 13.5, head_lx = 1.1, head_lz = 0.9,
  snout_len = 14, snout_r = 6.5, snout_taper = 0.7, snout_drop = 10, nose_r = 0.55,
  ears = "cone", ear_len = 14, ear_r = 7.5, ear_spread = 0.55, ear_out = 22, ear_back = -14, ear_flat = 0.4,
  eye_r = 0.13, eye_fwd = 0.8, eye_side = 0.6, eye_up = 0.3,
  tail = "bushy", tail_len = 42, tail_r = 6, tail_lift = 0.12,
  muzzle = "light", muzzle_r = 1.6,
  marks = {{"chest", part = "light"}, {"legs", part = "light", up = -0.55}, {"tail_tip", part = "light", r = 9},
           {"belly", part = "light", h = 0.35}},
}

local parts = {
  {"coat", "fur", color = "#1c1a1a", role = "primary", names = {"coat", "fur", "body", "back"}},
  {"light", "fur", color = "#f4f2ee", role = "secondary", names = {"chest", "ruff", "collar", "blaze", "muzzle", "legs", "paws"}},
  {"nose", "plastic", color = "#141212", role = "detail", names = {"nose"}},
  {"eyes", "glass", color = "#7a4a22", role = "fixed"},
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
  id = "border_collie",
  names = {"border collie", "collie", "sheepdog", "sheep dog", "herding dog", "rough collie", "bordercollie"},
  lvis = {"dog"},
  family = "animals",
  size_mm = 500,
  description = "A black and white border collie",
  parts = parts,
  variants = {
    red = {names = {"red border collie", "brown border collie"}, colors = {coat = "#7a4424"}},
    merle = {names = {"blue merle collie", "merle border collie", "blue merle"}, colors = {coat = "#6e7078"}},
  },
  poses = {"sitting", "lying", "running"},
  attach_to = {"neck", "head", "back"},
  points = {"head", "neck", "back", "face"},
  build = function(k)
    local sp = species
    if k.pose == "sitting" or k.pose == "lying" then
      -- white feet only where the legs fold under
      sp = {}
      for key, v in pairs(species) do sp[key] = v end
      sp.marks = {{"chest", part = "light"}, {"socks", part = "light", h = k.pose == "lying" and 12 or 10},
                  {"tail_tip", part = "light", r = 9}, {"belly", part = "light", h = 0.35}}
    end
    local shape, R = rig(k, sp)
    local at, hc, hr = R.at, R.hc, R.hr
    -- the neck axis, back from the collar point
    local na = math.rad(math.min(85, sp.neck_angle + (k.pose == "sitting" and 15 or 0)))
    local under = {math.sin(na), -math.cos(na), 0}
    local nr = at.neck.w / 2.2
    local np = S.sub(at.neck.p, S.mul(under, nr * 0.8))
    -- a thick fluffy white ruff round the neck and down the chest
    local ruff = ellipsoid(nr * 1.45, nr * 1.25, nr * 1.35):rotz(math.deg(na) - 90)
      :move(np[1] - math.cos(na) * nr * 0.6 + nr * 0.25, np[2] - math.sin(na) * nr * 0.6, 0)
    ruff = ruff:noise(nr * 0.1, nr * 0.45, 1)
    -- a narrow white blaze up the middle of the face
    local blaze = intersect(R.head:round(0.6), box(hr * 1.6, hr * 3, hr * 0.26):move(hc[1] + hr * 0.85, hc[2] + hr * 0.5, 0))
    return shape + ruff:part("light") + blaze:part("light")
  end,
}
