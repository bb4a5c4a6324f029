-- A donut: a golden ring of dough with pink icing on top, its edge wavy,
-- scattered with sprinkles.
local F -- the food library, loaded when building

return {
  id = "donut",
  names = {"donut", "doughnut", "ring donut", "glazed donut", "sprinkle donut", "frosted donut", "donought", "donnut"},
  lvis = {"doughnut"},
  family = "food",
  size_mm = 36,
  description = "An iced donut with sprinkles",
  params = {R = {30, 33}, r = {16, 18}},
  parts = {
    {"icing", "glazed", color = "#f47ab0", role = "primary", names = {"icing", "frosting", "glaze", "topping"}},
    {"dough", "food", color = "#d8a05a", role = "secondary", names = {"dough", "donut", "bread"}},
    {"sprinkles", "candy", color = "#f4f0e8", role = "detail", names = {"sprinkles"}},
    {"sprinkles2", "candy", color = "#4ab0f0", role = "detail", names = {"blue sprinkles"}},
    {"sprinkles3", "candy", color = "#f8d830", role = "detail", names = {"yellow sprinkles"}},
  },
  variants = {
    plain = {names = {"plain donut", "sugar donut"}},
  },
  points = {"top"},
  build = function(k)
    F = use("food")
    local R, r = k.p.R, k.p.r
    local dough = torus(R, r):stretch(1, 0.85, 1):move(0, r * 0.85, 0)
    if k.variant == "plain" then return dough:noise(0.6, 5, 1):part("dough") end
    local coat = torus(R, r + 1.8):stretch(1, 0.85, 1):move(0, r * 0.85, 0)
    local cut = box(400, 400, 400):move(0, 200 + r * 0.85 - 1, 0):noise(3, 14, 1)
    local icing = intersect(coat, cut)
    local sp = {{}, {}, {}}
    local n = 0
    for i = 0, 41 do
      local a = 2 * math.pi * i / 42 * 1.0 + (i % 3) * 0.4
      local rr = R + r * (((i * 7) % 11) / 11 - 0.5) * 1.2
      local y = r * 0.85 * 2 + 1.4 - math.abs(rr - R) ^ 2 / (r * 1.6)
      local s = capsule({-3.4, 0, 0}, {3.4, 0, 0}, 1.5):roty(i * 53):move(math.cos(a) * rr, y, math.sin(a) * rr)
      table.insert(sp[i % 3 + 1], s)
    end
    return union(dough:part("dough"), icing:part("icing"), union(sp[1]):part("sprinkles"), union(sp[2]):part("sprinkles2"),
                 union(sp[3]):part("sprinkles3"))
  end,
}
