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
    local R = 15
    local base, y = T.chess_base(R, R * 1.0)
    local stem = T.turned({{R * 0.5, y - 1}, {R * 0.38, y + R * 0.8}, {R * 0.3, y + R * 1.5}, {R * 0.3, y + R * 1.75}})
    local collar = union(cylinder(R * 0.55, R * 0.1, R * 0.04):move(0, y + R * 1.45, 0), cylinder(R * 0.48, R * 0.08, R * 0.03):move(0, y + R * 1.6, 0))
    local mitre = sphere(R * 0.52):stretch(1, 1.45, 1):move(0, y + R * 2.35, 0)
    mitre = subtract(mitre, box(R * 1.4, R * 0.1, R * 0.3):rotx(0):rotz(35):move(R * 0.35, y + R * 2.55, 0))
    local finial = sphere(R * 0.16):move(0, y + R * 3.15, 0)
    return union(base, stem, collar, mitre, finial):part("piece") + cylinder(R * 0.98, 1):part("felt")
  end,
}
