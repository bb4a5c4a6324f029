-- A rowboat: an open wooden hull with plank lines, thwarts (bench seats)
-- across it and a pair of oars resting in the rowlocks; a canoe and a kayak
-- are separate subjects.
local H = use and use("boat")

return {
  id = "rowboat",
  names = {"rowboat", "row boat", "rowing boat", "dinghy", "dory", "skiff", "wooden boat", "little boat", "fishing boat",
           "small boat", "lifeboat"},
  lvis = {"dinghy"},
  family = "boats",
  size_mm = 800,
  description = "A wooden rowboat with oars",
  params = {len = {380, 420}},
  parts = {
    {"hull", "wood", color = "#a8764a", role = "primary", names = {"hull", "boat", "body", "planks"}},
    {"inside", "wood", color = "#c8a070", role = "secondary", names = {"inside", "seats", "benches", "thwarts", "interior"}},
    {"oars", "wood", color = "#d8b888", role = "detail", names = {"oars", "oar", "paddles"}},
    {"stripe", "paint", color = "#f2f0e8", role = "detail", names = {"stripe", "trim", "gunwale"}},
  },
  points = {"inside", "top"},
  build = function(k)
    local L = k.p.len
    local beam, depth = L * 0.38, L * 0.17
    local o = {stern = 0.55, bow = 0.9, bow_lift = 10}
    local hull = H.open_hull(L, beam, depth, o, 6, 12)
    local big = 10000
    -- plank lines
    local lines = {}
    for i = 1, 2 do
      lines[#lines + 1] = H.block(-big, depth * i / 3 - 1, -big, big, depth * i / 3 + 1, big)
    end
    local outer = H.hull(L, beam, depth, o)
    hull = hull - (intersect(outer, union(lines)) - H.hull(L - 4, beam - 4, depth, o))
    hull = hull + intersect(H.block(-big, 0, -big, big, 18, big), H.hull(L - 4, beam - 4, depth, o))
    local gunwale = intersect(outer:round(1.5) - H.hull(L - 30, beam - 14, depth + 50, o), H.block(-big, depth - 5, -big, big, depth + 12, big))
    local seats = {}
    for _, x in ipairs({-L * 0.15, L * 0.12}) do
      seats[#seats + 1] = intersect(H.block(x - 16, depth * 0.62, -big, x + 16, depth * 0.62 + 10, big), H.hull(L - 6, beam - 6, depth, o))
    end
    seats[#seats + 1] = intersect(H.block(-L * 0.5, depth * 0.6, -big, -L * 0.36, depth * 0.6 + 10, big), H.hull(L - 6, beam - 6, depth, o))
    -- oars crossing over the gunwales, blades in the water-ish
    local oars = {}
    for _, sz in ipairs({-1, 1}) do
      local a = {-L * 0.05, depth + 6, sz * beam * 0.1}
      local b = {-L * 0.02, depth - 10, sz * beam * 1.05}
      oars[#oars + 1] = capsule(a, b, 3.5)
      oars[#oars + 1] = ellipsoid(12, 4, L * 0.08):move(b[1], b[2] - 2, b[3] + sz * L * 0.07)
      oars[#oars + 1] = cylinder(4, 10):move(-L * 0.03, depth - 2, sz * (beam / 2 - 4))
    end
    local shape = hull:part("hull") + gunwale:part("stripe") + union(seats):part("inside") + union(oars):part("oars")
    -- the floor inside
    shape = shape + intersect(H.hull(L - 14, beam - 14, depth, o), H.block(-big, 10, -big, big, 14, big)):part("inside")
    k.attach("inside", {0, 14, 0}, beam * 0.6)
    k.attach("top", {0, depth, 0}, beam * 0.6)
    return shape
  end,
}
