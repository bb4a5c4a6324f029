-- An English bulldog: a wide, low, heavy dog with a massive chest set
-- between short bowed front legs, narrow hips, a huge broad head with a
-- pushed-in nose, heavy jowls hanging either side of the muzzle, an underbite
-- showing the lower teeth, small folded rose ears and a stub tail; white
-- with brindle patches. The French bulldog is smaller and lighter, with big
-- upright bat ears.
local Q = use and use("quadruped")
local S = use and use("shapes")

local species = {
  body_len = 40, body_h = 20, body_w = 19, chest = 1.28, hips = 0.85, leg_len = 16, leg_r = 7, leg_taper = 0.8, paw = 1.05,
  stance = 1.3, pitch = -3,
  neck_len = 18, neck_angle = 22, neck_r = 16, neck_r2 = 16, neck_y = 0.1, neck_x = 0.8,
  head_r = 20, head_lx = 0.9, head_lz = 1.22,
  snout_len = 3, snout_r = 10, snout_taper = 1.0, snout_drop = 4, nose = "none", cheeks = 0.6,
  ears = "side", ear_len = 11, ear_r = 6, ear_droop = 10, ear_part = "ears",
  eye_r = 0.15, eye_fwd = 0.8, eye_side = 0.66, eye_up = 0.3,
  tail = "stub", tail_r = 4.5, tail_y = 0.4,
  marks = {{"chest", part = "light"}, {"socks", part = "light", h = 9}, {"belly", part = "light", h = 0.5}},
}

local french = {
  body_len = 31, body_h = 16, body_w = 15, chest = 1.18, hips = 0.9, leg_len = 19, leg_r = 5, leg_taper = 0.8,
  stance = 1.1,
  neck_len = 8, neck_angle = 45, neck_r = 13, neck_r2 = 13, neck_y = 0.3,
  head_r = 16, head_lx = 0.95, head_lz = 1.08,
  snout_len = 1.5, snout_r = 8, snout_taper = 1.0, snout_drop = 6, nose_r = 0.5, cheeks = 0.5,
  ears = "none", ear_len = 19, ear_r = 11,
  eye_r = 0.17, eye_fwd = 0.8, eye_side = 0.62, eye_up = 0.3,
  tail = "stub", tail_r = 3.5, tail_y = 0.4,
  marks = {{"chest", part = "light"}},
}

local parts = Q.dressable({
  {"coat", "fur", color = "#b8845a", role = "primary", names = {"coat", "fur", "body", "brindle"}},
  {"light", "fur", color = "#f4efe6", role = "secondary", names = {"chest", "blaze", "muzzle", "paws", "belly"}},
  {"marks", "fur", color = "#2a2220", role = "detail", names = {"mask", "patches"}},
  {"ears", "fur", color = "#6a4630", role = "detail", names = {"ears", "ear"}},
  {"inner", "skin", color = "#d89a94", role = "detail", names = {"inner ears"}},
  {"teeth", "bone", color = "#f4f0e4", role = "detail", names = {"teeth"}},
  {"nose", "plastic", color = "#161414", role = "detail", names = {"nose"}},
  {"eyes", "gloss", color = "#1a1210", role = "fixed"},
})

local function rig(k, sp) return Q.framed(k, sp, parts) end

