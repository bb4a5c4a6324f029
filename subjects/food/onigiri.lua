-- Onigiri: a rounded triangle of white rice wrapped at the bottom in a strip
-- of dark nori seaweed, standing up.
return {
  id = "onigiri",
  names = {"onigiri", "rice ball", "riceball", "omusubi", "japanese rice ball"},
  lvis = {},
  family = "food",
  size_mm = 80,
  description = "An onigiri rice ball",
  params = {},
  parts = {
    {"rice", "food", color = "#fbfaf6", role = "primary", names = {"rice"}},
    {"nori", "food", color = "#1a2418", role = "secondary", names = {"nori", "seaweed", "wrap"}},
  },
  build = function(k)
    local tri = {{-50, 0}, {50, 0}, {0, 80}}
    local rice = extrude(tri, 40, 16):move(0, 16, 0)
    rice = rice:noise(0.8, 3, 1)
    local nori = intersect(extrude(tri, 46, 18):move(0, 16, 0), box(44, 60, 100):move(0, 10, 0))
    return union(rice:part("rice"), nori:part("nori")):roty(-20)
  end,
}
