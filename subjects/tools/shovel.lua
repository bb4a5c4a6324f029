-- A shovel (spade): a long wooden handle with a D grip on top and a dished,
-- pointed steel blade with a foot step, standing on its blade.
return {
  id = "shovel",
  names = {"shovel", "spade", "garden spade", "digging shovel", "showel", "shovle"},
  lvis = {"shovel"},
  family = "tools",
  size_mm = 1100,
  description = "A shovel",
  params = {len = {1050, 1150}},
  parts = {
    {"blade", "steel", color = "#6a7078", role = "primary", names = {"blade", "head", "metal", "spade"}},
    {"handle", "wood", color = "#c0884a", role = "secondary", names = {"handle", "shaft", "pole"}},
    {"grip", "plastic", color = "#1e1e20", role = "detail", names = {"grip", "d grip", "d-grip"}},
  },
  build = function(k)
    local L = k.p.len
    local bw, bh = 230, 290
    local outline = {}
    for i = 0, 10 do
      local t = i / 10
      local x = -bw / 2 + bw * t
      local y = -math.sqrt(math.max(0, 1 - (2 * t - 1) ^ 2)) ^ 1.6 * bh * 0.35
      outline[#outline + 1] = {x, y}
    end
    outline[#outline + 1] = {bw / 2, bh * 0.65}
    outline[#outline + 1] = {bw * 0.2, bh * 0.72}
    outline[#outline + 1] = {-bw * 0.2, bh * 0.72}
    outline[#outline + 1] = {-bw / 2, bh * 0.65}
    -- dish the blade: intersect a thick plate with a big cylinder shell
    local blade = extrude(outline, 16, 5):rotx(-8):move(0, bh * 0.35, 0)
    local socket = limb({0, bh * 0.8, 8}, {0, bh * 1.35, 6}, 24, 20)
    local step = box(bw * 0.9, 8, 18, 2):move(0, bh * 1.0, 4)
    local shaft = cylinder(17, L - bh * 1.2 - 120):move(0, bh * 1.2, 6)
    local top = L - 120
    local g = {}
    g[#g + 1] = limb({0, top - 10, 6}, {-45, top + 60, 6}, 14, 12)
    g[#g + 1] = limb({0, top - 10, 6}, {45, top + 60, 6}, 14, 12)
    g[#g + 1] = capsule({-60, top + 70, 6}, {60, top + 70, 6}, 16)
    return union(union(blade, socket, step):part("blade"), shaft:part("handle"), smooth(6, table.unpack(g)):part("grip"))
  end,
}
