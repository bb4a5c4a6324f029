-- A sleeping bag: a mummy bag laid out flat, quilted in puffy baffles across
-- its width, with a cupped hood at the head end. It is partly unzipped down
-- one side and the top corner is folded back, showing the lining. Rolled, it
-- is a tight roll with the spiral showing at the ends, tied with two straps.
-- The head is at -X, the zip on the +Z side.
return {
  id = "sleeping_bag",
  names = {"sleeping bag", "sleepingbag", "sleeping sack", "mummy bag", "mummy sleeping bag", "camping sleeping bag",
           "sleeping bag laid out", "slumber bag", "sleping bag", "sleeeping bag", "kip bag"},
  lvis = {"sleeping_bag"},
  family = "household",
  size_mm = 150,
  description = "A quilted mummy sleeping bag laid flat, unzipped at one corner",
  params = {baffles = {11, 13.99}},
  parts = {
    {"shell", "fabric", color = "#2f66ae", role = "primary", names = {"shell", "bag", "outside", "body", "hood", "fabric", "quilting"}},
    {"lining", "fabric", color = "#f08a2a", role = "secondary", names = {"lining", "inside", "inner", "interior", "flannel"}},
    {"zip", "plastic", color = "#2a2b30", role = "detail", names = {"zip", "zipper", "zips", "zippers", "straps", "strap", "buckles"}},
  },
  variants = {
    rolled = {names = {"rolled sleeping bag", "rolled up sleeping bag", "sleeping bag roll", "rolled bedroll",
                       "bedroll", "bed roll", "sleeping roll", "packed sleeping bag", "sleeping bag rolled up",
                       "sleeping bag roll up"}, size_mm = 270},
  },
  points = {"top"},
  build = function(k)
    if k.variant == "rolled" then
      -- A roll lying along Z: the outer lap, a spiral on each end, two straps.
      local R, len = 130, 440
      local roll = cylinder(R, len, 18):move(0, -len / 2, 0):rotx(90):move(0, R, 0)
      local cuts, linings = {}, {}
      for _, s in ipairs({-1, 1}) do
        local pts = {}
        for i = 0, 90 do
          local t = i / 90
          local a = t * 4.2 * 2 * math.pi
          local r = 16 + (R - 46) * t
          pts[#pts + 1] = {r * math.cos(a), R + r * math.sin(a), s * len / 2}
        end
        cuts[#cuts + 1] = polyline(pts, 3)
        linings[#linings + 1] = polyline(pts, 6):move(0, 0, s * 2)
      end
      -- the edge of the last lap, a low step along the length
      local la = math.rad(62)
      local lap = cylinder(9, len - 16, 4):move(0, -(len - 16) / 2, 0):rotx(90):move(R * math.cos(la), R + R * math.sin(la), 0)
      local shell = subtract(union(roll, lap), union(cuts))
      -- the lining shows as an orange spiral in each end's groove
      local spiral = linings
      local bands = {}
      for _, s in ipairs({-1, 1}) do
        local z = s * len * 0.3
        bands[#bands + 1] = subtract(cylinder(R + 6, 34, 2):move(0, -17, 0):rotx(90),
                                     cylinder(R - 6, 40):move(0, -20, 0):rotx(90)):move(0, R, z)
        bands[#bands + 1] = box(20, 44, 50, 4):move(R + 6, R, z)
      end
      -- quilting lines round the roll
      local ribs = {}
      for i = -3, 3 do
        if math.abs(i) ~= 2 then
          ribs[#ribs + 1] = torus(R + 1, 3.2):rotx(90):move(0, R, i * len * 0.15)
        end
      end
      shell = smooth_sub(shell, union(ribs), 4)
      k.attach("top", {0, 2 * R, 0}, R)
      return shell:part("shell") + union(spiral):part("lining") + union(bands):part("zip")
    end
    local L = 1950
    local x0, x1 = -L / 2, L / 2
    local xs = x0 + 330                    -- shoulders: where the hood meets the body
    local function hw(x)                   -- half width, tapering to the foot
      local t = math.max(0, math.min(1, (x - xs) / (x1 - xs)))
      return 390 - 120 * t ^ 1.3
    end
    local th = 46                          -- half thickness of a baffle
    local n = math.floor(k.p.baffles)
    local step = (x1 - 60 - xs) / n
    local baffles = {}
    for i = 0, n do
      local x = xs + i * step
      local w = hw(x)
      local r = th
      baffles[#baffles + 1] = capsule({0, 0, -(w - r)}, {0, 0, w - r}, r):stretch(step * 0.62 / r, 1, 1):move(x, th, 0)
    end
    -- the foot end rounded off
    baffles[#baffles + 1] = ellipsoid(110, th, hw(x1) - 10):move(x1 - 110, th, 0)
    local body = smooth(14, table.unpack(baffles))
    body = intersect(body, box(L + 400, 400, 1200):move(0, 200, 0))
    -- the hood: a cupped puffy dome round the head, lined inside
    local hx = xs - 40
    local hood = intersect(ellipsoid(310, 165, 400):move(hx, 0, 0), box(800, 400, 1000):move(hx, 200, 0))
    local cav = ellipsoid(205, 112, 235):move(hx + 70, 92, 0)
    local cav_big = ellipsoid(211, 118, 241):move(hx + 70, 92, 0)
    local hood_shell = subtract(hood, cav_big)
    local hood_lining = subtract(intersect(hood, cav_big), cav)
    -- the bottom layer under everything
    local base_out = {}
    for i = 0, 12 do
      local x = xs + (x1 - 80 - xs) * i / 12
      base_out[#base_out + 1] = {x, hw(x) - 30}
    end
    for i = 12, 0, -1 do
      local x = xs + (x1 - 80 - xs) * i / 12
      base_out[#base_out + 1] = {x, -(hw(x) - 30)}
    end
    local base = extrude(base_out, 20, 6):rotx(90):move(0, 12, 0)
    -- unzipped: the top corner between the shoulder and the zip's stop folded
    -- back along the line from the stop S to F, showing the lining beneath
    local C = {xs + 20, hw(xs) + 30}
    local S = {xs + 760, hw(xs + 760) + 30}
    local Fp = {xs + 20, hw(xs) - 430}
    local tri = extrude({{C[1], C[2]}, {Fp[1], Fp[2]}, {S[1], S[2]}}, 400):rotx(90):move(0, 200, 0)
    body = subtract(body, tri)
    -- the folded flap: the triangle reflected across the fold line S-F
    local dx, dz = S[1] - Fp[1], S[2] - Fp[2]
    local dl = math.sqrt(dx * dx + dz * dz)
    dx, dz = dx / dl, dz / dl
    local vx, vz = C[1] - Fp[1], C[2] - Fp[2]
    local along = vx * dx + vz * dz
    local px, pz = Fp[1] + along * dx, Fp[2] + along * dz
    local Cr = {2 * px - C[1], 2 * pz - C[2]}
    local flap = extrude({{Cr[1], Cr[2]}, {S[1], S[2]}, {Fp[1], Fp[2]}}, 26, 8):rotx(90):move(0, 2 * th + 8, 0)
    -- the flap's folded edge, a soft roll along S-F
    local fold = capsule({Fp[1], th * 1.3, Fp[2]}, {S[1], th * 1.3, S[2]}, th * 0.7)
    -- lining floor shown in the opened corner
    local floor = intersect(base:move(0, 8, 0), tri)
    -- the zip's pull hanging at the stop, and its track down the side seam
    local zip = {box(44, 16, 26, 5):move(S[1] + 14, th + 6, hw(S[1]) + 4),
                 box(60, 10, 10, 3):move(S[1] + 60, th + 2, hw(S[1]) + 2)}
    k.attach("top", {120, 2 * th, 0}, 500)
    return (body + hood_shell + fold + base):part("shell") + (hood_lining + flap + floor):part("lining")
      + union(zip):part("zip")
  end,
}
