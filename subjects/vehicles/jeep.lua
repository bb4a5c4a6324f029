-- A jeep: a boxy open-top 4x4 with a flat bonnet, a slotted grille between
-- round headlights, flat wings over chunky tyres, a roll bar, a folding
-- windscreen and a spare wheel on the back.
local V = use and use("vehicle")

return {
  id = "jeep",
  names = {"jeep", "off roader", "off-roader", "offroader", "army jeep", "military jeep", "safari jeep",
           "land rover", "willys jeep", "all terrain jeep"},
  lvis = {},
  family = "vehicles",
  size_mm = 1800,
  description = "An open-top jeep",
  params = {len = {380, 410}},
  parts = {
    {"body", "paint", color = "#4a6a3a", role = "primary", names = {"body", "paint", "bodywork"}},
    {"trim", "plastic", color = "#1e1e22", role = "secondary", names = {"trim", "bumpers", "roll bar", "grille", "fenders"}},
    {"windows", "gloss", color = "#8ab0c8", role = "detail", names = {"windscreen", "windshield", "glass"}},
    {"seats", "leather", color = "#3a2a22", role = "detail", names = {"seats", "seat"}},
    {"wheels", "rubber", color = "#1c1c1e", role = "detail", names = {"wheels", "wheel", "tires", "tyres"}},
    {"hubs", "steel", color = "#8a8e94", role = "detail", names = {"hubs", "rims"}},
    {"lights", "gloss", color = "#fff4c8", role = "fixed"},
  },
  points = {"top", "seat"},
  build = function(k)
    local L = k.p.len
    local W = 180
    local hw = W / 2
    local r = 46
    local y0 = 40
    local xf, xr = L / 2, -L / 2
    local tub = V.block(xr, y0, -hw + 16, xf, y0 + 80, hw - 16, 6)
    tub = tub - V.block(xr + 10, y0 + 20, -hw + 24, xf - 150, y0 + 200, hw - 24)
    local hood = V.block(xf - 150, y0, -hw + 16, xf, y0 + 96, hw - 16, 6)
    local fenders = {}
    for _, x in ipairs({xf - 70, xr + 70}) do
      for _, sz in ipairs({-1, 1}) do
        fenders[#fenders + 1] = V.block(x - 66, y0 + 58, sz * hw - 16, x + 66, y0 + 66, sz * hw + 16, 3)
      end
    end
    local grille = V.block(xf - 2, y0 + 20, -hw * 0.45, xf + 3, y0 + 88, hw * 0.45, 2)
    for i = -3, 3 do grille = grille - V.block(xf, y0 + 30, i * 12 - 3, xf + 10, y0 + 80, i * 12 + 3) end
    local bumper = V.block(xf - 6, y0 - 6, -hw, xf + 18, y0 + 12, hw, 3) + V.block(xr - 14, y0 - 6, -hw, xr, y0 + 12, hw, 3)
    local screen = V.block(-3, -4, -hw + 18, 3, 74, hw - 18, 3):rotz(12):move(xf - 153, y0 + 96, 0)
    local glass = V.block(-3.5, 8, -hw + 26, 3.5, 68, hw - 26):rotz(12):move(xf - 153, y0 + 96, 0)
    local rollbar = polyline({{xr + 90, y0 + 70, -hw + 22}, {xr + 90, y0 + 170, -hw + 22}, {xr + 90, y0 + 170, hw - 22}, {xr + 90, y0 + 70, hw - 22}}, 6)
    local seats = V.block(xr + 100, y0 + 20, -hw + 26, xr + 150, y0 + 44, -8, 6) + V.block(xr + 100, y0 + 20, 8, xr + 150, y0 + 44, hw - 26, 6)
      + V.block(xr + 94, y0 + 40, -hw + 26, xr + 108, y0 + 100, -8, 6) + V.block(xr + 94, y0 + 40, 8, xr + 108, y0 + 100, hw - 26, 6)
    local shape = (tub + hood):part("body") + (union(fenders) + grille + bumper + rollbar):part("trim") + screen:part("trim") + glass:part("windows")
    shape = shape + seats:part("seats")
    shape = shape + V.lights(xf + 2, nil, y0 + 62, hw * 0.62, 12)
    shape = shape + V.wheels({xf - 70, xr + 70}, r, 36, hw - 14, {hub = 0.45})
    -- spare wheel on the tailgate
    shape = shape + V.wheel({0, 0, 0}, 40, 28, 1, {hub = 0.45}):roty(-90):move(xr - 11, y0 + 66, 0)
    k.attach("seat", {xr + 125, y0 + 44, 0}, 70)
    k.attach("top", {xr + 90, y0 + 176, 0}, W * 0.7)
    return shape
  end,
}
