-- The furniture frame rig: legs, tops, aprons, seats, backs, case pieces
-- with drawers and doors. Everything in mm, standing on y = 0, the front
-- facing +X: depth runs along X, width along Z.
--   local F = use("furniture")
-- Attachment points furniture declares: top (the surface things stand or
-- sit on: a table top, a seat, a mattress), seat (a seat's centre), back
-- (a chair back's top, for a draped cloth), inside (a shelf or drawer floor).
local S = use("shapes")
local F = {}
F.S = S

-- A leg from `top` {x, y, z} down to the floor under it.
--   style "round": a tapered dowel; "square": a tapered square post;
--   "turned": a lathe-turned leg with beads; "block": a straight post.
function F.leg(x, z, top_y, r_top, r_bot, style, bottom_y)
  bottom_y = bottom_y or 0
  r_bot = r_bot or r_top
  local h = top_y - bottom_y
  if style == "square" or style == "block" then
    if style == "block" or math.abs(r_top - r_bot) < 0.5 then
      return box(2 * r_top, h, 2 * r_top, math.min(r_top * 0.2, 3)):move(x, bottom_y + h / 2, z)
    end
    local trap = {{-r_bot, -h / 2}, {r_bot, -h / 2}, {r_top, h / 2}, {-r_top, h / 2}}
    local a = extrude(trap, 2 * r_top)
    local b = extrude(trap, 2 * r_top):roty(90)
    return intersect(a, b):move(x, bottom_y + h / 2, z)
  elseif style == "turned" then
    local r = r_top
    local prof = {
      {r_bot * 0.8, 0}, {r_bot, h * 0.03}, {r_bot * 0.75, h * 0.08}, {r * 0.7, h * 0.3},
      {r * 0.8, h * 0.42}, {r * 1.05, h * 0.5}, {r * 0.8, h * 0.56}, {r * 0.65, h * 0.62},
      {r * 0.75, h * 0.78}, {r * 0.95, h * 0.83}, {r, h * 0.86}, {r, h},
    }
    return lathe(prof):move(x, bottom_y, z)
  end
  return limb({x, top_y, z}, {x, bottom_y + r_bot * 0.5, z}, r_top, r_bot)
end

-- Four legs at (±ix, ±iz) under a top at height top_y; `splay` leans the
-- feet outwards (mm).
function F.four_legs(ix, iz, top_y, r_top, r_bot, style, splay)
  local legs = {}
  splay = splay or 0
  for _, sx in ipairs({-1, 1}) do
    for _, sz in ipairs({-1, 1}) do
      if splay > 0 then
        legs[#legs + 1] = limb({sx * ix, top_y, sz * iz}, {sx * (ix + splay), r_bot * 0.5, sz * (iz + splay)}, r_top, r_bot)
      else
        legs[#legs + 1] = F.leg(sx * ix, sz * iz, top_y, r_top, r_bot, style)
      end
    end
  end
  return union(legs)
end

-- A rectangular slab: depth d (X), thickness t, width w (Z), its top at y.
function F.slab(d, t, w, y, round)
  return box(d, t, w, round or math.min(t * 0.3, 6)):move(0, y - t / 2, 0)
end

-- An apron: a frame of boards of height h under a top at top_y, spanning
-- the leg centres ±ix, ±iz.
function F.apron(ix, iz, top_y, h, t)
  t = t or 18
  local y = top_y - h / 2
  return union(
    box(t, h, 2 * iz, 1):move(ix, y, 0), box(t, h, 2 * iz, 1):move(-ix, y, 0),
    box(2 * ix, h, t, 1):move(0, y, iz), box(2 * ix, h, t, 1):move(0, y, -iz))
end

-- A horizontal rail between two points (a stretcher, a rung).
function F.rail(a, b, r)
  return capsule(a, b, r)
end

-- A drawer front (or door) on the +X face at x = face_x: a slightly proud
-- panel of width w (Z) and height h centred on (y, z).
function F.front_panel(face_x, y, z, w, h, proud, round)
  proud = proud or 6
  return box(proud * 2, h, w, round or 2):move(face_x, y, z)
end

-- A knob on the +X face.
function F.knob(face_x, y, z, r)
  r = r or 9
  return union(cylinder(r * 0.45, r * 1.2):rotz(-90):move(face_x, y, z),
               ellipsoid(r * 0.7, r, r):move(face_x + r * 1.3, y, z))
end

-- A bar pull on the +X face, horizontal, length len.
function F.bar_pull(face_x, y, z, len, r)
  r = r or 4
  local a = {face_x, y, z - len / 2}
  local b = {face_x, y, z + len / 2}
  local out = r * 3
  return polyline({a, {face_x + out, y, z - len / 2}, {face_x + out, y, z + len / 2}, b}, r)
end

-- A case (dresser, cabinet, nightstand): a box body of depth d, height h,
-- width w standing on a plinth or feet, its front on +X. Returns the body
-- shape and the x of the front face.
function F.case(d, h, w, y0, round)
  y0 = y0 or 0
  return box(d, h, w, round or 4):move(0, y0 + h / 2, 0), d / 2
end

-- A row of drawers stacked in the front face: `rows` is a list of the
-- number of drawers side by side in each row, from the bottom. Returns
-- fronts, handles.
function F.drawers(face_x, y_bottom, y_top, z_half, rows, gap, handle, proud)
  gap = gap or 10
  local fronts, handles = {}, {}
  local n = #rows
  local row_h = (y_top - y_bottom - gap * (n + 1)) / n
  for i, cols in ipairs(rows) do
    local y = y_bottom + gap + (i - 1) * (row_h + gap) + row_h / 2
    local col_w = (2 * z_half - gap * (cols + 1)) / cols
    for c = 1, cols do
      local z = -z_half + gap + (c - 1) * (col_w + gap) + col_w / 2
      fronts[#fronts + 1] = F.front_panel(face_x, y, z, col_w, row_h, proud)
      local hx = face_x + (proud or 6)
      if handle == "bar" then
        handles[#handles + 1] = F.bar_pull(hx, y, z, math.min(col_w * 0.4, 140), 4)
      elseif handle == "pair" then
        for _, s in ipairs({-1, 1}) do
          handles[#handles + 1] = F.knob(hx, y, z + s * col_w * 0.25, 11)
        end
      else
        handles[#handles + 1] = F.knob(hx, y + (handle == "top" and row_h * 0.3 or 0), z, 12)
      end
    end
  end
  return union(fronts), union(handles)
end

-- A seat cushion: a soft box of depth d, thickness t, width w, top at y.
function F.cushion(d, t, w, y, x, z)
  return box(d, t, w, math.min(t * 0.45, d * 0.2)):move(x or 0, y - t / 2, z or 0)
end

-- A slatted or solid chair back between two posts at x = bx, z = ±iz from
-- y0 to y1, leaning back by `lean` (mm) at the top.
function F.ladder_back(bx, iz, y0, y1, lean, slats, r)
  local out = {}
  for i = 1, slats do
    local y = y0 + (y1 - y0) * (i / (slats + 0.5))
    local x = bx - lean * (y - y0) / (y1 - y0)
    out[#out + 1] = box(r * 1.2, r * 3, 2 * iz, r * 0.4):move(x, y, 0)
  end
  return union(out)
end

return F
