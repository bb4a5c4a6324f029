-- A phoenix: a fiery bird rising with its wings raised high in a V, a
-- crest of flame-tipped plumes, flame-like feathers licking off the wings'
-- trailing edges, and a long flowing tail of curling fiery streamers that
-- sweeps down to the ground; scarlet body, orange wings, golden flames.
local B = use and use("bird")

local species = {
  body_len = 38, body_h = 19, body_w = 18, pitch = 40, fly_pitch = 38, leg_len = 16, leg_r = 2.4, toe_len = 8,
  default_pose = "flying",
  neck_len = 16, neck_angle = 62, neck_r = 10, head_r = 12.5, head_lx = 1.15, head_lz = 0.85, neck_x = 0.8,
  beak = "hook", beak_len = 11, beak_r = 3.6, beak_y = 0.05,
  crest = 2.6, crest_part = "crest",
  wing_len = 64, wing_w = 32, span = 1.7, dihedral = 62,
  tail = "plume", tail_len = 46, tail_w = 22, tail_angle = -12,
  eye_r = 0.12, eye_fwd = 0.5, eye_side = 0.8, eye_up = 0.35,
  marks = {},
}

local parts = {
  {"plumage", "feather", color = "#d42a18", role = "primary", names = {"feathers", "plumage", "body"}},
  {"wings", "feather", color = "#f06a12", role = "secondary", names = {"wings", "wing"}},
  {"tail", "feather", color = "#f6a41e", role = "detail", names = {"tail", "tail feathers", "streamers"}},
  {"flames", "feather", color = "#ffd23a", role = "detail", names = {"flames", "fire", "flame", "wing tips"}},
  {"crest", "feather", color = "#ffc42a", role = "detail", names = {"crest", "plumes"}},
  {"beak", "bone", color = "#f2c030", role = "detail", names = {"beak", "talons"}},
  {"eyes", "gloss", color = "#1a0c06", role = "fixed"},
}

return {
  id = "phoenix",
  names = {"phoenix", "fire bird", "firebird", "phoenix bird", "flame bird", "fiery bird", "fenghuang", "flaming bird"},
  lvis = {},
  family = "creatures",
  size_mm = 900,
  description = "A phoenix with raised wings and a flowing fiery tail",
  parts = parts,
  poses = {"flying"},
  attach_to = {"head", "neck", "back"},
  points = {"head", "neck", "back", "face"},
  build = function(k)
    local sp = species
    local shape = B.build(k, sp, parts)
    local rad, cos, sin = math.rad, math.cos, math.sin
    -- the rig's frame in flight (body centre and pitch), to hang extras on
    local bl, bh, bw = sp.body_len, sp.body_h, sp.body_w
    local pitch = (k.pose == "" or k.pose == "flying") and sp.fly_pitch or sp.pitch
    local a = rad(pitch)
    local lift = (k.pose == "" or k.pose == "flying") and 0 or sp.leg_len
    local low = math.sqrt((bl * sin(a)) ^ 2 + (bh * cos(a)) ^ 2)
    local C = {0, lift + low * 0.92, 0}
    local function W(x, y, z) return {C[1] + x * cos(a) - y * sin(a), C[2] + x * sin(a) + y * cos(a), C[3] + (z or 0)} end
    local tmin = 0.024 * (sp.wing_len * sp.span * 2)

    -- flame feathers off each wing's trailing edge and tip, in the wing's
    -- own plane (x forward, y out along the span), raised like the wing
    local flames = {}
    local span, c = sp.wing_len * sp.span, sp.wing_w * 1.2
    for _, sz in ipairs({-1, 1}) do
      local root = W(bl * 0.2, bh * 0.35, sz * bw * 0.5)
      local f = {}
      local n = 6
      for i = 0, n - 1 do
        local t = (i + 0.5) / n
        -- along the trailing edge, longer towards the tip
        local ex = -c * (0.62 - 0.45 * t * t)
        local ey = span * (0.12 + 0.86 * t)
        local len = c * (0.55 + 0.5 * t)
        local ang = 100 + 35 * t          -- pointing back, sweeping outwards near the tip
        f[#f + 1] = leaf(len, c * 0.22, math.max(tmin, 3), 1):rotz(ang):move(ex + c * 0.12, ey, 0)
      end
      -- a finger of flame past the tip
      f[#f + 1] = leaf(c * 0.9, c * 0.2, math.max(tmin, 3), 1):rotz(-15):move(-c * 0.05, span * 0.9, 0)
      local wf = union(table.unpack(f)):rotx(sz * 90):rotx(-sz * sp.dihedral)
      flames[#flames + 1] = wf:move(root[1], root[2], root[3])
    end

    -- the flowing tail: long flat plumes sweeping down and back along the
    -- ground, each rising at its end into a flame-shaped tip with tongues
    -- of fire along its upper edge; fanned out behind the bird
    local troot = W(-bl * 0.8, 0, 0)
    local tails, tips = {}, {}
    local th = math.max(tmin, 4)
    local specs = {{0, 1.0, 0}, {-1, 0.9, 14}, {1, 0.9, -14}, {-2, 0.76, 28}, {2, 0.76, -28}}
    for _, s in ipairs(specs) do
      local i, f, fan = s[1], s[2], s[3]
      local L, D = 190 * f, troot[2] + 45
      local top, bot = {}, {}
      local n = 14
      for j = 0, n do
        local t = j / n
        local x = -L * t
        local y = -D * math.sin(math.pi * math.min(t / 0.7, 1) * 0.5) + (t > 0.7 and D * 0.45 * ((t - 0.7) / 0.3) ^ 2 or 0)
        local w = 12 * (1 - 0.35 * t) + 16 * math.exp(-((t - 0.84) / 0.1) ^ 2)
        local tongue = (j % 2 == 1 and t > 0.3) and 7 * t or 0
        top[#top + 1] = {x, y + w * 0.5 + tongue}
        bot[#bot + 1] = {x, y - w * 0.5}
      end
      local o = {}
      for j = 1, #bot do o[#o + 1] = bot[j] end
      o[#o + 1] = {-L * 1.14, -D * 0.35}  -- the pointed flame tip
      for j = #top, 1, -1 do o[#o + 1] = top[j] end
      local plume = extrude(o, th, th * 0.4):roty(fan):move(troot[1], troot[2], troot[3] + i * 3)
      tails[#tails + 1] = plume
      -- the glowing heart of each flame tip
      local ex, ey = -L * 0.85, -D * 0.82
      tips[#tips + 1] = ellipsoid(L * 0.08, 8, th * 0.7):rotz(-20):move(ex, ey, 0):roty(fan):move(troot[1], troot[2], troot[3] + i * 3)
    end
    shape = shape + union(table.unpack(tails)):part("tail") + union(table.unpack(tips)):part("flames")
      + union(table.unpack(flames)):part("flames")
    local b = shape:bounds()
    return shape:move(0, -b.min[2], 0):roty(-20)
  end,
}
