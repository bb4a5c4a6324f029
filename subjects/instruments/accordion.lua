-- An accordion: a zigzag pleated bellows between two boxy ends, a piano
-- keyboard down the right end and buttons on the left, with straps.
return {
  id = "accordion",
  names = {"accordion", "piano accordion", "squeezebox", "accordian", "acordion"},
  lvis = {},
  family = "instruments",
  size_mm = 450,
  description = "An accordion",
  params = {},
  parts = {
    {"body", "glazed", color = "#c81e24", role = "primary", names = {"body", "case", "ends"}},
    {"bellows", "fabric", color = "#1e1e22", role = "secondary", names = {"bellows", "pleats"}},
    {"keys", "plastic", color = "#f8f6f0", role = "detail", names = {"keys", "keyboard", "buttons"}},
    {"black_keys", "plastic", color = "#101012", role = "fixed"},
    {"trim", "silver", color = "#d8dce0", role = "detail", names = {"trim", "grille", "corners"}},
  },
  build = function(k)
    local H, D = 420, 200
    local right = box(90, H, D, 10):move(140, H / 2, 0)
    local left = box(80, H * 0.95, D, 10):move(-150, H * 0.95 / 2, 0)
    local pleats = {}
    for i = 0, 9 do
      local x = -100 + 22 * i
      pleats[#pleats + 1] = box(14, H * 0.96, D * 0.96, 3):move(x, H * 0.48, 0)
      pleats[#pleats + 1] = box(10, H * 0.9, D * 0.9, 2):move(x + 11, H * 0.48, 0)
    end
    local keys, blacks = {}, {}
    for i = 0, 16 do
      local y = 40 + i * 20
      keys[#keys + 1] = box(50, 18, 10, 1.5):move(155, y, D / 2 + 2)
      if i % 7 ~= 2 and i % 7 ~= 6 and i < 16 then blacks[#blacks + 1] = box(30, 10, 10, 1):move(165, y + 10, D / 2 + 6) end
    end
    local buttons = {}
    for i = 0, 5 do
      for j = 0, 2 do buttons[#buttons + 1] = cylinder(6, 8):rotx(90):move(-175 + j * 22, 80 + i * 50 + j * 12, D / 2 - 2) end
    end
    local grille = box(6, H * 0.4, D * 0.8, 2):move(-120 - 70, H * 0.75, 0)
    local corners = {}
    for _, x in ipairs({-150, 140}) do
      for _, y in ipairs({8, H - 8}) do corners[#corners + 1] = sphere(12):move(x, y, D / 2 - 6) + sphere(12):move(x, y, -D / 2 + 6) end
    end
    local strap = box(20, H * 0.8, 8, 2):move(-100, H / 2, -D * 0.48 - 2)
    return union(union(right, left):part("body"), union(pleats):part("bellows"), union(union(keys), union(buttons)):part("keys"),
                 union(blacks):part("black_keys"), union(grille, union(corners)):part("trim"), strap:part("bellows")):roty(90)
  end,
}
