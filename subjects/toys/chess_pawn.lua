-- A Staunton chess pawn: a round head on a collar over a turned base.
local T = use("chess")

return {
  id = "chess_pawn",
  names = {"chess pawn", "pawn", "chess piece", "chessman", "chess man", "pawn chess piece"},
  lvis = {},
  family = "toys",
  size_mm = 50,
  description = "A chess pawn",
  parts = T.parts,
  build = function(k)
    local R = 14
    local base, y = T.chess_base(R, R * 1.6)
    local body = T.turned({{R * 0.5, y - 1}, {R * 0.42, y + R * 0.5}, {R * 0.3, y + R * 0.95}})
    local collar = cylinder(R * 0.5, R * 0.08, R * 0.03):move(0, y + R * 0.9, 0)
    local head = sphere(R * 0.5):move(0, y + R * 1.38, 0)
    return union(base, body, collar, head):part("piece") + cylinder(R * 0.98, 1):part("felt")
  end,
}
