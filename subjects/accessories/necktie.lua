-- A necktie: a knot and a long blade ending in a point. Worn at the neck it
-- hangs down the chest; built lying face up.
return {
  id = "necktie",
  names = {"necktie", "tie", "neck tie", "business tie", "silk tie"},
  lvis = {"necktie"},
  family = "accessories",
  size_mm = 12,
  description = "A necktie",
  parts = {
    {"tie", "fabric", color = "#b0202c", role = "primary", names = {"tie", "blade"}},
    {"stripes", "fabric", color = "#1e2a50", role = "secondary", names = {"stripes", "stripe", "pattern"}},
  },
  attach_to = {"tie", "neck", "top"},
  build = function(k)
    -- Facing +X, hanging down -Y from the knot at the top, then laid on its back.
    local L, W = 420, 80
    local blade = extrude({{-W * 0.22, 0}, {W * 0.22, 0}, {W * 0.5, -L * 0.82}, {0, -L}, {-W * 0.5, -L * 0.82}}, 8, 3)
    blade = blade:roty(90):move(6, -22, 0)
    local knot = extrude({{-W * 0.32, 0}, {W * 0.32, 0}, {W * 0.2, -34}, {-W * 0.2, -34}}, 18, 5):roty(90):move(10, 8, 0)
    local shape = union(blade:part("tie"), knot:part("tie"))
    for i = 1, 4 do
      local y = -40 - i * 70
      shape = shape + intersect(blade:scale(1.0):move(0.6, 0, 0), box(20, 16, W * 2):move(6, y, 0):rotx(35)):part("stripes")
    end
    return shape:rotz(90)
  end,
}
