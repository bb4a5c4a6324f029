-- Shared by the chess pieces (subjects/toys/chess_*.lua) and the chessboard's
-- set: the turned Staunton base, the six pieces, and the two material slots
-- every piece has.
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

-- The six Staunton pieces, base radius R, standing on y = 0 (one shape each,
-- no felt): the chess_* subjects and the chessboard's set build from them.
function T.pawn(R)
  local base, y = T.chess_base(R, R * 1.6)
  local body = T.turned({{R * 0.5, y - 1}, {R * 0.42, y + R * 0.5}, {R * 0.3, y + R * 0.95}})
  local collar = cylinder(R * 0.5, R * 0.08, R * 0.03):move(0, y + R * 0.9, 0)
  local head = sphere(R * 0.5):move(0, y + R * 1.38, 0)
  return union(base, body, collar, head)
end

function T.rook(R)
  local base, y = T.chess_base(R, R * 0.9)
  local tower = T.turned({{R * 0.62, y - 1}, {R * 0.52, y + R * 0.4}, {R * 0.5, y + R * 1.3}, {R * 0.68, y + R * 1.55}, {R * 0.72, y + R * 2.05}})
  tower = subtract(tower, cylinder(R * 0.45, R):move(0, y + R * 1.8, 0))
  local slots = {}
  for i = 0, 2 do slots[#slots + 1] = box(R * 2, R * 0.35, R * 0.3):roty(i * 60):move(0, y + R * 2.05, 0) end
  tower = subtract(tower, union(table.unpack(slots)))
  return union(base, tower)
end

function T.knight(R)
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
  return union(base, head, union(table.unpack(mane)))
end

function T.bishop(R)
  local base, y = T.chess_base(R, R * 1.0)
  local stem = T.turned({{R * 0.5, y - 1}, {R * 0.38, y + R * 0.8}, {R * 0.3, y + R * 1.5}, {R * 0.3, y + R * 1.75}})
  local collar = union(cylinder(R * 0.55, R * 0.1, R * 0.04):move(0, y + R * 1.45, 0), cylinder(R * 0.48, R * 0.08, R * 0.03):move(0, y + R * 1.6, 0))
  local mitre = sphere(R * 0.52):stretch(1, 1.45, 1):move(0, y + R * 2.35, 0)
  mitre = subtract(mitre, box(R * 1.4, R * 0.1, R * 0.3):rotx(0):rotz(35):move(R * 0.35, y + R * 2.55, 0))
  local finial = sphere(R * 0.16):move(0, y + R * 3.15, 0)
  return union(base, stem, collar, mitre, finial)
end

function T.queen(R)
  local base, y = T.chess_base(R, R * 1.0)
  local stem = T.turned({{R * 0.52, y - 1}, {R * 0.36, y + R * 1.0}, {R * 0.3, y + R * 1.8}, {R * 0.45, y + R * 2.3}, {R * 0.62, y + R * 2.75}, {R * 0.55, y + R * 2.85}, {R * 0.3, y + R * 2.9}})
  local collar = cylinder(R * 0.55, R * 0.1, R * 0.04):move(0, y + R * 1.7, 0)
  local points = {}
  for i = 0, 7 do
    local a = math.rad(i * 45)
    points[#points + 1] = sphere(R * 0.1):move(math.cos(a) * R * 0.58, y + R * 2.9, math.sin(a) * R * 0.58)
  end
  local top = sphere(R * 0.2):move(0, y + R * 3.05, 0)
  return union(base, stem, collar, union(table.unpack(points)), top)
end

function T.king(R)
  local base, y = T.chess_base(R, R * 1.0)
  local stem = T.turned({{R * 0.52, y - 1}, {R * 0.38, y + R * 1.0}, {R * 0.32, y + R * 1.8}, {R * 0.48, y + R * 2.3}, {R * 0.6, y + R * 2.7}, {R * 0.4, y + R * 2.85}})
  local collar = cylinder(R * 0.56, R * 0.1, R * 0.04):move(0, y + R * 1.7, 0)
  local cross = union(box(R * 0.2, R * 0.75, R * 0.2):move(0, y + R * 3.2, 0), box(R * 0.55, R * 0.2, R * 0.2):move(0, y + R * 3.3, 0))
  return union(base, stem, collar, cross)
end

T.parts = {
  {"piece", "wood", color = "#f0e2c4", role = "primary", names = {"piece", "body"}},
  {"felt", "fabric", color = "#2e6a3a", role = "detail", names = {"felt", "base", "bottom"}},
}

return T
