-- A key: an old-fashioned brass key with a round decorative bow, a long shank
-- and toothed bit; lying tilted towards the viewer.
return {
  id = "key",
  names = {"key", "door key", "skeleton key", "old key", "house key", "brass key", "antique key", "keys"},
  lvis = {},
  family = "tools",
  size_mm = 50,
  description = "An old brass key",
  params = {},
  parts = {
    {"key", "brass", color = "#d0a040", role = "primary", names = {"key", "metal", "bow"}},
  },
  build = function(k)
    local bow = subtract(cylinder(30, 8, 2):rotx(90):move(0, 0, -4), cylinder(15, 40):rotx(90):move(0, 0, -20))
    local shank = cylinder(6, 150):rotz(-90):move(26, 0, 0)
    local bit = extrude({{0, 0}, {0, -32}, {10, -32}, {10, -22}, {18, -22}, {18, -32}, {30, -32}, {30, 0}}, 8, 1):move(138, 0, 0)
    local collar = torus(7, 2.2):rotz(90):move(40, 0, 0)
    return union(bow, shank, bit, collar):part("key"):rotx(-50):roty(20):move(0, 40, 0)
  end,
}
