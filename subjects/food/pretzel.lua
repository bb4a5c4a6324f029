-- A pretzel: a glossy brown rope looped into the classic knot, the ends
-- twisted together and pressed onto the belly, sprinkled with salt.
return {
  id = "pretzel",
  names = {"pretzel", "soft pretzel", "bretzel", "pretzl", "pretsel"},
  lvis = {"pretzel"},
  family = "food",
  size_mm = 30,
  description = "A soft pretzel",
  params = {r = {8, 9}},
  parts = {
    {"dough", "glazed", color = "#8a4a1e", role = "primary", names = {"dough", "pretzel", "bread"}},
    {"salt", "food", color = "#fbfaf6", role = "secondary", names = {"salt"}},
  },
  points = {"top"},
  build = function(k)
    local r = k.p.r
    local S = 70
    -- one rope: the left end on the belly, up through the twist, round the
    -- right lobe, the belly and the left lobe, back through the twist to the
    -- right end on the belly (top view: x right, -z away)
    local path = {{-0.45, -0.5, 0}, {-0.2, -0.15, 0.3}, {0.05, 0.15, 1.4}, {0.3, 0.38, 0.6}, {0.6, 0.45, 0}, {0.85, 0.22, 0},
                  {0.85, -0.12, 0}, {0.65, -0.45, 0}, {0.3, -0.65, 0}, {0, -0.7, 0}, {-0.3, -0.65, 0}, {-0.65, -0.45, 0},
                  {-0.85, -0.12, 0}, {-0.85, 0.22, 0}, {-0.6, 0.45, 0}, {-0.3, 0.38, 0.6}, {-0.05, 0.15, 0}, {0.2, -0.15, 0.3},
                  {0.45, -0.5, 0}}
    local pts = {}
    for i, p in ipairs(path) do pts[i] = {p[1] * S, r + p[3] * r, -p[2] * S} end
    local loop = pts
    local dough = tube(pts, r * 0.9, r * 0.9)
    dough = smooth(3, dough, sphere(r * 1.05):move(pts[1]), sphere(r * 1.05):move(pts[#pts]))
    local salt = {}
    for i = 0, 26 do
      local p = loop[(i * 7) % #loop + 1]
      salt[#salt + 1] = box(2.4, 2.4, 2.4):rotate({1, 1, 0}, i * 31):move(p[1] + (i % 3 - 1) * 2, p[2] + r * 0.85, p[3] + (i % 2) * 2)
    end
    return union(dough:part("dough"), union(salt):part("salt"))
  end,
}
