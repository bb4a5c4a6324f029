-- A Great Dane: a giant, lean, elegant dog standing very tall on long
-- straight legs, with a deep chest, a tucked-up belly, a long arched neck, a
-- long rectangular head with a deep square muzzle, soft folded ears and a
-- long thin tail; fawn with a black mask, or harlequin (white with torn
-- black patches).
local Q = use and use("quadruped")
local S = use and use("shapes")

local species = {
  body_len = 58, body_h = 21, body_w = 14, chest = 1.28, hips = 0.82, leg_len = 72, leg_r = 6.2, leg_taper = 0.72, knee = 0.12,
  front_x = 0.55, hind_x = -0.62,
  neck_len = 40, neck_angle = 62, neck_r = 11.5, neck_r2 = 9.5, neck_y = 0.45,
  head_r = 16, head_lx = 1.3, head_lz = 0.78, head_tilt = 0.2,
  snout_len = 22, snout_r = 10, snout_taper = 0.9, snout_drop = 12, nose_r = 0.55, jaw = true,
  ears = "flop", ear_len = 18, ear_r = 7, ear_part = "marks",
  eye_r = 0.13, eye_fwd = 0.65, eye_side = 0.6, eye_up = 0.38,
  tail = "whip", tail_len = 50, tail_r = 3.6, tail_lift = -0.45, tail_taper = 0.5, tail_y = 0.45,
}

local parts = {
  {"coat", "fur", color = "#c99a5e", role = "primary", names = {"coat", "fur", "body"}},
  {"marks", "fur", color = "#3a2c26", role = "secondary", names = {"mask", "patches", "spots", "ears", "muzzle"}},
  {"nose", "plastic", color = "#121010", role = "detail", names = {"nose"}},
  {"eyes", "glass", color = "#2a1a10", role = "fixed"},
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
  id = "great_dane",
  names = {"great dane", "dane", "german mastiff", "deutsche dogge", "scooby doo", "scooby", "greatdane", "great dane dog"},
  lvis = {"dog"},
  family = "animals",
  size_mm = 800,
  description = "A Great Dane",
  parts = parts,
  variants = {
    harlequin = {names = {"harlequin great dane", "harlequin dane", "spotted great dane", "black and white great dane"},
                 colors = {coat = "#f4f2ee", marks = "#1a1818"}},
    blue = {names = {"blue great dane", "grey great dane"}, colors = {coat = "#5e646c", marks = "#4a5058"}},
    black = {names = {"black great dane"}, colors = {coat = "#1e1c1c", marks = "#1e1c1c"}},
    cropped = {names = {"cropped great dane", "great dane with cropped ears"}},
  },
  poses = {"sitting", "lying", "running"},
  attach_to = {"neck", "head", "back", "mouth"},
  points = {"head", "neck", "back", "face"},
  build = function(k)
    local sp = species
    if k.variant == "harlequin" or k.variant == "cropped" then
      sp = {}
      for key, v in pairs(species) do sp[key] = v end
      if k.variant == "harlequin" then
        sp.marks = {{"patches", part = "marks", n = 9, r = 0.38}, {"spots", part = "marks", n = 14, r = 3.5, low = 0.6}}
      else
        sp.ears = "cone"; sp.ear_len = 22; sp.ear_r = 6; sp.ear_spread = 0.5; sp.ear_out = 8; sp.ear_flat = 0.35
      end
    end
    local shape, R = rig(k, sp)
    if k.variant ~= "" and k.variant ~= "cropped" then return shape end
    -- the black mask over the muzzle, the lips and round the eyes
    local hc, sr, tip, sdir = R.hc, R.sr, R.tip, R.sdir
    local mask = limb(S.lerp(hc, tip, 0.72), S.add(tip, S.mul(sdir, sr)), sr * 1.0, sr * 1.08)
    for _, e in ipairs(R.eyes) do mask = mask + sphere(R.eye_r * 1.6):move(e[1], e[2], e[3]) end
    return shape + intersect(R.head:round(0.45), mask):part("marks")
  end,
}
