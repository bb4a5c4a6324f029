-- A grassy hill: a low, wide mound of earth under a cap of grass, with a
-- few rocks breaking through on its flank. Mostly a support ("a castle on a
-- hill", "a tree on a hilltop"): its top is a broad, gently rounded crown.
return {
  id = "hill",
  names = {"hill", "hilltop", "hillside", "mound", "grassy hill", "knoll", "grassy knoll", "hillock"},
  lvis = {},
  family = "nature",
  size_mm = 400,
  description = "A grassy hill",
  params = {lean = {-0.15, 0.15}, spread = {1.0, 1.2}},
  parts = {
    {"grass", "plant", color = "#6a9a3a", role = "primary", names = {"grass", "turf", "top"}},
    {"earth", "clay", color = "#7a5a3a", role = "secondary", names = {"earth", "soil", "dirt", "ground"}},
    {"rocks", "stone", color = "#8c8984", role = "detail", names = {"rocks", "stones", "boulders"}},
  },
  points = {"top"},
  build = function(k)
    local w = 1000 * k.p.spread
    local h = 400
    -- A squashed dome whose crown is flattened so things stand on it.
    local mound = ellipsoid(w * 0.5, h, w * 0.42):noise(h * 0.04, w * 0.4, 2)
    mound = intersect(mound, box(w * 2, h, w * 2):move(0, h * 0.5, 0))
    local crown = h * 0.92
    mound = intersect(mound, box(w * 2, crown, w * 2):move(0, crown * 0.5, 0))
    -- Grass over the upper part, bare earth in a band at the foot.
    local grass = intersect(mound, box(w * 2, crown, w * 2):move(0, crown * 0.5 + h * 0.14, 0))
    local earth = mound
    local rocks = union({
      sphere(w * 0.05):noise(w * 0.01, w * 0.05, 2):move(w * 0.33, h * 0.25, w * 0.16),
      sphere(w * 0.035):noise(w * 0.008, w * 0.04, 2):move(-w * 0.28, h * 0.3, w * 0.22),
      sphere(w * 0.03):noise(w * 0.006, w * 0.03, 2):move(w * 0.05, h * 0.18, w * 0.37),
    })
    k.attach("top", {0, crown, 0}, w * 0.45)
    return earth:part("earth") + grass:round(4):part("grass") + rocks:part("rocks")
  end,
}
