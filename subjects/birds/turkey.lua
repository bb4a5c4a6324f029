-- A turkey, the live bird: a plump bronze body with drooping wings, a huge
-- fan of brown tail feathers raised upright behind it with a dark band and
-- pale tips, a small bare blue-and-red head on a long neck with a red
-- wattle hanging at the throat and a snood over the beak, a black beard on
-- the breast and long pinkish legs.
local B = use and use("bird")

local species = {
  body_len = 40, body_h = 28, body_w = 27, pitch = 8, leg_len = 26, leg_r = 3, toe_len = 11, thigh = true,
  neck_len = 30, neck_angle = 80, neck_r = 6, neck_r2 = 4.5, head_r = 6.8, head_lx = 1.1, head_lz = 0.85,
  neck_x = 0.8, neck_y = 0.55,
  beak = "cone", beak_len = 7, beak_r = 2.8, beak_drop = 18,
  wing_len = 42, wing_w = 26, wing_droop = 26,
  tail = "train", tail_len = 82, tail_w = 40, tail_y = 0.35,
  eye_r = 0.14, eye_fwd = 0.3, eye_side = 0.9, eye_up = 0.3,
  fluffy = 0.9,
  marks = {{"neck", part = "wattle"}, {"head", part = "head", neck = false}},
}

local parts = {
  {"plumage", "feather", color = "#4a3322", role = "primary", names = {"feathers", "plumage", "body"}},
  {"tail", "feather", color = "#6a4a2c", role = "secondary", names = {"tail", "tail feathers", "fan", "tail fan"}},
  {"band", "feather", color = "#2a1c12", role = "detail", names = {"tail band"}},
  {"tips", "feather", color = "#d8c8a4", role = "detail", names = {"tail tips", "feather tips"}},
  {"wings", "feather", color = "#5e4630", role = "detail", names = {"wings", "wing"}},
  {"head", "skin", color = "#8aa8d0", role = "detail", names = {"head", "neck", "face"}},
  {"wattle", "skin", color = "#c81e1e", role = "detail", names = {"wattle", "snood", "caruncles", "wattles"}},
  {"beard", "feather", color = "#141210", role = "detail", names = {"beard"}},
  {"beak", "bone", color = "#c8b49a", role = "detail", names = {"beak"}},
  {"legs", "skin", color = "#c89488", role = "detail", names = {"legs", "feet"}},
  {"eyes", "gloss", color = "#0e0c0c", role = "fixed"},
}

