-- A frisbee (flying disc): a shallow domed plastic disc with a rolled rim and
-- a couple of raised rings on top, tilted towards the viewer.
return {
  id = "frisbee",
  names = {"frisbee", "flying disc", "frisbie", "ultimate disc", "disc golf disc"},
  lvis = {"frisbee"},
  family = "sports",
  size_mm = 120,
  description = "A frisbee",
  params = {},
  attach_to = {"mouth", "hand", "top"},
  parts = {
    {"disc", "plastic", color = "#f06a1e", role = "primary", names = {"disc", "frisbee"}},
    {"rings", "plastic", color = "#f8f4ea", role = "secondary", names = {"rings", "stripes", "logo"}},
  },
  build = function(k)
    local R = 135
    local dome = intersect(ellipsoid(R, 22, R), box(400, 100, 400):move(0, 50, 0))
    dome = subtract(dome, ellipsoid(R - 6, 17, R - 6))
    local rim = torus(R - 5, 6):move(0, 4, 0)
    local rings = union(torus(R * 0.55, 2.4):move(0, 19.5, 0), torus(R * 0.75, 2.4):move(0, 15.5, 0))
    local top = intersect(rings, ellipsoid(R + 1, 23.5, R + 1))
    return union(smooth(3, dome, rim):part("disc"), top:part("rings")):rotx(35):move(0, 120, 0)
  end,
}
