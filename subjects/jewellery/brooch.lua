-- A brooch: an oval gold frame with a scalloped beaded border holding a large
-- cabochon gem (or a cameo), shown upright.
return {
  id = "brooch",
  names = {"brooch", "broach", "jewelled brooch", "pin brooch", "broche"},
  lvis = {"brooch"},
  family = "jewellery",
  size_mm = 50,
  description = "A jewelled brooch",
  params = {},
  parts = {
    {"frame", "gold", color = "#e0b030", role = "primary", names = {"frame", "metal", "setting"}},
    {"gem", "gloss", color = "#1a7a5a", role = "secondary", names = {"gem", "stone", "jewel", "cameo"}},
    {"pearls", "ceramic", color = "#f6f0e6", role = "detail", names = {"pearls", "beads"}},
  },
  variants = {
    cameo = {names = {"cameo", "cameo brooch"}, colors = {gem = "#e8a898"}},
  },
  build = function(k)
    local A, B = 30, 38
    local plate = cylinder(A + 6, 6, 2):stretch(1, 1, B / A):rotx(90):move(0, 0, -3)
    local gem = sphere(1):stretch(A - 3, B - 3, 9):move(0, 0, 2)
    local pearls = {}
    for i = 0, 17 do
      local a = 2 * math.pi * i / 18
      pearls[#pearls + 1] = sphere(3.6):move(math.cos(a) * (A + 4), math.sin(a) * (B + 4), 2)
    end
    local shape = union(plate:part("frame"), gem:part("gem"), union(pearls):part("pearls"))
    if k.variant == "cameo" then
      local head = union(sphere(9):move(-2, 8, 10), ellipsoid(7, 12, 4):move(2, -8, 9), ellipsoid(4, 6, 3):move(-10, 8, 10))
      shape = shape + head:part("pearls")
    end
    return shape:roty(25):move(0, B + 8, 0)
  end,
}
