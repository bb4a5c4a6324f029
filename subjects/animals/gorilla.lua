-- A gorilla: knuckle-walking on all fours, the chest and huge shoulders
-- raised on long massive arms, short bowed legs behind, black fur with a
-- silver saddle across the back, and a bare dark leathery face under a
-- heavy brow and a domed crest.
local Q = use and use("quadruped")

local species = {
  body_len = 54, body_h = 27, body_w = 30, chest = 1.2, hips = 0.85, pitch = 27,
  leg_len = 50, leg_r = 9.5, leg_taper = 0.95, stance = 1.15, front_x = 0.62, hind_x = -0.62,
  feet = "hand",
  neck_len = 14, neck_angle = 12, neck_r = 17, neck_r2 = 15, neck_y = 0.3, neck_x = 0.85,
  head_r = 19, head_lx = 1.0, head_lz = 0.95,
  snout_len = 4, snout_r = 11, snout_taper = 0.95, snout_drop = 30, head_tilt = 0.0, nose = "none",
  jaw = true,
  ears = "small", ear_r = 4, ear_spread = 0.92, ear_y = 0.1, ear_x = -2,
  eye_r = 0.11, eye_fwd = 0.9, eye_side = 0.4, eye_up = 0.14,
  tail = "none",
  sit_angle = 70, sit_neck = 0, hind_foot = 0.6,
}

local parts = {
  {"coat", "fur", color = "#2a2727", role = "primary", names = {"fur", "coat", "body", "hair"}},
  {"silver", "fur", color = "#9c9a98", role = "secondary", names = {"silver back", "back", "silver saddle", "silver fur", "saddle patch"}},
  {"face", "leather", color = "#4a423e", role = "detail", names = {"face", "skin", "hands", "knuckles"}},
  {"eyes", "gloss", color = "#4a2a14", role = "fixed"},
}

parts = Q.dressable(parts)

return {
  id = "gorilla",
  names = {"gorilla", "silverback", "mountain gorilla", "lowland gorilla", "silverback gorilla", "western gorilla",
           "eastern gorilla", "great ape", "gorila", "gorrilla", "ape"},
  lvis = {},
  family = "animals",
  size_mm = 1300,
  description = "A knuckle-walking silverback gorilla",
  parts = parts,
  variants = {
    baby = {names = {"baby gorilla", "gorilla baby", "young gorilla"}, size_mm = 500, colors = {silver = "#2a2626"}},
  },
  poses = {"sitting"},
  attach_to = {"head", "neck", "back"},
  points = {"head", "neck", "back", "face"},
  build = function(k)
    local sp = {}
    for key, v in pairs(species) do sp[key] = v end
    local baby = k.variant == "baby"
    if baby then sp.head_r = 22; sp.body_len = 48 end
    local shape, R = Q.framed(k, sp, parts)
    local hc, hr = R.hc, R.hr
    local sit = k.pose == "sitting"
    local fur = {}
    -- heavy brow ridge over the eyes, and a domed crest on the crown
    if not baby then
      fur[#fur + 1] = ellipsoid(hr * 0.75, hr * 0.7, hr * 0.55):rotz(20):move(hc[1] - hr * 0.25, hc[2] + hr * 0.55, 0)
    end
    -- a broad nose pad with flared nostrils on the face
    local face = {}
    -- the bare face: the front of the head from the brow to the chin
    face[#face + 1] = intersect(R.head:round(hr * 0.04), ellipsoid(hr * 0.62, hr * 0.9, hr * 0.66):move(hc[1] + hr * 0.85, hc[2] - hr * 0.12, 0))
    face[#face + 1] = ellipsoid(hr * 0.26, hr * 0.17, hr * 0.78):rotz(-8):move(hc[1] + hr * 0.7, hc[2] + hr * 0.46, 0)
    face[#face + 1] = ellipsoid(hr * 0.22, hr * 0.2, hr * 0.36):move(hc[1] + hr * 0.98, hc[2] - hr * 0.05, 0)
    if not sit then
      -- massive shoulders and upper arms over long forearms
      for _, sz in ipairs({-1, 1}) do
        local zf = sz * R.bw * 0.5 * sp.stance * 1.05
        local sh = R.W(R.bl * sp.front_x, -R.bh * 0.15, zf)
        fur[#fur + 1] = ellipsoid(sp.leg_r * 1.7, R.bh * 0.8, sp.leg_r * 1.5):rotz(12):move(sh[1], sh[2] - R.bh * 0.3, sh[3])
        fur[#fur + 1] = ellipsoid(sp.leg_r * 1.35, R.bh * 0.7, sp.leg_r * 1.25):move(sh[1] + R.bl * 0.02, sh[2] - R.bh * 1.3, sh[3])
        -- knuckles: the curled fingers on the ground
        face[#face + 1] = ellipsoid(sp.leg_r * 0.75, sp.leg_r * 0.6, sp.leg_r * 1.05):move(sh[1] + R.bl * 0.06 + sp.leg_r * 0.55, sp.leg_r * 0.6, zf * 1.0)
      end
    end
    shape = shape + smooth(4, table.unpack(fur)):part("coat")
    if not baby then
      -- the silver saddle: across the back from behind the shoulders to the rump
      local c = R.W(-R.bl * 0.1, R.bh * 0.85, 0)
      shape = shape + intersect(R.body:round(0.7),
        ellipsoid(R.bl * 0.95, R.bh * 0.8, R.bw * 1.4):rotz(math.deg(R.a)):move(c[1], c[2], c[3])):part("silver")
    end
    shape = shape + union(table.unpack(face)):part("face")
    -- the small deep-set eyes, over the painted face
    for _, e in ipairs(R.eyes) do shape = shape + sphere(R.eye_r * 1.05):move(e[1], e[2], e[3]):part("eyes") end
    return shape
  end,
}
