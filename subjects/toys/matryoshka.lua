-- A matryoshka: a Russian nesting doll, an egg-shaped lathe body painted with
-- a headscarf, a face and a flowered apron; a smaller doll stands beside it.
return {
  id = "matryoshka",
  names = {"matryoshka", "matryoshka doll", "russian doll", "nesting doll", "babushka doll", "stacking doll", "russian nesting doll"},
  lvis = {},
  family = "toys",
  size_mm = 180,
  description = "A painted Russian nesting doll",
  several = true,
  params = {},
  parts = {
    {"body", "paint", color = "#c8202a", role = "primary", names = {"body", "dress", "scarf", "headscarf"}},
    {"apron", "paint", color = "#f0c838", role = "secondary", names = {"apron", "flowers", "pattern"}},
    {"face", "paint", color = "#f6dcc4", role = "detail", names = {"face"}},
    {"hair", "paint", color = "#3a2418", role = "detail", names = {"hair"}},
    {"cheeks", "paint", color = "#e04a5a", role = "detail", names = {"cheeks", "lips", "flower"}},
    {"eyes", "plastic", color = "#141416", role = "fixed"},
  },
  build = function(k)
    local function doll(s)
      local R = 50 * s
      local prof = {{R * 0.85, 0}, {R * 0.98, R * 0.4}, {R, R * 0.9}, {R * 0.88, R * 1.45}, {R * 0.66, R * 1.75},
                    {R * 0.7, R * 2.05}, {R * 0.72, R * 2.4}, {R * 0.55, R * 2.75}, {R * 0.2, R * 2.95}, {1, R * 3.0}}
      local body = lathe(prof)
      local hy = R * 2.3
      local face = intersect(body:scale(1.01), ellipsoid(R * 0.6, R * 0.5, R * 0.5):move(R * 0.7, hy, 0))
      local apron = intersect(body:scale(1.01), ellipsoid(R * 0.8, R * 1.0, R * 0.7):move(R * 0.7, R * 0.85, 0))
      local shape = body:part("body") + face:part("face") + apron:part("apron")
      shape = shape + intersect(body:scale(1.015), ellipsoid(R * 0.5, R * 0.18, R * 0.55):move(R * 0.7, hy + R * 0.38, 0)):part("hair")
      for _, z in ipairs({-1, 1}) do
        shape = shape + sphere(R * 0.06):move(R * 0.66, hy + R * 0.08, z * R * 0.18):part("eyes")
        shape = shape + sphere(R * 0.08):stretch(0.4, 1, 1):move(R * 0.66, hy - R * 0.12, z * R * 0.3):part("cheeks")
      end
      shape = shape + sphere(R * 0.05):stretch(0.5, 0.6, 1.2):move(R * 0.7, hy - R * 0.22, 0):part("cheeks")
      -- A flower on the apron.
      shape = shape + star(6, R * 0.3, R * 0.14, R * 0.06):roty(90):move(R * 0.98, R * 0.9, 0):part("cheeks")
      return shape
    end
    return doll(1) + doll(0.6):move(60, 0, 70)
  end,
}
