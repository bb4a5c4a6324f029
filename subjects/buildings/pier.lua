-- A pier: a wooden boardwalk running out on rows of posts, with a railing
-- and a lamp at the end; a little jetty with mooring posts by seed.
return {
  id = "pier",
  names = {"pier", "jetty", "dock", "wharf", "boardwalk", "wooden pier", "boat dock", "landing stage"},
  lvis = {},
  family = "buildings",
  size_mm = 3000,
  description = "A wooden pier on posts",
  params = {len = {460, 520}},
  parts = {
    {"deck", "wood", color = "#a07a52", role = "primary", names = {"deck", "boards", "planks", "wood"}},
    {"posts", "wood", color = "#6a4a32", role = "secondary", names = {"posts", "piles", "pilings", "railing"}},
    {"lamp", "iron", color = "#2a2a2e", role = "detail", names = {"lamp", "lantern", "rope", "bollards"}},
    {"light", "gloss", color = "#fff0b0", role = "fixed"},
  },
  points = {"top"},
  build = function(k)
    local L = k.p.len
    local W = 110
    local y = 90
    local deck = {}
    local n = math.floor(L / 16)
    for i = 0, n - 1 do
      deck[#deck + 1] = box(14, 8, W, 1):move(-L / 2 + 8 + i * 16, y, 0)
    end
    local beams = box(L, 10, 8):move(0, y - 9, -W / 2 + 10) + box(L, 10, 8):move(0, y - 9, W / 2 - 10)
    local posts = {}
    for i = 0, 5 do
      local x = -L / 2 + 20 + i * (L - 40) / 5
      for _, sz in ipairs({-1, 1}) do
        posts[#posts + 1] = cylinder(8, y + 40):move(x, 0, sz * (W / 2 - 6))
      end
    end
    posts[#posts + 1] = box(L - 20, 8, 6):move(0, y + 36, W / 2 - 6) + box(L - 20, 8, 6):move(0, y + 36, -W / 2 + 6)
    local lamp = cylinder(6, 100):move(L / 2 - 20, y, W / 2 - 6) + box(18, 6, 18):move(L / 2 - 20, y + 100, W / 2 - 6)
      + box(20, 6, 20):move(L / 2 - 20, y + 126, W / 2 - 6)
    local light = box(14, 26, 14):move(L / 2 - 20, y + 113, W / 2 - 6)
    local shape = (union(deck) + beams):part("deck") + union(posts):part("posts") + lamp:part("lamp") + light:part("light")
    k.attach("top", {0, y + 4, 0}, W * 0.8)
    return shape
  end,
}
