-- A pine cone: an egg-shaped cone of overlapping woody scales spiralling
-- round a core, lying on its side; an acorn is a glossy brown nut in a
-- scaly cap with a little stalk.
return {
  id = "pine_cone",
  names = {"pine cone", "pinecone", "fir cone", "conifer cone", "pine cones"},
  lvis = {},
  family = "nature",
  size_mm = 70,
  description = "A pine cone",
  params = {},
  parts = {
    {"scales", "wood", color = "#7a4a26", role = "primary", names = {"scales", "cone", "nut", "shell"}},
    {"tips", "wood", color = "#a8784a", role = "secondary", names = {"tips", "cap", "cup"}},
  },
  variants = {
    acorn = {names = {"acorn", "oak nut", "acorns"}, size_mm = 35, colors = {scales = "#a86a2a", tips = "#7a5a34"}},
  },
  build = function(k)
    if k.variant == "acorn" then
      local nut = lathe({{0.5, 0}, {8, 3}, {20, 18}, {24, 34}, {23, 44}})
      local cap = intersect(sphere(27):stretch(1, 0.75, 1):move(0, 44, 0), box(200, 100, 200):move(0, 50 + 38, 0)):noise(1.2, 4, 1)
      local stalk = tube({{0, 60, 0}, {2, 68, 0}, {5, 74, 0}}, 3, 2.4)
      return union(nut:part("scales"), union(cap, stalk):part("tips")):rotz(-15)
    end
    local H = 120
    local scales, tips = {}, {}
    local n = 70
    local ga = 137.5
    for i = 0, n - 1 do
      local t = (i + 0.5) / n
      local y = 8 + t * H
      local r = 38 * math.sin(math.pi * (0.15 + 0.85 * t)) ^ 0.8 * (1 - 0.35 * t) + 6
      local a = ga * i
      local d = {math.cos(math.rad(a)), 0, -math.sin(math.rad(a))}
      local s = ellipsoid(13, 6, 11):rotz(-25):roty(a):move(d[1] * r * 0.8, y, d[3] * r * 0.8)
      scales[#scales + 1] = s
      tips[#tips + 1] = sphere(4.5):move(d[1] * (r * 0.8 + 10), y - 3, d[3] * (r * 0.8 + 10))
    end
    local core = lathe({{10, 0}, {26, 30}, {22, 100}, {4, H + 10}})
    local cone = smooth(2.5, core, table.unpack(scales))
    return union(cone:part("scales"), intersect(union(tips), cone:round(1)):part("tips")):rotz(-70):move(0, 40, 0)
  end,
}
