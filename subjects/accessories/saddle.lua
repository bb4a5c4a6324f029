-- A riding saddle: a dipped leather seat between a raised pommel (front, +X)
-- and cantle, over a saddle blanket, with short skirts at the sides.
return {
  id = "saddle",
  names = {"saddle", "horse saddle", "riding saddle", "western saddle", "english saddle"},
  lvis = {"saddle_(on_an_animal)", "saddle_blanket"},
  family = "accessories",
  size_mm = 250,
  description = "A leather riding saddle",
  parts = {
    {"leather", "leather", color = "#6a3e22", role = "primary", names = {"saddle", "seat", "leather"}},
    {"blanket", "fabric", color = "#b02a2a", role = "secondary", names = {"blanket", "saddlecloth", "pad"}},
    {"metal", "brass", color = "#c8a040", role = "detail", names = {"stirrups", "buckles", "horn"}},
  },
  attach_to = {"back", "seat", "top"},
  build = function(k)
    local L, W = 560, 480
    local blanket = box(L * 1.05, 16, W, 8):move(0, 8, 0)
    local seat = loft({
      {y = 0, rx = L * 0.45, rz = W * 0.4},
      {y = 40, rx = L * 0.42, rz = W * 0.3},
      {y = 60, rx = L * 0.35, rz = W * 0.2},
    }):move(0, 14, 0)
    seat = subtract(seat, ellipsoid(L * 0.3, 40, W * 0.5):move(0, 100, 0))
    local pommel = ellipsoid(40, 60, 60):move(L * 0.36, 80, 0)
    local horn = union(cylinder(14, 50):move(L * 0.4, 110, 0), cylinder(26, 10):move(L * 0.4, 158, 0))
    local cantle = ellipsoid(40, 50, W * 0.26):rotz(-15):move(-L * 0.34, 85, 0)
    local leather = smooth(20, seat, pommel, cantle)
    local shape = blanket:part("blanket") + leather:part("leather") + horn:part("leather")
    for _, s in ipairs({-1, 1}) do
      shape = shape + box(L * 0.45, 12, W * 0.3, 6):move(0, 20, s * W * 0.35):part("leather")
      shape = shape + torus(24, 9):rotx(90):move(0, 40, s * W * 0.49):part("metal")  -- hung from the flap
    end
    return shape
  end,
}
