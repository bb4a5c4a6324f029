-- A seashell: a scallop shell, a ribbed fan rising from a hinge with two
-- little ears, standing on its hinge with its domed face to the viewer.
return {
  id = "shell",
  names = {"shell", "seashell", "sea shell", "scallop", "scallop shell", "clam shell", "clamshell", "cockle", "seashel"},
  lvis = {"seashell"},
  family = "nature",
  size_mm = 50,
  description = "A scallop seashell",
  params = {ribs = {15, 19}},
  parts = {
    {"shell", "ceramic", color = "#f2c0a0", role = "primary", names = {"shell"}},
    {"ribs", "ceramic", color = "#e09878", role = "secondary", names = {"ribs", "stripes", "lip"}},
  },
  build = function(k)
    local R = 100
    local nr = math.floor(k.p.ribs + 0.5)
    local spread = 120
    local dome = ellipsoid(R, 30, R)
    local fan = extrude({{0, 0}, {R * 1.5 * math.cos(math.rad(90 - spread / 2)), R * 1.5 * math.sin(math.rad(90 - spread / 2))},
                         {0, R * 1.6}, {-R * 1.5 * math.cos(math.rad(90 - spread / 2)), R * 1.5 * math.sin(math.rad(90 - spread / 2))}}, 200)
      :rotx(90)
    local body = intersect(dome, fan)
    body = intersect(body, box(4 * R, 100, 4 * R):move(0, 50, 0))
    local ribs = {}
    for i = 0, nr - 1 do
      local a = math.rad(90 - spread / 2 + spread * (i + 0.5) / nr)
      local d = {math.cos(a), 0, math.sin(a)}
      ribs[#ribs + 1] = box(R * 2.2, 80, 5):move(R * 1.1, 0, 0):roty(-math.deg(a)):move(0, 0, 0)
    end
    local ribbed = intersect(union(ribs), ellipsoid(R + 2, 33, R + 2))
    ribbed = intersect(ribbed, fan)
    ribbed = intersect(ribbed, box(4 * R, 100, 4 * R):move(0, 50, 0))
    local ears = extrude({{-30, 0}, {30, 0}, {22, 18}, {-22, 18}}, 12, 2):rotx(90):move(0, 6, 4)
    local shape = union(body:part("shell"), ribbed:part("ribs"), ears:part("shell"))
    return shape:rotx(-68):roty(-90)
  end,
}
