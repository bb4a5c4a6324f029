-- A Staunton chess bishop: a mitre with a slanted cut and a ball finial.
local T = use("chess")

return {
  id = "chess_bishop",
  names = {"chess bishop", "bishop chess piece", "bishop piece"},
  lvis = {},
  family = "toys",
  size_mm = 75,
  description = "A chess bishop",
  parts = T.parts,
  build = function(k)
    return T.bishop(15):part("piece") + cylinder(15 * 0.98, 1):part("felt")
  end,
}
