-- A tiara: a delicate jewelled silver band rising to a peak in front, with
-- swirls and sparkling gems, standing upright.
return {
  id = "tiara",
  names = {"tiara", "diadem", "princess tiara", "bridal tiara", "jeweled tiara", "tierra", "tiarra"},
  lvis = {"tiara"},
  family = "jewellery",
  size_mm = 80,
  description = "A jewelled tiara",
  params = {},
  parts = {
    {"metal", "silver", color = "#dfe3e8", role = "primary", names = {"metal", "band", "frame"}},
    {"gems", "gloss", color = "#f0f6ff", role = "secondary", names = {"gems", "jewels", "diamonds", "stones"}},
    {"centre", "gloss", color = "#e8307a", role = "detail", names = {"centre stone", "center stone", "main gem"}},
  },
  build = function(k)
    local R = 80
    -- a half ring band, open at the back, with a crest on the front (+Z)
    local band = intersect(torus(R, 3.2):stretch(1, 1.8, 1), box(400, 100, 400):move(0, 0, 180))
    local parts, gems = {}, {}
    for i = -4, 4 do
      local a = math.rad(90 + i * 17)
      local h = 28 + 30 * math.cos(math.rad(i * 20)) ^ 2
      local p = {math.cos(a) * R, 0, math.sin(a) * R}
      local top = {p[1] * 0.98, h, p[3] * 0.98}
      parts[#parts + 1] = tube({p, {p[1] * 0.99 + (i % 2 == 0 and 6 or -6), h * 0.5, p[3]}, top}, 2.2)
      gems[#gems + 1] = sphere(i == 0 and 6 or 4):move(top[1], top[2] + 3, top[3])
    end
    local arcs = {}
    for i = -4, 3 do
      local a1, a2 = math.rad(90 + i * 17), math.rad(90 + (i + 1) * 17)
      local h1 = 14 + 10 * math.cos(math.rad(i * 20)) ^ 2
      arcs[#arcs + 1] = tube({{math.cos(a1) * R, 4, math.sin(a1) * R}, {math.cos((a1 + a2) / 2) * R, h1 + 8, math.sin((a1 + a2) / 2) * R},
                             {math.cos(a2) * R, 4, math.sin(a2) * R}}, 2)
    end
    local centre = sphere(10):stretch(0.8, 1.2, 0.6):move(0, 66, R * 0.98)
    table.remove(gems, 5)
    return union(union(band, union(parts), union(arcs)):part("metal"), union(gems):part("gems"), centre:part("centre")):move(0, 6, 0):roty(45)
  end,
}
