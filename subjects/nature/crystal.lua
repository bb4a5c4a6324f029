-- A crystal cluster (amethyst, quartz): pointed hexagonal prisms fanning out
-- of a rough stone base.
return {
  id = "crystal",
  names = {"crystal", "crystal cluster", "amethyst", "amethyst crystal", "crystals", "geode", "magic crystal",
           "crystal formation", "cristal"},
  lvis = {},
  family = "nature",
  size_mm = 120,
  description = "A cluster of pointed crystals on a stone base",
  params = {count = {4, 7}},
  parts = {
    {"crystal", "glass", color = "#9a6ed2", role = "primary", names = {"crystal", "crystals", "points"}},
    {"base", "stone", color = "#6e6964", role = "secondary", names = {"base", "rock", "stone"}},
  },
  variants = {
    quartz = {names = {"quartz", "quartz crystal", "clear crystal"}, colors = {crystal = "#e8eef4"}},
  },
  build = function(k)
    local hex = {}
    for i = 0, 5 do
      local a = math.pi / 3 * i
      hex[#hex + 1] = {math.cos(a), math.sin(a)}
    end
    local shards = {}
    local count = math.floor(k.p.count + 0.5)
    for i = 0, count - 1 do
      local r = k.rand(12, 22) * (i == 0 and 1.4 or 1)
      local len = i == 0 and 150 or k.rand(60, 120)
      local outline = {}
      for _, p in ipairs(hex) do outline[#outline + 1] = {p[1] * r, p[2] * r} end
      local prism = extrude(outline, len):rotx(-90):move(0, len / 2, 0)
      local shard = intersect(prism, cone(r * 3, 0, len))
      local tilt = i == 0 and 0 or k.rand(17, 46)
      local turn = 2 * math.pi * i / count
      shard = shard:rotate({math.cos(turn), 0, math.sin(turn)}, tilt)
      shards[#shards + 1] = shard:move(0, 10, 0)
    end
    local base = ellipsoid(55, 19, 55):noise(4, 30, 2)
    local shape = union(union(shards):part("crystal"), base:part("base"))
    return intersect(shape, box(400, 300, 400):move(0, 150, 0))
  end,
}
