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
    local R = 16
    local base, y = T.chess_base(R, R * 1.0)
    local stem = T.turned({{R * 0.52, y - 1}, {R * 0.36, y + R * 1.0}, {R * 0.3, y + R * 1.8}, {R * 0.45, y + R * 2.3}, {R * 0.62, y + R * 2.75}, {R * 0.55, y + R * 2.85}, {R * 0.3, y + R * 2.9}})
    local collar = cylinder(R * 0.55, R * 0.1, R * 0.04):move(0, y + R * 1.7, 0)
    local points = {}
    for i = 0, 7 do
      local a = math.rad(i * 45)
      points[#points + 1] = sphere(R * 0.1):move(math.cos(a) * R * 0.58, y + R * 2.9, math.sin(a) * R * 0.58)
    end
    local top = sphere(R * 0.2):move(0, y + R * 3.05, 0)
    return union(base, stem, collar, union(table.unpack(points)), top):part("piece") + cylinder(R * 0.98, 1):part("felt")
  end,
}
