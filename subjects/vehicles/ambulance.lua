-- An ambulance: a tall white van with a red stripe, red crosses on its
-- sides and a light bar on the cab roof.
local V = use and use("vehicle")

-- The road-vehicle parts (declared here: the declaration is read without libraries).
local function road_parts(body_color)
  return {
    {"body", "paint", color = body_color, role = "primary", names = {"body", "paint", "bodywork"}},
    {"trim", "plastic", color = "#2a2a2e", role = "secondary", names = {"trim", "bumper", "bumpers", "grille"}},
    {"windows", "gloss", color = "#5a7890", role = "detail", names = {"windows", "window", "glass", "windshield", "windscreen"}},
    {"wheels", "rubber", color = "#1c1c1e", role = "detail", names = {"wheels", "wheel", "tires", "tyres", "tire", "tyre"}},
    {"hubs", "steel", color = "#c8c8cc", role = "detail", names = {"hubcaps", "hubs", "rims", "hubcap", "rim"}},
    {"lights", "gloss", color = "#fff4c8", role = "fixed"},
    {"taillights", "gloss", color = "#c81e1e", role = "fixed"},
  }
end

local parts = road_parts("#f6f6f4")
parts[#parts + 1] = {"stripe", "paint", color = "#d41e24", role = "secondary", names = {"stripe", "stripes", "cross", "crosses", "livery"}}
parts[#parts + 1] = {"siren_red", "gloss", color = "#e02020", role = "fixed"}
parts[#parts + 1] = {"siren_blue", "gloss", color = "#2050e0", role = "fixed"}

return {
  id = "ambulance",
  names = {"ambulance", "emergency vehicle", "paramedic van", "ambulance van", "rescue vehicle", "emt truck"},
  lvis = {"ambulance"},
  family = "vehicles",
  size_mm = 2600,
  description = "An ambulance with red crosses and a light bar",
  parts = parts,
  points = {"top"},
  build = function(k)
    local shape, d = V.van(k, {L = 460, H = 220, side_windows = false})
    local skin = V.body(d.outline, d.W + 3, 12, 8)
    local hw = d.W / 2
    shape = shape + (V.block(d.xr - 10, d.y0 + 58, -d.W, d.xf + 10, d.y0 + 80, d.W) * skin):part("stripe")
    -- red crosses on both sides and the back
    local cx, cy = d.xr + 130, d.y0 + 130
    for _, sz in ipairs({-1, 1}) do
      local z0, z1 = sz > 0 and hw - 10 or -hw - 2, sz > 0 and hw + 2 or -hw + 10
      shape = shape + (V.block(cx - 34, cy - 11, z0, cx + 34, cy + 11, z1) + V.block(cx - 11, cy - 34, z0, cx + 11, cy + 34, z1)):part("stripe")
    end
    local rx = d.xf - 96
    local ry = d.y0 + d.H
    shape = shape + V.block(rx - 16, ry - 4, -hw * 0.7, rx + 14, ry + 10, hw * 0.7, 4):part("trim")
    shape = shape + V.block(rx - 14, ry + 6, -hw * 0.68, rx + 12, ry + 22, -2, 5):part("siren_red")
    shape = shape + V.block(rx - 14, ry + 6, 2, rx + 12, ry + 22, hw * 0.68, 5):part("siren_blue")
    return shape
  end,
}
