-- Highland bagpipes: a plump tartan-covered bag; three black drones (one
-- long bass, two tenors) rising from its top and fanning back as over a
-- shoulder, each in sections joined by ivory mounts and topped by a cupped
-- bell, tied together by a cord with hanging tassels; a blowpipe rising at
-- the front and the chanter with its finger holes hanging below.

local function add(a, b) return {a[1] + b[1], a[2] + b[2], a[3] + b[3]} end
local function mul(a, s) return {a[1] * s, a[2] * s, a[3] * s} end
local function norm(a)
  local l = math.sqrt(a[1] ^ 2 + a[2] ^ 2 + a[3] ^ 2)
  return {a[1] / l, a[2] / l, a[3] / l}
end

-- A ring (ferrule or mount) round an axis: a short rounded cylinder of
-- radius r and length h centred at p.
local function ring(p, d, r, h)
  return cylinder(r, h, math.min(3, h * 0.3)):move(0, -h / 2, 0):aim(d, p)
end

return {
  id = "bagpipe",
  names = {"bagpipe", "highland bagpipe", "scottish bagpipe", "great highland bagpipe", "bag pipe", "bagpipe instrument",
           "set of bagpipes", "bagpipes", "scottish pipes", "highland pipes"},
  lvis = {},
  family = "instruments",
  size_mm = 900,
  description = "Scottish highland bagpipes: a red tartan bag, three drones with ivory mounts and tassels, a blowpipe and a chanter",
  params = {fan = {10, 14}, lean = {36, 42}, bass = {800, 860}},
  parts = {
    {"bag", "fabric", color = "#b21e26", role = "primary", names = {"bag", "bag cover", "cover", "tartan", "plaid", "cloth"}},
    {"stripes", "fabric", color = "#173a26", role = "secondary", names = {"stripes", "tartan stripes", "checks", "check", "bands"}},
    {"drones", "wood", color = "#1a1616", role = "detail", names = {"drones", "drone", "pipes", "chanter", "blowpipe", "drone pipes"}},
    {"mounts", "bone", color = "#efe7d2", role = "detail", names = {"mounts", "ferrules", "rings", "ivory", "caps", "bells"}},
    {"cords", "fabric", color = "#1e6a3a", role = "detail", names = {"cords", "cord", "tassels", "tassel", "ribbons", "ribbon"}},
  },
  build = function(k)
    local p = k.p
    -- a low-poly mesh is coarse: cords and tips are made thicker to survive it
    local c = (k.style == "low_poly") and 1.5 or 1
    -- The bag: a plump pillow, deeper at the back where it sits under the
    -- arm, flattened side to side and tipped a little forward.
    local bag = smooth(60, ellipsoid(270, 155, 112):move(20, 0, 0), ellipsoid(165, 165, 122):move(-90, -25, 0))
    bag = bag:noise(3, 90)
    -- tartan: dark bands crossing both ways over the red
    local bands = {}
    for i = -3, 3 do bands[#bands + 1] = box(24, 400, 400):move(i * 115 + 20, 0, 0) end
    for j = -2, 2 do bands[#bands + 1] = box(700, 22, 400):move(0, j * 100, 0) end
    local tartan = intersect(bag:round(0.3), union(bands))
    local tilt = -14
    local bc = {0, 260, 0}
    local function place(s) return s:rotz(tilt):move(bc[1], bc[2], bc[3]) end
    local function P(x, y, z)
      local a = math.rad(tilt)
      return {bc[1] + x * math.cos(a) - y * math.sin(a), bc[2] + x * math.sin(a) + y * math.cos(a), bc[3] + z}
    end

    local wood, ivory, cords = {}, {}, {}
    -- A drone from `base` (sunk in the bag) along d, `len` long, with
    -- mounts at the fractions in `joints`, topped by a cupped bell.
    local function drone(base, d, len, joints, r)
      local stock0 = add(base, mul(d, -30))
      local stock1 = add(base, mul(d, 50))
      wood[#wood + 1] = limb(stock0, stock1, r + 6, r + 5)
      ivory[#ivory + 1] = ring(stock1, d, r + 8, 12)
      local tip = add(base, mul(d, len))
      wood[#wood + 1] = limb(stock1, tip, r, r - 1.5)
      for _, f in ipairs(joints) do
        local q = add(base, mul(d, len * f))
        ivory[#ivory + 1] = ring(q, d, r + 8, 14)
        wood[#wood + 1] = limb(add(q, mul(d, -30)), add(q, mul(d, 24)), r + 3.5, r + 2)
      end
      -- the bell: a flared cup with an ivory cap ring and a dark top
      local bell = lathe({{r - 1, 0}, {r + 2, 24}, {r + 10, 50}, {r + 15, 62}, {r + 15, 66}, {0.5, 66}}):aim(d, add(tip, mul(d, -6)))
      wood[#wood + 1] = bell
      ivory[#ivory + 1] = ring(add(tip, mul(d, 58)), d, r + 17, 14)
      return tip
    end

    -- The three drones, fanning up and back from the top of the bag: the
    -- long bass drone behind, the two tenors nearer.
    local lean = math.rad(p.lean)
    local dirs, tips, bases = {}, {}, {}
    local specs = {{z = -22, len = p.bass, joints = {0.3, 0.62}, r = 13, fan = 0, x = -20},
                   {z = 0, len = p.bass * 0.6, joints = {0.5}, r = 11.5, fan = 1, x = -75},
                   {z = 22, len = p.bass * 0.58, joints = {0.5}, r = 11.5, fan = 2, x = -125}}
    for i, sp in ipairs(specs) do
      local a = lean + math.rad(p.fan * sp.fan)
      local d = norm({-math.sin(a), math.cos(a), 0.04 * (i - 2)})
      local base = P(sp.x, 146 - 9 * sp.fan, sp.z)
      dirs[i], bases[i] = d, base
      tips[i] = drone(base, d, sp.len, sp.joints, sp.r)
    end

    -- The cord: tied round the bass drone and across to both tenors, then
    -- hanging in a loop from the bass drone's mount with two tassels.
    local function on(i, f) return add(bases[i], mul(dirs[i], specs[i].len * f)) end
    local c1, c2, c3 = on(1, 0.46), on(2, 0.74), on(3, 0.74)
    cords[#cords + 1] = tube({c1, add(mul(add(c1, c2), 0.5), {0, -14, 0}), c2}, 9 * c)
    cords[#cords + 1] = tube({c2, add(mul(add(c2, c3), 0.5), {0, -10, 0}), c3}, 9 * c)
    for i = 1, 3 do
      local q = (i == 1) and c1 or ((i == 2) and c2 or c3)
      cords[#cords + 1] = ring(q, dirs[i], specs[i].r + 4, 10)
    end
    -- tassels hanging from the cord between the drones
    local function tassel(top, len)
      local knot = add(top, {0, -len, 0})
      cords[#cords + 1] = limb(top, knot, 9 * c, 9 * c)
      cords[#cords + 1] = sphere(13):move(knot[1], knot[2], knot[3])
      cords[#cords + 1] = lathe({{12, 0}, {17, 16}, {20, 44}, {15, 50}, {0.5, 50}}):rotx(180):move(knot[1], knot[2] - 4, knot[3])
    end
    tassel(add(mul(add(c1, c2), 0.5), {0, -14, 0}), 40)
    tassel(add(mul(add(c2, c3), 0.5), {0, -10, 0}), 70)
    -- a long swag from the bass drone's upper mount down to the lower one,
    -- with a tassel at the bottom of the loop
    local s0, s1 = on(1, 0.56), on(1, 0.36)
    local sm = {(s0[1] + s1[1]) / 2 + 60, math.min(s0[2], s1[2]) - 40, s0[3] - 30}
    cords[#cords + 1] = tube({s0, add(mul(add(s0, sm), 0.5), {30, -30, -10}), sm, add(mul(add(s1, sm), 0.5), {20, -10, -10}), s1}, 9 * c)
    tassel(sm, 30)

    -- The blowpipe: up and forward from the front of the bag's top.
    local bp0 = P(130, 112, 8)
    local bd = norm({0.42, 0.9, 0.1})
    wood[#wood + 1] = limb(add(bp0, mul(bd, -30)), add(bp0, mul(bd, 40)), 17, 16)
    ivory[#ivory + 1] = ring(add(bp0, mul(bd, 40)), bd, 19, 12)
    local bp1 = add(bp0, mul(bd, 250))
    wood[#wood + 1] = limb(add(bp0, mul(bd, 40)), bp1, 12 * c, 10.5 * c)
    ivory[#ivory + 1] = ring(add(bp0, mul(bd, 150)), bd, 15, 10)
    ivory[#ivory + 1] = limb(bp1, add(bp1, mul(bd, 40)), 9 * c, 7 * c)

    -- The chanter: from a stock at the front of the bag hanging down and
    -- forward, a tapered pipe with finger holes and a flared ivory sole.
    local ch0 = P(220, -60, 0)
    local cd = norm({0.36, -0.93, 0})
    local clen = 330
    wood[#wood + 1] = limb(add(ch0, mul(cd, -40)), add(ch0, mul(cd, 40)), 20, 19)
    ivory[#ivory + 1] = ring(add(ch0, mul(cd, 40)), cd, 22, 12)
    local ch1 = add(ch0, mul(cd, clen))
    local chanter = limb(add(ch0, mul(cd, 40)), ch1, 13, 16)
    local holes = {}
    for i = 0, 6 do
      local q = add(ch0, mul(cd, 100 + i * 28))
      holes[#holes + 1] = cylinder(4.2, 30):rotx(90):move(q[1], q[2], q[3] + 26)
    end
    chanter = subtract(chanter, union(holes))
    wood[#wood + 1] = chanter
    ivory[#ivory + 1] = lathe({{16, 0}, {22, 18}, {25, 30}, {24, 36}, {0.5, 36}}):aim(cd, add(ch1, mul(cd, -4)))

    local shape = union(place(bag):part("bag"), place(tartan):part("stripes"),
      union(wood):part("drones"), union(ivory):part("mounts"), union(cords):part("cords"))
    -- stand it on the floor: the chanter's sole is the lowest point
    local low = ch1[2] - 40
    return shape:move(0, -low, 0):roty(40)
  end,
}
