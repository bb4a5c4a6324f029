-- Brownies: squares of dense dark chocolate cake with a crackly shiny top,
-- stacked two high with a third leaning, walnut pieces showing.
return {
  id = "brownie",
  names = {"brownie", "brownies", "chocolate brownie", "fudge brownie", "browny"},
  lvis = {"brownie"},
  family = "food",
  size_mm = 60,
  description = "A stack of chocolate brownies",
  params = {},
  parts = {
    {"cake", "chocolate", color = "#4a2616", role = "primary", names = {"cake", "brownie", "chocolate"}},
    {"top", "chocolate", color = "#2e160c", role = "secondary", names = {"top", "crust", "icing"}},
    {"nuts", "food", color = "#b8844a", role = "detail", names = {"nuts", "walnuts"}},
  },
  build = function(k)
    local function brownie()
      local b = box(70, 30, 70, 3):noise(1.2, 10, 1)
      local top = intersect(b:round(0.8), box(100, 6, 100):move(0, 14, 0)):noise(1.6, 8, 1)
      local nuts = {}
      for i = 0, 4 do nuts[#nuts + 1] = ellipsoid(6, 4, 5):rotz(i * 40):move(-25 + i * 12, (i % 2) * 10 - 5, 35.5) end
      return union(b:part("cake"), top:part("top"), union(nuts):part("nuts"))
    end
    local b = brownie()
    return union(b:move(0, 15, 0), b:roty(12):move(6, 46, -4), b:rotz(-35):roty(-20):move(70, 30, 20))
  end,
}
