-- A Staunton chess rook: a castle turret with crenellations on a turned base.
local T = {}

function T.turned(pts)
  local prof = {}
  for _, p in ipairs(pts) do prof[#prof + 1] = {math.max(p[1], 0.5), p[2]} end
  return lathe(prof)
end

-- The Staunton base: a wide foot with a bead, a concave rise, then a collar
-- at height `neck`; radius R; returns the shape and the collar height.
function T.chess_base(R, neck)
  local base = T.turned({
    {R, 0}, {R, R * 0.18}, {R * 0.92, R * 0.26}, {R * 0.96, R * 0.34}, {R * 0.86, R * 0.42},
    {R * 0.7, R * 0.5}, {R * 0.56, R * 0.5 + (neck - R * 0.5) * 0.35}, {R * 0.46, R * 0.5 + (neck - R * 0.5) * 0.7}, {R * 0.4, neck},
  })
  local collar = cylinder(R * 0.62, R * 0.1, R * 0.04):move(0, neck - R * 0.02, 0)
  return base + collar, neck + R * 0.08
end

T.parts = {
  {"piece", "wood", color = "#f0e2c4", role = "primary", names = {"piece", "body"}},
  {"felt", "fabric", color = "#2e6a3a", role = "detail", names = {"felt", "base", "bottom"}},
}

return {
  id = "chess_rook",
  names = {"chess rook", "rook", "chess castle", "castle chess piece", "rook chess piece"},
  lvis = {},
  family = "toys",
  size_mm = 58,
  description = "A chess rook",
  parts = T.parts,
  build = function(k)
    local R = 15
    local base, y = T.chess_base(R, R * 0.9)
    local tower = T.turned({{R * 0.62, y - 1}, {R * 0.52, y + R * 0.4}, {R * 0.5, y + R * 1.3}, {R * 0.68, y + R * 1.55}, {R * 0.72, y + R * 2.05}})
    tower = subtract(tower, cylinder(R * 0.45, R):move(0, y + R * 1.8, 0))
    local slots = {}
    for i = 0, 2 do slots[#slots + 1] = box(R * 2, R * 0.35, R * 0.3):roty(i * 60):move(0, y + R * 2.05, 0) end
    tower = subtract(tower, union(table.unpack(slots)))
    return union(base, tower):part("piece") + cylinder(R * 0.98, 1):part("felt")
  end,
}
