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
    local R = 15
    local base, y = T.chess_base(R, R * 0.7)
    -- Side profile of the horse's head (facing +X), extruded across Z.
    local prof = {
      {-R * 0.55, 0}, {R * 0.55, 0}, {R * 0.5, R * 0.5}, {R * 0.3, R * 0.9}, {R * 0.45, R * 1.2},
      {R * 1.0, R * 1.35}, {R * 1.1, R * 1.55}, {R * 0.9, R * 1.85}, {R * 0.35, R * 2.15}, {R * 0.15, R * 2.45},
      {-R * 0.05, R * 2.2}, {-R * 0.45, R * 1.85}, {-R * 0.65, R * 1.1}, {-R * 0.62, R * 0.5},
    }
    local head = extrude(prof, R * 0.7, R * 0.15):move(0, y - 1, 0)
    head = smooth(R * 0.1, head, ellipsoid(R * 0.5, R * 0.4, R * 0.4):move(0, y + R * 0.1, 0))
    local mane = {}
    for i = 0, 4 do
      mane[#mane + 1] = sphere(R * 0.16):move(-R * 0.5 + i * R * 0.12, y + R * (0.8 + i * 0.3), 0)
    end
    local eye = sphere(R * 0.08):move(R * 0.5, y + R * 1.75, R * 0.33)
    head = subtract(subtract(head, eye), sphere(R * 0.08):move(R * 0.5, y + R * 1.75, -R * 0.33))
    return union(base, head, union(table.unpack(mane))):part("piece") + cylinder(R * 0.98, 1):part("felt")
  end,
}
