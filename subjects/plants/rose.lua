-- A rose: a tight spiral bud inside rings of cupped petals, a green calyx,
-- a thorny stem with sets of three serrated leaves.
local P -- the plant library, loaded when building

return {
  id = "rose",
  names = {"rose", "red rose", "rosebud", "rose flower", "long stem rose", "roses flower", "rosa"},
  lvis = {},
  family = "plants",
  size_mm = 260,
  description = "A rose",
  params = {height = {220, 270}, tilt = {15, 30}, lean = {-8, 8}},
  parts = {
    {"petals", "plant", color = "#b8101e", role = "primary", names = {"petals", "petal", "flower", "head", "bloom", "rose"}},
    {"stem", "plant", color = "#3e7a2c", role = "secondary", names = {"stem", "stalk", "thorns"}},
    {"leaves", "plant", color = "#3a7a30", role = "detail", names = {"leaves", "leaf"}},
  },
  points = {"top"},
  build = function(k)
    P = use("plant")
    local h = k.p.height
    local top = {k.p.lean, h, 0}
    local rings = {ellipsoid(9, 16, 9):move(0, 14, 0)}
    for i = 0, 3 do
      local n = 3 + i
      rings[#rings + 1] = P.petal_ring(n, 20 + 6 * i, 24 + 5 * i, 2.4, 80 - 13 * i, 47 * i, 0, 3 + 3 * i):move(0, 2, 0)
    end
    local base = lathe({{3, -2}, {12, 3}, {15, 10}})
    local head = smooth(2, base, union(rings)):scale(1.5):part("petals")
    local calyx = {}
    for i = 0, 4 do calyx[#calyx + 1] = P.leaf_at({0, 0, 0}, 22, 9, 3, 72 * i + 20, -30, 1) end
    head = union(head, union(calyx):part("leaves"), cone(6, 14, 8):move(0, -7, 0):part("stem"))
    local face = P.dir(0, 90 - k.p.tilt)
    head = head:aim(face, top)
    local stem = P.stem_to(P.sub(top, P.mul(face, 4)), 3.2, {0, 0, 1}, 6)
    local thorns = {}
    for i = 1, 6 do
      local y = h * 0.12 * i
      local az = 137 * i
      local d = P.dir(az, 25)
      thorns[#thorns + 1] = cone(3, 0.6, 6):aim(d, {top[1] * y / h + d[1] * 1.5, y, 6 * math.sin(math.pi * y / h) + d[3] * 1.5})
    end
    local leaves = {}
    for i = 0, 1 do
      local y = h * (0.35 + 0.22 * i)
      local at = {top[1] * y / h, y, 6 * math.sin(math.pi * y / h)} -- on the stem's bow
      local az = 100 + 180 * i
      local d = P.dir(az, 35)
      local tipp = P.add(at, P.mul(d, 34))
      leaves[#leaves + 1] = tube({at, tipp}, 3, 2.6)
      leaves[#leaves + 1] = P.leaf_at(P.add(at, P.mul(d, 30)), 30, 18, 4.5, az, 20, 0.7)
      leaves[#leaves + 1] = P.leaf_at(P.add(at, P.mul(d, 14)), 26, 15, 4.5, az + 55, 25, 0.7)
      leaves[#leaves + 1] = P.leaf_at(P.add(at, P.mul(d, 14)), 26, 15, 4.5, az - 55, 25, 0.7)
    end
    return union(union(stem, union(thorns)):part("stem"), union(leaves):part("leaves"), head)
  end,
}
