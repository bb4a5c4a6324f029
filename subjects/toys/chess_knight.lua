-- A Staunton chess knight: a horse's head and neck with a mane on a base.
local T = use("chess")

return {
  id = "chess_knight",
  names = {"chess knight", "knight chess piece", "chess horse", "knight piece", "horse chess piece"},
  lvis = {},
  family = "toys",
  size_mm = 65,
  description = "A chess knight",
  parts = T.parts,
  build = function(k)
    return T.knight(15):part("piece") + cylinder(15 * 0.98, 1):part("felt")
  end,
}