return {
  id = "turkey",
  names = {"turkey", "wild turkey", "gobbler", "tom turkey", "turkey bird", "live turkey", "turkey cock", "turkey hen",
           "turky", "turkie", "turkey tom", "strutting turkey", "turkey gobbler"},
  lvis = {},
  family = "birds",
  size_mm = 1000,
  description = "A turkey with its tail fanned",
  parts = parts,
  variants = {
    white = {names = {"white turkey", "domestic turkey", "farm turkey"},
             colors = {plumage = "#f2efe8", tail = "#ece8e0", wings = "#ebe6dc", band = "#d8d2c6", tips = "#faf8f4", head = "#d83a30"}},
  },
  poses = {"sitting"},
  attach_to = {"head", "neck", "back"},
  points = {"head", "neck", "back", "face"},
  build = function(k)
    local sp = {}
    for key, v in pairs(species) do sp[key] = v end
    local f = {}
    local kk = setmetatable({rand = function(lo, hi) local v = k.rand(lo, hi); f[#f + 1] = v; return v end}, {__index = k})
    local shape = B.build(kk, sp, parts)
    -- the frame the rig built in (its sizes vary a little with the seed)
    local sit = k.pose == "sitting"
    local bl, bh = sp.body_len * f[1], sp.body_h * f[2]
    local a = math.rad(sp.pitch)
    local lift = sit and 0 or sp.leg_len
    local low = math.sqrt((bl * math.sin(a)) ^ 2 + (bh * math.cos(a)) ^ 2)
    local C = {0, lift + low * (sit and 0.8 or 0.92), 0}
    local ca, sa = math.cos(a), math.sin(a)
    local function W(x, y) return {C[1] + x * ca - y * sa, C[2] + x * sa + y * ca, 0} end
    local nb = W(bl * sp.neck_x, bh * sp.neck_y)
    local na = math.rad(sp.neck_angle)
    local hc = {nb[1] + sp.neck_len * math.cos(na), nb[2] + sp.neck_len * math.sin(na), 0}
    local hr = sp.head_r * (k.style == "cartoon" and 1.35 or 1)
    -- the tail fan, as the rig stands it: painted with a dark band and pale tips
    local tl = sp.tail_len
    local tmin = 0.024 * math.max(bl * 2.6, sp.leg_len + bh * 2 + sp.neck_len)
    local t = math.max(bh * 0.12, tmin)
    local troot = W(-bl * 0.9, bh * sp.tail_y)
    local o = {{0, -sp.tail_w * 0.05}}
    for i = 0, 36 do
      local ang = math.rad(-85 + 170 * i / 36)
      local r = tl * (1 - 0.04 * math.abs(math.sin(i * math.pi / 2)))
      o[#o + 1] = {r * math.sin(ang), r * math.cos(ang)}
    end
    local fan = extrude(o, t, t * 0.45):roty(90):rotz(14):move(troot[1], troot[2], troot[3])
    local function ring(r0, r1)
      -- a ring about the fan's root, in the fan's plane
      return subtract(cylinder(r1, t * 8):move(0, -t * 4, 0), cylinder(r0, t * 10):move(0, -t * 5, 0))
        :rotz(90):rotz(14):move(troot[1], troot[2], troot[3])
    end
    local skin = fan:round(0.8)
    -- the shafts between the feathers, radiating from the root
    local shafts = {}
    for i = 0, 16 do
      local ang = -80 + 160 * i / 16
      shafts[#shafts + 1] = box(tl * 0.012 + 1.2, tl * 0.7, t * 6):move(0, tl * 0.45, 0):rotz(-ang)
    end
    local rays = union(table.unpack(shafts)):roty(90):rotz(14):move(troot[1], troot[2], troot[3])
    shape = shape + intersect(skin, rays):part("band")
    shape = shape + intersect(skin, ring(tl * 0.8, tl * 0.89)):part("band")
    shape = shape + intersect(skin, ring(tl * 0.89, tl * 1.2)):part("tips")
    -- the wattle hanging at the throat, the snood draped over the beak
    local bdir = {math.cos(math.rad(-sp.beak_drop)), math.sin(math.rad(-sp.beak_drop)), 0}
    local bb = {hc[1] + hr * sp.head_lx * 0.8 * bdir[1], hc[2] + hr * 0.8 * bdir[2] - hr * 0.05, 0}
    local w = {}
    w[#w + 1] = ellipsoid(hr * 0.45, hr * 1.0, hr * 0.42):rotz(-15):move(hc[1] + hr * 0.35, hc[2] - hr * 1.2, 0)
    w[#w + 1] = ellipsoid(hr * 0.42, hr * 0.75, hr * 0.38):rotz(-25):move(hc[1] + hr * 0.05, hc[2] - hr * 2.0, 0)
    w[#w + 1] = sphere(hr * 0.36):move(hc[1] - hr * 0.15, hc[2] - hr * 2.6, 0)
    for _, p in ipairs({{0.55, -0.6, 0.35}, {0.3, -1.5, -0.3}, {-0.1, -2.3, 0.25}}) do
      w[#w + 1] = sphere(hr * 0.28):move(hc[1] + hr * p[1], hc[2] + hr * p[2], hr * p[3])
    end
    local snood = tube({{hc[1] + hr * 0.55, hc[2] + hr * 0.55, 0}, {bb[1] + hr * 0.2, bb[2] + hr * 0.55, hr * 0.1},
                        {bb[1] + hr * 0.7, bb[2] + hr * 0.1, hr * 0.3}, {bb[1] + hr * 0.65, bb[2] - hr * 0.8, hr * 0.35}}, hr * 0.2, hr * 0.18)
    shape = shape + smooth(hr * 0.15, table.unpack(w)):part("wattle") + snood:part("wattle")
    -- the beard: a black tuft hanging from the breast
    local bp = W(bl * 0.88, bh * 0.05)
    shape = shape + cone(hr * 0.45, hr * 0.22, bh * 0.75):rotz(180 - 12):move(bp[1] + bh * 0.05, bp[2] + bh * 0.1, 0):part("beard")
    return shape
  end,
}
