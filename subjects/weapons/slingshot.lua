-- A slingshot (catapult): a forked Y-shaped wooden frame with a wrapped grip
-- and a rubber band stretched between the prongs with a leather pouch.
return {
  id = "slingshot",
  names = {"slingshot", "sling shot", "catapult toy", "y slingshot", "shanghai slingshot", "slingshoot", "hand catapult"},
  lvis = {"slingshot"},
  family = "weapons",
  size_mm = 200,
  description = "A wooden slingshot",
  params = {},
  parts = {
    {"wood", "wood", color = "#a8703e", role = "primary", names = {"wood", "frame", "fork"}},
    {"band", "rubber", color = "#c8281e", role = "secondary", names = {"band", "bands", "rubber", "elastic"}},
    {"pouch", "leather", color = "#5a3420", role = "detail", names = {"pouch", "grip", "wrap"}},
  },
  build = function(k)
    local handle = limb({0, 0, 0}, {0, 100, 0}, 14, 13)
    local left = tube({{0, 96, 0}, {-22, 130, 0}, {-40, 190, 0}}, 12, 10)
    local right = tube({{0, 96, 0}, {22, 130, 0}, {40, 190, 0}}, 12, 10)
    local frame = smooth(8, handle, left, right)
    local band = union(capsule({-40, 182, 0}, {-8, 150, 36}, 3.5), capsule({40, 182, 0}, {8, 150, 36}, 3.5))
    local grip = {}
    for i = 0, 6 do grip[#grip + 1] = torus(14.5, 2.4):rotz(10):move(0, 20 + i * 10, 0) end
    return union(frame:part("wood"), band:part("band"), union(box(26, 16, 8, 3):move(0, 150, 38), union(grip)):part("pouch")):roty(25)
  end,
}
