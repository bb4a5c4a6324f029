-- A box grater: a tall four-sided steel box, tapering towards the top, open
-- underneath, with a loop handle across the top. Its sides are punched with
-- rows of holes: coarse holes with raised cutting lips on one side, fine
-- holes on the next, a long slicing slot and medium holes on the other two.
return {
  id = "grater",
  names = {"grater", "cheese grater", "box grater", "kitchen grater", "four sided grater", "vegetable grater",
           "grator", "cheese grator"},
  lvis = {"grater"},
  family = "kitchen",
  size_mm = 240,
  description = "A steel box grater with a handle on top",
  params = {taper = {0.62, 0.7}},
  parts = {
    {"steel", "steel", color = "#c8ccd2", role = "primary", names = {"steel", "body", "sides", "metal", "blades"}},
    {"handle", "plastic", color = "#1e1e20", role = "secondary", names = {"handle", "grip", "top", "base", "foot"}},
  },
  points = {"top"},
  build = function(k)
    local H = 210                   -- the box
    local Wb, Db = 104, 84          -- width (x) and depth (z) at the foot
    local Wt, Dt = Wb * k.p.taper, Db * k.p.taper
    local t = 3.6                   -- sheet thickness
    -- A tapered box: two trapezoid extrusions crossed; `o` insets it.
    local function frustum(o, y0, y1)
      local function trap(b0, b1, depth)
        local dx = (b0 - b1) / 2 / H
        local c = math.sqrt(1 + dx * dx)
        local x0 = b0 / 2 - o * c - dx * y0
        local x1 = b0 / 2 - o * c - dx * y1
        return extrude({{-x0, y0}, {x0, y0}, {x1, y1}, {-x1, y1}}, depth)
      end
      return intersect(trap(Wb, Wt, Db + 20), trap(Db, Dt, Wb + 20):roty(90))
    end
    local shell = subtract(frustum(0, 0, H), frustum(t, -10, H - t))
    -- Each face as a local sheet: x across, y up the face, normal +Z; then
    -- stood in place; width_at gives a face's width at height y.
    local function place(s, side)
      local along_x = (side == "x" or side == "-x")
      local tilt = math.atan((along_x and (Wb - Wt) or (Db - Dt)) / 2 / H)
      local half0 = (along_x and Wb or Db) / 2
      s = s:rotx(-math.deg(tilt)):move(0, 0, half0)
      if side == "x" then return s:roty(90) end
      if side == "-x" then return s:roty(-90) end
      if side == "-z" then return s:roty(180) end
      return s
    end
    local function width_at(side, y)
      local a, b = Db, Dt
      if side == "z" or side == "-z" then a, b = Wb, Wt end
      return a + (b - a) * y / H
    end
    local cut, lips = {}, {}
    -- Coarse face (+X): staggered round holes, each with a raised lip above.
    for row = 0, 7 do
      local y = 26 + row * 21
      local w = width_at("x", y) - 26
      local n = math.max(2, math.floor(w / 19) + 1)
      local off = (row % 2) * 0.5
      for i = 0, n - 1 do
        local x = -w / 2 + (i + off) * w / (n - 1 + (row % 2))
        if x <= w / 2 + 0.1 then
          cut[#cut + 1] = place(cylinder(5.2, 30):rotx(90):move(x, y, -15), "x")
          lips[#lips + 1] = place(ellipsoid(6, 4, 3):move(x, y + 4.5, 1), "x")
        end
      end
    end
    -- Fine face (+Z): many small holes in tight staggered rows.
    for row = 0, 14 do
      local y = 22 + row * 11.5
      local w = width_at("z", y) - 24
      local n = math.max(3, math.floor(w / 11) + 1)
      for i = 0, n - 1 do
        local x = -w / 2 + (i + (row % 2) * 0.5) * w / (n - 0.5)
        cut[#cut + 1] = place(cylinder(2.9, 30):rotx(90):move(x, y, -15), "z")
        lips[#lips + 1] = place(ellipsoid(3.2, 2.4, 1.8):move(x, y + 2.4, 0.6), "z")
      end
    end
    -- Slicing face (-X): one long slot with a raised blade edge.
    cut[#cut + 1] = place(box(width_at("x", 120) - 30, 9, 30, 2):move(0, 120, 0), "-x")
    lips[#lips + 1] = place(box(width_at("x", 126) - 30, 4, 4, 1.5):move(0, 126.5, 0.6), "-x")
    -- Medium face (-Z): rows of short horizontal slots.
    for row = 0, 8 do
      local y = 30 + row * 18
      local w = width_at("z", y) - 30
      for i = -1, 1 do
        cut[#cut + 1] = place(capsule({i * w / 3 - 5, y, 0}, {i * w / 3 + 5, y, 0}, 3.2):stretch(1, 1, 4), "-z")
      end
    end
    local body = subtract(shell + union(lips), union(cut))
    -- A rolled foot rim and a handle loop across the top (along X).
    local rim = subtract(frustum(-2.5, 0, 7), frustum(t, -10, 20))
    local ty = H - 2
    local handle = tube({{-Wt / 2 + 10, ty, 0}, {-Wt / 2 - 4, ty + 26, 0}, {0, ty + 44, 0},
                         {Wt / 2 + 4, ty + 26, 0}, {Wt / 2 - 10, ty, 0}}, 7):stretch(1, 1, 2.2)
    local cap = box(Wt - 6, 6, Dt - 6, 2):move(0, H - 1, 0)
    k.attach("top", {0, ty + 44, 0}, 40)
    return body:part("steel") + (rim + handle + cap):part("handle")
  end,
}
