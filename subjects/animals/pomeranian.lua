-- A pomeranian: a tiny toy dog that is mostly a ball of fluffy orange fur —
-- a huge ruff round the neck framing a small fox face with a short pointed
-- muzzle, little pricked ears and big dark eyes, short legs lost in the fur,
-- and a plumed tail curled up over the back.
local Q = use and use("quadruped")
local S = use and use("shapes")

local species = {
  body_len = 23, body_h = 16, body_w = 15, chest = 1.1, hips = 1.0, leg_len = 13, leg_r = 3.8, leg_taper = 0.8, 
  neck_len = 10, neck_angle = 55, neck_r = 12, neck_r2 = 11, neck_y = 0.35,
  head_r = 12.5, head_lx = 1.0, head_lz = 1.0,
  snout_len = 7, snout_r = 4.6, snout_taper = 0.6, snout_drop = 8, nose_r = 0.6, cheeks = 0.45,
  ears = "cone", ear_len = 12, ear_r = 6, ear_spread = 0.5, ear_out = 14, ear_flat = 0.5, ear_y = 0.8,
  eye_r = 0.17, eye_fwd = 0.8, eye_side = 0.6, eye_up = 0.3,
  tail = "none", tail_len = 30, tail_r = 8.5,
  marks = {{"chest", part = "light"}, {"belly", part = "light", h = 0.5}},
}

local parts = {
  {"coat", "fur", color = "#e4893a", role = "primary", names = {"coat", "fur", "body", "ruff", "tail"}},
  {"light", "fur", color = "#f4c083", role = "secondary", names = {"chest", "belly"}},
  {"nose", "plastic", color = "#141212", role = "detail", names = {"nose"}},
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
  id = "pomeranian",
  names = {"pomeranian", "pomeranian dog", "pom dog", "pompom dog", "pomerainian", "pomeranean", "zwergspitz", "spitz"},
  lvis = {"dog"},
  family = "animals",
  size_mm = 220,
  description = "A fluffy pomeranian",
  parts = parts,
  variants = {
    white = {names = {"white pomeranian"}, colors = {coat = "#f6f2ea", light = "#fbf8f2"}},
    black = {names = {"black pomeranian"}, colors = {coat = "#1e1c1c", light = "#2c2826"}},
    cream = {names = {"cream pomeranian"}, colors = {coat = "#eed3a6", light = "#f8ead2"}},
  },
  poses = {"sitting", "lying", "running"},
  attach_to = {"neck", "head", "back"},
  points = {"head", "neck", "back", "face"},
  build = function(k)
    local shape, R = rig(k, species)
    local hc, hr = R.hc, R.hr
    -- the big mane-like ruff that frames the face
    local ruff = smooth(hr * 0.3, ellipsoid(hr * 0.9, hr * 1.15, hr * 1.35):move(hc[1] - hr * 0.5, hc[2] - hr * 0.5, 0),
                        ellipsoid(hr * 0.75, hr * 0.85, hr * 1.15):move(hc[1] - hr * 0.25, hc[2] - hr * 0.85, 0))
    -- the plumed tail, curled up from the rump and lying forward over the back
    -- (built in the body's frame, which tips up when sitting)
    local bl, bh, tr, W = R.bl, R.bh, species.tail_r, R.W
    local tail = Q.swell({W(-bl * 0.8, bh * 0.35), W(-bl * 0.98, bh * 0.9), W(-bl * 0.75, bh + tr * 0.7), W(-bl * 0.3, bh + tr * 0.8),
                          W(bl * 0.05, bh + tr * 0.35)}, {tr * 0.45, tr * 0.85, tr, tr * 0.9, tr * 0.55}, 3)
    return shape + ruff:part("coat") + tail:part("coat")
  end,
}
