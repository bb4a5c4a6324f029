-- A waffle: a thick golden round waffle with a deep square grid pattern,
-- a pat of butter melting in the middle.
return {
  id = "waffle",
  names = {"waffle", "belgian waffle", "waffles", "wafle"},
  lvis = {"waffle"},
  family = "food",
  size_mm = 30,
  description = "A waffle",
  params = {},
  parts = {
    {"waffle", "food", color = "#d89440", role = "primary", names = {"waffle"}},
    {"butter", "food", color = "#f8e070", role = "secondary", names = {"butter", "topping", "cream"}},
  },
  variants = {
    square = {names = {"square waffle"}},
  },
  build = function(k)
    local R, H = 90, 24
    local body = k.variant == "square" and box(170, H, 170, 6):move(0, H / 2, 0) or cylinder(R, H, 6)
    local cells = {}
    local step = 22
    for i = -4, 4 do
      for j = -4, 4 do
        -- no cell under the butter (it would be a sealed pocket)
        if i ~= 0 or j ~= 0 then cells[#cells + 1] = box(15, 20, 15, 2.5):move(i * step, H + 4, j * step) end
      end
    end
    body = subtract(body, union(cells))
    local butter = box(28, 10, 28, 3):roty(30):move(0, H + 2, 0)
    return union(body:part("waffle"), butter:part("butter"))
  end,
}
