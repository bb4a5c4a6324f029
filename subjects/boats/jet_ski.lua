-- A jet ski (personal watercraft): a short sporty hull with a raised
-- handlebar console at the front and a long saddle behind it.
local H = use and use("boat")

return {
  id = "jet_ski",
  names = {"jet ski", "jetski", "jet-ski", "water scooter", "personal watercraft", "waverunner", "sea doo", "seadoo"},
  lvis = {"water_scooter"},
  family = "boats",
  size_mm = 1100,
  description = "A jet ski",
  params = {len = {300, 330}},
  parts = {
    {"body", "plastic", color = "#f4f4f0", role = "primary", names = {"body", "hull"}},
    {"accent", "plastic", color = "#e8281e", role = "secondary", names = {"stripes", "stripe", "hood", "accent"}},
    {"seat", "leather", color = "#1e1e22", role = "detail", names = {"seat", "saddle", "handlebars", "grips"}},
  },
  points = {"seat", "back", "top"},
  build = function(k)
    local L = k.p.len
    local beam, depth = L * 0.38, L * 0.17
    local o = {stern = 0.85, bow = 0.7, bow_lift = 10}
    local hull = H.hull(L, beam, depth, o)
    local big = 10000
    local bottom = intersect(H.hull(L + 2, beam + 3, depth + 1, o), H.block(-big, -big, -big, big, depth * 0.35, big))
    local hood = loft({{y = 0, rx = 26, rz = beam * 0.4}, {y = 50, rx = 30, rz = beam * 0.36}, {y = 110, rx = 10, rz = beam * 0.2}}):rotz(-90):move(L * 0.05, depth, 0)
    hood = intersect(hood, H.block(-big, depth - 2, -big, big, big, big))
    local console = H.block(L * 0.0, depth, -beam * 0.22, L * 0.1, depth + 40, beam * 0.22, 10)
    local bars = capsule({L * 0.02, depth + 48, -beam * 0.45}, {L * 0.02, depth + 48, beam * 0.45}, 5) + capsule({L * 0.06, depth + 30, 0}, {L * 0.02, depth + 48, 0}, 6)
    local seat = loft({{y = -L * 0.42, rx = 10, rz = beam * 0.22}, {y = -L * 0.25, rx = 18, rz = beam * 0.26}, {y = -L * 0.02, rx = 16, rz = beam * 0.24}}):rotz(-90):move(0, depth + 4, 0)
    local shape = hull:part("body") + bottom:part("accent") + hood:part("accent") + console:part("body") + (bars + seat):part("seat")
    k.attach("seat", {-L * 0.22, depth + 22, 0}, beam * 0.5)
    k.attach("back", {-L * 0.22, depth + 22, 0}, beam * 0.5)
    k.attach("top", {-L * 0.22, depth + 22, 0}, beam * 0.5)
    return shape
  end,
}
