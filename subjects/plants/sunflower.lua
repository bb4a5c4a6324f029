-- A sunflower: a tall thick stem with big heart-shaped leaves and a large
-- face of yellow petals around a wide brown seed disc.
local P -- the plant library, loaded when building

return {
  id = "sunflower",
  names = {"sunflower", "sun flower", "helianthus", "sunflowr"},
  lvis = {},
  family = "plants",
  size_mm = 500,
  description = "A sunflower",
  params = {height = {440, 520}, petals = {18, 24}, tilt = {18, 32}},
  parts = {
    {"petals", "plant", color = "#f8c814", role = "primary", names = {"petals", "petal", "flower", "head"}},
    {"centre", "plant", color = "#5a3618", role = "secondary", names = {"centre", "center", "middle", "disc", "seeds", "face"}},
    {"stem", "plant", color = "#5a8e32", role = "detail", names = {"stem", "stalk"}},
    {"leaves", "plant", color = "#4c8c30", role = "detail", names = {"leaves", "leaf"}},
  },
  points = {"top"},
  build = function(k)
    P = use("plant")
    local h = k.p.height
    local top = {18, h, 0}
    local n = math.floor(k.p.petals + 0.5)
    local cr = 58
    local petals, centre = P.flower_head({n = n, len = 62, w = 22, el = 4, centre = cr, dome = 0.22, tip = 0.85, inset = cr * 0.8, layers = 2, th = 8})
    centre = centre:noise(1.2, 5, 1)
    local back = cylinder(cr * 0.95, 12):move(0, -12, 0)
    local face = P.dir(0, 90 - k.p.tilt)
    local head = (petals:part("petals") + centre:part("centre") + back:part("stem")):aim(face, top)
    local stem = tube({{0, 0, 0}, {2, h * 0.5, 4}, {top[1] - 16, h - 14, 0}, P.sub(top, P.mul(face, 10))}, 7, 5.5):part("stem")
    local leaves = {}
    for i = 0, 3 do
      local y = h * (0.2 + 0.17 * i)
      leaves[#leaves + 1] = P.arch_leaf({1, y, 2}, 95 - 12 * i, 72 - 8 * i, 9, 90 + 180 * i + k.rand(-25, 25), 30, 0.35, 0.45)
      leaves[#leaves + 1] = tube({{1, y, 2}, P.add({1, y, 2}, P.mul(P.dir(90 + 180 * i, 30), 14))}, 4)
    end
    return union(stem, union(leaves):part("leaves"), head)
  end,
}
