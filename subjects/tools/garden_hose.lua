-- A garden hose on a hose reel: a drum between two big side discs (with
-- holes showing the coils), turning on an axle in a tubular A-frame stand
-- with a carrying handle over the top and a crank on one side. The green
-- hose is wound round the drum in tight coils, and its free end comes off
-- the bottom of the reel, lies across the ground in a loose curve and ends
-- in a pistol-grip spray nozzle.
local S = use("shapes")

return {
  id = "garden_hose",
  names = {"garden hose", "hose", "hose reel", "hosepipe", "water hose", "hose pipe", "garden hose reel", "hose reel cart", "hose cart", "hose on a reel", "hose reel with hose", "garden hosepipe", "watering hose", "hose trolley", "hosepipe reel", "rubber hose"},
  lvis = {"garden_hose", "hose"},
  family = "tools",
  size_mm = 620,
  description = "A green garden hose wound on a hose reel",
  params = {turns = {0, 10}, lie = {-15, 15}},
  parts = {
    {"hose", "rubber", color = "#3a9c3e", role = "primary", names = {"hose", "hosepipe", "pipe", "tube", "coils"}},
    {"reel", "plastic", color = "#34383e", role = "secondary", names = {"reel", "drum", "discs", "spool"}},
    {"frame", "steel", color = "#7c848e", role = "detail", names = {"frame", "stand", "handle", "crank", "axle", "cart"}},
    {"nozzle", "plastic", color = "#f2b21c", role = "detail", names = {"nozzle", "spray nozzle", "spray gun", "sprayer"}},
    {"fittings", "brass", color = "#c8a040", role = "detail", names = {"fittings", "coupling", "connector"}},
  },
  points = {"top"},
  build = function(k)
    local cy = 250          -- axle height
    local zd = 118          -- inner face of each disc
    local Rd = 172          -- disc radius
    local Rdrum = 70
    local hr = 15           -- hose radius (chunky, so the coils read)
    local function zrod(r, z0, z1, x, y) return cylinder(r, z1 - z0):rotx(90):move(x or 0, y or cy, z0) end
    -- The reel: drum, two side discs with a rim and a ring of holes, hubs.
    local reel = zrod(Rdrum, -zd, zd)
    for _, s in ipairs({-1, 1}) do
      local z0 = s > 0 and zd or -zd - 10
      local disc = zrod(Rd, z0, z0 + 10)
      for i = 0, 5 do
        local a = math.rad(i * 60 + 30)
        disc = subtract(disc, zrod(26, z0 - 5, z0 + 15, math.cos(a) * 112, cy + math.sin(a) * 112))
      end
      reel = reel + disc + torus(Rd - 4, 8):rotx(90):move(0, cy, z0 + 5) + zrod(34, s > 0 and zd or -zd - 24, s > 0 and zd + 24 or -zd)
    end
    -- The hose: a solid core of inner layers and an outer layer of coils
    -- lying side by side from one disc to the other.
    local Rc = Rdrum + 48
    local hose = zrod(Rc, -zd + 2, zd - 2)
    local Rh = Rc + hr * 0.95
    local n = math.floor((2 * zd - 4) / (2 * hr))
    local z0 = -(n - 1) * hr
    local rings = {}
    for i = 0, n - 1 do rings[#rings + 1] = torus(Rh, hr):rotx(90):move(0, cy, z0 + i * 2 * hr) end
    hose = hose + union(table.unpack(rings))
    local a0 = -math.rad(40 + k.p.turns * 2)
    local last = {math.cos(a0) * Rh, cy + math.sin(a0) * Rh, z0 + (n - 1) * 2 * hr}
    -- The free end: off the bottom front of the reel, across the ground in
    -- a loose curve, into the nozzle.
    local lie = k.p.lie
    local free = {last, {Rh * 0.95 + 20, cy - 150, zd - 20}, {Rh + 80, 26, zd + 10}, {Rh + 190, hr, zd + 80 + lie},
                  {Rh + 330, hr, zd + 90 + lie}, {Rh + 440, hr, zd + 30 + lie * 2}, {Rh + 480, hr, zd - 60 + lie * 2}}
    hose = hose + tube(free, hr)
    -- A pistol-grip spray nozzle lying on its side at the end of the hose.
    local e = free[#free]
    local p = free[#free - 1]
    local d = S.norm({e[1] - p[1], 0, e[3] - p[3]})
    local side = {d[3], 0, -d[1]}
    local function at(f, g, y) return {e[1] + d[1] * f + side[1] * g, y or 18, e[3] + d[3] * f + side[3] * g} end
    local fittings = limb(at(-16, 0, hr), at(30, 0, hr), hr + 5, hr + 5)
    local nozzle = limb(at(26, 0, hr), at(190, 0, hr), 20, 19)
    nozzle = nozzle + limb(at(178, 0, hr), at(215, 0, hr), 27, 27)
    nozzle = nozzle + limb(at(50, 0, hr), at(24, 115, hr), 18, 17)
    nozzle = nozzle + limb(at(74, -2, hr), at(70, 90, hr), 9, 8)
    nozzle = nozzle + limb(at(190, 0, hr), at(50, 120, hr), 8, 8)
    -- The stand: two A-frames outside the discs, feet joined by crossbars,
    -- a handle arching over the top, the axle and a crank on the right.
    local zf = zd + 34
    local frame = empty()
    for _, s in ipairs({-1, 1}) do
      local z = s * zf
      frame = frame + polyline({{-150, 10, z}, {0, cy, z}, {150, 10, z}}, 11)
      frame = frame + polyline({{0, cy, z}, {-60, cy + 180, z}, {-70, cy + 280, z * 0.9}}, 11)
      frame = frame + sphere(22):move(0, cy, z)
    end
    frame = frame + polyline({{-150, 10, -zf}, {-150, 10, zf}}, 11) + polyline({{150, 10, -zf}, {150, 10, zf}}, 11)
    frame = frame + tube({{-70, cy + 280, -zf * 0.9}, {-72, cy + 296, 0}, {-70, cy + 280, zf * 0.9}}, 11)
    local grip = zrod(16, -70, 70, -72, cy + 294)
    frame = frame + zrod(12, -zf - 20, zf + 30)
    frame = frame + polyline({{0, cy, zf + 22}, {70, cy + 60, zf + 22}}, 9) + zrod(12, zf + 18, zf + 62, 70, cy + 60)
    local shape = hose:part("hose") + reel:part("reel") + (frame + grip):part("frame") + nozzle:part("nozzle") + fittings:part("fittings")
    k.attach("top", {-70, cy + 310, 0}, 120)
    return shape:roty(-20)
  end,
}
