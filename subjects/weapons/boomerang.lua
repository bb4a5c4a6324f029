-- A boomerang: a flat wooden V with rounded arms, painted with bands, lying
-- tilted towards the viewer.
return {
  id = "boomerang",
  names = {"boomerang", "boomarang", "bumerang", "throwing stick"},
  lvis = {"boomerang"},
  family = "weapons",
  size_mm = 60,
  description = "A boomerang",
  params = {},
  parts = {
    {"wood", "wood", color = "#c8884a", role = "primary", names = {"wood", "boomerang"}},
    {"bands", "paint", color = "#d8401e", role = "secondary", names = {"bands", "paint", "stripes", "pattern"}},
  },
  build = function(k)
    local pts = {{-200, -60, 0}, {-110, 0, 0}, {0, 40, 0}, {110, 0, 0}, {200, -60, 0}}
    local arm = tube(pts, 28, 28):stretch(1, 1, 0.3)
    local bands = {}
    for _, x in ipairs({-150, -90, 90, 150}) do bands[#bands + 1] = box(14, 200, 200):move(x, 0, 0) end
    local b = intersect(arm:round(0.6), union(bands))
    return union(arm:part("wood"), b:part("bands")):rotx(-60):move(0, 60, 0)
  end,
}
