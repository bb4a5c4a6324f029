-- A glass dome paperweight: a clear, slightly flattened ball with a flat
-- foot, and inside it a flower: a ring of red petals round a yellow heart
-- with a pale bubble in each petal, on a green stem with two leaves, over a
-- deep blue ground. The glass renders solid, so the flower shows the way it
-- is seen through the front of the dome from the usual three-quarter view:
-- as coloured patches in the glass's skin, drawn in the view's plane and
-- carried through the dome, the nearer layers a little prouder.

-- The default camera: azimuth 35 degrees round from +z towards +x,
-- elevation 22 degrees.
local AZ, EL = 35, 22

local function through(shape2d, c) return shape2d:rotx(-EL):roty(AZ):move(c[1], c[2], c[3]) end

-- an ellipse in the picture plane, run deep through the dome
local function oval(x, y, rx, ry, deg, depth)
  local pts = {}
  for i = 0, 19 do
    local a = i * math.pi / 10
    pts[#pts + 1] = {math.cos(a) * rx, math.sin(a) * ry}
  end
  return extrude(pts, depth):rotz(deg or 0):move(x, y, 0)
end

return {
  id = "paperweight",
  names = {"paperweight", "glass paperweight", "paper weight", "flower paperweight", "glass dome paperweight",
           "crystal paperweight", "millefiori paperweight", "desk paperweight"},
  lvis = {"paperweight"},
  family = "household",
  size_mm = 60,
  description = "A glass dome paperweight with a red flower inside",
  params = {petals = {5, 6}, turn = {0, 30}, squash = {0.78, 0.86}},
  parts = {
    {"dome", "glass", color = "#d6e6ee", role = "primary", names = {"dome", "ball", "weight", "body"}},
    {"petals", "plastic", color = "#d8283a", role = "secondary", names = {"flower", "petals", "blossom", "rose"}},
    {"heart", "plastic", color = "#f4c62a", role = "detail", names = {"centre", "center", "heart", "stamens"}},
    {"leaves", "plant", color = "#2f8a3c", role = "detail", names = {"leaves", "stem", "leaf"}},
    {"ground", "plastic", color = "#1e3c8c", role = "detail", names = {"ground", "background", "base", "backdrop"}},
    {"bubbles", "plastic", color = "#f6f2f4", role = "fixed"},
    {"sheets", "paper", color = "#f6f4ec", role = "detail", names = {"sheets", "sheet", "papers", "letters", "documents"}},
  },
  points = {"top"},
  build = function(k)
    local R = 38
    local Ry = R * k.p.squash
    local cy = Ry * 0.3                        -- the ball's centre; its bottom is cut flat
    local glass = intersect(ellipsoid(R, Ry, R):move(0, cy, 0), box(4 * R, 4 * R, 4 * R):move(0, 2 * R, 0))
    -- the picture, in units of R, centred a little above the ball's centre
    local c = {0, cy + Ry * 0.12, 0}
    local D = 3 * R
    local fy = R * 0.16                        -- the flower's centre in the picture
    local n = k.p.petals
    local turn = k.p.turn
    local petals, bubbles = {}, {}
    local pr = R * 0.2
    for i = 0, n - 1 do
      local a = turn + i * 360 / n
      local ar = math.rad(a)
      local px, py = -math.sin(ar) * pr, fy + math.cos(ar) * pr
      petals[#petals + 1] = oval(px, py, R * 0.12, R * 0.21, a, D)
      bubbles[#bubbles + 1] = oval(-math.sin(ar) * pr * 1.15, fy + math.cos(ar) * pr * 1.15, R * 0.03, R * 0.03, 0, D)
    end
    local flower2d = union(petals)
    local heart2d = oval(0, fy, R * 0.09, R * 0.09, 0, D)
    local leaves2d = union(
      box(R * 0.05, R * 0.5, D):move(0, fy - R * 0.3, 0),
      oval(-R * 0.2, fy - R * 0.38, R * 0.07, R * 0.19, 62, D),
      oval(R * 0.2, fy - R * 0.42, R * 0.07, R * 0.19, -62, D))
    -- the ground: a coloured cushion under the flower, seen a little from above
    local ground2d = oval(0, fy - R * 0.58, R * 0.72, R * 0.26, 0, D)
    local function skin(pic, t) return intersect(ellipsoid(R + t, Ry + t, R + t):move(0, cy, 0), through(pic, c)) end
    local ground = skin(ground2d, 0.5)
    local leaves = skin(leaves2d, 0.9)
    local flower = skin(flower2d, 1.3)
    local heart = skin(heart2d, 1.7)
    local bub = skin(union(bubbles), 1.6)
    -- the sheets of paper it holds down
    local P = 2.2
    local papers = box(118, P, 88, 0.6):move(6, P / 2, 3):roty(-9) + box(118, P, 88, 0.6):move(3, P * 1.5 - 0.2, 0):roty(5)
    local lift = 2 * P - 0.4
    k.attach("top", {0, cy + Ry + lift, 0}, R)
    return papers:part("sheets") + union(glass:part("dome"), ground:part("ground"), leaves:part("leaves"), flower:part("petals"),
      heart:part("heart"), bub:part("bubbles")):move(0, lift - 0.3, 0)
  end,
}
