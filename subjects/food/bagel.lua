-- A bagel: a plump glossy golden ring with a smaller hole than a donut,
-- sprinkled with sesame seeds.
return {
  id = "bagel",
  names = {"bagel", "sesame bagel", "everything bagel", "beigel", "bagle"},
  lvis = {"bagel"},
  family = "food",
  size_mm = 40,
  description = "A sesame bagel",
  params = {},
  parts = {
    {"bread", "glazed", color = "#c8823a", role = "primary", names = {"bread", "bagel", "crust"}},
    {"seeds", "food", color = "#f6eed8", role = "secondary", names = {"seeds", "sesame", "topping"}},
  },
  build = function(k)
    local R, r = 34, 24
    local ring = torus(R, r):stretch(1, 0.8, 1):move(0, r * 0.8, 0):noise(0.8, 10, 1)
    local seeds = {}
    for i = 0, 47 do
      local a = 2 * math.pi * i / 48 + (i % 3) * 0.13
      local b = math.rad(-40 + (i * 37) % 130)
      local rr = R + r * math.cos(b)
      seeds[#seeds + 1] = ellipsoid(1.8, 1, 3):roty(i * 53):move(math.cos(a) * rr, r * 0.8 + r * 0.8 * math.sin(b) + 0.6, math.sin(a) * rr)
    end
    return union(ring:part("bread"), union(seeds):part("seeds"))
  end,
}
