-- A Staunton chess queen: a tall waisted stem, a coronet of points and a ball.
local T = use("chess")

return {
  id = "chess_queen",
  names = {"chess queen", "queen chess piece", "queen piece"},
  lvis = {},
  family = "toys",
  size_mm = 90,
  description = "A chess queen",
  parts = T.parts,
  build = function(k)
    return T.queen(16):part("piece") + cylinder(16 * 0.98, 1):part("felt")
  end,
}
