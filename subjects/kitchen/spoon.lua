-- A spoon lying on its back: an oval dished bowl and a slender handle
-- that widens towards its end and curves up a little. A wooden spoon is
-- thicker with a round handle; a ladle has a deep round bowl and a long
-- hooked handle.
return {
  id = "spoon",
  names = {"spoon", "teaspoon", "tablespoon", "soup spoon", "dessert spoon", "spon",
           "spooon", "serving spoon"},
  lvis = {"spoon"},
  family = "kitchen",
  size_mm = 22,
  description = "A spoon lying on its back",
  params = {len = {170, 195}},
  parts = {
    {"metal", "silver", color = "#c8ccd2", role = "primary", names = {"metal", "spoon", "bowl", "handle"}},
  },
  variants = {
    wooden = {names = {"wooden spoon", "wood spoon", "cooking spoon", "mixing spoon"}, size_mm = 30, colors = {metal = "#c89a62"}},
    ladle = {names = {"ladle", "soup ladle", "laddle"}, size_mm = 95},
  },
  points = {"top", "inside"},
  build = function(k)
    local v = k.variant
    local len = k.p.len
    if v == "ladle" then
      local bowl = subtract(sphere(45), sphere(40) + box(120, 60, 120):move(0, 30 + 10, 0))
      local handle = tube({{-40, 16, 0}, {-70, 50, 0}, {-140, 78, 0}, {-250, 90, 0}, {-285, 82, 0}}, 7, 8)
      local hook = tube({{-280, 84, 0}, {-300, 70, 0}, {-294, 56, 0}}, 6)
      k.attach("inside", {0, -38, 0}, 60)
      k.attach("top", {0, 10, 0}, 80)
      return (bowl + handle + hook):move(0, 45, 0):part("metal")
    end
    local wooden = v == "wooden"
    local bl, bw = wooden and 34 or 30, wooden and 24 or 20
    local th = wooden and 4.5 or 1.8
    local bowl_outer = intersect(ellipsoid(bl, 9, bw), box(2 * bl + 2, 12, 2 * bw + 2):move(0, -4, 0))
    local bowl = subtract(bowl_outer, ellipsoid(bl - th, 9, bw - th):move(0, th, 0))
    local hl = len - 2 * bl
    local pts = {{-bl * 0.85, 1.5, 0}, {-bl - hl * 0.3, 6, 0}, {-bl - hl * 0.7, 10, 0}, {-bl - hl, 11, 0}}
    local handle
    if wooden then
      handle = tube(pts, 5, 7)
    else
      handle = smooth(4, tube(pts, 2.5, 3), ellipsoid(20, 2.2, 9):move(-bl - hl + 14, 10.5, 0))
      handle = handle:stretch(1, 0.7, 1)
    end
    local shape = smooth(3, bowl, handle):move(0, 9, 0)
    k.attach("inside", {0, th + 0.5, 0}, bw)
    k.attach("top", {0, 10, 0}, bw)
    return shape:part("metal")
  end,
}
