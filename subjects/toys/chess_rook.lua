-- A Staunton chess rook: a castle turret with crenellations on a turned base.
local T = use("chess")

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
