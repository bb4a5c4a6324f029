-- A Staunton chess queen: a tall waisted stem, a coronet of points and a ball.
local T = {}

function T.turned(pts)
  local prof = {}
  for _, p in ipairs(pts) do prof[#prof + 1] = {math.max(p[1], 0.5), p[2]} end
  return lathe(prof)
end

-- The Staunton base: a wide foot with a bead, a concave rise, then a collar
-- at height `neck`; radius R; returns the shape and the collar height.
function T.chess_base(R, neck)
  local base = T.turned({
    {R, 0}, {R, R * 0.18}, {R * 0.92, R * 0.26}, {R * 0.96, R * 0.34}, {R * 0.86, R * 0.42},
    {R * 0.7, R * 0.5}, {R * 0.56, R * 0.5 + (neck - R * 0.5) * 0.35}, {R * 0.46, R * 0.5 + (neck - R * 0.5) * 0.7}, {R * 0.4, neck},
  })
  local collar = cylinder(R * 0.62, R * 0.1, R * 0.04):move(0, neck - R * 0.02, 0)
  return base + collar, neck + R * 0.08
end

T.parts = {
  {"piece", "wood", color = "#f0e2c4", role = "primary", names = {"piece", "body"}},
  {"felt", "fabric", color = "#2e6a3a", role = "detail", names = {"felt", "base", "bottom"}},
}

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
