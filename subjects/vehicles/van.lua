-- A van: a tall one-box body with a short nose, sliding-door side windows
-- and four wheels; a two-tone camper van and a panel van as variants.
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

local parts = road_parts("#e8e8e4")
parts[#parts + 1] = {"cone", "food", color = "#d8a860", role = "detail", names = {"cone", "ice cream cone", "waffle cone"}}
parts[#parts + 1] = {"accent", "paint", color = "#e8e0cc", role = "secondary", names = {"roof", "top", "two tone", "upper"}}

return {
  id = "van",
  names = {"van", "minivan", "minibus", "people carrier", "mpv", "delivery van", "transit van", "toy van", "cargo van"},
  lvis = {"minivan", "camper_(vehicle)"},
  family = "vehicles",
  size_mm = 1900,
  description = "A van",
  parts = parts,
  variants = {
    camper = {names = {"camper van", "campervan", "camper", "vw bus", "hippie van", "kombi", "camping bus", "microbus"},
                       colors = {body = "#4aa0a8", accent = "#f2eee0"}},
    icecream = {names = {"ice cream van", "ice cream truck", "ice-cream van", "ice cream car", "mr whippy van"},
                colors = {body = "#f6f4ee", accent = "#f0a0c0"}},
    panel = {names = {"panel van", "work van", "utility van", "plain van", "box van"}},
  },
  points = {"top"},
  build = function(k)
    local camper = k.variant == "camper"
    local shape, d = V.van(k, {camper = camper, side_windows = k.variant ~= "panel", L = camper and 400 or 430})
    if camper then
      -- upper half in the second colour, a big V on the nose
      local upper = V.block(d.xr - 20, d.y0 + d.H * 0.5, -d.W, d.xf + 20, d.y0 + d.H + 20, d.W) * V.body(d.outline, d.W, 24, 8):round(1.5)
      shape = shape + (upper - V.glaze(V.body(d.outline, d.W, 24, 8), d.y0 + d.H * 0.56, d.y0 + d.H - 14, d.xr + 24, d.xf - 30, d.W / 2,
                                           {pillars = {d.xf - 100, d.xf - 190}, corner = 10})):part("accent")
      shape = shape + sphere(16):stretch(0.3, 1, 1):move(d.xf + 3, d.y0 + d.H * 0.42, 0):part("hubs")
    end
    if k.variant == "icecream" then
      -- pastel stripe, a serving hatch and a giant cone on the roof
      local skin = V.body(d.outline, d.W, 12, 8):round(1.5)
      shape = shape + (V.block(d.xr - 10, d.y0 + 30, -d.W, d.xf + 10, d.y0 + 70, d.W) * skin):part("accent")
      shape = shape + V.block(d.xr + 60, d.y0 + 96, d.W / 2 - 4, d.xr + 200, d.y0 + 160, d.W / 2 + 2):part("windows")
      local cx = d.xr + 120
      local ry = d.y0 + d.H
      local cone_ = cone(8, 34, 80):move(cx, ry - 4, 0)
      local scoop = sphere(36):move(cx, ry + 94, 0) + sphere(12):move(cx, ry + 132, 0)
      shape = shape + cone_:part("cone") + scoop:part("accent")
    end
    return shape
  end,
}
