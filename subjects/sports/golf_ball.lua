-- A golf ball: a small white ball covered in round dimples, sitting on a
-- wooden tee.
return {
  id = "golf_ball",
  names = {"golf ball", "golfball", "golf ball on a tee"},
  lvis = {"golf_ball"},
  family = "sports",
  size_mm = 75,
  description = "A golf ball on a tee",
  params = {},
  attach_to = {"mouth", "hand", "top"},
  parts = {
    {"ball", "plastic", color = "#f8f8f6", role = "primary", names = {"ball", "dimples"}},
    {"tee", "wood", color = "#e8c88a", role = "secondary", names = {"tee", "peg"}},
  },
  build = function(k)
    local R = 21.5
    local dimples = {}
    local n = 110
    local ga = math.pi * (3 - math.sqrt(5))
    for i = 0, n - 1 do
      local y = 1 - 2 * (i + 0.5) / n
      local r = math.sqrt(1 - y * y)
      local d = {math.cos(ga * i) * r, y, math.sin(ga * i) * r}
      dimples[#dimples + 1] = sphere(2.6):move(d[1] * (R + 1.2), d[2] * (R + 1.2), d[3] * (R + 1.2))
    end
    local ball = smooth_sub(sphere(R), union(dimples), 0.6):move(0, 30 + R, 0)
    local tee = lathe({{0.6, 0}, {2.4, 6}, {2.6, 24}, {7, 29}, {8, 31}})
    return union(ball:part("ball"), tee:part("tee"))
  end,
}
