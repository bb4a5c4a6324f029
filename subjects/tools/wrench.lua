-- A wrench (spanner): a flat steel bar with an open jaw at one end and a
-- closed ring at the other, standing on the ring end.
return {
  id = "wrench",
  names = {"wrench", "spanner", "open end wrench", "combination wrench", "rench", "wrentch"},
  lvis = {"wrench"},
  family = "tools",
  size_mm = 220,
  description = "A wrench",
  params = {len = {200, 230}},
  parts = {
    {"metal", "steel", color = "#b8bec6", role = "primary", names = {"metal", "wrench", "body", "handle"}},
  },
  build = function(k)
    local L = k.p.len
    local T = 7
    local bar = extrude({{-11, 20}, {11, 20}, {14, L - 30}, {-14, L - 30}}, T, 1.5)
    local jawc = {0, L - 12, 0}
    local jaw = cylinder(28, T, 1.5):rotx(90):move(0, 0, T / 2):move(jawc)
    local slot = box(30, 60, T * 3):rotz(15):move(jawc[1] + 6, jawc[2] + 28, 0)
    jaw = subtract(jaw, slot)
    jaw = subtract(jaw, cylinder(12, T * 3):rotx(90):move(0, 0, T * 1.5):move(jawc[1] + 2, jawc[2] + 4, 0):stretch(1, 1, 1))
    local ringc = {0, 20, 0}
    local ring = subtract(cylinder(22, T + 2, 1.5):rotx(90):move(0, 0, (T + 2) / 2):move(ringc), cylinder(12, 40):rotx(90):move(0, 0, 20):move(ringc))
    local body = smooth(6, bar, jaw, ring)
    return body:rotz(k.rand(-8, 8)):part("metal")
  end,
}
