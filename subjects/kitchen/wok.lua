-- A wok: a wide, deep, round-bottomed bowl of dark carbon steel with a
-- rolled rim, sloping sides curving all the way down into a small flat
-- spot it rests on; a steel socket riveted below the rim holds a long
-- wooden handle rising a little from one side, and a small steel loop
-- handle sticks out opposite.
local V = use("vessel")

return {
  id = "wok",
  names = {"wok", "stir fry pan", "stir-fry pan", "chinese wok", "stirfry pan", "wok pan", "carbon steel wok",
           "round bottom wok", "flat bottom wok", "cantonese wok", "wock", "wook"},
  lvis = {"wok"},
  family = "kitchen",
  size_mm = 170,
  description = "A round-bottomed carbon-steel wok with a long wooden handle",
  params = {radius = {170, 180}, depth = {104, 112}, handle = {290, 320}, rise = {15, 19}},
  parts = {
    {"pan", "steel", color = "#2c2b2a", role = "primary", names = {"pan", "wok", "body", "bowl", "steel", "metal", "outside"}},
    {"handle", "wood", color = "#a87a4a", role = "secondary", names = {"handle", "wooden handle", "grip", "long handle"}},
    {"helper", "steel", color = "#3a3938", role = "detail",
     names = {"helper", "loop", "ear", "helper handle", "loop handle", "side handle"}},
    {"inside", "steel", color = "#4a4642", role = "detail", names = {"inside", "interior", "cooking surface", "surface"}},
  },
  points = {"inside", "fill", "top"},
  build = function(k)
    local R, h = k.p.radius, k.p.depth
    -- a spherical bowl through the rim (R, h), starting from a small flat spot
    local Rs = (R * R + h * h) / (2 * h)
    local flat = 34
    local y0 = Rs - math.sqrt(Rs * Rs - flat * flat)
    local H = h - y0
    local prof = V.profile(function(t)
      local y = y0 + t * H
      return math.sqrt(math.max(Rs * Rs - (Rs - y) ^ 2, flat * flat))
    end, H, 24)
    local wall, floor = 8, 10
    -- the bowl is cut between two spheres, so the wall keeps its thickness
    -- down the curve
    local c = Rs - y0
    local outer = intersect(sphere(Rs):move(0, c, 0), box(4 * R, H, 4 * R):move(0, H / 2, 0))
    local inside = sphere(Rs - wall):move(0, c + floor - wall, 0)
    local body = subtract(outer, inside)
    -- the rolled rim
    local rim = torus(R - wall / 2, wall * 0.75):move(0, H - 1, 0)
    local pan = union(body, rim)
    -- the inside: a skin over the cavity, stopping short of the rim
    local skin = intersect(inside:shell(3), box(4 * R, H - 8, 4 * R):move(0, (H - 8) / 2, 0))
    -- the long handle: a steel socket riveted below the rim, rising away
    -- from the +X side, then the wooden grip
    local rise = math.rad(k.p.rise)
    local L = k.p.handle
    local at = {V.radius_at(prof, H - 22) - 4, H - 22, 0}
    local dir = {math.cos(rise), math.sin(rise), 0}
    local function along(d) return {at[1] + dir[1] * d, at[2] + dir[2] * d, at[3]} end
    local plate = box(10, 34, 46, 4):rotz(-24):move(at[1] + 2, at[2] - 2, 0)
    local socket = limb(at, along(110), 13, 12) + plate
    socket = socket + cylinder(13.5, 8, 1):rotz(-90 + k.p.rise):move(along(104)[1], along(104)[2], 0)
    for _, z in ipairs({-14, 14}) do socket = socket + sphere(4.5):move(at[1] + 7, at[2] - 6, z) end
    local grip = limb(along(108), along(L), 15, 17) + sphere(17):move(along(L)[1], along(L)[2], 0)
    -- the helper loop opposite
    local hy = H - 14
    local hx = -V.radius_at(prof, hy) + 2
    local helper = V.loop_handle({hx, hy, 28}, {hx, hy, -28}, {-1, 0.3, 0}, 46, 6)
    helper = helper + box(10, 22, 70, 3):rotz(22):move(hx - 1, hy - 2, 0)
    V.cavity(k, prof, wall, floor, 0.5)
    k.attach("top", {0, floor, 0}, 2 * (flat + 40))
    return union(pan:part("pan"), skin:part("inside"), socket:part("pan"), grip:part("handle"), helper:part("helper"))
  end,
}
