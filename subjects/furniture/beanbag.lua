-- A bean bag chair: a big soft sack slumped into a seat, high at the back,
-- with a dip where one sits, a seam round it and a carry handle on top.
return {
  id = "beanbag",
  names = {"bean bag", "beanbag", "bean bag chair", "beanbag chair", "bean bag seat", "bean bag sofa", "beanbag seat",
           "sack chair", "bean bag cushion"},
  lvis = {},
  family = "furniture",
  size_mm = 800,
  description = "A bean bag chair",
  params = {lean = {-6, 6}},
  parts = {
    {"fabric", "fabric", color = "#c8402a", role = "primary", names = {"fabric", "cover", "bag", "body"}},
    {"seam", "fabric", color = "#8a2a1c", role = "secondary", names = {"seam", "piping", "handle"}},
  },
  points = {"seat", "top"},
  build = function(k)
    -- a squat pear, the back half taller, the seat pressed in at the front
    local base = ellipsoid(420, 260, 400):move(0, 260, 0)
    local back = ellipsoid(300, 360, 330):move(-150, 380, 0)
    local bag = smooth(120, base, back)
    bag = smooth_sub(bag, ellipsoid(260, 180, 260):move(170, 560, 0), 90)
    bag = intersect(bag:noise(10, 260, 2), box(3000, 2000, 3000):move(0, 1000, 0))
    local seam = intersect(bag:round(3), box(3000, 26, 3000):move(0, 300, 0))
    local handle = tube({{-170, 700, -60}, {-175, 775, 0}, {-170, 700, 60}}, 14)
    k.attach("seat", {110, 400, 0}, 380)
    k.attach("top", {-150, 740, 0}, 300)
    return (bag:part("fabric") + seam:part("seam") + handle:part("seam")):roty(k.p.lean)
  end,
}
