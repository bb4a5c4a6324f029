-- A frying pan (skillet): a wide shallow pan with flared sides and a long
-- handle rising a little from the rim; a cast-iron skillet has a short
-- handle with a hole and a helper lug.
local V = use("vessel")

return {
  id = "frying_pan",
  names = {"frying pan", "frypan", "fry pan", "skillet", "pan", "nonstick pan", "saute pan",
           "omelette pan", "fying pan"},
  lvis = {"frying_pan", "pan_(for_cooking)"},
  family = "kitchen",
  size_mm = 70,
  description = "A frying pan with a long handle",
  params = {radius = {120, 140}, handle = {190, 230}},
  parts = {
    {"pan", "steel", color = "#2a2a2e", role = "primary", names = {"pan", "body", "coating"}},
    {"handle", "plastic", color = "#1a1a1c", role = "secondary", names = {"handle", "grip"}},
    {"inside", "steel", color = "#3a3a3e", role = "detail", names = {"inside", "surface", "cooking surface"}},
  },
  variants = {
    cast_iron = {names = {"cast iron skillet", "cast iron pan", "cast-iron skillet", "iron skillet"},
                 colors = {pan = "#2a2826", handle = "#2a2826", inside = "#2a2826"}},
    copper = {names = {"copper pan", "copper frying pan"}, colors = {pan = "#c07850", handle = "#b8b8b8", inside = "#c8ccd0"}},
  },
  points = {"inside", "fill", "top"},
  build = function(k)
    local R = k.p.radius
    local iron = k.variant == "cast_iron"
    local h = iron and 55 or 50
    local rb = R * 0.78
    local prof = V.profile(function(t) return rb + (R - rb) * t ^ 0.7 end, h, 10)
    local wall = iron and 8 or 7
    local body = V.solid_vessel(prof, wall, h - 14)
    local shape = body:part("pan") + cylinder(V.radius_at(prof, 14) - wall + 0.5, 1.5):move(0, 13, 0):part("inside")
    local at = {R - 6, h - 8, 0}
    local handle
    if iron then
      local ht = {R + 140, h + 10, 0}
      handle = subtract(limb(at, ht, 15, 12), cylinder(6, 80):move(R + 118, h - 40, 0))
      handle = handle + intersect(cylinder(34, 10):move(-R, h - 14, 0), box(40, 20, 80):move(-R - 20, h - 10, 0))
      shape = smooth(6, shape, handle:part("pan"))
    else
      local len = k.p.handle
      local neck = limb(at, {R + 40, h + 8, 0}, 9, 8)
      local grip = limb({R + 30, h + 6, 0}, {R + len, h + 30, 0}, 11, 13)
      shape = smooth(4, shape, neck:part("pan")) + grip:part("handle")
    end
    V.cavity(k, prof, wall, 14, 0.5)
    k.attach("top", {0, 14, 0}, 2 * (rb - wall))
    return shape
  end,
}
