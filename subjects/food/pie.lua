-- A pie: a round golden pie in a tin with a fluted crimped rim and a lattice
-- of pastry strips over a red cherry filling; a slice variant shows a wedge.
return {
  id = "pie",
  names = {"pie", "cherry pie", "fruit pie", "lattice pie", "tart", "pye"},
  lvis = {"pie", "tart_(dessert)"},
  family = "food",
  size_mm = 50,
  description = "A lattice cherry pie",
  params = {},
  parts = {
    {"pastry", "food", color = "#dca050", role = "primary", names = {"pastry", "crust", "lattice"}},
    {"filling", "glazed", color = "#a8141e", role = "secondary", names = {"filling", "cherries", "fruit"}},
    {"tin", "steel", color = "#b8bcc2", role = "detail", names = {"tin", "dish", "pan"}},
  },
  variants = {
    apple = {names = {"apple pie"}, colors = {filling = "#e8c070"}},
    blueberry = {names = {"blueberry pie"}, colors = {filling = "#3a2a6a"}},
  },
  build = function(k)
    local R, H = 110, 40
    local tin = vessel({{R * 0.82, 0}, {R + 4, H}}, 2.5, 3)
    local shell = lathe({{R * 0.8, 2}, {R, H}, {R * 0.97, H + 4}, {0.5, H + 4}})
    local filling = cylinder(R - 6, 6):noise(2, 16, 1):move(0, H - 4, 0)
    local rim = radial(sphere(9):stretch(1, 0.8, 1.4):move(R - 3, H + 2, 0), 36)
    local strips = {}
    for i = -3, 3 do
      local x = i * R * 0.26
      local l = 2 * math.sqrt(math.max(0, (R - 4) ^ 2 - x * x))
      strips[#strips + 1] = box(16, 6, l, 3):move(x, H + 4, 0)
      strips[#strips + 1] = box(l, 6, 16, 3):move(0, H + 7, x)
    end
    local pastry = smooth(2, subtract(shell, cylinder(R - 6, 20):move(0, H - 3, 0)), rim, union(strips))
    return union(tin:part("tin"), pastry:part("pastry"), filling:part("filling"))
  end,
}
