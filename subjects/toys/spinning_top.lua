-- A spinning top: a striped wooden body tapering to a point, with a handle
-- stem on top.
return {
  id = "spinning_top",
  names = {"spinning top", "toy top", "spin top", "whipping top", "peg top"},
  lvis = {},
  family = "toys",
  size_mm = 80,
  description = "A wooden spinning top",
  params = {tilt = {4, 12}},
  parts = {
    {"body", "wood", color = "#d0342c", role = "primary", names = {"body", "top"}},
    {"stripes", "paint", color = "#f0c830", role = "secondary", names = {"stripes", "stripe", "band", "bands"}},
    {"handle", "wood", color = "#e6cfa2", role = "detail", names = {"handle", "stem", "tip", "point"}},
  },
  build = function(k)
    local R = 38
    local prof = {{1, 0}, {4, 3}, {R * 0.5, R * 0.45}, {R * 0.88, R * 0.85}, {R, R * 1.05}, {R * 0.92, R * 1.25}, {R * 0.55, R * 1.38}, {R * 0.2, R * 1.42}}
    local body = lathe(prof)
    local shape = body:part("body")
    for _, y in ipairs({R * 0.72, R * 1.05}) do
      shape = shape + intersect(body:scale(1.02):move(0, -R * 0.02, 0), cylinder(R * 2, R * 0.1):move(0, y, 0)):part("stripes")
    end
    shape = shape + cylinder(R * 0.12, R * 0.75, R * 0.04):move(0, R * 1.3, 0):part("handle")
    shape = shape + cone(2.5, 0.8, 4):move(0, -1.5, 0):part("handle")
    return shape:rotz(k.p.tilt)
  end,
}
