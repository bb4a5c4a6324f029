-- A Staunton chess king: the tallest piece, a flared crown topped by a cross.
local T = use("chess")

return {
  id = "chess_king",
  names = {"chess king", "king chess piece", "king piece"},
  lvis = {},
  family = "toys",
  size_mm = 100,
  description = "A chess king",
  parts = T.parts,
  build = function(k)
    return T.king(16):part("piece") + cylinder(16 * 0.98, 1):part("felt")
  end,
}
