-- A raspberry: a rounded cone of little glossy red drupelets with a hollow
-- at the base; a blackberry is dark purple; blueberries are small dusty blue
-- balls with a star-shaped crown, in a little heap.
return {
  id = "raspberry",
  names = {"raspberry", "raspberries", "rasberry", "berries", "berry"},
  lvis = {"raspberry", "blackberry", "blueberry"},
  family = "food",
  size_mm = 24,
  description = "A raspberry",
  params = {},
  parts = {
    {"berry", "glazed", color = "#d41e3a", role = "primary", names = {"berry", "berries", "drupelets"}},
    {"calyx", "plant", color = "#4a8a34", role = "secondary", names = {"calyx", "leaf", "stem"}},
  },
  variants = {
    blackberry = {names = {"blackberry", "blackberries"}, colors = {berry = "#2a1430"}},
    blueberry = {names = {"blueberry", "blueberries"}, size_mm = 30, colors = {berry = "#3a4a8a"}},
  },
  build = function(k)
    if k.variant == "blueberry" then
      local berries = {}
      local spots = {{0, 0}, {26, 4}, {-24, 10}, {6, 26}, {10, -24}, {-14, -20}, {4, 2}}
      for i, p in ipairs(spots) do
        local y = i == #spots and 30 or 12
        local b = sphere(13):stretch(1, 0.85, 1):move(p[1], y, p[2])
        b = smooth_sub(b, sphere(3.5):move(p[1], y + 11.5, p[2]), 1)
        berries[#berries + 1] = b
      end
      return union(berries):part("berry"):noise(0.3, 3, 1)
    end
    local drupes = {}
    local rows = 6
    for i = 0, rows - 1 do
      local t = (i + 0.5) / rows
      local y = 6 + t * 44
      local r = 22 * math.sin(math.pi * (0.25 + 0.7 * t)) ^ 0.8
      local n = math.max(5, math.floor(r * 0.75))
      for j = 0, n - 1 do
        local a = 2 * math.pi * (j + (i % 2) * 0.5) / n
        drupes[#drupes + 1] = sphere(6.2):move(math.cos(a) * r, y, math.sin(a) * r)
      end
    end
    drupes[#drupes + 1] = sphere(8):move(0, 52, 0)
    local berry = smooth(1.5, ellipsoid(19, 25, 19):move(0, 28, 0), table.unpack(drupes))
    local calyx = union(star(6, 11, 4, 3.5):rotx(-90):move(0, 4, 0), cylinder(2.2, 8):move(0, -3, 0))
    return union(berry:part("berry"), calyx:part("calyx")):rotx(180):move(0, 56, 0)
  end,
}
