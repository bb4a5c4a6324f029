-- An ice hockey stick: a long straight shaft with a taped flat blade angled
-- off the bottom; a field hockey stick has a short hooked toe.
return {
  id = "hockey_stick",
  names = {"hockey stick", "ice hockey stick", "hocky stick", "hockey"},
  lvis = {},
  family = "sports",
  size_mm = 1500,
  description = "An ice hockey stick",
  params = {},
  parts = {
    {"shaft", "wood", color = "#d8a868", role = "primary", names = {"shaft", "stick"}},
    {"blade", "wood", color = "#2a2a2e", role = "secondary", names = {"blade"}},
    {"tape", "fabric", color = "#f4f4f0", role = "detail", names = {"tape", "grip"}},
  },
  variants = {
    field = {names = {"field hockey stick"}, size_mm = 900},
  },
  build = function(k)
    if k.variant == "field" then
      local shaft = box(34, 720, 24, 8):move(0, 360 + 90, 0):rotz(0)
      local hook = tube({{0, 110, 0}, {4, 40, 0}, {30, 6, 0}, {70, 16, 0}, {80, 48, 0}}, 16, 12):stretch(1, 1, 0.7)
      local tape = box(36, 160, 26, 9):move(0, 730, 0)
      return union(union(shaft, hook):part("shaft"), tape:part("tape"))
    end
    local L = 1500
    local shaft = box(32, L, 22, 6):move(0, L / 2, 0)
    local blade = extrude({{0, 0}, {300, 0}, {320, 10}, {316, 70}, {290, 82}, {0, 82}, {-20, 40}}, 14, 5):move(-10, 0, 0)
    local tape = intersect(blade:round(0.8), box(240, 90, 30):move(160, 40, 0))
    local top = box(34, 220, 24, 7):move(0, L - 110, 0)
    return union(union(shaft:rotz(-28):move(0, 40, 0)):part("shaft"), blade:part("blade"), union(tape, top:rotz(-28):move(0, 40, 0)):part("tape"))
  end,
}
