-- A cactus: a ribbed green column with two upturned arms (saguaro); a barrel
-- cactus is a ribbed ball with a flower; a prickly pear a stack of paddles.
local P -- the plant library, loaded when building

local function column(h, r)
  local prof = {}
  for i = 0, 12 do
    local t = i / 12
    local y = t * h
    local rr = r
    if y > h - r then rr = math.sqrt(math.max(0, r * r - (y - (h - r)) ^ 2)) end
    prof[#prof + 1] = {math.max(rr, 0.6), y}
  end
  return prof
end

local function spines(shape_pts, k)
  local s = {}
  for _, p in ipairs(shape_pts) do s[#s + 1] = sphere(1.6):move(p) end
  return union(s)
end

local function build_plant(k, variant)
  if variant == "barrel" then
    local r = 55
    local prof = {}
    for i = 0, 14 do
      local t = i / 14
      local a = -0.35 * math.pi + t * 0.85 * math.pi
      prof[#prof + 1] = {math.max(r * math.cos(a), 0.6), r * 0.7 + r * 0.85 * math.sin(a)}
    end
    local body = P.ribbed(prof, 16, 0.18):part("body")
    local sp = {}
    for i = 0, 15 do
      for j = 1, 4 do
        local a = 360 * i / 16
        local e = -50 + 30 * j
        local d = P.dir(a, e)
        sp[#sp + 1] = {d[1] * r * 1.0, r * 0.7 + d[2] * r * 0.86, d[3] * r * 1.0}
      end
    end
    local fl = P.petal_ring(10, 16, 8, 1.5, 45, 0, 0.6):move(0, r * 1.5, 0)
    return union(body, spines(sp, k):part("spines"), fl:part("flower"))
  end
  if variant == "prickly_pear" then
    local pads = {}
    local spots = {}
    local function pad(at, az, tilt, s)
      local p = ellipsoid(34 * s, 44 * s, 8 * s):move(0, 40 * s, 0):rotz(tilt):roty(az):move(at)
      pads[#pads + 1] = p
      for _, q in ipairs({{-14, 30}, {12, 26}, {0, 48}, {-12, 60}, {14, 58}, {0, 18}}) do
        for _, sz in ipairs({-1, 1}) do
          local v = {q[1] * s, q[2] * s, sz * 7.6 * s * math.sqrt(math.max(0.1, 1 - (q[1] / 34) ^ 2 - ((q[2] - 40) / 44) ^ 2))}
          local c = sphere(1.8):move(v):rotz(tilt):roty(az):move(at)
          spots[#spots + 1] = c
        end
      end
      local a, e = math.rad(az), math.rad(tilt)
      return P.add(at, {-math.sin(e) * 80 * s * math.cos(a), math.cos(e) * 80 * s, math.sin(e) * 80 * s * math.sin(a)})
    end
    local t1 = pad({0, 0, 0}, 0, 0, 1.1)
    local t2 = pad(P.add(t1, {-8, -12, 0}), 10, 35, 0.8)
    pad(P.add(t1, {8, -12, 0}), -10, -32, 0.85)
    pad(P.add(t2, {-4, -8, 0}), 60, 10, 0.6)
    return union(smooth(3, table.unpack(pads)):part("body"), union(spots):part("spines"))
  end
  local h, r = k.p.height, k.p.radius
  local body = P.ribbed(column(h, r), 10, 0.16)
  local arms = {}
  local sp = {}
  for i, side in ipairs({1, -1}) do
    local y = h * (i == 1 and k.p.arm1 or k.p.arm2)
    local ar = r * 0.62
    local reach = r + ar * 1.6
    local up = h * (i == 1 and 0.4 or 0.3)
    local az = side > 0 and k.rand(-25, 25) or 180 + k.rand(-25, 25)
    local d = P.dir(az, 0)
    local elbow = P.add({0, y, 0}, P.mul(d, reach))
    arms[#arms + 1] = tube({{0, y - ar * 0.3, 0}, P.add(P.mul(d, reach * 0.6), {0, y, 0}), P.add(elbow, {0, ar * 0.8, 0})}, ar, ar)
    arms[#arms + 1] = P.ribbed(column(up, ar), 8, 0.16):move(elbow[1], y + ar * 0.5, elbow[3])
  end
  body = smooth(6 * k.soft, body, union(arms))
  for i = 0, 9 do
    for j = 0, 7 do
      local a = 360 * (i + 0.5) / 10
      local d = P.dir(a, 0)
      sp[#sp + 1] = {d[1] * r * 1.01, h * (0.08 + 0.1 * j) + (i % 2) * 6, d[3] * r * 1.01}
    end
  end
  local shape = union(body:part("body"), spines(sp, k):part("spines"))
  do
    shape = shape + P.petal_ring(8, 18, 10, 3, 40, 0, 0.4):move(0, h - 3, 0):part("flower")
  end
  return shape
end

return {
  id = "cactus",
  names = {"cactus", "saguaro", "saguaro cactus", "cacti", "cactus plant", "catcus", "cactis", "kaktus"},
  lvis = {},
  family = "plants",
  size_mm = 220,
  description = "A cactus",
  params = {height = {200, 240}, radius = {28, 34}, arm1 = {0.3, 0.42}, arm2 = {0.45, 0.58}},
  parts = {
    {"body", "plant", color = "#3e8a3c", role = "primary", names = {"body", "cactus", "stem", "arms", "pads", "paddles"}},
    {"spines", "plastic", color = "#f2ecd8", role = "detail", names = {"spines", "needles", "prickles", "thorns"}},
    {"flower", "plant", color = "#f0508a", role = "secondary", names = {"flower", "flowers", "blossom", "bloom"}},
    {"pot", "terracotta", color = "#c0663c", role = "detail", names = {"pot", "planter", "flowerpot"}},
    {"soil", "clay", color = "#3e2e22", role = "detail", names = {"soil", "dirt"}},
  },
  variants = {
    potted = {names = {"potted cactus", "cactus in a pot", "cactus pot", "house cactus"}},
    barrel = {names = {"barrel cactus", "round cactus", "ball cactus", "golden barrel"}, size_mm = 120},
    prickly_pear = {names = {"prickly pear", "prickly pear cactus", "opuntia", "paddle cactus", "bunny ear cactus"}, size_mm = 200},
  },
  points = {"top"},
  build = function(k)
    P = use("plant")
    if k.variant == "potted" then
      local pot, soil, top = P.pot(62, 110)
      return union(pot:part("pot"), soil:part("soil"), build_plant(k, ""):scale(0.8):move(0, top - 2, 0))
    end
    return build_plant(k, k.variant)
  end,
}
