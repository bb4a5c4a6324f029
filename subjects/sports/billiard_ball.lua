-- A billiard ball: a glossy black eight ball with a white circle and a
-- black 8, or a striped or solid coloured pool ball with its number.
return {
  id = "billiard_ball",
  names = {"billiard ball", "pool ball", "8 ball", "eight ball", "snooker ball", "magic 8 ball", "billiards ball"},
  lvis = {"billiard_ball"},
  family = "sports",
  size_mm = 57,
  description = "A black eight ball",
  params = {},
  parts = {
    {"ball", "glazed", color = "#141416", role = "primary", names = {"ball"}},
    {"circle", "glazed", color = "#f8f8f4", role = "secondary", names = {"circle", "spot", "stripe"}},
    {"number", "glazed", color = "#141416", role = "detail", names = {"number"}},
  },
  variants = {
    striped = {names = {"striped pool ball", "stripe ball"}, colors = {ball = "#f8f8f4", circle = "#f4c21e"}},
    cue = {names = {"cue ball", "white ball"}, colors = {ball = "#f8f8f4"}},
  },
  build = function(k)
    local R = 28.5
    local ball = sphere(R)
    local v = k.variant
    if v == "cue" then return ball:part("ball"):move(0, R, 0) end
    local shell = subtract(sphere(R + 0.4), sphere(R - 2))
    local shape
    if v == "striped" then
      local band = intersect(shell, box(100, R * 1.1, 100))
      local circle = intersect(shell, cylinder(R * 0.38, 60):rotx(90))
      shape = union(ball:part("ball"), band:part("circle"), intersect(circle, box(100, 100, 100):move(0, 0, 50)):part("ball"))
    else
      local circle = intersect(shell, cylinder(R * 0.42, 60):rotx(90))
      shape = union(ball:part("ball"), circle:part("circle"))
    end
    local eight = union(torus(4.2, 1.3):rotx(90):move(0, 4.2, 0), torus(5, 1.4):rotx(90):move(0, -4.6, 0)):move(0, 0, R - 0.2)
    shape = shape + intersect(eight, sphere(R + 0.9)):part("number")
    return shape:rotx(-25):roty(-20):move(0, R, 0)
  end,
}
