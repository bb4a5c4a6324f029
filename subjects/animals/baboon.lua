-- A baboon: walking on all fours with the shoulders high, a long doglike
-- muzzle with a dark bare face, close-set eyes under a brow, olive-brown fur
-- with a ruff over the shoulders, and a tail that arches up from the rump
-- and hangs down. A mandrill has a red nose ridge and blue ridged cheeks.
local Q = use and use("quadruped")

local species = {
  body_len = 44, body_h = 18, body_w = 17, chest = 1.18, hips = 0.9, pitch = 13,
  leg_len = 36, leg_r = 4.6, leg_taper = 0.85, stance = 1.1, front_x = 0.6, hind_x = -0.62,
  feet = "hand",
  neck_len = 12, neck_angle = 30, neck_r = 10, neck_r2 = 9, neck_y = 0.3, neck_x = 0.8,
  head_r = 11, head_lx = 1.0, head_lz = 0.9,
  snout_len = 18, snout_r = 6.6, snout_taper = 0.72, snout_drop = 24, head_tilt = 0.2, nose = "dot", nose_r = 0.55,
  jaw = true,
  ears = "small", ear_r = 3.2, ear_spread = 0.8, ear_y = 0.35, ear_x = -2,
  eye_r = 0.12, eye_fwd = 0.9, eye_side = 0.4, eye_up = 0.38,
  tail = "none",
  sit_angle = 62, sit_neck = 10, hind_foot = 0.6,
  muzzle = "face", muzzle_r = 2.6,
  marks = {{"belly", part = "light", h = 0.35}},
}

local parts = {
  {"coat", "fur", color = "#7c6c46", role = "primary", names = {"fur", "coat", "body", "hair"}},
  {"face", "skin", color = "#5c4a46", role = "secondary", names = {"face", "muzzle", "snout"}},
  {"light", "fur", color = "#a09270", role = "detail", names = {"belly", "underside"}},
  {"nose", "skin", color = "#2a2020", role = "detail", names = {"nose", "nose ridge"}},
  {"cheeks", "skin", color = "#3a6ac8", role = "detail", names = {"cheeks", "cheek ridges"}},
  {"eyes", "gloss", color = "#5a3a12", role = "fixed"},
}

parts = Q.dressable(parts)

return {
  id = "baboon",
  names = {"baboon", "olive baboon", "hamadryas baboon", "chacma baboon", "yellow baboon", "babboon", "baboom"},
  lvis = {},
  family = "animals",
  size_mm = 600,
  description = "A baboon on all fours with its tail arched",
  parts = parts,
  variants = {
    mandrill = {names = {"mandrill", "drill monkey", "mandril"}, size_mm = 600,
                colors = {coat = "#5a5638", light = "#d6c89a", face = "#3a6ac8", nose = "#d22a24"}},
  },
  poses = {"sitting"},
  attach_to = {"head", "neck", "back"},
  points = {"head", "neck", "back", "face"},
  build = function(k)
    local sp = {}
    for key, v in pairs(species) do sp[key] = v end
    local mandrill = k.variant == "mandrill"
    if mandrill then sp.snout_r = 7; sp.snout_len = 16 end
    local shape, R = Q.framed(k, sp, parts)
    local hc, hr = R.hc, R.hr
    local sit = k.pose == "sitting"
    local fur = {}
    -- a brow over the close-set eyes, and a shaggy ruff over the shoulders
    fur[#fur + 1] = ellipsoid(hr * 0.3, hr * 0.18, hr * 0.7):rotz(-10):move(hc[1] + hr * 0.62, hc[2] + hr * 0.5, 0)
    local sh = R.W(R.bl * 0.5, R.bh * 0.3, 0)
    fur[#fur + 1] = ellipsoid(R.bl * 0.38, R.bh * 0.95, R.bw * 1.12):rotz(math.deg(R.a) + 20):move(sh[1], sh[2], sh[3]):noise(1.4, 3.5)
    shape = shape + smooth(3, table.unpack(fur)):part("coat")
    -- the tail: up from the rump in an arch, then hanging down
    local tr = 2.6
    local root = R.W(-R.bl * 0.9, R.bh * 0.25, 0)
    local pts
    if sit then
      pts = {root, {root[1] - 8, root[2] - 10, 4}, {root[1] - 6, tr, 14}, {root[1] + 10, tr, 24}, {root[1] + 24, tr, 28}}
    else
      pts = {root, {root[1] - 6, root[2] + 9, 0}, {root[1] - 15, root[2] + 12, 0}, {root[1] - 23, root[2] + 4, 0},
             {root[1] - 26, root[2] - 10, 0}, {root[1] - 27, math.max(tr + 6, root[2] - 24), 0}}
    end
    shape = shape + tube(pts, tr, tr * 0.75):part("coat")
    if not sit then
      -- a tuft at the end of the hanging tail
      local e = pts[#pts]
      shape = shape + ellipsoid(tr * 1.3, tr * 2.6, tr * 1.3):move(e[1], e[2] - tr * 0.8, e[3]):part("coat")
    end
    -- bare pink callouses on the rump
    local rump = R.W(-R.bl * 0.98, -R.bh * 0.1, 0)
    shape = shape + ellipsoid(R.bh * 0.18, R.bh * 0.28, R.bw * 0.45):rotz(math.deg(R.a)):move(rump[1], rump[2], rump[3]):part(mandrill and "cheeks" or "face")
    if mandrill then
      -- the red ridge down the nose and the blue ridged cheeks beside it
      local t, d = R.tip, R.sdir
      local base = {hc[1] + hr * 0.55, hc[2] + hr * 0.35, 0}
      shape = shape + limb(base, {t[1] - d[1] * 1.0, t[2] + R.sr * 0.62, 0}, R.sr * 0.42, R.sr * 0.48):part("nose")
      local ridges = {}
      for _, sz in ipairs({-1, 1}) do
        for i = 0, 2 do
          local off = R.sr * (0.55 + i * 0.17)
          ridges[#ridges + 1] = limb({hc[1] + hr * 0.5, hc[2] + hr * 0.05 - i * 1.5, sz * off * 1.2},
                                     {t[1] - R.sr * 0.9, t[2] + R.sr * 0.1 - i * 1.2, sz * off * 0.95}, R.sr * 0.22, R.sr * 0.2)
        end
      end
      shape = shape + union(table.unpack(ridges)):part("cheeks")
      -- a yellow-cream beard under the chin
      shape = shape + ellipsoid(hr * 0.45, hr * 0.35, hr * 0.5):move(hc[1] + hr * 0.35, hc[2] - hr * 0.75, 0):part("light")
    end
    return shape
  end,
}
