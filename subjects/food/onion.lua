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
    garlic = {names = {"garlic", "garlic bulb", "head of garlic", "clove of garlic", "garlic clove"}, size_mm = 60,
              colors = {skin = "#f4ecdc", lines = "#d8c8b0"}},
  },
  build = function(k)
    local garlic = k.variant == "garlic"
    local prof = {}
    for i = 0, 20 do
      local t = i / 20
      local r = 42 * math.sin(math.pi * math.min(1, t * 1.05)) ^ (garlic and 0.8 or 0.9) * (1 - 0.2 * t)
      if t > 0.8 then r = r * (1 - (t - 0.8) * 3.5) + 3 * (t - 0.8) * 5 end
      prof[#prof + 1] = {math.max(r, 2), t * (garlic and 78 or 90)}
    end
    local bulb
    if garlic then
      local cloves = {}
      for i = 0, 7 do
        local a = math.rad(45 * i)
        cloves[#cloves + 1] = ellipsoid(16, 30, 16):rotz(0):move(math.cos(a) * 20, 30, math.sin(a) * 20)
      end
      bulb = smooth(6, lathe(prof):scale(0.9), union(cloves))
    else
      bulb = lathe(prof)
    end
    local lines = {}
    for i = 0, 11 do
      local a = 30 * i
      lines[#lines + 1] = box(2.2, 200, 200):move(0, 0, 0):roty(a)
    end
    local stripe = intersect(union(lines), bulb:round(0.5))
    stripe = subtract(stripe, box(200, 200, 200):move(0, -100 + 6, 0))
    local top = tube({{0, (garlic and 74 or 86), 0}, {2, (garlic and 90 or 100), 0}, {6, (garlic and 100 or 110), 2}}, 4, 2.5)
    local roots = {}
    for i = 0, 8 do
      local a = math.rad(40 * i)
      roots[#roots + 1] = capsule({0, 3, 0}, {math.cos(a) * 10, -4, math.sin(a) * 10}, 1.4)
    end
    return union(bulb:part("skin"), union(stripe, top):part("lines"), union(roots):part("roots"))
  end,
}
