-- Lavender: a bunch of slim grey-green stems topped with tall spikes of
-- tiny purple flowers, tied with a ribbon.
return {
  id = "lavender",
  names = {"lavender", "lavender bunch", "lavender flowers", "sprig of lavender", "lavendar", "lavander"},
  lvis = {},
  family = "plants",
  size_mm = 300,
  description = "A bunch of lavender",
  params = {},
  parts = {
    {"flowers", "plant", color = "#8a5ac8", role = "primary", names = {"flowers", "spikes", "buds", "lavender"}},
    {"stems", "plant", color = "#7a9a6a", role = "secondary", names = {"stems", "leaves"}},
    {"ribbon", "fabric", color = "#f4ecd8", role = "detail", names = {"ribbon", "string", "bow"}},
  },
  build = function(k)
    local stems, buds = {}, {}
    for i = 0, 10 do
      local a = math.rad(i * 137.5)
      local spread = 10 + (i % 4) * 9
      local top = {math.cos(a) * spread * 2.2, 240 + (i % 3) * 18, math.sin(a) * spread * 2.2}
      local tie = {math.cos(a) * 6, 90, math.sin(a) * 6}
      stems[#stems + 1] = polyline({{math.cos(a) * spread * 0.6, 0, math.sin(a) * spread * 0.6}, tie, top}, 3)
      for j = 0, 7 do
        local t = j / 7
        local p = {top[1] * (1 + t * 0.12), top[2] + t * 70, top[3] * (1 + t * 0.12)}
        buds[#buds + 1] = sphere(8 - t * 3):stretch(1, 1.3, 1):move(p)
      end
    end
    local ribbon = union(torus(14, 5):move(0, 90, 0), ellipsoid(18, 10, 6):move(-14, 96, 14), ellipsoid(18, 10, 6):move(14, 96, 14),
                         capsule({4, 86, 16}, {14, 56, 22}, 3), capsule({-4, 86, 16}, {-12, 52, 22}, 3))
    return union(union(stems):part("stems"), union(buds):part("flowers"), ribbon:part("ribbon"))
  end,
}
