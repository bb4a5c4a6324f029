-- A wishing well: a round stone wall with a little gabled roof on two
-- posts, a crank and a bucket hanging on a rope.
local B = use and use("building")

return {
  id = "well",
  names = {"well", "wishing well", "water well", "stone well", "village well", "old well"},
  lvis = {},
  family = "buildings",
  size_mm = 2200,
  description = "A wishing well with a roof and a bucket",
  params = {r = {80, 92}},
  parts = {
    {"stone", "stone", color = "#9a968e", role = "primary", names = {"stone", "wall", "walls", "stones"}},
    {"roof", "wood", color = "#8a3a2a", role = "secondary", names = {"roof", "shingles"}},
    {"wood", "wood", color = "#7a5638", role = "detail", names = {"posts", "frame", "wood", "crank"}},
    {"bucket", "wood", color = "#a07048", role = "detail", names = {"bucket", "pail"}},
    {"water", "gloss", color = "#2a4a6a", role = "fixed"},
    {"rope", "fabric", color = "#c8b080", role = "detail", names = {"rope"}},
  },
  points = {"top", "inside"},
  build = function(k)
    local r = k.p.r
    local wh = 70
    local wall = cylinder(r, wh) - cylinder(r - 16, wh + 10):move(0, 14, 0)
    -- stone courses
    local stones = {}
    for i = 0, 3 do
      local y = 9 + i * 17
      stones[#stones + 1] = radial(box(r * 0.42, 14, 20, 4):move(0, y, r - 6):roty(0), 11, (i % 2) * 16)
    end
    wall = wall + intersect(union(stones), cylinder(r + 4, wh) - cylinder(r - 18, wh + 10):move(0, 0, 0))
    wall = wall + torus(r - 8, 9):move(0, wh, 0)
    local water = cylinder(r - 12, 12):move(0, 12, 0)
    local ph = 210
    local posts = {}
    for _, sx in ipairs({-1, 1}) do
      posts[#posts + 1] = box(12, ph, 12):move(sx * (r - 8), ph / 2, 0)
    end
    local axle = capsule({-(r + 14), ph * 0.62, 0}, {r - 4, ph * 0.62, 0}, 5)
    local crank = capsule({r + 14, ph * 0.62, 0}, {-(r - 4), ph * 0.62, 0}, 4) +
      capsule({r + 12, ph * 0.62, 0}, {r + 12, ph * 0.62 - 26, 0}, 3.5) + capsule({r + 12, ph * 0.62 - 26, 0}, {r + 28, ph * 0.62 - 26, 0}, 3.5)
    local roof = B.gable(r * 2.1, r * 1.3, 70, 12, nil):move(0, ph - 6, 0)
    local rope = cylinder(4, ph * 0.62 - 96):move(0, 96, 0) + cylinder(8, 16):rotz(90):move(8, ph * 0.62, 0)
    local bucket = cone(16, 20, 28):move(0, 70, 0) + torus(14, 2):rotx(90):move(0, 100, 0) * box(100, 100, 100):move(0, 150, 0)
    local shape = wall:part("stone") + water:part("water") + (union(posts) + axle + crank):part("wood") + roof:part("roof")
    shape = shape + rope:part("rope") + bucket:part("bucket")
    k.attach("top", {0, ph + 70, 0}, r * 0.5)
    k.attach("inside", {0, 24, 0}, r * 1.3)
    return shape
  end,
}
