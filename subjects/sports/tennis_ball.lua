-- A tennis ball: a fuzzy yellow-green ball with a curving white seam; a
-- baseball is white leather with red stitches along the same curve.
local function seam(R, n)
  local a, b = 0.72, 0.28
  local pts = {}
  for i = 0, n do
    local t = 2 * math.pi * i / n
    pts[#pts + 1] = {R * (a * math.cos(t) + b * math.cos(3 * t)), R * (a * math.sin(t) - b * math.sin(3 * t)), R * 2 * math.sqrt(a * b) * math.sin(2 * t)}
  end
  return pts
end

return {
  id = "tennis_ball",
  names = {"tennis ball", "tennisball", "tenis ball"},
  lvis = {"tennis_ball", "baseball"},
  family = "sports",
  size_mm = 67,
  description = "A tennis ball",
  params = {},
  attach_to = {"mouth", "hand", "top"},
  parts = {
    {"ball", "fabric", color = "#d4e83a", role = "primary", names = {"ball", "felt", "fuzz", "leather"}},
    {"seam", "rubber", color = "#f8f8f4", role = "secondary", names = {"seam", "line", "lines"}},
    {"stitches", "fabric", color = "#d8201e", role = "detail", names = {"stitches", "stitching", "laces"}},
  },
  variants = {
    baseball = {names = {"baseball", "base ball", "softball"}, size_mm = 74, colors = {ball = "#f6f2e8", seam = "#ece6d8"}},
    cricket = {names = {"cricket ball"}, size_mm = 72, colors = {ball = "#9a1a1a", seam = "#d8c8a8"}},
  },
  build = function(k)
    local R = 33
    local v = k.variant
    if v == "baseball" or v == "cricket" then
      R = 37
      local ball = sphere(R)
      local pts = seam(R, 64)
      local stitches = {}
      if v == "cricket" then
        local bands = union(torus(R, 1.6):rotx(90), torus(R, 0.9):rotx(90):move(0, 0, 4), torus(R, 0.9):rotx(90):move(0, 0, -4))
        return union(ball:part("ball"), bands:part("seam")):rotx(20):move(0, R, 0)
      end
      for i = 1, #pts - 1 do
        local p, q = pts[i], pts[i + 1]
        local d = {q[1] - p[1], q[2] - p[2], q[3] - p[3]}
        local l = math.sqrt(d[1] ^ 2 + d[2] ^ 2 + d[3] ^ 2)
        d = {d[1] / l, d[2] / l, d[3] / l}
        local nrm = {p[1] / R, p[2] / R, p[3] / R}
        local side = {d[2] * nrm[3] - d[3] * nrm[2], d[3] * nrm[1] - d[1] * nrm[3], d[1] * nrm[2] - d[2] * nrm[1]}
        for _, s in ipairs({-1, 1}) do
          local a = {p[1] + side[1] * 1.2 * s, p[2] + side[2] * 1.2 * s, p[3] + side[3] * 1.2 * s}
          local b = {p[1] + side[1] * 4 * s + d[1] * 1.6, p[2] + side[2] * 4 * s + d[2] * 1.6, p[3] + side[3] * 4 * s + d[3] * 1.6}
          stitches[#stitches + 1] = capsule(a, b, 0.9)
        end
      end
      local groove = tube(pts, 1.1)
      return union(subtract(ball, groove):part("ball"), union(stitches):part("stitches")):rotz(25):move(0, R, 0)
    end
    local ball = sphere(R):noise(0.25, 1.5, 1)
    local line = intersect(tube(seam(R, 72), 1.6), subtract(sphere(R + 0.5), sphere(R - 2)))
    ball = subtract(ball, tube(seam(R, 72), 1.6))
    return union(ball:part("ball"), line:part("seam")):rotz(25):rotx(15):move(0, R, 0)
  end,
}
