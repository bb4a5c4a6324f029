-- A guinea pig: a plump round loaf of a rodent with no neck and no visible
-- tail, tiny legs tucked under, a big blunt head with a rounded Roman nose,
-- bright round eyes, little drooping petal ears, and a patchy tricolour
-- coat of white, ginger and black.
local Q = use and use("quadruped")
local S = use and use("shapes")

local species = {
  body_len = 27, body_h = 15, body_w = 15.5, chest = 1.0, hips = 1.08, leg_len = 4, leg_r = 3.2, leg_taper = 0.9, paw = 0.9,
  neck_len = 3, neck_angle = 15, neck_r = 13.5, neck_r2 = 12, neck_y = 0.05, neck_x = 0.75,
  head_r = 11.5, head_lx = 1.15, head_lz = 0.95, head_tilt = 0.5,
  snout_len = 3, snout_r = 7, snout_taper = 0.85, snout_drop = 22, nose_r = 0.3, cheeks = 0.5,
  ears = "side", ear_len = 10, ear_r = 6.5, ear_droop = 30, ear_part = "ears",
  eye_r = 0.16, eye_fwd = 0.5, eye_side = 0.78, eye_up = 0.35,
  tail = "none",
  marks = {{"head", part = "ginger"}},
}

local parts = Q.dressable({
  {"coat", "fur", color = "#f6f2ea", role = "primary", names = {"coat", "fur", "body"}},
  {"ginger", "fur", color = "#d0843e", role = "secondary", names = {"patches", "ginger", "orange"}},
  {"marks", "fur", color = "#2a2420", role = "detail", names = {"black patches", "spots"}},
  {"ears", "skin", color = "#a87a66", role = "detail", names = {"ears"}},
  {"nose", "skin", color = "#c88a86", role = "detail", names = {"nose"}},
  {"eyes", "gloss", color = "#120c0c", role = "fixed"},
})

local function rig(k, sp) return Q.framed(k, sp, parts) end

return {
  id = "guinea_pig",
  names = {"guinea pig", "cavy", "guineapig", "cuy", "cavia"},
  lvis = {},
  family = "animals",
  size_mm = 100,
  description = "A tricolour guinea pig",
  parts = parts,
  variants = {
    ginger = {names = {"ginger guinea pig", "orange guinea pig"}, colors = {coat = "#d0843e", marks = "#f6f2ea"}},
    black = {names = {"black guinea pig"}, colors = {coat = "#2a2420", marks = "#f6f2ea"}},
  },
  poses = {"lying"},
  attach_to = {"head", "back", "neck"},
  points = {"head", "neck", "back", "face"},
  build = function(k)
    local sp = species
    local shape, R = rig(k, sp)
    local hc, hr, hlx, hlz = R.hc, R.hr, R.hlx, R.hlz
    -- the ginger head (a coat marking) split by a white blaze down the nose
    local blaze = intersect(R.head:round(0.7), box(hr * 2, hr * 3, hr * 0.34):move(hc[1] + hr * 1.2, hc[2] + hr * 0.3, 0))
    -- round bright eyes bulging on the sides of the head
    local er = R.eye_r
    local eyes = {}
    for _, sz in ipairs({-1, 1}) do
      local dv = S.norm({sp.eye_fwd, sp.eye_up, sz * sp.eye_side})
      eyes[#eyes + 1] = sphere(er):move(hc[1] + dv[1] * hr * hlx, hc[2] + dv[2] * hr, dv[3] * hr * hlz)
    end
    -- black and ginger patches scattered over the body, one of each always
    -- on the near flank and the rump
    local bl, bh, bw = R.bl, R.bh, R.bw
    local function patch(u, th, r)
      local c = R.W(u * bl, math.cos(th) * bh, math.sin(th) * bw)
      return ellipsoid(r * 1.25, r, r):rotz(math.deg(R.a)):move(c[1], c[2], c[3])
    end
    local black, ginger = {}, {}
    black[1] = patch(k.rand(-0.25, 0.25), k.rand(0.7, 1.4), bh * k.rand(0.5, 0.65))
    black[2] = patch(k.rand(-0.6, 0.3), -k.rand(0.4, 1.4), bh * k.rand(0.45, 0.6))
    black[3] = patch(k.rand(-0.9, -0.6), k.rand(-0.5, 0.5), bh * k.rand(0.35, 0.5))
    ginger[1] = patch(k.rand(-0.85, -0.55), k.rand(0.3, 1.3), bh * k.rand(0.45, 0.6))
    ginger[2] = patch(k.rand(-0.3, 0.2), -k.rand(0.0, 0.6), bh * k.rand(0.4, 0.55))
    local skin = R.body:round(0.45)
    return shape + intersect(skin, union(table.unpack(black))):part("marks") + intersect(skin, union(table.unpack(ginger))):part("ginger")
      + blaze:part("coat") + union(table.unpack(eyes)):part("eyes")
  end,
}
