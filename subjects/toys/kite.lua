-- A kite: a diamond sail on a cross of spars, with a long tail of bows.
-- Stands on the tail's end, leaning back as if flying.
return {
  id = "kite",
  names = {"kite", "diamond kite", "flying kite", "paper kite", "toy kite"},
  lvis = {"kite"},
  family = "toys",
  size_mm = 1200,
  description = "A diamond kite with a tail of bows",
  params = {lean = {15, 25}, sway = {-0.1, 0.1}},
  parts = {
    {"sail", "fabric", color = "#d8282d", role = "primary", names = {"sail", "kite", "fabric"}},
    {"panels", "fabric", color = "#f0c020", role = "secondary", names = {"panels", "stripes", "bows"}},
    {"spars", "wood", color = "#8a6a4a", role = "detail", names = {"spars", "frame", "sticks", "tail", "string"}},
  },
  build = function(k)
    local W, Hk = 500, 700
    local top, cy = Hk, Hk * 0.72
    local quad = {{0, 0}, {W * 0.5, cy}, {0, top}, {-W * 0.5, cy}}
    local sail = extrude(quad, 16, 0)  -- sturdy enough to stay whole at draft
    -- Two opposite quarters in the second colour.
    local q1 = extrude({{0, cy}, {W * 0.5, cy}, {0, top}}, 4, 0):move(0, 0, 7)
    local q2 = extrude({{0, 0}, {0, cy}, {-W * 0.5, cy}}, 4, 0):move(0, 0, 7)
    local spars = union(limb({0, 0, -8}, {0, top, -8}, 11), limb({-W * 0.5, cy, -8}, {W * 0.5, cy, -8}, 10))
    local kite = union(sail:part("sail"), union(q1, q2):part("panels"), spars:part("spars"))
    -- Tail with bows.
    local sw = k.p.sway * Hk
    local tail_pts = {{0, 0, 0}, {sw + 40, -Hk * 0.3, 0}, {sw - 40, -Hk * 0.65, 0}, {sw * 0.5, -Hk * 1.0, 0}}
    local tail = tube(tail_pts, 15)
    kite = kite + tail:part("spars")
    for i = 1, 3 do
      local p = spline(tail_pts, 8)[i * 7] or tail_pts[i + 1]
      local bow = union(extrude({{0, 0}, {-45, 25}, {-45, -25}}, 14, 0), extrude({{0, 0}, {45, 25}, {45, -25}}, 14, 0))
      kite = kite + bow:move(p[1], p[2], p[3]):part("panels") + sphere(20):move(p[1], p[2], p[3]):part("spars")
    end
    return kite:rotx(-k.p.lean):roty(35)
  end,
}
