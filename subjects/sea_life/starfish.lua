-- A starfish: five plump tapering arms from a domed centre, covered in
-- little knobbly bumps, lying flat.
return {
  id = "starfish",
  names = {"starfish", "sea star", "seastar", "star fish", "patrick star"},
  lvis = {"starfish"},
  family = "sea_life",
  size_mm = 40,
  description = "A starfish",
  params = {arm = {95, 110}, curl = {-8, 8}},
  parts = {
    {"body", "skin", color = "#f07a30", role = "primary", names = {"body", "arms", "skin"}},
    {"bumps", "skin", color = "#f8c070", role = "secondary", names = {"bumps", "spots", "dots"}},
  },
  points = {"top"},
  build = function(k)
    local R = k.p.arm
    local arms, bumps = {}, {}
    for i = 0, 4 do
      local a = math.rad(90 + i * 72 + k.rand(-4, 4))
      local dx, dz = math.cos(a), math.sin(a)
      local tipr = R * k.rand(0.92, 1.05)
      local bend = math.rad(k.p.curl)
      local mid = {dx * tipr * 0.55 - dz * tipr * 0.05 * math.sin(bend), 12, dz * tipr * 0.55 + dx * tipr * 0.05 * math.sin(bend)}
      local tip = {dx * tipr, 5, dz * tipr}
      arms[#arms + 1] = tube({{0, 16, 0}, mid, tip}, 22, 5):stretch(1, 0.55, 1)
      for j = 1, 6 do
        local t = j / 7.5
        local r = 22 + (5 - 22) * t
        local p = {dx * tipr * t, 8 + (1 - t) * 8 + r * 0.5, dz * tipr * t}
        bumps[#bumps + 1] = sphere(2.2 + (1 - t) * 1.6):move(p[1], p[2] * 1.0, p[3])
      end
    end
    local body = smooth(10 * k.soft, sphere(26):stretch(1, 0.55, 1):move(0, 14, 0), union(table.unpack(arms)))
    body = intersect(body, box(600, 200, 600):move(0, 100, 0))
    local shape = body:part("body") + union(table.unpack(bumps)):part("bumps")
    k.attach("top", {0, 30, 0}, 40)
    return shape
  end,
}
