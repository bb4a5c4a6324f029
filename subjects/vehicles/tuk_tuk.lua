-- A tuk-tuk (auto rickshaw): a three-wheeler with one wheel in front under a
-- rounded nose, a canvas roof over the driver and a rear bench, open sides.
local V = use and use("vehicle")

return {
  id = "tuk_tuk",
  names = {"tuk tuk", "tuk-tuk", "tuktuk", "auto rickshaw", "autorickshaw", "rickshaw", "three wheeler", "bajaj"},
  lvis = {},
  family = "vehicles",
  size_mm = 1700,
  description = "A tuk-tuk three-wheeler",
  params = {len = {300, 330}},
  parts = {
    {"body", "paint", color = "#2a8a3a", role = "primary", names = {"body", "paint"}},
    {"roof", "fabric", color = "#f2c418", role = "secondary", names = {"roof", "canopy", "top"}},
    {"seat", "leather", color = "#2a2220", role = "detail", names = {"seat", "seats", "bench"}},
    {"wheels", "rubber", color = "#1c1c1e", role = "detail", names = {"wheels", "wheel", "tires", "tyres"}},
    {"hubs", "steel", color = "#c8c8cc", role = "detail", names = {"hubs", "frame", "handlebars"}},
    {"windows", "gloss", color = "#8ab0c8", role = "detail", names = {"windscreen", "windshield", "glass"}},
    {"lights", "gloss", color = "#fff4c8", role = "fixed"},
  },
  points = {"seat", "top"},
  build = function(k)
    local L = k.p.len
    local W = 150
    local hw = W / 2
    local r = 26
    local xf, xr = L / 2, -L / 2
    local floor = V.block(xr + 10, 30, -hw + 6, xf - 50, 48, hw - 6, 6)
    local nose = V.side({{xf - 110, 40}, {xf - 30, 40}, {xf + 4, 70}, {xf - 20, 130}, {xf - 60, 140}, {xf - 110, 130}}, 76, 16)
    local rear = V.side({{xr, 40}, {xr + 110, 40}, {xr + 110, 90}, {xr, 100}}, W - 6, 12)
    local bench = V.block(xr + 14, 90, -hw + 14, xr + 80, 110, hw - 14, 6) + V.block(xr + 6, 100, -hw + 14, xr + 24, 160, hw - 14, 6)
    local driver = V.block(-10, 60, -30, 34, 90, 30, 6)
    local posts = {}
    local ry = 230
    for _, x in ipairs({xf - 60, xr + 8}) do
      for _, sz in ipairs({-1, 1}) do posts[#posts + 1] = capsule({x, 60, sz * (hw - 10)}, {x - (x > 0 and 14 or 0), ry, sz * (hw - 10)}, 4) end
    end
    local roof = V.block(xr - 6, ry - 4, -hw - 6, xf - 58, ry + 18, hw + 6, 9)
    local screen = V.block(xf - 70, 140, -hw + 14, xf - 64, ry - 4, hw - 14, 2)
    local bars = capsule({xf - 50, 150, -40}, {xf - 50, 150, 40}, 4)
    local shape = (floor + nose + rear):part("body") + (bench + driver):part("seat") + (union(posts) + bars):part("hubs")
    shape = shape + roof:part("roof") + screen:part("windows") + V.lights(xf + 2, nil, 110, 0.1, 12)
    shape = shape + V.wheel({xf - 40, r, 0}, r, 22, 1, {hub = 0.55})
    shape = shape + V.wheel({xr + 60, r, hw - 10}, r, 22, 1, {hub = 0.55}) + V.wheel({xr + 60, r, -hw + 10}, r, 22, -1, {hub = 0.55})
    shape = shape + capsule({xr + 60, r, -hw + 10}, {xr + 60, r, hw - 10}, 6):part("hubs")
    k.attach("seat", {xr + 47, 110, 0}, 60)
    k.attach("top", {-20, ry + 18, 0}, W * 0.7)
    return shape
  end,
}
