-- A basketball: an orange pebbled ball with black seam lines, one around the
-- middle, one over the top and two curved ones on the sides.
return {
  id = "basketball",
  names = {"basketball", "basket ball", "bball", "nba ball", "basketbal"},
  lvis = {"basketball"},
  family = "sports",
  size_mm = 240,
  description = "A basketball",
  params = {},
  parts = {
    {"ball", "rubber", color = "#e0641e", role = "primary", names = {"ball", "leather", "panels"}},
    {"lines", "rubber", color = "#161414", role = "secondary", names = {"lines", "seams", "stripes"}},
  },
  build = function(k)
    local R = 120
    local ball = sphere(R):noise(0.35, 2.5, 1)
    local w = 6
    local slabs = union(box(2 * R + 10, 2 * R + 10, w), box(w, 2 * R + 10, 2 * R + 10),
                        box(w, 2 * R + 10, 2 * R + 10):move(R * 0.62, 0, 0), box(w, 2 * R + 10, 2 * R + 10):move(-R * 0.62, 0, 0))
    slabs = slabs:rotx(90)
    local lines = intersect(sphere(R + 1.5), slabs)
    return union(ball:part("ball"), lines:part("lines")):rotz(20):roty(30):move(0, R, 0)
  end,
}
