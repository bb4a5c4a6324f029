-- A candy cane: a white stick with a hooked top and diagonal red stripes.
return {
  id = "candy_cane",
  names = {"candy cane", "candycane", "christmas candy"},
  lvis = {"candy_cane"},
  family = "food",
  size_mm = 160,
  description = "A candy cane",
  params = {hook = {26, 32}},
  parts = {
    {"candy", "candy", color = "#fbf8f4", role = "secondary", names = {"candy", "white"}},
    {"stripes", "candy", color = "#d8141e", role = "primary", names = {"stripes", "stripe", "red"}},
  },
  points = {"top"},
  build = function(k)
    local H, hr, r = 150, k.p.hook, 7.5
    local pts = {{0, 0, 0}, {0, H * 0.5, 0}}
    for i = 0, 8 do
      local a = math.pi * i / 8
      pts[#pts + 1] = {hr - hr * math.cos(a), H + hr * math.sin(a), 0}
    end
    pts[#pts + 1] = {2 * hr, H - 20, 0}
    local path = spline(pts, 6)
    local body = tube(pts, r)
    local stripes = {}
    local acc = 0
    for i = 2, #path - 1 do
      local seg = math.sqrt((path[i][1] - path[i - 1][1]) ^ 2 + (path[i][2] - path[i - 1][2]) ^ 2)
      acc = acc + seg
      if acc >= 14 then
        acc = 0
        local d = {path[i + 1][1] - path[i - 1][1], path[i + 1][2] - path[i - 1][2], 0}
        local l = math.sqrt(d[1] * d[1] + d[2] * d[2])
        local band = cylinder(r + 0.6, 5):move(0, -2.5, 0):rotx(30):aim({d[1] / l, d[2] / l, 0}, path[i])
        stripes[#stripes + 1] = band
      end
    end
    local st = intersect(union(stripes), body:round(0.5))
    return union(body:part("candy"), st:part("stripes"))
  end,
}
