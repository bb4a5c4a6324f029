-- Shared by the chess pieces (subjects/toys/chess_*.lua): the turned
-- Staunton base and the two material slots every piece has.
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

return T
