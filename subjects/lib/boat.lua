-- The boat rig: hulls lofted from elliptical sections along the length and
-- cut flat at the deck, optionally hollowed; masts, sails, cabins.
-- Boats face +X (bow), stand with the keel on y = 0, port side towards +Z.
--   local H = use("boat")
local H = {}

function H.block(x0, y0, z0, x1, y1, z1, round)
  return box(x1 - x0, y1 - y0, z1 - z0, round or 0):move((x0 + x1) / 2, (y0 + y1) / 2, (z0 + z1) / 2)
end

-- A hull L long (x from -L/2 stern to +L/2 bow), `beam` wide, `depth` from
-- keel to deck. o.stern: 0 pointed … 1 full transom; o.bow_lift: the sheer
-- rises towards the bow by this many mm; o.bow: bow fineness (1 default);
-- o.flat: 0 round bottom … 1 flatter bottom. Returns the solid hull, deck at
-- y = depth (+ lift near the bow).
function H.hull(L, beam, depth, o, uncut)
  o = o or {}
  local stern = o.stern or 0.6
  local lift = o.bow_lift or 0
  local n = 14
  local secs = {}
  for i = 0, n do
    local t = i / n                         -- 0 stern … 1 bow
    local half
    if t < 0.5 then
      local u = t / 0.5
      half = stern + (1 - stern) * math.sin(u * math.pi / 2) ^ 0.8
    else
      local u = (t - 0.5) / 0.5
      half = math.cos(u * math.pi / 2) ^ (0.7 * (o.bow or 1))
    end
    half = math.max(half, 0.12)
    local dz = depth * (1 - 0.35 * (1 - half)) -- keel rises a little at the ends
    -- local x is world -y: the loft's centre sits at the deck
    secs[#secs + 1] = {y = -L / 2 + t * L, rx = dz, rz = beam / 2 * half, x = -(lift * t * t)}
  end
  local big = 10000
  local solid = loft(secs):rotz(-90)
  if uncut then return solid:move(0, depth, 0) end
  solid = intersect(solid, H.block(-big, -big, -big, big, 0, big))
  local sheer = empty()
  if lift > 0 then
    -- the raised bow: the loft above the deck line near the bow
    sheer = intersect(loft(secs):rotz(-90), H.block(0, 0, -big, big, big, big))
    sheer = intersect(sheer, extrude({{0, 0}, {L / 2 + 5, 0}, {L / 2 + 5, lift * 1.1}, {0, 0.01}}, big))
  end
  return (solid + sheer):move(0, depth, 0)
end

-- The hull hollowed: a wall `wall` thick, floor `floor` above the keel;
-- `ends` (0…0.4) keeps that fraction of the length decked over at each end.
function H.open_hull(L, beam, depth, o, wall, floor, ends)
  local outer = H.hull(L, beam, depth, o)
  local li = ends and L * (1 - 2 * ends) or L - 2 * wall * 2.5
  local inner = H.hull(li, beam - 2 * wall, depth, o)
  local big = 10000
  inner = intersect(inner, H.block(-big, floor, -big, big, big, big))
  inner = inner + H.block(-li / 2 + wall, depth - 1, -beam / 2 + wall, li / 2 - wall, depth + 200, beam / 2 - wall)
    * H.hull(li, beam - 2 * wall, depth + 200, o)
  return outer - inner
end

-- A mast from the deck at (x, y0) up h, radius r.
function H.mast(x, y0, h, r)
  return cylinder(r, h, r * 0.4):move(x, y0, 0)
end

-- A triangular sail in the XY plane (thin along Z): foot from (x0, y0) to
-- (x1, y0), head at (xh, yh); `belly` bows it sideways (mm).
function H.sail(x0, x1, y0, xh, yh, thick, belly)
  local s = extrude({{x0, y0}, {x1, y0}, {xh, yh}}, thick or 3, 1)
  return s
end

-- A square sail hung from a yard: width w, height h, centre x, top y,
-- bellied forward by `belly` mm.
function H.square_sail(x, top, w, h, belly)
  local pts = {}
  local n = 6
  for i = 0, n do
    local t = i / n
    pts[#pts + 1] = {x + belly * math.sin(t * math.pi), top - t * h}
  end
  -- curved sheet: thicken the curve in X by extruding a thin band outline
  local outline = {}
  for i = 1, #pts do outline[#outline + 1] = {pts[i][1] + 2.5, pts[i][2]} end
  for i = #pts, 1, -1 do outline[#outline + 1] = {pts[i][1] - 2.5, pts[i][2]} end
  return extrude(outline, w, 1):roty(0)
end

return H
