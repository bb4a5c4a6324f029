-- An onion: a round bulb with papery golden-brown skin lined from a pointed
-- top to a tuft of roots; a red onion is purple; garlic is a white bulb of
-- plump cloves.
return {
  id = "onion",
  names = {"onion", "yellow onion", "brown onion", "shallot", "onions vegetable", "onyon"},
  lvis = {"onion", "garlic"},
  family = "food",
  size_mm = 85,
  description = "An onion",
  params = {},
  parts = {
    {"skin", "paper", color = "#c88a3a", role = "primary", names = {"skin", "peel", "bulb"}},
    {"lines", "paper", color = "#9a5e24", role = "secondary", names = {"lines", "stripes", "top"}},
    {"roots", "fabric", color = "#e8dcc0", role = "detail", names = {"roots"}},
  },
  variants = {
    red = {names = {"red onion", "purple onion"}, colors = {skin = "#8a2a5a", lines = "#5a1a3a"}},
    garlic = {names = {"garlic", "garlic bulb", "head of garlic"}, size_mm = 60,
              colors = {skin = "#f4eee2", lines = "#b898b4", roots = "#d8ccb0"}},
  },
  build = function(k)
    local garlic = k.variant == "garlic"
    if garlic then
      -- a teardrop of plump cloves leaning in to a tall papery neck, with
      -- faint purple streaks down the grooves and a flat root plate
      local cloves = {}
      local n = 9
      for i = 0, n - 1 do
        local a = 360 * i / n + k.rand(-6, 6)
        cloves[#cloves + 1] = ellipsoid(15, 31, 18):rotz(20):move(21, 30, 0):roty(a)
      end
      local core = lathe({{2, 0}, {20, 4}, {24, 26}, {16, 48}, {8, 60}, {2, 62}})
      local body = smooth(3, core, union(cloves))
      local neck = tube({{0, 50, 0}, {0.5, 72, 0}, {2, 92, 1}, {5, 104, 3}}, 9, 2)
      local bulb = smooth(5, body, neck)
      local lines = {}
      for i = 0, n - 1 do
        lines[#lines + 1] = box(1.6, 200, 200):roty(360 * (i + 0.5) / n)
      end
      local stripe = intersect(union(lines), bulb:round(0.4))
      stripe = subtract(stripe, box(200, 200, 200):move(0, -100 + 10, 0), box(200, 200, 200):move(0, 100 + 46, 0))
      local roots = {}
      for i = 0, 10 do
        local a = math.rad(33 * i)
        roots[#roots + 1] = capsule({math.cos(a) * 3, 3, math.sin(a) * 3}, {math.cos(a) * 11, -3, math.sin(a) * 11}, 1.2)
      end
      return union(bulb:part("skin"), stripe:part("lines"), union(roots):part("roots"))
    end
    local prof = {}
    for i = 0, 20 do
      local t = i / 20
      local r = 42 * math.sin(math.pi * math.min(1, t * 1.05)) ^ 0.9 * (1 - 0.2 * t)
      if t > 0.8 then r = r * (1 - (t - 0.8) * 3.5) + 3 * (t - 0.8) * 5 end
      prof[#prof + 1] = {math.max(r, 2), t * 90}
    end
    local bulb = lathe(prof)
    local lines = {}
    for i = 0, 11 do
      local a = 30 * i
      lines[#lines + 1] = box(2.2, 200, 200):move(0, 0, 0):roty(a)
    end
    local stripe = intersect(union(lines), bulb:round(0.5))
    stripe = subtract(stripe, box(200, 200, 200):move(0, -100 + 6, 0))
    local top = tube({{0, 86, 0}, {2, 100, 0}, {6, 110, 2}}, 4, 2.5)
    local roots = {}
    for i = 0, 8 do
      local a = math.rad(40 * i)
      roots[#roots + 1] = capsule({0, 3, 0}, {math.cos(a) * 10, -4, math.sin(a) * 10}, 1.4)
    end
    return union(bulb:part("skin"), union(stripe, top):part("lines"), union(roots):part("roots"))
  end,
}
