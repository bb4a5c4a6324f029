-- A snowmobile: a sleek hooded body with a windscreen, handlebars and a long
-- seat, two front skis on struts and a rubber track underneath.
local V = use and use("vehicle")

return {
  id = "snowmobile",
  names = {"snowmobile", "snow mobile", "skidoo", "ski-doo", "snow machine", "sled snowmobile"},
  lvis = {},
  family = "vehicles",
  size_mm = 1200,
  description = "A snowmobile with skis and a track",
  params = {len = {320, 350}},
  parts = {
    {"body", "plastic", color = "#2a62c8", role = "primary", names = {"body", "hood", "paint"}},
    {"seat", "leather", color = "#1e1e22", role = "secondary", names = {"seat"}},
    {"skis", "steel", color = "#2a2a2e", role = "detail", names = {"skis", "ski", "runners"}},
    {"wheels", "rubber", color = "#2a2a2c", role = "detail", names = {"track", "tracks", "treads"}},
    {"hubs", "steel", color = "#6a6a6e", role = "detail", names = {"rollers", "handlebars"}},
    {"windows", "gloss", color = "#5a7890", role = "detail", names = {"windscreen", "windshield"}},
  },
  points = {"seat", "back", "top"},
  build = function(k)
    local L = k.p.len
    local xf, xr = L / 2, -L / 2
    local W = 110
    local track = V.track(xr + 30, -10, 22, 0, 60, 1, {wheels = 4})
    local hood = loft({{y = -60, rx = 40, rz = 55}, {y = 20, rx = 44, rz = 58}, {y = 90, rx = 34, rz = 48}, {y = xf - 10, rx = 14, rz = 26}}):rotz(-90):move(0, 70, 0)
    hood = intersect(hood, V.block(-L, 40, -W, L, 200, W))
    local tunnel = V.block(xr + 10, 40, -34, 0, 70, 34, 8)
    local seat = V.block(xr + 20, 66, -28, -10, 94, 28, 12)
    local screen = V.block(16, 100, -40, 24, 150, 40, 3):rotz(25):move(10, -6, 0)
    local bars = capsule({0, 110, -50}, {0, 110, 50}, 4) + capsule({20, 96, 0}, {0, 110, 0}, 5)
    local skis = {}
    for _, sz in ipairs({-1, 1}) do
      local z = sz * 60
      skis[#skis + 1] = polyline({{xf - 100, 4, z}, {xf - 10, 4, z}, {xf + 14, 20, z}}, 6)
      skis[#skis + 1] = capsule({xf - 60, 6, z}, {xf - 70, 60, sz * 40}, 5)
    end
    local shape = hood:part("body") + tunnel:part("body") + seat:part("seat") + screen:part("windows") + bars:part("hubs")
    shape = shape + union(skis):part("skis") + track
    k.attach("seat", {xr + 80, 94, 0}, 50)
    k.attach("back", {xr + 80, 94, 0}, 50)
    k.attach("top", {xr + 80, 94, 0}, 50)
    return shape
  end,
}
