-- A coin: a gold disc with a raised rim and a star struck in its face,
-- standing on its edge; a pile of coins is a low heap of gold strewn with
-- coins lying every which way and a few gems (a dragon's hoard).
return {
  id = "coin",
  names = {"coin", "gold coin", "pirate coin", "doubloon", "token", "old coin", "ancient coin"},
  lvis = {"coin"},
  family = "household",
  size_mm = 40,
  description = "A gold coin",
  params = {},
  parts = {
    {"gold", "gold", color = "#e6b632", role = "primary", names = {"gold", "coins", "coin", "metal"}},
    {"gems", "gloss", color = "#c81e3a", role = "secondary", names = {"gems", "jewels", "rubies"}},
    {"gems2", "gloss", color = "#1e9a5a", role = "detail", names = {"emeralds"}},
    {"heap", "gold", color = "#b4862a", role = "detail", names = {"heap", "pile", "mound"}},
  },
  variants = {
    pile = {names = {"pile of coins", "pile of gold coins", "pile of gold", "heap of gold", "heap of coins", "gold pile",
                     "coin pile", "hoard", "treasure hoard", "dragon hoard", "treasure pile", "pile of treasure", "mound of gold",
                     "heap of gold coins", "mound of coins", "gold hoard"},
            size_mm = 300},
  },
  points = {"top"},
  build = function(k)
    local function coin(r, t)
      local disc = cylinder(r, t, t * 0.4):rotx(90):move(0, 0, -t / 2)
      local rim = torus(r - t * 0.35, t * 0.35):rotx(90)
      local star = star(5, r * 0.45, r * 0.2, t * 1.2):move(0, 0, 0)
      return disc + rim + star
    end
    if k.variant ~= "pile" then
      -- on its edge, turned a little towards the viewer
      return coin(20, 3.2):move(0, 20, 0):roty(25):part("gold")
    end
    local R, H = 150, 90
    local heap = intersect(ellipsoid(R, H, R * 0.9):noise(4, 30, 2), box(4 * R, 2 * H, 4 * R):move(0, H, 0))
    local coins, gems, gems2 = {}, {}, {}
    for i = 1, 40 do
      local a = k.rand(0, 2 * math.pi)
      local d = math.sqrt(k.rand(0, 1)) * 0.95
      local x, z = math.cos(a) * d * R, math.sin(a) * d * R * 0.9
      local y = H * math.sqrt(math.max(0, 1 - d * d)) - 2
      coins[#coins + 1] = coin(16, 3.4):rotx(k.rand(-70, 70) + 90):roty(k.rand(0, 360)):move(x, y + 3, z)
    end
    -- a few coins rolled off round the foot of the heap
    for i = 1, 8 do
      local a = k.rand(0, 2 * math.pi)
      coins[#coins + 1] = cylinder(13, 3, 1):move(math.cos(a) * R * 1.08, 0, math.sin(a) * R * 0.98)
    end
    for i = 1, 6 do
      local a = k.rand(0, 2 * math.pi)
      local d = k.rand(0.2, 0.8)
      local y = H * math.sqrt(math.max(0, 1 - d * d)) + 2
      local gem = ellipsoid(9, 7, 9):move(math.cos(a) * d * R, y, math.sin(a) * d * R * 0.9)
      if i % 2 == 0 then gems2[#gems2 + 1] = gem else gems[#gems + 1] = gem end
    end
    k.attach("top", {0, H, 0}, R * 1.1)
    return heap:part("heap") + union(coins):part("gold") + union(gems):part("gems") + union(gems2):part("gems2")
  end,
}
