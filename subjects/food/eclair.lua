-- An eclair: a long oval finger of golden choux pastry, its sides ridged
-- where it was piped, with a glossy band of chocolate icing along the top
-- whose edge runs a little unevenly. A coffee eclair has beige-brown icing.
return {
  id = "eclair",
  names = {"eclair", "chocolate eclair", "cream eclair", "eclaire", "chocolate eclaire", "choux eclair",
           "eclair pastry", "custard eclair"},
  lvis = {"eclair"},
  family = "food",
  size_mm = 30,
  description = "A chocolate eclair",
  params = {len = {124, 140}, r = {14.5, 16}},
  parts = {
    {"icing", "glazed", color = "#3a1e12", role = "primary", names = {"icing", "glaze", "frosting", "topping", "chocolate"}},
    {"pastry", "food", color = "#c98a42", role = "secondary", names = {"pastry", "choux", "dough", "shell"}},
  },
  variants = {
    coffee = {names = {"coffee eclair", "mocha eclair", "coffee eclaire"}, colors = {icing = "#a47650"}},
  },
  points = {"top"},
  build = function(k)
    local L, r = k.p.len, k.p.r
    local half = L * 0.5 - r
    local cy = r * 0.82
    -- The pastry finger: a slightly flattened capsule with a flat underside.
    local function finger(grow)
      return capsule({-half, 0, 0}, {half, 0, 0}, r + grow):stretch(1, 0.84, 1):move(0, cy, 0)
    end
    local ry = r * 0.84
    local body = intersect(finger(0), box(L + 20, 60, 60):move(0, 30 + 1.2, 0)):round(1.2)
    -- The icing: a skin over the top, its edge wavering a little.
    local cut = box(L + 30, 60, 60):move(0, 30 + cy + ry * 0.4, 0):noise(1.4, 11, 1)
    local icing = intersect(finger(2.2), cut)
    local shape = body:part("pastry") + icing:part("icing")
    -- Piped ridges: shallow grooves running along the sides below the icing.
    local grooves = {}
    for _, e in ipairs({8, -22}) do
      local a = math.rad(e)
      for _, side in ipairs({-1, 1}) do
        local y = cy + math.sin(a) * ry
        local z = side * math.cos(a) * (r + 0.7)
        grooves[#grooves + 1] = capsule({-half + 2, y, z}, {half - 2, y, z}, 1.5)
      end
    end
    shape = subtract(shape, union(grooves))
    k.attach("top", {0, cy + ry + 2.2, 0}, r * 1.6)
    return shape:roty(-20)
  end,
}
