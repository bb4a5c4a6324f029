-- A flowerpot: a tapered terracotta pot with a thick rolled rim, filled
-- with soil (the "inside" point is on the soil, so "a tulip in a pot"
-- stands in it), sometimes on a saucer.
local V = use("vessel")

return {
  id = "flowerpot",
  names = {"flowerpot", "flower pot", "pot", "plant pot", "planter", "terracotta pot", "clay pot", "garden pot",
           "flowerpott", "flower planter", "houseplant pot"},
  lvis = {"flowerpot"},
  family = "household",
  size_mm = 140,
  description = "A terracotta flowerpot with soil",
  params = {top_r = {68, 78}, taper = {0.68, 0.78}, saucer = {0, 1}},
  parts = {
    {"pot", "terracotta", color = "#c06a40", role = "primary", names = {"pot", "body"}},
    {"soil", "clay", color = "#3e2a1c", role = "fixed", names = {"soil", "dirt", "earth"}},
    {"saucer", "terracotta", color = "#b86238", role = "secondary", names = {"saucer", "rim", "tray"}},
  },
  variants = {
    square = {names = {"square planter", "planter box", "window box", "rectangular planter"}, size_mm = 160,
              colors = {pot = "#d8d4cc", saucer = "#d8d4cc"}},
  },
  points = {"inside", "top"},
  build = function(k)
    local R = k.p.top_r
    local h = 130
    if k.variant == "square" or k.outline == "square" then
      local w, d = 360, 160
      local body = box(d, h, w, 8):move(0, h / 2, 0)
      local shell = subtract(body, box(d - 16, h, w - 16, 4):move(0, h / 2 + 10, 0))
      local rim = subtract(box(d + 12, 16, w + 12, 5), box(d - 16, 20, w - 16)):move(0, h - 8, 0)
      -- Soil fills the pot (a layer over a hollow would leave a sealed void).
      local soil = box(d - 14, 10, w - 14, 3):move(0, h - 18, 0):noise(1.5, 20)
        + box(d - 14, h - 24, w - 14):move(0, 6 + (h - 24) / 2, 0)
      local feet = box(d - 30, 10, w - 30, 3):move(0, -4, 0)
      k.attach("inside", {0, h - 14, 0}, d - 16)
      k.attach("top", {0, h - 14, 0}, d - 16)
      return (shell + feet):part("pot") + rim:part("saucer") + soil:part("soil")
    end
    local rb = R * k.p.taper
    local lip_h = 22
    local prof = {{rb, 0}, {R - 4, h - lip_h}}
    local body = vessel({{rb - 3, 0}, {rb, 3}, {R - 4, h - lip_h}, {R - 4, h - 2}}, 7, 10)
    local rim = subtract(cylinder(R + 3, lip_h, 4):move(0, h - lip_h, 0), cylinder(R - 11, lip_h + 4):move(0, h - lip_h, 0))
    local shape = (body + rim):part("pot")
    local soil_y = h - 16
    local soil_r = V.radius_at(prof, soil_y) - 8
    -- Soil fills the pot (a layer over a hollow would leave a sealed void).
    local soil = (cylinder(soil_r + 2, 12):move(0, soil_y - 12, 0):noise(1.2, 14)
      + lathe({{math.max(rb - 9, 1), 6}, {soil_r + 1, soil_y - 6}})):part("soil")
    shape = shape + soil
    if k.p.saucer > 0.5 then
      local saucer = revolve({{0, -10}, {rb + 14, -10}, {rb + 22, 6}, {rb + 18, 6}, {rb + 12, 3}, {0, 3}}) -- the pot stands in it
      shape = shape + saucer:part("saucer")
    end
    k.attach("inside", {0, soil_y, 0}, 2 * soil_r)
    k.attach("top", {0, soil_y, 0}, 2 * soil_r)
    return shape
  end,
}
