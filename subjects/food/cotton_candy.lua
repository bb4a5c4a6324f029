-- Cotton candy (candy floss): a big fluffy pink cloud on a paper cone stick.
return {
  id = "cotton_candy",
  names = {"cotton candy", "candy floss", "candyfloss", "fairy floss", "cotton candy stick", "cottoncandy"},
  lvis = {"cotton_candy"},
  family = "food",
  size_mm = 300,
  description = "Cotton candy on a stick",
  params = {},
  parts = {
    {"floss", "fabric", color = "#f8a8d0", role = "primary", names = {"floss", "candy", "cloud", "fluff"}},
    {"stick", "paper", color = "#f4eee2", role = "secondary", names = {"stick", "cone", "paper"}},
  },
  build = function(k)
    local stick = cone(9, 4, 300)
    local fluff = {ellipsoid(100, 120, 100):move(0, 240, 0)}
    for i = 0, 9 do
      local a = i * 2.39996
      local y = 180 + (i % 5) * 30
      fluff[#fluff + 1] = sphere(50 + (i % 3) * 8):move(math.cos(a) * 70, y, math.sin(a) * 70)
    end
    local floss = smooth(25, table.unpack(fluff)):noise(5, 22, 2)
    return union(stick:part("stick"), floss:part("floss"))
  end,
}
