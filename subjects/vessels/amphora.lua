-- An amphora: a tall terracotta vessel tapering to a pointed foot, a wide
-- shoulder, a narrow neck and two handles from neck to shoulder; painted
-- black bands.
local V = use("vessel")

return {
  id = "amphora",
  names = {"amphora", "greek amphora", "ancient amphora", "roman amphora", "amphorae", "greek vase", "ancient vase"},
  lvis = {"vase"},
  family = "vessels",
  size_mm = 300,
  description = "An amphora with two handles and a pointed foot",
  params = {belly = {65, 75}, belly_at = {0.5, 0.58}},
  parts = {
    {"body", "terracotta", color = "#c0683a", role = "primary", names = {"body", "clay"}},
    {"bands", "paint", color = "#1e1a18", role = "secondary", names = {"bands", "band", "pattern", "decoration", "stripes"}},
  },
  points = {"inside", "fill", "top"},
  build = function(k)
    local h = 260
    local belly = k.p.belly
    local prof = V.keyed({{0, 14}, {0.06, 12}, {0.2, belly * 0.55}, {k.p.belly_at, belly}, {0.72, belly * 0.75},
                          {0.8, 22}, {0.95, 20}, {1, 30}}, h, 32)
    local body = V.solid_vessel(prof, 6, h * 0.4)
    local shape = body:part("body")
    local foot = lathe({{22, 0}, {20, 4}, {10, 10}, {12, 16}}):move(0, -10, 0)
    shape = smooth(3, shape, foot:part("body"))
    -- Painted bands: thin proud rings following the profile.
    for _, y in ipairs({h * 0.36, h * 0.4, h * 0.66}) do
      local r = V.radius_at(prof, y)
      -- a ring, not a disc: a disc across the cavity would seal a void below it
      local ring = intersect(lathe(prof):round(0.8), box(400, 6, 400):move(0, y, 0)) - cylinder(r - 4, 12):move(0, y - 6, 0)
      shape = shape + ring:part("bands")
    end
    shape = shape + torus(30, 2.5):move(0, h - 2, 0):part("bands")
    for _, s in ipairs({-1, 1}) do
      local hdl = V.loop_handle({s * 21, h * 0.9, 0}, {s * belly * 0.7, h * 0.7, 0}, {s, 0.6, 0}, 28, 5)
      shape = smooth(4, shape, hdl:part("body"))
    end
    V.cavity(k, prof, 6, 0, 0.85, {inside_at = 0.6})
    k.attach("top", {0, h, 0}, 60)
    return shape
  end,
}
