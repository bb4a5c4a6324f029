-- A dandelion clock: a thin stem topped by a round fluffy white seed head
-- (a puff ball of tiny parachutes), with jagged leaves at the base; the
-- flowering variant has a shaggy yellow head.
local P -- the plant library, loaded when building

return {
  id = "dandelion",
  names = {"dandelion", "dandelion clock", "dandelion puff", "dandelion seed head", "blowball", "dandilion", "dandelion flower"},
  lvis = {},
  family = "plants",
  size_mm = 220,
  description = "A dandelion seed head",
  params = {},
  parts = {
    {"head", "fabric", color = "#f8f8f4", role = "primary", names = {"head", "seeds", "puff", "fluff", "flower"}},
    {"stem", "plant", color = "#6a9a3a", role = "secondary", names = {"stem", "leaves"}},
  },
  variants = {
    yellow = {names = {"yellow dandelion", "dandelion in bloom"}, colors = {head = "#f8c818"}},
  },
  build = function(k)
    P = use("plant")
    local h = 200
    local top = {6, h, 0}
    local stem = tube({{0, 0, 0}, {4, h * 0.5, 2}, top}, 3.2, 2.6)
    local leaves = {}
    for i = 0, 4 do
      leaves[#leaves + 1] = P.arch_leaf({0, 2, 0}, 80, 20, 3.5, 72 * i + 10, 25, 0.3, 0.8)
    end
    local head
    if k.variant == "yellow" then
      local petals, centre = P.flower_head({n = 26, len = 20, w = 5, th = 3, el = 30, centre = 14, dome = 0.7, tip = 0.1, layers = 3})
      head = union(petals, centre):aim(P.dir(0, 60), top)
    else
      local rays = {}
      for _, d in ipairs(P.spread(60, -0.85, 1)) do
        local tip = {top[1] + d[1] * 38, top[2] + 38 + d[2] * 38, top[3] + d[3] * 38}
        rays[#rays + 1] = sphere(5.5):move(tip)
        rays[#rays + 1] = capsule({top[1], top[2] + 38, top[3]}, tip, 2.8) -- the seed's stalk
      end
      head = union(smooth(6, union(rays)), sphere(28):move(top[1], top[2] + 38, top[3]), cylinder(6, 18):move(top[1], top[2] - 2, top[3]))
    end
    return union(union(stem, union(leaves)):part("stem"), head:part("head"))
  end,
}
