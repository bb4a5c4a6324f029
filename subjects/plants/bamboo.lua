-- Bamboo: a few tall segmented culms with swollen nodes and sprays of slim
-- leaves near the top.
local P -- the plant library, loaded when building

return {
  id = "bamboo",
  names = {"bamboo", "bamboo plant", "bamboo stalk", "bamboo stalks", "lucky bamboo", "bambo", "bamboo cane"},
  lvis = {},
  family = "plants",
  size_mm = 400,
  description = "Bamboo stalks with leaves",
  params = {culms = {3, 5}},
  parts = {
    {"stalks", "plant", color = "#7aa83a", role = "primary", names = {"stalks", "stalk", "culms", "canes", "bamboo", "stems"}},
    {"nodes", "plant", color = "#5a7e2a", role = "detail", names = {"nodes", "rings", "joints"}},
    {"leaves", "plant", color = "#4c9436", role = "secondary", names = {"leaves", "leaf", "foliage"}},
  },
  points = {"top"},
  build = function(k)
    P = use("plant")
    local n = math.floor(k.p.culms + 0.5)
    local stalks, nodes, leaves = {}, {}, {}
    for i = 0, n - 1 do
      local a = 360 * i / n + k.rand(-20, 20)
      local off = i == 0 and {0, 0, 0} or P.mul(P.dir(a, 0), k.rand(18, 30))
      local h = (i == 0 and 400 or k.rand(230, 370))
      local r = i == 0 and 9 or k.rand(6.5, 8.5)
      local lean = P.mul(P.dir(a, 0), i == 0 and 0 or k.rand(8, 25))
      local d = P.norm({lean[1], h, lean[3]})
      stalks[#stalks + 1] = cylinder(r, h, 1):aim(d, off)
      local seg = k.rand(48, 58)
      local y = seg
      local j = 0
      while y < h - 8 do
        local p = P.add(off, P.mul(d, y))
        nodes[#nodes + 1] = torus(r * 1.02, 1.8):aim(d, p)
        if y > h * 0.45 and j % 2 == 0 then
          local az = a + 150 * j + k.rand(-20, 20)
          local tw = P.add(p, P.mul(P.dir(az, 30), 22))
          leaves[#leaves + 1] = tube({p, P.add(tw, P.mul(P.dir(az, 30), 6))}, 4, 3.5)
          for m = -1, 1 do
            leaves[#leaves + 1] = P.arch_leaf(P.add(tw, P.mul(P.dir(az + 35 * m, 10), -4)), k.rand(60, 80), 16, 7, az + 35 * m, 10, 0.35, 0.9)
          end
        end
        y = y + seg
        j = j + 1
      end
    end
    stalks[#stalks + 1] = ellipsoid(46, 14, 46)
    return union(union(stalks):part("stalks"), union(nodes):part("nodes"), union(leaves):part("leaves"))
  end,
}
