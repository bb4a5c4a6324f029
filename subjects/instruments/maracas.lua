-- Maracas: a pair of egg-shaped rattles on short handles, painted with
-- bright bands, crossed.
return {
  id = "maracas",
  names = {"maracas", "maraca", "rattle shaker", "shaker instrument", "marracas"},
  lvis = {},
  family = "instruments",
  size_mm = 220,
  description = "A pair of maracas",
  params = {},
  parts = {
    {"heads", "paint", color = "#e8401e", role = "primary", names = {"heads", "body", "maracas"}},
    {"bands", "paint", color = "#f4c81e", role = "secondary", names = {"bands", "stripes", "pattern"}},
    {"handles", "wood", color = "#c8904e", role = "detail", names = {"handles", "handle"}},
  },
  build = function(k)
    local out = empty()
    for i, s in ipairs({-1, 1}) do
      local head = ellipsoid(48, 60, 48):move(0, 160, 0)
      local bands = intersect(ellipsoid(49, 61, 49):move(0, 160, 0), union(box(200, 10, 200):move(0, 160, 0), box(200, 7, 200):move(0, 186, 0),
                                                                               box(200, 7, 200):move(0, 134, 0)))
      local handle = lathe({{10, 0}, {9, 40}, {11, 100}, {16, 108}})
      local m = union(head:part("heads"), bands:part("bands"), handle:part("handles"))
      out = out + m:rotz(s * 20):move(s * 30, 0, s * 10)
    end
    return out
  end,
}
