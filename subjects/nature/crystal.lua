-- A crystal cluster (amethyst, quartz): pointed hexagonal prisms fanning out
-- of a rough stone base.
return {
  id = "crystal",
  names = {"crystal", "crystal cluster", "amethyst", "amethyst crystal", "crystals", "magic crystal",
           "crystal formation", "cristal"},
  lvis = {},
  family = "nature",
  size_mm = 120,
  description = "A cluster of pointed crystals on a stone base",
  params = {count = {4, 7}},
  parts = {
    {"crystal", "gloss", color = "#9a6ed2", role = "primary", names = {"crystal", "crystals", "points"}},
    {"base", "stone", color = "#6e6964", role = "secondary", names = {"base", "rock", "stone"}},
  },
  variants = {
    quartz = {names = {"quartz", "quartz crystal", "clear crystal"}, colors = {crystal = "#e8eef4"}},
    geode = {names = {"geode", "amethyst geode", "split geode", "crystal geode"}, size_mm = 110},
  },
  build = function(k)
    if k.variant == "geode" then
      -- a split stone, its hollow lined with little crystal points, cut face to the viewer
      local R = 100
      local stone = intersect(sphere(R):stretch(1, 0.9, 1):noise(5, 40, 2), box(400, 400, 400):move(0, 0, -200))
      local hollow = sphere(R * 0.68):stretch(1, 0.85, 0.9)
      local shell = subtract(stone, hollow)
      local points = {}
      local ga = math.pi * (3 - math.sqrt(5))
      for i = 0, 59 do
        local y = 1 - 2 * (i + 0.5) / 60
        local r = math.sqrt(1 - y * y)
        local d = {math.cos(ga * i) * r, y, math.sin(ga * i) * r}
        if d[3] < 0.2 then
          local at = {d[1] * R * 0.68, d[2] * R * 0.58, d[3] * R * 0.61}
          points[#points + 1] = cone(9, 0.5, 22):aim({-d[1], -d[2], -d[3]}, at)
        end
      end
      local lining = intersect(union(subtract(sphere(R * 0.7):stretch(1, 0.86, 0.91), hollow:scale(0.93)), union(points)),
                               box(400, 400, 400):move(0, 0, -200))
      local rim = intersect(subtract(sphere(R * 0.76):stretch(1, 0.88, 0.92), hollow), box(400, 400, 6):move(0, 0, -3))
      return union(shell:part("base"), lining:part("crystal"), rim:part("base")):rotx(-15):roty(30):move(0, R * 0.9, 0)
    end
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
