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
    return T.rook(15):part("piece") + cylinder(15 * 0.98, 1):part("felt")
  end,
}
