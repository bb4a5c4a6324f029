-- A bird's nest: a round bowl woven from twigs and straw, holding a clutch of
-- small speckled blue eggs.
return {
  id = "nest",
  names = {"nest", "bird nest", "bird's nest", "birds nest", "nest with eggs", "robin's nest", "twig nest"},
  lvis = {},
  family = "nature",
  size_mm = 80,
  description = "A bird's nest with eggs",
  params = {},
  parts = {
    {"twigs", "wood", color = "#8a6a42", role = "primary", names = {"twigs", "nest", "straw", "sticks"}},
    {"eggs", "ceramic", color = "#9ad0e0", role = "secondary", names = {"eggs", "egg"}},
  },
  points = {"inside"},
  build = function(k)
    local R = 90
    local bowl = subtract(ellipsoid(R, 50, R):move(0, 40, 0), ellipsoid(R - 24, 44, R - 24):move(0, 64, 0))
    -- cut where the wall is still thick and finish the lip with a woven rim
    bowl = intersect(bowl, box(400, 68, 400):move(0, 34, 0))
    bowl = union(bowl, torus(71, 9):move(0, 66, 0))
    local twigs = {}
    for i = 0, 34 do
      local a = math.rad(i * 47)
      local y = 8 + (i % 7) * 8
      local r = R * (0.65 + 0.3 * math.sin(math.pi * y / 70))
      local p = {math.cos(a) * r, y, math.sin(a) * r}
      local q = {math.cos(a + 0.9) * r, y + ((i % 3) - 1) * 8, math.sin(a + 0.9) * r}
      twigs[#twigs + 1] = capsule(p, q, 4)
    end
    local nest = union(bowl:noise(3, 10, 2), union(twigs))
    local eggs = {}
    for i = 0, 2 do
      local a = math.rad(120 * i + 20)
      eggs[#eggs + 1] = ellipsoid(17, 22, 17):rotz(60):roty(120 * i):move(math.cos(a) * 24, 39, math.sin(a) * 24)
    end
    k.attach("inside", {0, 30, 0}, 2 * (R - 30))
    return union(nest:part("twigs"), union(eggs):part("eggs"))
  end,
}
