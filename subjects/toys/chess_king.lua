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
    local R = 16
    local base, y = T.chess_base(R, R * 1.0)
    local stem = T.turned({{R * 0.52, y - 1}, {R * 0.38, y + R * 1.0}, {R * 0.32, y + R * 1.8}, {R * 0.48, y + R * 2.3}, {R * 0.6, y + R * 2.7}, {R * 0.4, y + R * 2.85}})
    local collar = cylinder(R * 0.56, R * 0.1, R * 0.04):move(0, y + R * 1.7, 0)
    local cross = union(box(R * 0.2, R * 0.75, R * 0.2):move(0, y + R * 3.2, 0), box(R * 0.55, R * 0.2, R * 0.2):move(0, y + R * 3.3, 0))
    return union(base, stem, collar, cross):part("piece") + cylinder(R * 0.98, 1):part("felt")
  end,
}
