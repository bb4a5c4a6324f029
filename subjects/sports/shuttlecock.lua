-- A shuttlecock (badminton birdie): a rounded white cork base with a conical
-- skirt of overlapping feathers, standing on the cork.
return {
  id = "shuttlecock",
  names = {"shuttlecock", "shuttle", "birdie", "badminton birdie", "badminton shuttlecock", "shuttle cock"},
  lvis = {"shuttlecock"},
  family = "sports",
  size_mm = 90,
  description = "A badminton shuttlecock",
  params = {},
  parts = {
    {"feathers", "feather", color = "#f8f8f4", role = "primary", names = {"feathers", "skirt"}},
    {"cork", "rubber", color = "#f4f0e6", role = "secondary", names = {"cork", "base", "tip"}},
    {"band", "fabric", color = "#d8201e", role = "detail", names = {"band", "ring", "thread"}},
  },
  build = function(k)
    local cork = union(intersect(sphere(13), box(60, 60, 60):move(0, -30 + 4, 0)):move(0, 13, 0), cylinder(13, 8):move(0, 16, 0))
    local skirt = subtract(cone(15, 34, 68), cone(12, 31.5, 70):move(0, 0.5, 0)):move(0, 22, 0)
    local slots = {}
    for i = 0, 15 do
      slots[#slots + 1] = box(4, 30, 80):move(0, 90 - 8, 0):roty(360 * i / 16 + 11)
    end
    local rim = {}
    for i = 0, 15 do
      local a = math.rad(360 * i / 16)
      rim[#rim + 1] = sphere(5):stretch(1, 1.6, 1):move(math.cos(a) * 32.5, 86, math.sin(a) * 32.5)
    end
    local feathers = union(skirt, union(rim))
    local band = union(torus(17, 1.6):move(0, 45, 0), torus(21, 1.6):move(0, 56, 0))
    return union(cork:part("cork"), feathers:part("feathers"), band:part("band")):rotz(-20)
  end,
}
