-- A weathervane: a rooster on top of an arrow that turns on a rod, above
-- the crossed N-S-E-W arms, on a small roof peak.
return {
  id = "weathervane",
  names = {"weathervane", "weather vane", "weathercock", "wind vane", "vane", "rooster weathervane"},
  lvis = {"weathervane"},
  family = "buildings",
  size_mm = 900,
  description = "A rooster weathervane with an arrow and compass arms",
  params = {h = {300, 330}},
  parts = {
    {"metal", "iron", color = "#2a2a2e", role = "primary", names = {"metal", "vane", "rooster", "arrow", "rod"}},
    {"letters", "gold", color = "#d8b040", role = "secondary", names = {"letters", "compass", "ball", "balls"}},
    {"roof", "clay", color = "#8a3a2a", role = "detail", names = {"roof", "base"}},
  },
  points = {"top"},
  build = function(k)
    local h = k.p.h
    local roof = intersect(extrude({{-70, 0}, {70, 0}, {0, 50}}, 120), box(200, 60, 120):move(0, 25, 0))
    local rod = cylinder(4, h):move(0, 40, 0)
    local arms = {}
    local ay = h * 0.55
    for _, a in ipairs({0, 90}) do arms[#arms + 1] = capsule({-70, ay, 0}, {70, ay, 0}, 4.5):roty(a) end
    local balls = sphere(10):move(0, ay, 0) + sphere(9):move(0, h * 0.75, 0)
    -- N, S, E, W letters as small blocks at the arm ends
    local letters = {}
    for _, a in ipairs({0, 90, 180, 270}) do
      letters[#letters + 1] = box(16, 20, 6, 1):move(72, ay + 10, 0):roty(a)
    end
    -- the arrow
    local vy = h * 0.86
    local arrow = capsule({-90, vy, 0}, {90, vy, 0}, 4.5) + extrude({{90, -12}, {118, 0}, {90, 12}}, 5, 1):move(0, vy, 0)
      + extrude({{-100, -16}, {-70, -4}, {-70, 4}, {-100, 16}, {-90, 0}}, 5, 1):move(0, vy, 0)
    -- the rooster: body, tail fan, neck, head with comb, legs standing on the arrow
    local ry = vy + 30
    local rooster = ellipsoid(28, 18, 4):move(0, ry, 0) + extrude({{-18, 6}, {-50, 40}, {-40, 0}, {-44, -10}, {-20, -8}}, 5, 1):move(0, ry, 0)
    rooster = rooster + capsule({18, ry + 6, 0}, {28, ry + 34, 0}, 7) + ellipsoid(10, 8, 4):move(32, ry + 40, 0)
      + extrude({{26, 46}, {30, 56}, {34, 50}, {38, 56}, {40, 46}}, 4, 1):move(0, ry, 0)
      + extrude({{40, 38}, {50, 40}, {40, 44}}, 4, 1):move(0, ry, 0)
      + capsule({-4, ry - 14, 0}, {-2, vy, 0}, 3) + capsule({8, ry - 14, 0}, {10, vy, 0}, 3)
    rooster = rooster:move(0, -vy, 0):scale(1.35):move(0, vy, 0)
    local shape = roof:part("roof") + (rod + union(arms) + arrow + rooster):part("metal") + (balls + union(letters)):part("letters")
    k.attach("top", {0, vy + 110, 0}, 30)
    return shape:roty(15)
  end,
}
