-- A balloon: a shiny teardrop on a curling string, its knot at the bottom.
-- Held in a hand, the string runs up from the fist.
return {
  id = "balloon",
  names = {"balloon", "party balloon", "helium balloon", "toy balloon", "red balloon", "birthday balloon"},
  lvis = {"balloon"},
  family = "accessories",
  size_mm = 1600,
  description = "A party balloon on a string",
  params = {sway = {-0.08, 0.08}},
  parts = {
    {"balloon", "rubber", color = "#d82a34", role = "primary", names = {"balloon"}},
    {"string", "fabric", color = "#f0f0f0", role = "detail", names = {"string", "ribbon"}},
  },
  attach_to = {"hand", "top"},
  build = function(k)
    local R = 150
    local L = 1300
    local sw = k.p.sway * L
    local knot_at = {sw, L, 0}
    local str = tube({{0, 0, 0}, {sw * 0.2 + 20, L * 0.3, 10}, {sw * 0.6 - 20, L * 0.65, -10}, knot_at}, 18)  -- thick enough to stay whole at draft
    local body = loft({
      {y = L + 18, rx = 16, rz = 16, x = sw},
      {y = L + R * 0.45, rx = R * 0.62, rz = R * 0.62, x = sw},
      {y = L + R * 1.0, rx = R * 0.95, rz = R * 0.95, x = sw},
      {y = L + R * 1.6, rx = R * 0.98, rz = R * 0.98, x = sw},
      {y = L + R * 2.1, rx = R * 0.55, rz = R * 0.55, x = sw},
      {y = L + R * 2.25, rx = 8, rz = 8, x = sw},
    })
    local knot = cone(24, 16, 28):move(sw, L - 8, 0)
    return union(body:part("balloon"), knot:part("balloon"), str:part("string"))
  end,
}
