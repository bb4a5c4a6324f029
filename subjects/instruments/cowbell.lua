-- A cowbell: a hollow iron bell of tapered, rounded-rectangular section, open
-- at the bottom with a slightly flared lip and a clapper inside, on a metal
-- loop threaded with a leather strap. On its own it lies on its side, mouth
-- to the front, the strap looped behind it; held, it hangs from its loop.
-- The alpine variant is a wide brass bell on a broad studded leather collar
-- with a buckle.
return {
  id = "cowbell",
  names = {"cowbell", "cow bell", "cattle bell", "cowbel", "cow's bell", "farm bell", "goat cowbell"},
  lvis = {"cowbell"},
  family = "instruments",
  size_mm = 200,
  description = "A cowbell on a leather strap",
  params = {},
  parts = {
    {"bell", "iron", color = "#46464c", role = "primary", names = {"bell", "body", "metal"}},
    {"strap", "leather", color = "#7a4424", role = "secondary", names = {"strap", "collar", "belt", "band"}},
    {"loop", "brass", color = "#c89a40", role = "detail", names = {"loop", "rim", "lip", "buckle", "clapper", "ring"}},
  },
  variants = {
    alpine = {names = {"alpine cowbell", "swiss cowbell", "swiss cow bell", "alpine cow bell", "swiss bell",
                       "cowbell with a collar"},
              size_mm = 300, colors = {bell = "#c49a48", strap = "#3a2418", loop = "#d8c070"}},
  },
  hangs = true,
  build = function(k)
    local alpine = k.variant == "alpine"
    -- the body: a frustum of rounded-rectangular section, wide at the mouth
    local W0, D0, W1, D1, H = 120, 78, 72, 44, 150
    if alpine then W0, D0, W1, D1, H = 150, 112, 96, 64, 160 end
    local function frustum(w0, d0, w1, d1, h, y0, r)
      local a = extrude({{-w0 / 2, 0}, {w0 / 2, 0}, {w1 / 2, h}, {-w1 / 2, h}}, d0 * 2)
      local b = extrude({{-d0 / 2, 0}, {d0 / 2, 0}, {d1 / 2, h}, {-d1 / 2, h}}, w0 * 2):roty(90)
      return intersect(a, b):round(r):move(0, y0, 0)
    end
    local t = 7
    local outer = frustum(W0 - 12, D0 - 12, W1 - 12, D1 - 12, H - 12, 6, 6)
    local inner = frustum(W0 - 12 - 2 * t, D0 - 12 - 2 * t, W1 - 12 - 2 * t, D1 - 12 - 2 * t, H - 12 - t, -6, 3)
    -- a rounded top dome and a flared lip at the mouth
    local crown = ellipsoid(W1 / 2, 14, D1 / 2):move(0, H - 4, 0)
    local lip = subtract(frustum(W0 + 6 - 10, D0 + 6 - 10, W0 - 10, D0 - 10, 16, 5, 5), frustum(W0 - 2 * t - 10, D0 - 2 * t - 10, W0 - 2 * t - 10, D0 - 2 * t - 10, 40, -6, 3))
    local bell = subtract(union(outer, crown, lip), inner)
    -- the clapper hangs inside from the crown, its ball just inside the mouth
    local clapper = union(capsule({0, H - 10, 0}, {0, 8, 0}, 4), sphere(13):move(0, 14, 0))
    local loopR = alpine and 24 or 20
    bell = union(bell:part("bell"), clapper:part("loop"))
    if k.worn then
      -- held: hanging upright from its loop
      local loop = torus(loopR, 6):rotx(90):move(0, H + 6 + loopR * 0.6, 0)
      return union(bell, loop:part("loop"))
    end
    -- on its own it lies on its wide face, mouth to the front so the hollow
    -- and the clapper show, its strap curled on the ground behind it
    local function lie(x) return x:rotx(-90):roty(90):rotz(5) end
    local body = lie(bell)
    local b = body:bounds()
    body = body:move(0, -b.min[2], 0)
    local ay = -b.min[2]                       -- the axis height at the origin
    local crown_x = -(H + 6) * math.cos(math.rad(5))
    local crown_y = ay - (H + 6) * math.sin(math.rad(5))
    local lx = crown_x - loopR * 0.6
    local loop = union(torus(loopR, 6):rotx(90):move(lx, crown_y, 0), capsule({crown_x + 10, crown_y, 0}, {lx + loopR * 0.4, crown_y, 0}, 7))
    local hb = alpine and 60 or 34
    local Rx, Rz = alpine and 120 or 80, alpine and 110 or 70
    local cx = lx - loopR - Rx + 8
    local pts = {}
    for i = 0, 40 do
      local a = 2 * math.pi * i / 40
      pts[#pts + 1] = {cx + math.cos(a) * Rx, 0, math.sin(a) * Rz}
    end
    local band = polyline(pts, 5.5):stretch(1, hb / 11, 1):move(0, hb / 2 + 1, 0)
    local extra = empty()
    if alpine then
      -- a brass buckle on the far side and studs along the collar
      local buckle = subtract(box(20, hb + 14, 70, 5), box(40, hb - 6, 50)):move(cx - Rx, hb / 2 + 1, 0)
      local studs = {}
      for i = 1, 9 do
        local a = 2 * math.pi * i / 10 + math.pi / 10
        local nx, nz = math.cos(a), math.sin(a)
        studs[#studs + 1] = sphere(8):stretch(0.5, 1, 1):roty(-math.deg(math.atan(nz * Rx, nx * Rz)))
          :move(cx + nx * (Rx + 3), hb / 2 + 1, nz * (Rz + 3))
      end
      extra = union(buckle, union(studs))
    end
    return union(body, union(loop, extra):part("loop"), band:part("strap")):roty(-35)
  end,
}
