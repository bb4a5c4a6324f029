-- The building rig: walls, roofs, doors, windows and chimneys as separate
-- parts, so "a cottage with a red roof" or "a house with a blue door"
-- reaches them. Buildings stand on y = 0 with their front (door) facing +Z,
-- the side the default 3/4 camera sees most; built in mm at a toy scale
-- (a house ~400 mm wide), kiln rescales to the subject's size.
--   local B = use("building")
-- Part names used by the helpers (declare those a subject uses): walls,
-- roof, door, trim, windows, chimney.
local B = {}

-- A box from its min/max corners.
function B.block(x0, y0, z0, x1, y1, z1, round)
  return box(x1 - x0, y1 - y0, z1 - z0, round or 0):move((x0 + x1) / 2, (y0 + y1) / 2, (z0 + z1) / 2)
end

-- A gable roof: ridge along X, `w` long, spanning `d` in Z, `h` high, with
-- `over` mm of overhang, resting on y = 0 (move it up to the eaves).
function B.gable(w, d, h, over, thick)
  local hd = d / 2 + over
  local prism = extrude({{-hd, 0}, {hd, 0}, {0, h}}, w + 2 * over):roty(90)
  if thick then
    -- a roof of slabs with a hollow underneath, closed by the gable walls
    prism = prism - extrude({{-hd + thick * 1.6, -1}, {hd - thick * 1.6, -1}, {0, h - thick * 1.6}}, w + 2 * over + 2):roty(90)
  end
  return prism:round(2)
end

-- A hipped (pyramid-like) roof over a w × d footprint: a loft to a ridge.
function B.hip(w, d, h, over)
  local hw, hd = w / 2 + over, d / 2 + over
  local big = 10000
  local slope_z = extrude({{-hd, 0}, {hd, 0}, {0, h}}, big):roty(90)
  local slope_x = extrude({{-hw, 0}, {hw, 0}, {0, h * hw / hd}}, big)
  return intersect(slope_z, slope_x):round(2)
end

-- A cone roof (towers, huts): radius r at the base, h high, standing on y = 0.
function B.cone_roof(r, h, tip)
  return cone(r, tip or 2, h)
end

-- A window cut into a wall face. `face` is "z" (front/back, normal ±Z) or
-- "x"; c is the centre on the face; w × h; `sign` which way the face looks.
-- Returns cut (subtract from walls), fill (glass + frame, union after).
function B.window(c, w, h, face, sign, opts)
  opts = opts or {}
  local depth = opts.depth or 10
  local cut, glass, bars
  local fw = opts.frame or 3
  if face == "z" then
    cut = box(w, h, depth * 2):move(c[1], c[2], c[3])
    glass = box(w, h, 2):move(c[1], c[2], c[3] - sign * (depth - 3))
    bars = box(w, fw, fw):move(c[1], c[2], c[3] - sign * (depth - 5)) + box(fw, h, fw):move(c[1], c[2], c[3] - sign * (depth - 5))
    if opts.sill then bars = bars + box(w + 8, 4, 8):move(c[1], c[2] - h / 2 - 2, c[3] + sign * 2) end
  else
    cut = box(depth * 2, h, w):move(c[1], c[2], c[3])
    glass = box(2, h, w):move(c[1] - sign * (depth - 3), c[2], c[3])
    bars = box(fw, fw, w):move(c[1] - sign * (depth - 5), c[2], c[3]) + box(fw, h, fw):move(c[1] - sign * (depth - 5), c[2], c[3])
    if opts.sill then bars = bars + box(8, 4, w + 8):move(c[1] + sign * 2, c[2] - h / 2 - 2, c[3]) end
  end
  if opts.no_bars then bars = empty() end
  return cut, glass:part(opts.glass_part or "windows") + bars:part(opts.frame_part or "trim")
end

-- An arched window/door outline cut: a box topped by a half cylinder, in a Z face.
function B.arch_cut(cx, y0, w, h, z, depth)
  local r = w / 2
  local body = box(w, h - r, depth):move(cx, y0 + (h - r) / 2, z)
  local top = cylinder(r, depth):move(0, -depth / 2, 0):rotx(90):move(cx, y0 + h - r, z)
  return body + top
end

-- A door in a Z face: a recess with a leaf (part "door") and a knob.
-- Returns cut, fill.
function B.door(cx, w, h, z, sign, opts)
  opts = opts or {}
  local depth = opts.depth or 12
  local cut, leaf
  if opts.arched then
    cut = B.arch_cut(cx, 0, w, h, z, depth * 2)
    leaf = B.arch_cut(cx, 0, w, h, z - sign * (depth - 4), 4)
  else
    cut = box(w, h * 2, depth * 2):move(cx, 0, z)
    leaf = box(w, h, 4):move(cx, h / 2, z - sign * (depth - 4))
  end
  local knob = sphere(math.max(2.5, w * 0.06)):move(cx + w * 0.32, h * 0.48, z - sign * (depth - 7))
  return cut, leaf:part(opts.part or "door") + knob:part(opts.knob_part or opts.part or "door")
end

