-- A Venetian gondola: a long slender black boat curving up at both ends,
-- with the tall toothed ferro on the bow and a red cushioned seat.
local H = use and use("boat")

return {
  id = "gondola",
  names = {"gondola", "venetian gondola", "venice gondola", "gondola boat"},
  lvis = {"gondola_(boat)"},
  family = "boats",
  size_mm = 1800,
  description = "A Venetian gondola",
  params = {len = {540, 580}},
  parts = {
    {"hull", "paint", color = "#141416", role = "primary", names = {"hull", "boat", "body"}},
    {"seat", "fabric", color = "#a81e24", role = "secondary", names = {"seat", "cushions", "cushion"}},
    {"ferro", "silver", color = "#d8dadf", role = "detail", names = {"ferro", "prow", "bow ornament", "trim"}},
    {"oar", "wood", color = "#b08a5a", role = "detail", names = {"oar", "paddle", "pole", "deck"}},
  },
  points = {"seat", "inside", "top"},
  build = function(k)
    local L = k.p.len
    local beam, depth = L * 0.14, L * 0.07
    local o = {stern = 0.0, bow = 1.1}
    local big = 10000
    local hull = H.open_hull(L * 0.82, beam, depth, o, 7, depth * 0.4, 0.1)
    -- upswept ends
    local bow = tube({{L * 0.36, depth * 0.6, 0}, {L * 0.45, depth * 1.1, 0}, {L * 0.5, depth * 2.0, 0}}, beam * 0.16, 5)
    local stern = tube({{-L * 0.36, depth * 0.6, 0}, {-L * 0.44, depth * 1.0, 0}, {-L * 0.48, depth * 1.7, 0}}, beam * 0.16, 6)
    local ferro = extrude({{-6, 0}, {14, 0}, {22, 40}, {10, 56}, {0, 50}}, 8, 2):move(L * 0.49, depth * 1.9, 0)
    for i = 0, 5 do ferro = ferro + box(16, 5, 7, 1):move(L * 0.49 + 20, depth * 1.9 + 6 + i * 7, 0) end
    local seat = H.block(-L * 0.06, depth * 0.4, -beam * 0.32, L * 0.08, depth * 0.95, beam * 0.32, 8)
      + H.block(-L * 0.1, depth * 0.4, -beam * 0.32, -L * 0.04, depth * 1.5, beam * 0.32, 8)
    local oar = capsule({-L * 0.4, depth * 1.2, beam * 0.5}, {-L * 0.1, depth * 4.6, beam * 0.2}, 6)
      + capsule({-L * 0.4, depth * 1.2, beam * 0.5}, {-L * 0.44, depth * 0.4, beam * 0.56}, 7)
    local forcola = capsule({-L * 0.3, depth * 0.8, beam * 0.38}, {-L * 0.3, depth * 2.33, beam * 0.4}, 6)
    local shape = (hull + bow + stern):part("hull") + ferro:part("ferro") + seat:part("seat") + (oar + forcola):part("oar")
    k.attach("seat", {0, depth * 0.95, 0}, beam * 0.5)
    k.attach("inside", {0, depth * 0.4, 0}, beam * 0.5)
    k.attach("top", {0, depth, 0}, beam * 0.6)
    return shape
  end,
}
