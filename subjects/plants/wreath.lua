-- A Christmas wreath: a thick ring of dark green leaves and needles with red
-- berries and a big red bow at the bottom, standing upright.
local P -- the plant library, loaded when building

return {
  id = "wreath",
  names = {"wreath", "christmas wreath", "holiday wreath", "door wreath", "holly wreath", "reef wreath"},
  lvis = {"wreath"},
  family = "plants",
  size_mm = 400,
  description = "A Christmas wreath with a red bow",
  params = {},
  parts = {
    {"leaves", "plant", color = "#1e5a2e", role = "primary", names = {"leaves", "greenery", "wreath", "needles"}},
    {"bow", "fabric", color = "#c81e24", role = "secondary", names = {"bow", "ribbon"}},
    {"berries", "glazed", color = "#d81e1e", role = "detail", names = {"berries", "baubles", "holly berries"}},
  },
  build = function(k)
    P = use("plant")
    local R, r = 150, 45
    local ring = torus(R, r):rotx(90):noise(5, 26, 2)
    local leaves = {}
    for i = 0, 41 do
      local a = 2 * math.pi * i / 42
      local c = {math.cos(a) * R, math.sin(a) * R, 0}
      local out = {math.cos(a), math.sin(a), 0}
      local tip = P.add(c, P.add(P.mul(out, r * 0.5 * ((i % 3) - 1)), {0, 0, r * 0.6}))
      local d = P.norm({-math.sin(a) + out[1] * 0.5 * ((i % 3) - 1), math.cos(a) + out[2] * 0.5 * ((i % 3) - 1), 0.5})
      leaves[#leaves + 1] = P.leaf(64, 26, 9, 0.5):aim(d, tip)
    end
    local berries = {}
    for i = 0, 13 do
      local a = 2 * math.pi * (i + 0.3) / 14
      local c = {math.cos(a) * (R + ((i % 3) - 1) * r * 0.45), math.sin(a) * (R + ((i % 3) - 1) * r * 0.45), r * 0.9}
      if math.sin(a) > -0.8 then
        berries[#berries + 1] = union(sphere(9):move(c), sphere(8):move(P.add(c, {10, 6, -2})), sphere(8):move(P.add(c, {-4, 11, -2})))
      end
    end
    local b = {0, -R - 8, r + 12}
    local bow = union(ellipsoid(50, 30, 16):rotz(20):move(b[1] - 40, b[2] + 6, b[3] - 2), ellipsoid(50, 30, 16):rotz(-20):move(b[1] + 40, b[2] + 6, b[3] - 2),
                      sphere(18):move(b), capsule(b, P.add(b, {-28, -90, 0}), 10):stretch(1, 1, 0.5), capsule(b, P.add(b, {30, -88, 0}), 10):stretch(1, 1, 0.5))
    return union(smooth(6, ring, union(leaves)):part("leaves"), union(berries):part("berries"), bow:part("bow")):roty(25):move(0, R + r + 100, 0)
  end,
}
