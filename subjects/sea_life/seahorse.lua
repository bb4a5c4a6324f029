-- A seahorse: an upright curved body with a bulging ridged belly, a horse-like
-- head bent forward with a long tube snout, a little crown, a back fin, and
-- a tail curled into a spiral.
local F = use and use("fish")

return {
  id = "seahorse",
  names = {"seahorse", "sea horse", "sea-horse"},
  lvis = {"seahorse"},
  family = "sea_life",
  size_mm = 150,
  description = "A seahorse",
  parts = {
    {"body", "skin", color = "#f0a820", role = "primary", names = {"body", "skin"}},
    {"fins", "skin", color = "#f6d070", role = "secondary", names = {"fin", "fins", "crown"}},
    {"eyes", "gloss", color = "#0e0c0c", role = "fixed"},
  },
  points = {"head", "top", "face"},
  attach_to = {"head"},
  build = function(k)
    local soft = k.soft
    -- spine from the neck down the belly into the curled tail
    local spine = {{6, 120, 0}, {12, 100, 0}, {14, 80, 0}, {8, 60, 0}, {-2, 44, 0}, {-8, 30, 0}}
    local body = F.swell(spine, {11, 15, 16, 13, 9, 7}, 3, 6)
    -- the tail: a spiral in the XY plane, curling forward
    local tail = {{-8, 30, 0}}
    local cx, cy = 4, 14
    for i = 0, 14 do
      local a = math.rad(180 + i * 30)
      local r = 14 * (1 - i / 18)
      tail[#tail + 1] = {cx + r * math.cos(a) * -1, cy + r * math.sin(a), 0}
    end
    body = smooth(3 * soft, body, F.swell(tail, {7, 5, 3.5, 2.5, 1.8}, 1.5, 4))
    -- belly ridges
    local ridges = {}
    for i = 0, 7 do
      local y = 54 + i * 9
      ridges[#ridges + 1] = torus(12 + math.sin(i * 0.5) * 3, 1.4):stretch(1.1, 1, 0.9):rotz(-15 + i * 2):move(6 + (i < 4 and i or 7 - i), y, 0)
    end
    body = smooth(1.5, body, union(table.unpack(ridges)))
    -- head bent forward, with a tube snout
    local head_c = {12, 132, 0}
    local head = ellipsoid(12, 10, 8):rotz(-25):move(head_c[1], head_c[2], head_c[3])
    local snout = limb({20, 128, 0}, {44, 120, 0}, 4.5, 3.6)
    body = smooth(4 * soft, body, head, snout)
    body = smooth(2, body, cone(6, 2, 9):move(6, 139, 0))
    local shape = body:part("body")
    local fin = F.fin({{0, 0}, {-12, 4}, {-14, -8}, {-12, -20}, {0, -22}}, 2):rotz(10):move(-8, 96, 0)
    shape = shape + fin:part("fins")
    shape = shape + star(5, 5, 2.5, 3):rotx(90):move(6, 149, 0):part("fins")
    for _, sz in ipairs({-1, 1}) do
      shape = shape + sphere(3):move(16, 134, sz * 7):part("eyes")
    end
    k.attach("head", {8, 150, 0}, 22)
    k.attach("face", {22, 134, 0}, 20, {1, 0, 0})
    return shape
  end,
}
