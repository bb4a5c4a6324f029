-- A chocolate bar: a slab of dark chocolate moulded into a grid of raised
-- squares, half unwrapped from a coloured paper wrapper and silver foil.
return {
  id = "chocolate_bar",
  names = {"chocolate bar", "bar of chocolate", "candy bar", "chocolate slab", "choc bar", "chocolate tablet", "hershey bar"},
  lvis = {"chocolate_bar"},
  family = "food",
  size_mm = 14,
  description = "A chocolate bar, half unwrapped",
  params = {},
  parts = {
    {"chocolate", "chocolate", color = "#4a2616", role = "primary", names = {"chocolate", "bar"}},
    {"wrapper", "paper", color = "#c81e2a", role = "secondary", names = {"wrapper", "paper", "packaging"}},
    {"foil", "silver", color = "#d8dce0", role = "detail", names = {"foil"}},
  },
  build = function(k)
    local W, L = 80, 160
    local base = box(L, 6, W, 1.5):move(0, 3, 0)
    local squares = {}
    for i = 0, 5 do
      for j = 0, 2 do
        squares[#squares + 1] = box(L / 6 - 4, 5, W / 3 - 4, 1.6):move(-L / 2 + L / 12 + i * L / 6, 8, -W / 2 + W / 6 + j * W / 3)
      end
    end
    local choc = union(base, union(squares))
    local foil = box(L * 0.5 + 4, 12.5, W + 3, 1):move(L * 0.25 + 2, 5.2, 0):noise(0.5, 6, 1)
    local wrap = box(L * 0.42, 14, W + 6, 1.5):move(L * 0.3, 6, 0)
    return union(choc:part("chocolate"), foil:part("foil"), wrap:part("wrapper")):roty(25)
  end,
}
