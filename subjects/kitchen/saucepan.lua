-- A saucepan: a deep straight-sided steel pan with a rolled rim, a long
-- riveted handle, and often a glass lid with a knob.
local V = use("vessel")

return {
  id = "saucepan",
  names = {"saucepan", "sauce pan", "milk pan", "sauspan", "saucepot", "sauce pot"},
  lvis = {"saucepan", "pan_(for_cooking)"},
  family = "kitchen",
  size_mm = 120,
  description = "A saucepan with a long handle",
  params = {radius = {80, 95}, height = {90, 110}, lidded = {0, 1}},
  parts = {
    {"pan", "steel", color = "#c8ccd2", role = "primary", names = {"pan", "body"}},
    {"handle", "plastic", color = "#1e1e22", role = "secondary", names = {"handle", "grip", "knob"}},
    {"lid", "glass", color = "#c8dce0", role = "detail", names = {"lid", "cover"}},
  },
  points = {"inside", "fill", "top"},
  build = function(k)
    local R, h = k.p.radius, k.p.height
    local prof = {{R - 3, 0}, {R, 4}, {R, h}}
    local lidded = k.p.lidded > 0.7
    -- A lidded pan is solid: a hollow closed by the lid would be a loose inner skin.
    local body = (lidded and lathe(prof) or V.solid_vessel(prof, 6, h * 0.6)) + torus(R + 1, 3.5):move(0, h - 1, 0)
    local at = {R - 2, h - 18, 0}
    local neck = limb(at, {R + 50, h - 4, 0}, 9, 7)
    local grip = limb({R + 40, h - 6, 0}, {R + 190, h + 20, 0}, 11, 13)
    grip = subtract(grip, cylinder(5, 60):move(R + 172, h - 20, 0))
    local shape = smooth(3, body, neck):part("pan") + grip:part("handle")
    local top = h
    if lidded then
      local lid = lathe({{R + 3, 0}, {R + 2, 5}, {R * 0.6, 16}, {1, 20}}):move(0, h - 1, 0) + torus(R + 2, 3):move(0, h + 1, 0)
      shape = shape + lid:part("lid") + (cylinder(6, 8):move(0, h + 17, 0) + ellipsoid(16, 8, 16):move(0, h + 27, 0)):part("handle")
      top = h + 35
    end
    V.cavity(k, prof, 6, 0, 0.75, {inside_at = 0.42})
    k.attach("top", {0, top, 0}, R)
    return shape
  end,
}
