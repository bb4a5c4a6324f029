-- A birdcage: a round cage of thin vertical bars on a solid base, closed
-- by a domed top with a hanging ring, a perch and a little door.
return {
  id = "birdcage",
  names = {"birdcage", "bird cage", "parrot cage", "canary cage", "cage", "bird cage with stand", "birdcadge"},
  lvis = {"birdcage"},
  family = "household",
  size_mm = 520,
  hangs = true,
  description = "A domed birdcage with bars and a perch",
  params = {bars = {20, 28.99}},
  parts = {
    {"bars", "brass", color = "#c8a048", role = "primary", names = {"bars", "cage", "wire", "frame", "ring"}},
    {"base", "wood", color = "#5a3a22", role = "secondary", names = {"base", "floor", "perch"}},
  },
  points = {"top", "inside"},
  build = function(k)
    local R, H = 170, 300
    local base = lathe({{R + 12, 0}, {R + 12, 30}, {R + 4, 44}, {R, 50}})
    local n = math.floor(k.p.bars)
    local bar = {}
    for i = 0, n - 1 do
      local a = 2 * math.pi * i / n
      local c, s = math.cos(a), math.sin(a)
      local pts = {{R * c, 45, R * s}, {R * c, H, R * s}}
      for j = 1, 6 do
        local t = j / 6 * math.pi / 2
        pts[#pts + 1] = {R * math.cos(t) * c, H + R * 0.7 * math.sin(t), R * math.cos(t) * s}
      end
      bar[#bar + 1] = polyline(pts, 4.5)
    end
    local rings = torus(R, 5):move(0, H * 0.35, 0) + torus(R, 5):move(0, H, 0) + torus(R, 6):move(0, 52, 0)
    local top_y = H + R * 0.7
    -- A cap where the bars crowd together at the top of the dome.
    local cap = intersect(ellipsoid(R + 6, R * 0.7 + 6, R + 6):move(0, H, 0), box(400, 40, 400):move(0, top_y, 0))
    local hook = cap + torus(26, 6):rotx(90):move(0, top_y + 30, 0) + cylinder(12, 14):move(0, top_y - 4, 0)
    local door = box(8, 110, 90, 3):move(R, 120, 0):roty(30)
    local perch = capsule({-R + 10, 150, 0}, {R - 10, 150, 0}, 8)
    k.attach("inside", {0, 50, 0}, R * 1.2)
    k.attach("top", {0, top_y + 56, 0}, 50)
    return (union(bar) + rings + hook + door):part("bars") + (base + perch):part("base")
  end,
}
