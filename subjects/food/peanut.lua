-- A peanut: a pale tan shell shaped like a figure eight, pinched in the
-- middle and covered in a criss-cross net of fine ridges.
return {
  id = "peanut",
  names = {"peanut", "peanuts", "groundnut", "monkey nut", "peanut shell", "pea nut", "peanut in shell"},
  lvis = {},
  family = "food",
  size_mm = 25,
  description = "A peanut in its shell",
  params = {},
  parts = {
    {"shell", "food", color = "#d8b27a", role = "primary", names = {"shell", "peanut", "husk"}},
  },
  build = function(k)
    local shell = smooth(10, ellipsoid(26, 22, 22):move(-20, 0, 0), ellipsoid(24, 21, 21):move(20, 2, 0))
    local ridges = {}
    for i = 0, 9 do
      ridges[#ridges + 1] = box(2.2, 80, 80):rotz(35):move(-40 + i * 9, 0, 0)
      ridges[#ridges + 1] = box(2.2, 80, 80):rotz(-35):move(-40 + i * 9, 0, 0)
    end
    local net = intersect(union(ridges), shell:round(0.8))
    return union(shell, net):noise(0.4, 3, 1):part("shell"):roty(-25):move(0, 22, 0)
  end,
}
