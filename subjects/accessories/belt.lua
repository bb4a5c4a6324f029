-- A belt: a brown leather strap laid flat in a loose oval loop, its end
-- passed through a rectangular metal buckle with a prong, a keeper loop
-- holding it, and the tail running out past the loop with punched holes.
local A, B = 145, 100        -- half length (x) and half width (z) of the loop
local W, T = 40, 8           -- strap width and thickness

-- A flat strap along a path of {x, z} points, lying on the ground: the
-- outline is the path offset by half the width on each side.
local function strap(path, y0, tip)
  local left, right = {}, {}
  local n = #path
  for i = 1, n do
    local a, b = path[math.max(i - 1, 1)], path[math.min(i + 1, n)]
    local tx, tz = b[1] - a[1], b[2] - a[2]
    local l = math.sqrt(tx * tx + tz * tz)
    tx, tz = tx / l, tz / l
    left[i] = {path[i][1] - tz * W / 2, path[i][2] + tx * W / 2}
    right[i] = {path[i][1] + tz * W / 2, path[i][2] - tx * W / 2}
  end
  local o = {}
  for i = 1, n do o[#o + 1] = left[i] end
  if tip then -- a pointed, rounded tip beyond the last point
    local p, q = path[n], path[n - 1]
    local tx, tz = p[1] - q[1], p[2] - q[2]
    local l = math.sqrt(tx * tx + tz * tz)
    tx, tz = tx / l, tz / l
    o[#o + 1] = {p[1] - tz * W * 0.3 + tx * W * 0.35, p[2] + tx * W * 0.3 + tz * W * 0.35}
    o[#o + 1] = {p[1] + tx * W * 0.6, p[2] + tz * W * 0.6}
    o[#o + 1] = {p[1] + tz * W * 0.3 + tx * W * 0.35, p[2] - tx * W * 0.3 + tz * W * 0.35}
  end
  for i = n, 1, -1 do o[#o + 1] = right[i] end
  -- outline y is world z after rotx(90); the depth becomes the thickness
  return extrude(o, T, 1.2):rotx(90):move(0, y0 + T / 2, 0)
end

local function arc(t0, t1, n)
  local pts = {}
  for i = 0, n do
    local t = t0 + (t1 - t0) * i / n
    pts[#pts + 1] = {A * math.cos(t), B * math.sin(t)}
  end
  return pts
end

return {
  id = "belt",
  names = {"belt", "leather belt", "waist belt", "trouser belt", "trousers belt", "pants belt", "belt with buckle",
           "buckled belt", "mens belt"},
  lvis = {"belt", "belt_buckle"},
  family = "accessories",
  size_mm = 20,
  description = "A leather belt with a buckle, laid in a loop",
  parts = {
    {"strap", "leather", color = "#5e3822", role = "primary", names = {"strap", "band", "leather strap"}},
    {"buckle", "steel", color = "#c4c6ca", role = "secondary", names = {"buckle", "prong", "belt buckle"}},
  },
  build = function(k)
    local tail_len = 230
    -- the loop, from the buckle round to just under it
    local first = strap(arc(0, math.pi, 28), 0)
    local second = strap(arc(math.pi - 0.05, 2 * math.pi - 0.12, 28), 0)
    -- the tail, raised over the start of the loop, out past it
    local tpath = {}
    for i = 0, 12 do tpath[#tpath + 1] = {A, -22 + (tail_len + 22) * i / 12} end
    local tail = strap(tpath, T - 1, true)
    local holes = {}
    for i = 0, 4 do
      holes[#holes + 1] = cylinder(4.5, 40):move(A, -10, 105 + i * 26)
    end
    tail = tail - union(table.unpack(holes))
    local keeper = box(W + 10, 2 * T + 4, 14, 2):move(A - 3, T + 1, 34)
    local leather = union(first, second, tail, keeper)

    -- the buckle: a rounded rectangular frame across the strap, a centre
    -- bar the strap folds round, and a prong lying along the tail
    local fx, fz = W + 20, 52
    local frame = box(fx, 9, fz, 3) - box(fx - 18, 30, fz - 18, 2)
    frame = frame:move(A, 2 * T + 1, -fz / 2 + 6)
    local prong = capsule({A, 2 * T + 4, 2}, {A, 2 * T + 4, -fz + 10}, 3)
    local fold = capsule({A - W / 2, T + 2, 4}, {A + W / 2, T + 2, 4}, 7)
    local shape = leather:part("strap") + fold:part("strap") + (frame + prong):part("buckle")
    k.attach("top", {0, T, 0}, 2 * B)
    return shape:roty(-55)
  end,
}
