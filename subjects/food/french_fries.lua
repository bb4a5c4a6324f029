-- French fries: a bundle of golden sticks fanning out of a red carton.
return {
  id = "french_fries",
  names = {"french fries", "fries", "chips", "potato fries", "fries box", "carton of fries", "frites", "french fry", "chips portion"},
  lvis = {"french_fries"},
  family = "food",
  size_mm = 140,
  description = "French fries in a red carton",
  params = {},
  parts = {
    {"fries", "food", color = "#f4c040", role = "primary", names = {"fries", "chips", "potatoes"}},
    {"carton", "paper", color = "#d8201e", role = "secondary", names = {"carton", "box", "container", "packet"}},
  },
  build = function(k)
    local carton = lathe({{34, 0}, {42, 40}, {50, 90}}):stretch(1, 1, 0.55)
    carton = subtract(carton, ellipsoid(56, 30, 18):move(0, 104, 24))
    carton = subtract(carton, ellipsoid(56, 30, 18):move(0, 104, -24))
    local fries = {}
    for i = 0, 22 do
      local x = -36 + 72 * ((i * 7) % 23) / 22
      local z = -12 + 24 * ((i * 5) % 11) / 10
      local h = 110 + ((i * 13) % 9) * 6
      local lean = x * 0.25
      fries[#fries + 1] = box(8, h, 8, 1.2):move(0, h / 2, 0):rotz(-lean * 0.6):rotx(z * 0.4):move(x * 0.8, 20, z)
    end
    return union(carton:part("carton"), intersect(union(fries), box(200, 400, 200):move(0, 220, 0)):part("fries"))
  end,
}
