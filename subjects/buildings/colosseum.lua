-- The Colosseum: a huge oval amphitheatre wall of three tiers of arches and
-- an attic storey, partly ruined on one side, with seating inside.
return {
  id = "colosseum",
  names = {"colosseum", "coliseum", "amphitheatre", "amphitheater", "roman colosseum", "arena", "roman arena"},
  lvis = {},
  family = "buildings",
  size_mm = 48000,
  description = "The Colosseum: an oval wall of arches",
  params = {r = {200, 220}},
  parts = {
    {"stone", "stone", color = "#d2bc94", role = "primary", names = {"stone", "walls", "arches"}},
    {"inside", "stone", color = "#a8946e", role = "secondary", names = {"seats", "seating", "arena", "floor"}},
  },
  points = {"top"},
  build = function(k)
    local R = k.p.r
    local sx, sz = 1.0, 0.8
    local th = 46
    local tiers = 3
    local H = th * tiers + 30
    local outer = cylinder(R, H):stretch(sx, 1, sz)
    local inner = cylinder(R - 26, H + 20):move(0, -10, 0):stretch(sx, 1, sz)
    local wall = outer - inner
    local n = 32
    local arches = {}
    for t = 0, tiers - 1 do
      for i = 0, n - 1 do
        local a = 360 * (i + 0.5) / n
        local w = 2 * math.pi * R / n * 0.55
        local y0 = t * th + 8
        local cut = box(w, th - 20, 60):move(0, y0 + (th - 20) / 2, R) + cylinder(w / 2, 60):move(0, -30, 0):rotx(90):move(0, y0 + th - 20, R)
        arches[#arches + 1] = cut:roty(a)
      end
    end
    wall = wall - union(arches):stretch(sx, 1, sz)
    -- cornices between tiers
    local rings = {}
    for t = 1, tiers do
      rings[#rings + 1] = (cylinder(R + 4, 6) - cylinder(R - 4, 20):move(0, -5, 0)):move(0, t * th - 3, 0):stretch(sx, 1, sz)
    end
    -- ruined side: a sloping cut across the top on the back
    local ruin = box(R * 3, H, R * 1.6):move(0, H * 0.9, -R * 0.95):rotx(-14)
    wall = (wall + union(rings)) - ruin
    -- stepped seating inside
    local seats = {}
    for i = 0, 4 do
      local rr = R - 26 - i * 18
      seats[#seats + 1] = (cylinder(rr, H * 0.7 - i * 20) - cylinder(rr - 18, H)):stretch(sx, 1, sz)
    end
    local floor = cylinder(R - 26, 6):stretch(sx, 1, sz)
    local shape = wall:part("stone") + (union(seats) + floor):part("inside")
    k.attach("top", {0, 10, 0}, R)
    return shape
  end,
}
