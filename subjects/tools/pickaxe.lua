-- A pickaxe: a long wooden handle topped by a curved steel head pointed at
-- both ends (a pick and a chisel). Stands on the handle end, head up.
return {
  id = "pickaxe",
  names = {"pickaxe", "pick axe", "pick-axe", "pick", "mattock", "miner's pick", "pickax", "minecraft pickaxe"},
  lvis = {"pickaxe"},
  family = "tools",
  size_mm = 650,
  description = "A pickaxe",
  params = {len = {580, 640}, curve = {50, 70}},
  parts = {
    {"head", "iron", color = "#7a8088", role = "primary", names = {"head", "pick", "metal", "blade"}},
    {"handle", "wood", color = "#a8703e", role = "secondary", names = {"handle", "shaft", "haft"}},
  },
  build = function(k)
    local L, c = k.p.len, k.p.curve
    local handle = cylinder(16, L, 5):stretch(1, 1, 0.8)
    local hy = L - 30
    local W = 260
    local pts = {{-W, hy - c, 0}, {-W * 0.5, hy - c * 0.15, 0}, {0, hy + 8, 0}, {W * 0.5, hy - c * 0.15, 0}, {W, hy - c, 0}}
    local head = tube(pts, 5, 5)
    local parts = {}
    local path = spline(pts, 6)
    local n = #path
    for i = 1, n - 1 do
      local t = (i - 1) / (n - 1)
      local r = 4 + 18 * math.sin(math.pi * t) ^ 1.5
      local r2 = 4 + 18 * math.sin(math.pi * i / (n - 1)) ^ 1.5
      parts[#parts + 1] = limb(path[i], path[i + 1], r, r2)
    end
    head = smooth(2, union(parts):stretch(1, 1, 0.8), box(44, 56, 40, 5):move(0, hy - 4, 0))
    return union(handle:part("handle"), head:part("head"))
  end,
}