-- Four walls w x d, wall_h high, standing on y = 0; with `logs`, round logs
-- crossing at the corners (a log cabin).
function B.walls(w, d, wall_h, logs)
  local walls = B.block(-w / 2, 0, -d / 2, w / 2, wall_h, d / 2)
  if logs then
    local l = {}
    local n = math.floor(wall_h / 22)
    for i = 0, n - 1 do
      local y = 11 + i * (wall_h - 11) / (n - 0.5)
      l[#l + 1] = capsule({-w / 2 - 8, y, d / 2}, {w / 2 + 8, y, d / 2}, 11)
      l[#l + 1] = capsule({-w / 2 - 8, y, -d / 2}, {w / 2 + 8, y, -d / 2}, 11)
      l[#l + 1] = capsule({w / 2, y + 11, -d / 2 - 8}, {w / 2, y + 11, d / 2 + 8}, 11)
      l[#l + 1] = capsule({-w / 2, y + 11, -d / 2 - 8}, {-w / 2, y + 11, d / 2 + 8}, 11)
    end
    walls = walls + union(l) * B.block(-w, 0, -d, w, wall_h, d)
  end
  return walls
end

-- A house: walls with a door and windows under a gable roof with a chimney
-- (the classic shape); o: w, d, wall_h, roof_h, over, logs, chimney,
-- windows (count per side of the door), upper (a row of upper windows).
function B.house(k, o)
  local w, d, wall_h, roof_h = o.w, o.d, o.wall_h, o.roof_h
  local over = o.over or 25
  local walls = B.walls(w, d, wall_h, o.logs)
  walls = walls:part("walls")
  local roof = B.gable(w, d, roof_h, over):move(0, wall_h, 0):part("roof")
  local shape = walls + roof
  if o.chimney ~= false then
    local cx, cz = w * 0.25, -d * 0.12
    local chimney = B.block(cx - 22, wall_h + roof_h * 0.3, cz - 22, cx + 22, wall_h + roof_h * 0.7 + 70, cz + 22)
    chimney = chimney + B.block(cx - 26, wall_h + roof_h * 0.7 + 62, cz - 26, cx + 26, wall_h + roof_h * 0.7 + 72, cz + 26)
    shape = shape + chimney:part("chimney")
  end
  -- door on the front (+Z) and windows either side of it
  local dw, dh = o.door_w or 48, o.door_h or 96
  local cut, fill = B.door(o.door_x or 0, dw, dh, d / 2, 1, {})
  local cuts, fills = {cut}, {fill}
  local n = o.windows or 1
  local win_w, win_h = o.win_w or 46, o.win_h or 42
  for _, sx in ipairs({-1, 1}) do
    for i = 1, n do
      local x = sx * (dw / 2 + (w / 2 - dw / 2) * (i - 0.5) / n)
      local cw, fw = B.window({x, wall_h * 0.55, d / 2}, win_w, win_h, "z", 1, {sill = true})
      cuts[#cuts + 1] = cw
      fills[#fills + 1] = fw
    end
  end
  -- side windows
  for _, sx in ipairs({-1, 1}) do
    local cw, fw = B.window({sx * w / 2, wall_h * 0.55, 0}, win_w, win_h, "x", sx, {sill = true})
    cuts[#cuts + 1] = cw
    fills[#fills + 1] = fw
  end
  shape = subtract(shape, union(cuts)) + union(fills)
  if o.step then
    shape = shape + B.block(-dw / 2 - 10, 0, d / 2, dw / 2 + 10, 8, d / 2 + 22):part("trim")
  end
  k.attach("top", {0, wall_h + roof_h, 0}, w * 0.4)
  return shape
end

-- Battlements round a circle of radius r at height y: a ring wall with
-- `n` merlons on top (each mh high).
function B.round_battlements(r, y, n, thick, mh)
  local ring = cylinder(r, mh) - cylinder(r - thick, mh * 3):move(0, -mh, 0)
  local gaps = radial(box(r * 2 * math.pi / n * 0.45, mh, thick * 4):move(0, mh / 2 + 2, r), n)
  return (ring:move(0, y, 0) + (ring - gaps):move(0, y + mh, 0))
end

-- Battlements along a straight wall top from x0 to x1 at z, y; merlons of
-- size m.
function B.merlons(x0, x1, y, z, m, thick, axis)
  local n = math.max(1, math.floor((x1 - x0) / (2 * m) + 0.5))
  local step = (x1 - x0) / n
  local out = {}
  for i = 0, n - 1 do
    local x = x0 + step * (i + 0.5)
    if axis == "z" then
      out[#out + 1] = box(thick, m, m):move(z, y + m / 2, x)
    else
      out[#out + 1] = box(m, m, thick):move(x, y + m / 2, z)
    end
  end
  return union(out)
end

-- A round tower: radius r, wall height h, with battlements or a cone roof
-- (roof_h > 0); returns walls, roof (cone or nil).
function B.round_tower(r, h, opts)
  opts = opts or {}
  local walls = cylinder(r, h)
  if opts.flare then walls = walls + cylinder(r + opts.flare, 22):move(0, h - 22, 0) end
  local top_r = r + (opts.flare or 0)
  local roof
  if opts.roof_h and opts.roof_h > 0 then
    roof = cone(top_r + 10, 2, opts.roof_h):move(0, h - 2, 0)
  else
    local n = opts.merlons or math.max(6, math.floor(top_r * 2 * math.pi / 36))
    walls = walls + B.round_battlements(top_r, h - 1, n, opts.thick or 14, opts.mh or 20)
  end
  return walls, roof
end

-- A vertical arrow slit / small window cut in the surface of a round
-- tower of radius r at angle `ang` (degrees from +Z towards +X), height y.
function B.slit(r, ang, y, w, h)
  return box(w, h, 40):move(0, y, r):roty(ang)
end

return B
