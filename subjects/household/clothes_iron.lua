-- A clothes iron: a pointed steel soleplate under a rounded plastic body
-- with a closed handle, a water window and a dial, standing flat.
return {
  id = "clothes_iron",
  names = {"clothes iron", "steam iron", "electric iron", "laundry iron", "pressing iron"},
  lvis = {"iron"},
  family = "household",
  size_mm = 150,
  description = "A steam iron",
  params = {},
  parts = {
    {"body", "plastic", color = "#3a8ad0", role = "primary", names = {"body", "handle", "case"}},
    {"plate", "steel", color = "#c8ccd2", role = "secondary", names = {"plate", "soleplate", "base"}},
    {"trim", "plastic", color = "#f2f2f0", role = "detail", names = {"trim", "dial", "window"}},
  },
  points = {"top"},
  build = function(k)
    -- Outline of the soleplate in XZ: square heel at -X, point at +X.
    local outline = {{-110, -55}, {40, -55}, {90, -30}, {120, 0}, {90, 30}, {40, 55}, {-110, 55}}
    local plate = extrude(outline, 16, 4):rotx(90):move(0, 8, 0)
    local body = intersect(extrude(outline, 80, 20):rotx(90):move(0, 50, 0), ellipsoid(140, 70, 70):move(-10, 16, 0))
      :scale(0.92):move(0, 3, 0) -- sits into the soleplate
    local handle = tube({{-100, 70, 0}, {-90, 130, 0}, {0, 135, 0}, {60, 110, 0}, {70, 70, 0}}, 14)
    local dial = cylinder(18, 10):move(-20, 70, 0)
    local window = box(40, 20, 56, 6):move(50, 50, 0)
    k.attach("top", {-20, 140, 0}, 50)
    return plate:part("plate") + smooth(8, body, handle):part("body") + (dial + window):part("trim")
  end,
}
