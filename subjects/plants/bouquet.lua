-- A bouquet: a bunch of flowers (roses, daisies and others in mixed colours)
-- on gathered stems, wrapped in a paper cone tied with a ribbon.
local P -- the plant library, loaded when building

return {
  id = "bouquet",
  names = {"bouquet", "bouquet of flowers", "flower bouquet", "bunch of flowers", "flowers", "posy", "nosegay", "boquet", "bouqet"},
  lvis = {"bouquet"},
  family = "plants",
  size_mm = 380,
  description = "A bouquet of flowers in a paper wrap",
  params = {},
  parts = {
    {"flowers", "plant", color = "#e83a5a", role = "primary", names = {"flowers", "roses", "blooms", "petals"}},
    {"wrap", "paper", color = "#f4ecdc", role = "secondary", names = {"wrap", "paper", "wrapping"}},
    {"ribbon", "fabric", color = "#d8283a", role = "detail", names = {"ribbon", "bow"}},
    {"flowers2", "plant", color = "#f8f4f0", role = "detail", names = {"white flowers", "daisies"}},
    {"flowers3", "plant", color = "#f4c21e", role = "detail", names = {"yellow flowers"}},
    {"centres", "plant", color = "#f2b818", role = "detail", names = {"centres", "centers"}},
    {"leaves", "plant", color = "#3e8a30", role = "detail", names = {"leaves", "stems", "greenery"}},
  },
  variants = {
    -- every bloom a sunflower's yellow round a dark centre
    sunflowers = {names = {"bouquet of sunflowers", "sunflower bouquet", "bunch of sunflowers", "sunflower bunch"},
                  colors = {flowers = "#f4c21e", flowers2 = "#f2b418", flowers3 = "#f6cc2a", centres = "#4a2a12"}},
    roses = {names = {"bouquet of roses", "rose bouquet", "bunch of roses", "dozen roses"},
             colors = {flowers2 = "#d8283a", flowers3 = "#e83a5a"}},
    tulips = {names = {"bouquet of tulips", "tulip bouquet", "bunch of tulips"},
              colors = {flowers = "#e8405a", flowers2 = "#f4c21e", flowers3 = "#f07aa0"}},
  },
  build = function(k)
    P = use("plant")
    local wrap = subtract(lathe({{18, 0}, {50, 120}, {110, 260}, {118, 270}}), lathe({{14, 20}, {46, 130}, {104, 262}, {108, 280}}))
    wrap = intersect(wrap, box(400, 400, 400):move(0, 200, 0))
    local ribbon = union(torus(34, 6):move(0, 100, 0), ellipsoid(22, 12, 8):move(-18, 102, 42), ellipsoid(22, 12, 8):move(18, 102, 42))
    local groups = {flowers = {}, flowers2 = {}, flowers3 = {}, centres = {}, leaves = {}}
    local spots = P.spread(11, 0.1, 1)
    for i, d in ipairs(spots) do
      local c = {d[1] * 80, 300 + d[2] * 50, d[3] * 80}
      local face = P.norm({d[1], d[2] + 0.8, d[3]})
      local kind = i % 3
      if kind == 0 then
        local rings = {ellipsoid(9, 14, 9):move(0, 10, 0)}
        for j = 0, 2 do rings[#rings + 1] = P.petal_ring(3 + j, 20 + 6 * j, 24 + 5 * j, 5, 78 - 16 * j, 47 * j, 0, 3 + 3 * j) end
        table.insert(groups.flowers, union(rings):scale(1.1):aim(face, c))
      else
        local petals, centre = P.flower_head({n = kind == 1 and 12 or 7, len = 34, w = kind == 1 and 12 or 20, th = 5, el = 10, centre = 11, dome = 0.8, tip = 0.3})
        table.insert(kind == 1 and groups.flowers2 or groups.flowers3, petals:aim(face, c))
        table.insert(groups.centres, centre:aim(face, c))
      end
      table.insert(groups.leaves, tube({{0, 60, 0}, P.lerp({0, 60, 0}, c, 0.6), c}, 3.2))
    end
    -- the bundle of stems, standing on the bottom of the wrap
    table.insert(groups.leaves, lathe({{12, 12}, {16, 60}, {20, 160}, {18, 230}}))
    for i = 0, 6 do
      local az = 360 * i / 7
      table.insert(groups.leaves, P.arch_leaf({0, 250, 0}, 110, 34, 6, az, 40, 0.4, 0.8))
    end
    return union(wrap:part("wrap"), ribbon:part("ribbon"), union(groups.flowers):part("flowers"), union(groups.flowers2):part("flowers2"),
                 union(groups.flowers3):part("flowers3"), union(groups.centres):part("centres"), union(groups.leaves):part("leaves"))
  end,
}
