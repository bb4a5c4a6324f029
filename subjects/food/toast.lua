-- A slice of toast: a square bread slice with a domed top, a dark golden
-- crust and toasted face, with a pat of melting butter.
return {
  id = "toast",
  names = {"toast", "slice of toast", "toast slice", "piece of toast", "buttered toast", "slice of bread", "bread slice", "toasted bread"},
  lvis = {"toast_(food)"},
  family = "food",
  size_mm = 110,
  description = "A slice of toast with butter",
  params = {},
  parts = {
    {"toast", "food", color = "#d89a4a", role = "primary", names = {"toast", "bread", "face"}},
    {"crust", "food", color = "#8a4a1e", role = "secondary", names = {"crust"}},
    {"butter", "food", color = "#f8e070", role = "detail", names = {"butter", "topping"}},
  },
  build = function(k)
    local o = {{-50, 0}, {50, 0}, {52, 70}}
    for i = 0, 12 do
      local a = math.pi * i / 12
      o[#o + 1] = {55 * math.cos(a) * 1.02, 82 + 26 * math.sin(a)}
    end
    o[#o + 1] = {-52, 70}
    local crust = extrude(o, 16, 3)
    local inner = {}
    for i, p in ipairs(o) do inner[i] = {p[1] * 0.86, p[2] * 0.88 + 6} end
    local face = extrude(inner, 17, 2)
    local butter = box(26, 26, 8, 3):move(6, 60, 9)
    return union(crust:part("crust"), face:part("toast"), butter:part("butter")):rotx(-12):roty(30)
  end,
}
