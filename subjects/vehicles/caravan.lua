-- A caravan (travel trailer): a rounded white box on two wheels with a
-- door, windows, a coloured stripe and a tow hitch at the front.
local V = use and use("vehicle")

return {
  id = "caravan",
  names = {"caravan", "travel trailer", "camper trailer", "trailer", "camping trailer", "touring caravan"},
  lvis = {},
  family = "vehicles",
  size_mm = 2600,
  description = "A caravan trailer on two wheels",
  params = {len = {380, 420}},
  parts = {
    {"body", "paint", color = "#f4f2ec", role = "primary", names = {"body", "shell", "walls"}},
    {"stripe", "paint", color = "#2a7a9a", role = "secondary", names = {"stripe", "stripes", "trim"}},
    {"windows", "gloss", color = "#3a5068", role = "detail", names = {"windows", "window", "glass"}},
    {"wheels", "rubber", color = "#1c1c1e", role = "detail", names = {"wheels", "wheel", "tires", "tyres"}},
    {"hubs", "steel", color = "#c8c8cc", role = "detail", names = {"hubs", "hitch", "drawbar"}},
    {"door", "paint", color = "#e8e4da", role = "detail", names = {"door"}},
  },
  variants = {
    airstream = {names = {"airstream trailer", "silver trailer", "silver caravan"}, colors = {body = "#c8ccd2", stripe = "#9aa0a8"}},
  },
  points = {"top", "inside"},
  build = function(k)
    local L = k.p.len
    local W = 180
    local hw = W / 2
    local y0, H = 40, 190
    local xf, xr = L / 2, -L / 2
    local outline = {{xr, y0}, {xf, y0}, {xf + 10, y0 + H * 0.5}, {xf - 16, y0 + H}, {xr + 6, y0 + H}, {xr, y0 + H * 0.6}}
    local body = V.body(outline, W, 26, 10)
    if k.variant == "airstream" then
      -- the polished aluminium bullet: a rounded loaf, round at both ends
      local secs = {}
      for i = 0, 10 do
        local t = i / 10
        local e = math.sqrt(math.max(0, 1 - (2 * t - 1) ^ 2)) ^ 0.45
        secs[#secs + 1] = {y = xr - 10 + t * (L + 20), rx = (H / 2) * math.max(e, 0.3), rz = hw * math.max(e, 0.45), x = -(y0 + H / 2 - 6)}
      end
      body = intersect(loft(secs):rotz(-90), V.block(-L, y0 - 2, -W, L, y0 + H + 20, W))
    end
    local shape = body:part("body")
    local skin = body:round(1.5)
    shape = shape + (V.block(xr - 20, y0 + 50, -W, xf + 20, y0 + 64, W) * skin):part("stripe")
    shape = shape + (V.block(xr - 20, y0 + 4, -W, xf + 20, y0 + 14, W) * skin):part("stripe")
    for _, x in ipairs({xr + 70, xf - 80}) do
      shape = shape + (V.block(x - 34, y0 + 96, -W, x + 34, y0 + 146, W) * skin):part("windows")
    end
    shape = shape + (V.block(xf - 10, y0 + 100, -hw * 0.6, xf + 40, y0 + 140, hw * 0.6) * skin):part("windows")
    shape = shape + (V.block(-30, y0 + 6, hw - 10, 20, y0 + 160, hw + 4) * skin):part("door")
    shape = shape + (V.block(-22, y0 + 110, hw - 10, 12, y0 + 146, hw + 4) * body:round(2.4)):part("windows")
    -- drawbar, hitch and jockey wheel
    local bx, by, bz = xf - 20, y0 + 6, hw * 0.5
    if k.variant == "airstream" then bx, by, bz = xf - 60, y0 + 20, hw * 0.3 end
    local bar = capsule({bx, by, -bz}, {xf + 90, y0 - 4, 0}, 5) + capsule({bx, by, bz}, {xf + 90, y0 - 4, 0}, 5)
      + sphere(9):move(xf + 96, y0 - 4, 0)
    local jockey = capsule({xf + 60, y0, 0}, {xf + 60, 12, 0}, 5) + cylinder(10, 8, 2):move(0, -4, 0):rotx(90):move(xf + 60, 10, 0)
    shape = shape + (bar + jockey):part("hubs")
    shape = shape + V.wheels({-10}, 36, 28, hw - 8, {})
    k.attach("top", {0, y0 + H, 0}, W * 0.7)
    return shape
  end,
}
