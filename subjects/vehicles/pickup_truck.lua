-- A pickup truck: a bonnet, a two-door cab and an open cargo bed at the
-- back, on big wheels.
local V = use and use("vehicle")

return {
  id = "pickup_truck",
  names = {"pickup truck", "pickup", "pick-up truck", "pick up truck", "ute", "utility truck", "farm truck"},
  lvis = {"pickup_truck"},
  family = "vehicles",
  size_mm = 1900,
  description = "A pickup truck with an open bed",
  params = {len = {450, 480}},
  parts = {
    {"body", "paint", color = "#3a6a9a", role = "primary", names = {"body", "paint", "bodywork"}},
    {"trim", "plastic", color = "#2a2a2e", role = "secondary", names = {"trim", "bumper", "bumpers", "bed liner"}},
    {"windows", "gloss", color = "#5a7890", role = "detail", names = {"windows", "window", "glass", "windshield", "windscreen"}},
    {"wheels", "rubber", color = "#1c1c1e", role = "detail", names = {"wheels", "wheel", "tires", "tyres"}},
    {"hubs", "steel", color = "#c8c8cc", role = "detail", names = {"hubcaps", "hubs", "rims"}},
    {"lights", "gloss", color = "#fff4c8", role = "fixed"},
    {"taillights", "gloss", color = "#c81e1e", role = "fixed"},
  },
  variants = {
    monster = {names = {"monster truck", "bigfoot truck", "lifted truck", "monster jam truck"}, size_mm = 3200,
               colors = {body = "#e8501e"}},
  },
  points = {"top", "inside"},
  build = function(k)
    local L = k.p.len
    local W = 190
    local hw = W / 2
    local monster = k.variant == "monster"
    local r = monster and 92 or 44
    local y0 = monster and 130 or 34
    local xf, xr = L / 2, -L / 2
    local lower = V.body({{xr, y0}, {xf, y0}, {xf + 6, y0 + 30}, {xf, y0 + 72}, {xf - 20, y0 + 80}, {xr, y0 + 82}, {xr - 4, y0 + 40}}, W, 8, 6)
    local cab_x0, cab_x1 = -L * 0.12, L * 0.2
    local cab_outline = {{cab_x0, y0 + 70}, {cab_x1 + 40, y0 + 70}, {cab_x1, y0 + 140}, {cab_x0, y0 + 140}}
    local cab = V.body(cab_outline, W - 14, 8, 8)
    local body = lower + cab
    -- open bed behind the cab
    local bed = V.block(xr + 8, y0 + 22, -hw + 8, cab_x0 - 6, y0 + 200, hw - 8)
    body = body - bed
    if not monster then body = body - V.arches({xf - 80, xr + 80}, r + 6, hw, 18) end
    local shape = body:part("body")
    shape = shape + V.glaze(cab, y0 + 86, y0 + 132, cab_x0 + 8, cab_x1 + 10, (W - 14) / 2, {corner = 10, pillars = {}})
    shape = shape + V.block(xr + 8, y0 + 22, -hw + 8, cab_x0 - 6, y0 + 26, hw - 8):part("trim")
    shape = shape + V.block(xf - 4, y0 - 4, -hw + 2, xf + 12, y0 + 20, hw - 2, 5):part("trim")
    shape = shape + V.block(xr - 10, y0 - 4, -hw + 2, xr + 4, y0 + 20, hw - 2, 5):part("trim")
    shape = shape + V.block(xf - 2, y0 + 34, -hw * 0.55, xf + 6, y0 + 62, hw * 0.55, 3):part("trim")
    shape = shape + V.lights(xf + 3, xr - 1, y0 + 52, hw - 20, 11)
    if monster then
      -- giant tyres on a lifted frame, axles and springs joining them
      for _, x in ipairs({xf - 90, xr + 90}) do
        for _, sz in ipairs({-1, 1}) do
          shape = shape + V.wheel({x, r, sz * (hw + 30)}, r, 76, sz, {hub = 0.5})
        end
        shape = shape + capsule({x, r, -hw - 10}, {x, r, hw + 10}, 12):part("trim")
        shape = shape + V.block(x - 30, r, -hw * 0.5, x + 30, y0 + 4, hw * 0.5, 4):part("trim")
      end
    else
      shape = shape + V.wheels({xf - 80, xr + 80}, r, 34, hw - 12, {})
    end
    k.attach("inside", {(xr + cab_x0) / 2, y0 + 26, 0}, W - 20)
    k.attach("top", {(cab_x0 + cab_x1) / 2, y0 + 140, 0}, W * 0.7)
    return shape
  end,
}
