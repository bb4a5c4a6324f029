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
    return T.pawn(14):part("piece") + cylinder(14 * 0.98, 1):part("felt")
  end,
}
