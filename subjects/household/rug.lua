-- A rug (carpet): a thick rectangular (or round) woven rug with a border
-- band, a central medallion and fringes at the ends.
return {
  id = "rug",
  names = {"rug", "carpet", "area rug", "persian rug", "oriental rug", "floor mat", "mat", "rugg"},
  lvis = {},
  family = "household",
  size_mm = 30,
  description = "A woven rug with a border and fringes",
  params = {w = {1400, 1800}, d = {900, 1200}},
  parts = {
    {"field", "fabric", color = "#9a2a2a", role = "primary", names = {"field", "rug", "carpet", "body"}},
    {"border", "fabric", color = "#1e2a5a", role = "secondary", names = {"border", "band", "edge", "pattern"}},
    {"medallion", "fabric", color = "#e0c070", role = "detail", names = {"medallion", "center", "centre", "motif"}},
    {"fringe", "fabric", color = "#f0e8d8", role = "detail", names = {"fringe", "fringes", "tassels"}},
  },
  points = {"top"},
  build = function(k)
    local W, D = k.p.w, k.p.d
    local t = 30
    if k.outline == "round" then
      local R = D * 0.6
      local field = cylinder(R, t, 3)
      local border = subtract(cylinder(R + 1, t + 1.5, 3), cylinder(R - 90, t + 4):move(0, -1, 0))
      local med = star(8, R * 0.45, R * 0.3, 4):rotx(-90):move(0, t, 0)
      k.attach("top", {0, t, 0}, R)
      return field:part("field") + border:part("border") + med:part("medallion")
    end
    local field = box(D, t, W, 3):move(0, t / 2, 0)
    local border = subtract(box(D + 2, t + 1.5, W + 2, 3), box(D - 160, t + 4, W - 160)):move(0, t / 2 + 0.5, 0)
    local inner = subtract(box(D - 220, t + 1.5, W - 220, 2), box(D - 250, t + 4, W - 250)):move(0, t / 2 + 0.5, 0)
    local med = intersect(cylinder(D * 0.3, t + 4):move(0, -1, 0), box(D * 0.42, 100, D * 0.42):roty(45)):stretch(1, 1, 1.4)
    local fringe = {}
    for _, s in ipairs({-1, 1}) do
      for i = 0, 24 do
        local x = -D / 2 + 20 + (D - 40) * i / 24
        fringe[#fringe + 1] = capsule({x, 4, s * (W / 2)}, {x, 3, s * (W / 2 + 70)}, 4)
      end
    end
    k.attach("top", {0, t, 0}, math.min(W, D) * 0.8)
    return field:part("field") + (border + inner):part("border") + med:part("medallion") + union(fringe):part("fringe")
  end,
}
