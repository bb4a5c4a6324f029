-- A bucket (pail): a tapered metal or plastic pail with a rolled rim, two
-- ear lugs and a wire bail handle arching over the top.
local V = use("vessel")

return {
  id = "bucket",
  names = {"bucket", "pail", "metal bucket", "tin bucket", "water bucket", "beach bucket", "sand bucket",
           "sand pail", "bukket", "buckit", "galvanized bucket"},
  lvis = {"bucket"},
  family = "household",
  size_mm = 280,
  hangs = true,
  description = "A bucket with a wire bail handle",
  params = {top_r = {135, 150}, taper = {0.72, 0.82}, bail_up = {0, 1}},
  parts = {
    {"body", "steel", color = "#a8b0b6", role = "primary", names = {"body", "pail"}},
    {"handle", "steel", color = "#7a7e84", role = "secondary", names = {"handle", "bail", "wire"}},
    {"grip", "wood", color = "#a87a4a", role = "detail", names = {"grip"}},
  },
  variants = {
    wooden = {names = {"wooden bucket", "well bucket", "wood bucket"}, colors = {body = "#9a6a3c", handle = "#3a3a3e"}},
  },
  points = {"inside", "fill", "top"},
  build = function(k)
    local R = k.p.top_r
    local rb = R * k.p.taper
    local h = 250
    local wooden = k.variant == "wooden"
    local prof = {{rb - 3, 0}, {rb, 4}, {R, h}}
    local wall = wooden and 10 or 5
    local body = V.solid_vessel(prof, wall, h * 0.6)
    local shape = body + torus(R + 1, 4):move(0, h - 2, 0)
    if wooden then
      shape = subtract(shape, intersect(radial(box(R + 10, h + 20, 3):move((R + 10) / 2, h / 2, 0), 18), lathe(prof):shell(2)))
      shape = shape + torus(V.radius_at(prof, h * 0.2) + 2, 4):move(0, h * 0.2, 0):part("handle")
        + torus(V.radius_at(prof, h * 0.78) + 2, 4):move(0, h * 0.78, 0):part("handle")
    else
      for _, y in ipairs({h * 0.25, h * 0.6}) do
        shape = shape + torus(V.radius_at(prof, y) + 0.5, 2.2):move(0, y, 0)
      end
    end
    shape = shape:part("body")
    local ly = h - 30
    local lr = V.radius_at(prof, ly)
    local lugs = union(
      cylinder(12, 6):rotz(90):move(lr + 5, ly, 0),
      cylinder(12, 6):rotz(-90):move(-lr - 5, ly, 0))
    local bail
    if k.p.bail_up > 0.4 then
      local pts = {}
      for i = 0, 12 do
        local a = math.pi * i / 12
        pts[#pts + 1] = {(lr + 8) * math.cos(a), ly + R * 0.95 * math.sin(a), 0}
      end
      bail = tube(pts, 3)
      shape = shape + limb({-R * 0.28, ly + R * 0.92, 0}, {R * 0.28, ly + R * 0.92, 0}, 12):part("grip")
      k.attach("top", {0, ly + R, 0}, 40)
    else
      -- Bail resting down to one side.
      local pts = {}
      for i = 0, 12 do
        local a = math.pi * i / 12
        pts[#pts + 1] = {(lr + 8) * math.cos(a), ly - R * 0.5 * math.sin(a), (R * 0.2 + 8) * math.sin(a) + R * 0.95 * math.sin(a)}
      end
      bail = tube(pts, 3)
      k.attach("top", {0, h, 0}, 2 * R * 0.9)
    end
    shape = shape + (lugs + bail):part("handle")
    V.cavity(k, prof, wall, 0, 0.75, {inside_at = 0.42})
    return shape
  end,
}
