-- A bowling ball: a heavy glossy ball with three finger holes.
return {
  id = "bowling_ball",
  names = {"bowling ball", "bowlingball"},
  lvis = {"bowling_ball"},
  family = "sports",
  size_mm = 218,
  description = "A bowling ball",
  params = {},
  parts = {
    {"ball", "glazed", color = "#1e3a8a", role = "primary", names = {"ball"}},
    {"swirl", "glazed", color = "#6a2a9a", role = "secondary", names = {"swirl", "marbling"}},
  },
  build = function(k)
    local R = 109
    local ball = sphere(R)
    local holes = {}
    for _, h in ipairs({{-16, 0, 6}, {16, 0, 6}, {0, 0, -34}}) do
      local d = {h[1], R, h[3]}
      local l = math.sqrt(d[1] ^ 2 + d[2] ^ 2 + d[3] ^ 2)
      holes[#holes + 1] = cylinder(h[3] < 0 and 12 or 10, 60):aim({d[1] / l, d[2] / l, d[3] / l}, {d[1] / l * (R - 50), d[2] / l * (R - 50), d[3] / l * (R - 50)})
    end
    ball = smooth_sub(ball, union(holes), 2)
    local swirl = intersect(subtract(sphere(R + 0.3), sphere(R - 2)), box(3 * R, 14, 3 * R):noise(20, 80, 2):rotz(30))
    swirl = subtract(swirl, union(holes))
    return union(ball:part("ball"), swirl:part("swirl")):rotx(50):roty(-30):move(0, R, 0)
  end,
}
