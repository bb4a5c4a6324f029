-- A magnifying glass: a round glass lens in a metal rim on a straight wooden
-- handle, standing handle down.
return {
  id = "magnifying_glass",
  names = {"magnifying glass", "magnifier", "hand lens", "magnifying lens", "magnifiying glass", "magnifine glass"},
  lvis = {"magnifying_glass"},
  family = "tools",
  size_mm = 260,
  description = "A magnifying glass",
  params = {},
  parts = {
    {"rim", "brass", color = "#c8a040", role = "primary", names = {"rim", "frame", "metal"}},
    {"lens", "gloss", color = "#d8ecf8", role = "secondary", names = {"lens", "glass"}},
    {"handle", "wood", color = "#5a3420", role = "detail", names = {"handle", "grip"}},
  },
  build = function(k)
    local R = 60
    local c = {0, 175, 0}
    local rim = torus(R, 7):stretch(1, 1, 1.3):rotx(90):move(c)
    local lens = sphere(R * 2.2):stretch(1, 1, 0.035)
    lens = intersect(lens, cylinder(R, 40):rotx(90):move(0, 0, -20)):move(c)
    local neck = limb({0, c[2] - R - 4, 0}, {0, c[2] - R - 26, 0}, 9, 11)
    local handle = lathe({{13, 0}, {16, 8}, {15, 80}, {12, 100}})
    return union(union(rim, neck):part("rim"), lens:part("lens"), handle:part("handle")):roty(-25)
  end,
}