return {
  id = "bulldog",
  names = {"bulldog", "english bulldog", "british bulldog", "bull dog", "bulldogge"},
  lvis = {"dog"},
  family = "animals",
  size_mm = 380,
  description = "An English bulldog",
  parts = parts,
  variants = {
    french = {names = {"french bulldog", "frenchie", "frenchy", "frenchton", "bouledogue"}, size_mm = 300,
              colors = {coat = "#d4ad7e", ears = "#bc9266"}},
    white = {names = {"white bulldog"}, colors = {coat = "#f2ece2", ears = "#b8845a"}},
  },
  poses = {"sitting", "lying", "running"},
  attach_to = {"neck", "head", "back"},
  points = {"head", "neck", "back", "face"},
  build = function(k)
    local sp = k.variant == "french" and french or species
    local shape, R = rig(k, sp)
    local hc, hr, hlz, sr, tip = R.hc, R.hr, R.hlz, R.sr, R.tip
    if k.variant == "french" then
      -- a dark muzzle with a deep wrinkle over the nose
      local mask = sphere(sr * 1.15):move(tip[1] + sr * 0.3, tip[2], tip[3])
      for _, e in ipairs(R.eyes) do mask = subtract(mask, sphere(R.eye_r * 1.3):move(e[1], e[2], e[3])) end
      local muzzle = intersect(R.head:round(0.45), mask):part("marks")
      local rt = S.add(tip, {sr * 0.3, sr * 0.95, 0})
      local roll = tube({{rt[1] - sr * 0.5, rt[2] - sr * 0.15, -sr * 1.0}, rt, {rt[1] - sr * 0.5, rt[2] - sr * 0.15, sr * 1.0}}, sr * 0.18, sr * 0.18)
      -- big upright bat ears, wide and rounded, opening forward, pink inside
      local ears, inner = {}, {}
      for _, sz in ipairs({-1, 1}) do
        local base = S.add(hc, {-hr * 0.1, hr * 0.6, sz * hr * 0.5 * hlz})
        local function place(s) return s:roty(90):rotx(sz * 20):rotz(6):move(base[1], base[2], base[3]) end
        ears[#ears + 1] = place(leaf(sp.ear_len, sp.ear_r * 1.75, sp.ear_r * 0.35, 0.25))
        inner[#inner + 1] = place(leaf(sp.ear_len * 0.8, sp.ear_r * 1.25, sp.ear_r * 0.12, 0.25):move(0, sp.ear_len * 0.12, 0)):move(sp.ear_r * 0.17, 0, 0)
      end
      return shape + muzzle + roll:part("marks") + union(table.unpack(ears)):part("ears") + union(table.unpack(inner)):part("inner")
    end
    -- a white blaze up the face between the eyes
    local blaze = intersect(R.head:round(0.7), box(hr * 1.6, hr * 3, hr * 0.34):move(hc[1] + hr * 1.05, hc[2] + hr * 0.2, 0)):part("light")
    -- a broad black nose set high, a roll of wrinkle over it
    local nose = ellipsoid(sr * 0.32, sr * 0.3, sr * 0.55):move(tip[1] + sr * 0.95, tip[2] + sr * 0.3, 0):part("nose")
    local rt = S.add(tip, {sr * 0.65, sr * 0.85, 0})
    local roll = tube({{rt[1] - sr * 0.45, rt[2] - sr * 0.1, -sr * 1.0}, rt, {rt[1] - sr * 0.45, rt[2] - sr * 0.1, sr * 1.0}}, sr * 0.2, sr * 0.2)
    -- the undershot lower jaw jutting forward with its teeth showing, and
    -- heavy jowls hanging either side
    local jaw = ellipsoid(sr * 0.65, sr * 0.42, sr * 0.9):move(tip[1] + sr * 0.6, tip[2] - sr * 0.75, 0)
    local jowls = {}
    for _, sz in ipairs({-1, 1}) do
      jowls[#jowls + 1] = ellipsoid(sr * 0.7, sr * 0.8, sr * 0.5):rotx(sz * 10):move(tip[1] + sr * 0.2, tip[2] - sr * 0.45, sz * sr * 0.85)
    end
    local teeth = {}
    for _, z in ipairs({-0.55, -0.2, 0.2, 0.55}) do
      local big = math.abs(z) > 0.4
      teeth[#teeth + 1] = cone(sr * (big and 0.13 or 0.1), sr * 0.04, sr * (big and 0.42 or 0.3))
        :move(tip[1] + sr * 1.1 - math.abs(z) * sr * 0.25, tip[2] - sr * 0.5, z * sr)
    end
    shape = shape + blaze + nose + roll:part("light") + smooth(sr * 0.25, jaw, table.unpack(jowls)):part("light")
      + union(table.unpack(teeth)):part("teeth")
    return shape
  end,
}
