-- A fire truck: a long red engine with a crew cab, silver lockers down the
-- sides, a ladder along the top and a light bar.
local V = use and use("vehicle")

return {
  id = "fire_truck",
  names = {"fire truck", "fire engine", "firetruck", "fire-truck", "fire brigade truck", "ladder truck", "fire appliance",
           "toy fire truck", "fire department truck"},
  lvis = {"fire_engine"},
  family = "vehicles",
  size_mm = 3300,
  description = "A red fire truck with a ladder",
  params = {len = {540, 580}},
  parts = {
    {"body", "paint", color = "#d2181e", role = "primary", names = {"body", "paint", "cab"}},
    {"ladder", "steel", color = "#d8dadf", role = "secondary", names = {"ladder", "ladders", "lockers", "chrome"}},
    {"trim", "plastic", color = "#2a2a2e", role = "detail", names = {"trim", "bumper", "grille"}},
    {"stripe", "paint", color = "#f4f4f0", role = "detail", names = {"stripe", "stripes"}},
    {"windows", "gloss", color = "#5a7890", role = "detail", names = {"windows", "window", "glass", "windshield"}},
    {"wheels", "rubber", color = "#1c1c1e", role = "detail", names = {"wheels", "wheel", "tires", "tyres"}},
    {"hubs", "steel", color = "#c8c8cc", role = "detail", names = {"hubcaps", "hubs", "rims"}},
    {"lights", "gloss", color = "#fff4c8", role = "fixed"},
    {"siren", "gloss", color = "#e02020", role = "fixed"},
  },
  points = {"top"},
  build = function(k)
    local L = k.p.len
    local W = 184
    local hw = W / 2
    local r = 36
    local cy = r + 2
    local xf, xr = L / 2, -L / 2
    local cab_len = 150
    local cab, glass = V.cab(xf, cab_len, cy - 8, 150, W, 20, {pillars = {xf - 74}, rear_pillar = 10})
    local shape = cab:part("body") + glass
    local bx1 = xf - cab_len - 2
    local body = V.block(xr, cy - 8, -hw, bx1 + 6, cy + 118, hw, 5)
    shape = shape + body:part("body")
    -- lockers: silver roller doors along the side
    for i = 0, 2 do
      local x0 = xr + 16 + i * (bx1 - xr - 26) / 3
      local x1 = x0 + (bx1 - xr - 26) / 3 - 10
      shape = shape + V.block(x0, cy + 30, -hw - 1.5, x1, cy + 108, hw + 1.5, 2):part("ladder")
    end
    shape = shape + (V.block(xr - 4, cy + 14, -hw - 2, xf + 4, cy + 24, hw + 2) * V.block(xr - 2, cy - 10, -hw - 2, xf + 2, cy + 200, hw + 2, 5)):part("stripe")
    -- ladder on the roof: two rails with rungs, resting on posts
    local ly = cy + 140
    local lad = {}
    for _, sz in ipairs({-1, 1}) do
      lad[#lad + 1] = V.block(xr - 20, ly, sz * 46 - 4, xf - 40, ly + 8, sz * 46 + 4)
    end
    local n = 16
    for i = 0, n do
      local x = xr - 12 + (xf - 60 - xr) * i / n
      lad[#lad + 1] = capsule({x, ly + 4, -44}, {x, ly + 4, 44}, 2.6)
    end
    lad[#lad + 1] = V.block(xr + 30, cy + 116, -40, xr + 44, ly + 2, 40)
    lad[#lad + 1] = V.block(bx1 - 30, cy + 116, -40, bx1 - 16, ly + 2, 40)
    lad[#lad + 1] = V.block(xf - 70, cy + 140, -40, xf - 40, ly + 2, 40)
    shape = shape + union(lad):part("ladder")
    -- bumper, lights, light bar
    shape = shape + V.block(xf - 6, cy - 8, -hw + 2, xf + 10, cy + 14, hw - 2, 4):part("trim")
    shape = shape + V.block(xf - 2, cy + 30, -hw * 0.5, xf + 3, cy + 62, hw * 0.5, 2):part("ladder")
    shape = shape + V.lights(xf + 2, nil, cy + 34, hw - 18, 11)
    shape = shape + V.block(xf - 90, cy + 140, -hw * 0.7, xf - 60, cy + 156, hw * 0.7, 5):part("siren")
    local axles = {xf - 70, xr + 130, xr + 60}
    shape = shape + V.wheels(axles, r, 30, hw - 12, {})
    k.attach("top", {0, ly + 8, 0}, W * 0.7)
    return shape
  end,
}
