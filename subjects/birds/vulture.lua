-- A vulture: a big hunched dark body with broad folded wings, a long bare
-- neck thrust forward from a fluffy ruff, a small bare pink-red wrinkled
-- head and a heavy hooked pale beak.
local B = use and use("bird")
local S = use and use("shapes")

local species = {
  body_len = 42, body_h = 26, body_w = 23, pitch = 38, fly_pitch = 5, leg_len = 11, leg_r = 3.6, toe_len = 10, thigh = true,
  neck_len = 48, neck_angle = 18, neck_r = 5, neck_r2 = 4.2, head_r = 8, head_lx = 1.25, head_lz = 0.85,
  neck_x = 0.8, neck_y = 0.55,
  beak = "hook", beak_len = 12, beak_r = 3.8, beak_y = 0.05, fly_neck = 16,
  wing_len = 66, wing_w = 34, wing_droop = 14, span = 2.0, dihedral = 6,
  tail = "fan", tail_len = 22, tail_w = 22, tail_angle = 18,
  eye_r = 0.12, eye_fwd = 0.45, eye_side = 0.85, eye_up = 0.35,
  marks = {{"head", part = "skin", neck_f = 1.05}},
}

local parts = {
  {"plumage", "feather", color = "#2a211c", role = "primary", names = {"feathers", "plumage", "body"}},
  {"skin", "skin", color = "#c86a66", role = "secondary", names = {"head", "neck", "bare head", "face", "skin"}},
  {"ruff", "feather", color = "#ece6da", role = "detail", names = {"ruff", "neck ruff", "feather collar", "white ruff"}},
  {"wings", "feather", color = "#221a16", role = "detail", names = {"wings", "wing"}},
  {"tail", "feather", color = "#1e1814", role = "detail", names = {"tail"}},
  {"beak", "bone", color = "#e6dcc0", role = "detail", names = {"beak", "bill"}},
  {"legs", "skin", color = "#9a9088", role = "detail", names = {"legs", "feet", "talons"}},
  {"eyes", "gloss", color = "#3a1a10", role = "fixed"},
}

return {
  id = "vulture",
  names = {"vulture", "condor", "turkey vulture", "griffon vulture", "carrion bird", "vultur", "andean condor",
           "california condor", "black vulture", "carrion eater"},
  lvis = {},
  family = "birds",
  size_mm = 700,
  description = "A hunched vulture with a bare head and neck",
  parts = parts,
  variants = {
    condor = {names = {"condor", "andean condor", "california condor"}, size_mm = 900,
              colors = {plumage = "#161414", wings = "#121010", tail = "#121010", skin = "#b85a48"}},
    turkey_vulture = {names = {"turkey vulture", "carrion eater", "black vulture"}, size_mm = 600,
                      colors = {plumage = "#2c2420", wings = "#3a2e26", tail = "#2a221c", skin = "#c23a30", ruff = "#2c2420"}},
    griffon = {names = {"griffon vulture"}, size_mm = 800,
               colors = {plumage = "#8a6a48", wings = "#3a2a1e", tail = "#2e2218", skin = "#d8c8b8", ruff = "#f0ece2"}},
  },
  poses = {"flying"},
  attach_to = {"head", "neck", "back"},
  points = {"head", "neck", "back", "face"},
  build = function(k)
    local sp = {}
    for key, v in pairs(species) do sp[key] = v end
    -- capture the rig's size variation so the ruff sits on its neck base
    local f = {}
    local kk = setmetatable({rand = function(lo, hi) local v = k.rand(lo, hi); f[#f + 1] = v; return v end}, {__index = k})
    local shape = B.build(kk, sp, parts)
    local pose = (k.pose ~= nil and k.pose ~= "") and k.pose or ""
    local fly = pose == "flying"
    local bl, bh = sp.body_len * f[1], sp.body_h * f[2]
    local pitch = fly and sp.fly_pitch or sp.pitch
    local a = math.rad(pitch)
    local lift = fly and 0 or sp.leg_len
    local low = math.sqrt((bl * math.sin(a)) ^ 2 + (bh * math.cos(a)) ^ 2)
    local C = {0, lift + low * 0.92, 0}
    local ca, sa = math.cos(a), math.sin(a)
    local x, y = bl * sp.neck_x, bh * sp.neck_y
    local nb = {C[1] + x * ca - y * sa, C[2] + x * sa + y * ca, 0}
    local na = fly and (sp.neck_angle - sp.fly_neck) or sp.neck_angle
    local ndir = {math.cos(math.rad(na)), math.sin(math.rad(na)), 0}
    -- the ruff: a fluffy collar where the bare neck leaves the body
    local rc = S.add(nb, S.mul(ndir, -sp.neck_r * 0.3))
    local ruff = smooth(3,
      ellipsoid(sp.neck_r * 1.3, sp.neck_r * 2.3, sp.neck_r * 2.4),
      ellipsoid(sp.neck_r * 1.6, sp.neck_r * 1.5, sp.neck_r * 2.0):move(-sp.neck_r * 1.2, -sp.neck_r * 0.9, 0))
      :noise(0.9, 3.5):rotz(na - 90):move(rc[1], rc[2], rc[3])
    shape = shape + ruff:part("ruff")
    return shape
  end,
}
