-- An igloo: a dome of snow blocks with a low arched entrance tunnel.
local S = use and use("shapes")

return {
  id = "igloo",
  names = {"igloo", "iglu", "snow house", "snowhouse", "ice house", "snow hut"},
  lvis = {},
  family = "buildings",
  size_mm = 2500,
  description = "An igloo of snow blocks with an entrance tunnel",
  params = {r = {150, 170}, rows = {6, 7}},
  parts = {
    {"snow", "ice", color = "#eef4fa", role = "primary", names = {"snow", "blocks", "dome", "ice"}},
    {"joints", "ice", color = "#c4d4e4", role = "secondary", names = {"joints", "lines", "grooves"}},
    {"door", "fabric", color = "#1e2430", role = "fixed"},
  },
  points = {"top"},
  build = function(k)
    local R = k.p.r
    local rows = math.floor(k.p.rows + 0.5)
    local dome = sphere(R) * box(4 * R, 2 * R, 4 * R):move(0, R, 0)
    -- block joints: horizontal grooves and staggered vertical ones
    local grooves = {}
    for i = 1, rows - 1 do
      local a = (math.pi / 2) * i / rows
      local y, rr = R * math.sin(a), R * math.cos(a)
      grooves[#grooves + 1] = torus(rr, 2.2):move(0, y, 0)
    end
    for i = 0, rows - 2 do
      local a0, a1 = (math.pi / 2) * i / rows, (math.pi / 2) * (i + 1) / rows
      local n = math.max(3, math.floor(12 * math.cos(a0)))
      grooves[#grooves + 1] = intersect(radial(box(4, R * 2, R * 2.2):move(0, R, 0), n, (i % 2) * 180 / n),
                                        box(4 * R, R * (math.sin(a1) - math.sin(a0)), 4 * R):move(0, R * (math.sin(a1) + math.sin(a0)) / 2, 0))
    end
    local shell = intersect(sphere(R + 1.5) - sphere(R - 3), union(grooves))
    local tl = R * 0.55
    local tr = R * 0.38
    local tunnel = intersect(capsule({R * 0.5, 0, 0}, {R * 0.5 + tl, 0, 0}, tr):stretch(1, 1.15, 1), box(4 * R, 2 * R, 4 * R):move(0, R, 0))
    local hole = intersect(capsule({R * 0.5, 0, 0}, {R * 0.5 + tl + tr + 20, 0, 0}, tr * 0.6):stretch(1, 1.2, 1), box(4 * R, 2 * R, 4 * R):move(0, R, 0))
    local body = subtract(dome + tunnel, hole)
    local shape = body:part("snow") + subtract(shell, hole):part("joints")
    shape = shape + intersect(capsule({R * 0.5, 0, 0}, {R * 0.5 + tl * 0.7, 0, 0}, tr * 0.62):stretch(1, 1.2, 1), box(4 * R, 2 * R, 4 * R):move(0, R, 0)):part("door")
    k.attach("top", {0, R, 0}, R * 0.4)
    return shape:roty(-45)
  end,
}
