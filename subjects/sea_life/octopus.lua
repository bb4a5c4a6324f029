-- An octopus: a big bulbous mantle above a round head with two eyes, and
-- eight thick tentacles that spread over the ground and curl up at the tips,
-- with pale suckers underneath.
local F = use and use("fish")
local S = use and use("shapes")

return {
  id = "octopus",
  names = {"octopus", "octopuss", "octo", "kraken", "baby octopus", "octopi"},
  lvis = {"octopus_(animal)"},
  family = "sea_life",
  size_mm = 300,
  description = "An octopus",
  params = {curl = {0.8, 1.2}, spread = {0.9, 1.1}},
  parts = {
    {"body", "skin", color = "#d2563a", role = "primary", names = {"body", "skin", "head", "tentacles"}},
    {"light", "skin", color = "#f4c0a8", role = "secondary", names = {"suckers", "underside"}},
    {"iris", "gloss", color = "#f4e8b8", role = "fixed"},
    {"eyes", "gloss", color = "#0e0c0c", role = "fixed"},
  },
  points = {"head", "top", "face"},
  attach_to = {"head"},
  build = function(k)
    local soft = k.soft
    local cartoon = k.style == "cartoon"
    local hr = 40
    local head_c = {0, 62, 0}
    local mantle = smooth(14 * soft, sphere(hr):stretch(1, 0.9, 1):move(0, 58, 0),
                          ellipsoid(hr * 0.95, hr * 1.2, hr * 0.9):rotz(30):move(-22, 98, 0))
    local tentacles, suckers = {}, {}
    for i = 0, 7 do
      local ang = math.rad(22.5 + i * 45)
      local dx, dz = math.cos(ang), math.sin(ang)
      local L = 95 * k.p.spread * k.rand(0.9, 1.1)
      local c = k.p.curl * k.rand(0.8, 1.2)
      local pts = {
        {dx * 18, 34, dz * 18},
        {dx * L * 0.35, 10, dz * L * 0.35},
        {dx * L * 0.7, 7, dz * L * 0.7},
        {dx * L * 0.95, 12 + 10 * c, dz * L * 0.95},
        {dx * L * (1.0 - 0.12 * c), 22 + 22 * c, dz * L * (1.0 - 0.12 * c)},
        {dx * L * (0.85 - 0.1 * c), 26 + 14 * c, dz * L * (0.85 - 0.1 * c)},
      }
      tentacles[#tentacles + 1] = F.swell(pts, {13, 9, 6.5, 4.5, 3, 2.2}, 2, 5)
      for j = 1, 5 do
        local t = 0.15 + j * 0.11
        local r = L * t
        suckers[#suckers + 1] = sphere(2.6 - j * 0.25):move(dx * r, 3.0, dz * r)
      end
    end
    local body = smooth(10 * soft, mantle, union(table.unpack(tentacles)))
    local shape = body:part("body") + union(table.unpack(suckers)):part("light")
    local er = cartoon and 11 or 8
    for _, sz in ipairs({-1, 1}) do
      local p = {hr * 0.8, 64, sz * hr * 0.45}
      shape = shape + sphere(er):move(p[1], p[2], p[3]):part("iris")
      shape = shape + ellipsoid(er * 0.45, er * 0.75, er * 0.45):move(p[1] + er * 0.7, p[2], p[3] + sz * er * 0.1):part("eyes")
    end
    k.attach("head", {-22, 98 + hr * 1.15, 0}, hr * 1.6)
    k.attach("face", {hr * 0.95, 66, 0}, hr * 1.6, {1, 0, 0})
    return shape
  end,
}
