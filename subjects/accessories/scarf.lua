-- A scarf: a thick knitted wrap with a knot and two fringed ends at the front.
-- Worn at the neck: built lying face up so it faces forward on the host.
return {
  id = "scarf",
  names = {"scarf", "muffler", "winter scarf", "knitted scarf", "wool scarf"},
  lvis = {"scarf"},
  family = "accessories",
  size_mm = 60,
  description = "A knitted scarf",
  parts = {
    {"scarf", "fabric", color = "#c83a30", role = "primary", names = {"scarf", "wrap"}},
    {"stripes", "fabric", color = "#f0e6d0", role = "secondary", names = {"stripes", "stripe", "fringe", "ends"}},
  },
  attach_to = {"scarf", "neck", "top"},
  build = function(k)
    -- Facing +X: a band arcing across the front (shallow, so it fits any
    -- neck), a knot, and two short ends hanging down (-Y).
    local W = 160
    local band = tube({{-W * 0.18, 0, -W * 0.5}, {-W * 0.05, 6, -W * 0.36}, {W * 0.02, 0, 0}, {-W * 0.05, 6, W * 0.36},
                       {-W * 0.18, 0, W * 0.5}}, 26):noise(1.5, 12)
    local knot = ellipsoid(24, 30, 30):move(W * 0.06, -8, W * 0.12)
    local shape = smooth(6, band, knot):part("scarf")
    for i, dz in ipairs({W * 0.06, W * 0.2}) do
      local top = {W * 0.06 + 2, -20, dz}
      local tail = box(16, W * 0.42, 40, 6):move(0, -W * 0.21, 0):rotz(i == 1 and 8 or -4):move(top[1], top[2], top[3])
      shape = shape + tail:part("scarf")
      for j = 1, 2 do
        shape = shape + box(18, 9, 42, 3):move(top[1], top[2] - W * 0.1 - j * W * 0.11, top[3]):part("stripes")
      end
    end
    return shape:rotz(90)
  end,
}
