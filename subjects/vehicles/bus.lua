-- A bus: a long rounded box with a band of windows down each side, a big
-- windscreen, a door and six wheels; a yellow school bus with a bonnet and
-- a red double-decker as variants.
local V = use and use("vehicle")

return {
  id = "bus",
  names = {"bus", "autobus", "city bus", "coach", "motorcoach", "motorbus", "transit bus", "tour bus", "toy bus", "omnibus",
           "shuttle bus"},
  lvis = {"bus_(vehicle)", "school_bus"},
  family = "vehicles",
  size_mm = 3200,
  description = "A bus with rows of windows",
  params = {len = {540, 600}},
  parts = {
    {"body", "paint", color = "#2a7ac8", role = "primary", names = {"body", "paint", "bodywork"}},
    {"stripe", "paint", color = "#f4f4f0", role = "secondary", names = {"stripe", "stripes", "roof", "trim"}},
    {"windows", "gloss", color = "#3a5268", role = "detail", names = {"windows", "window", "glass", "windshield", "windscreen"}},
    {"wheels", "rubber", color = "#1c1c1e", role = "detail", names = {"wheels", "wheel", "tires", "tyres"}},
    {"hubs", "steel", color = "#c8c8cc", role = "detail", names = {"hubcaps", "hubs", "rims"}},
    {"bumpers", "plastic", color = "#2a2a2e", role = "detail", names = {"bumper", "bumpers", "grille"}},
    {"lights", "gloss", color = "#fff4c8", role = "fixed"},
    {"taillights", "gloss", color = "#c81e1e", role = "fixed"},
  },
  variants = {
    school = {names = {"school bus", "yellow bus", "schoolbus"}, colors = {body = "#f4b414", stripe = "#1e1e20", bumpers = "#1e1e20"}},
    double = {names = {"double decker bus", "double-decker", "double decker", "london bus", "routemaster", "double-decker bus"},
              size_mm = 4400, colors = {body = "#c8161e", stripe = "#f0e8c8"}},
  },
  points = {"top"},
  build = function(k)
    local L = k.p.len
    local v = k.variant
    local W = 170
    local hw = W / 2
    local r = 34
    local y0 = 22
    local H = (v == "double") and 300 or 180
    local xf, xr = L / 2, -L / 2
    local nose = (v == "school") and 70 or 0
    local outline
    if nose > 0 then
      outline = {{xr, y0}, {xf, y0}, {xf, y0 + 70}, {xf - nose + 8, y0 + 86}, {xf - nose, y0 + 96}, {xf - nose - 8, y0 + H},
                 {xr, y0 + H}}
    else
      outline = {{xr, y0}, {xf, y0}, {xf, y0 + H * 0.4}, {xf - 8, y0 + H}, {xr, y0 + H}}
    end
    local body = V.body(outline, W, 12, 6)
    local shape = body:part("body")
    -- window bands
    local xa = xr + 24
    local xb = xf - nose - 18
    local bands = (v == "double") and {{y0 + 92, y0 + 140}, {y0 + 200, y0 + 256}} or {{y0 + (nose > 0 and 102 or 86), y0 + H - 26}}
    local pill = {}
    local nwin = math.floor((xb - xa) / 62)
    for i = 1, nwin - 1 do pill[#pill + 1] = xa + (xb - xa) * i / nwin end
    for _, b in ipairs(bands) do
      shape = shape + V.glaze(body, b[1], b[2], xa, xb, hw, {pillars = pill, pw = 7, corner = 10})
    end
    -- stripes
    if v == "school" then
      for _, y in ipairs({y0 + 60, y0 + 78}) do
        shape = shape + (V.block(xr - 5, y, -hw - 3, xf - nose + 5, y + 5, hw + 3) * V.body(outline, W + 3, 12, 6)):part("stripe")
      end
      -- stop sign arm
      shape = shape + cylinder(14, 3):rotx(90):move(xf - nose - 40, y0 + 100, hw + 2):part("taillights")
    elseif v == "double" then
      shape = shape + (V.block(xr - 5, y0 + 150, -hw - 3, xf + 5, y0 + 178, hw + 3) * V.body(outline, W + 3, 12, 6)):part("stripe")
    else
      shape = shape + (V.block(xr - 5, y0 + 40, -hw - 3, xf + 5, y0 + 62, hw + 3) * V.body(outline, W + 3, 12, 6)):part("stripe")
    end
    -- door on the right (+Z is left; a door on the near side reads better)
    local door_x = xf - nose - 50
    shape = shape + V.block(door_x - 22, y0 + 12, hw - 1, door_x + 22, y0 + (v == "double" and 140 or H - 26), hw + 2):part("windows")
    shape = shape + V.block(door_x - 1.5, y0 + 12, hw, door_x + 1.5, y0 + (v == "double" and 140 or H - 26), hw + 3):part("bumpers")
    -- bumpers and lights
    shape = shape + V.block(xf - 6, y0 - 2, -hw + 4, xf + 8, y0 + 18, hw - 4, 4):part("bumpers")
    shape = shape + V.block(xr - 8, y0 - 2, -hw + 4, xr + 6, y0 + 18, hw - 4, 4):part("bumpers")
    shape = shape + V.lights(xf + 1, xr - 1, y0 + 36, hw - 18, 10)
    local axles = {xf - nose - 80 + (nose > 0 and 60 or 0), xr + 110}
    shape = shape + V.wheels(axles, r, 30, hw - 12, {})
    k.attach("top", {0, y0 + H, 0}, W * 0.8)
    return shape
  end,
}
