-- A stack of pancakes: thick golden discs with paler edges, a pat of butter
-- on top and syrup running down the sides, on a plate.
return {
  id = "pancakes",
  names = {"pancakes", "pancake", "stack of pancakes", "pancake stack", "hotcakes", "flapjacks", "hot cake", "pankcake"},
  lvis = {"pancake"},
  family = "food",
  size_mm = 90,
  description = "A stack of pancakes with butter and syrup",
  params = {n = {4, 6}},
  parts = {
    {"pancakes", "food", color = "#d89040", role = "primary", names = {"pancakes", "pancake", "stack"}},
    {"syrup", "glazed", color = "#7a3a10", role = "secondary", names = {"syrup", "maple syrup", "honey", "chocolate sauce"}},
    {"butter", "food", color = "#f8e070", role = "detail", names = {"butter"}},
    {"plate", "ceramic", color = "#f4f4f2", role = "detail", names = {"plate"}},
    {"berries", "food", color = "#3a2a8a", role = "detail", names = {"berries", "blueberries", "fruit"}},
  },
  build = function(k)
    local n = math.floor(k.p.n + 0.5)
    local R = 70
    local plate = lathe({{R * 1.35, 0}, {R * 1.45, 8}, {R * 1.3, 9}, {R * 1.0, 4}, {0.5, 4}})
    local cakes = {}
    local y = 2.5 -- the bottom pancake sinks a little into the plate
    for i = 1, n do
      cakes[#cakes + 1] = cylinder(R - (i % 2) * 2, 14, 6):noise(1, 14, 1):move(k.rand(-2, 2), y, k.rand(-2, 2))
      y = y + 13
    end
    local top = y + 1
    local syrup = cylinder(R * 0.85, 4, 2):noise(4, 30, 1):move(0, top - 2, 0)
    local drips = {}
    for i = 0, 7 do
      local a = math.rad(45 * i + k.rand(-10, 10))
      local L = k.rand(14, 40)
      drips[#drips + 1] = capsule({math.cos(a) * (R + 0.5), top - 2, math.sin(a) * (R + 0.5)}, {math.cos(a) * (R + 1), top - 2 - L, math.sin(a) * (R + 1)}, 5)
    end
    local butter = box(26, 10, 26, 3):roty(20):move(0, top + 5, 0)
    local berries = {}
    for i = 0, 4 do
      local a = math.rad(72 * i + 30)
      berries[#berries + 1] = sphere(7):move(math.cos(a) * 36, top + 5, math.sin(a) * 36)
    end
    return union(plate:part("plate"), union(cakes):part("pancakes"), smooth(4, syrup, union(drips)):part("syrup"),
                 butter:part("butter"), union(berries):part("berries"))
  end,
}
