-- A magic wand: a slim rod with a star on its tip (a fairy's wand); the
-- wizard's wand variant is a plain tapered rod with a handle.
return {
  id = "wand",
  names = {"wand", "magic wand", "fairy wand", "star wand", "wizard wand", "wizard's wand", "princess wand"},
  lvis = {"wand"},
  family = "accessories",
  size_mm = 350,
  description = "A magic wand with a star",
  parts = {
    {"star", "gold", color = "#f0c838", role = "primary", names = {"star", "tip"}},
    {"rod", "wood", color = "#f4f0ea", role = "secondary", names = {"rod", "stick", "handle", "wand"}},
  },
  attach_to = {"hand", "top"},
  build = function(k)
    -- 240 wide across the star; the rod is held near its base.
    local W = 240
    local L = W * 1.7
    local rod = cylinder(W * 0.035, L + W * 0.3, W * 0.01)  -- runs up into the star
    local handle = cylinder(W * 0.05, L * 0.3, W * 0.02)
    local st = star(5, W * 0.5, W * 0.22, W * 0.12):move(0, L + W * 0.42, 0)
    st = st:round(W * 0.02)
    local sparkles = union(sphere(W * 0.04):move(W * 0.3, L + W * 0.95, W * 0.2), sphere(W * 0.03):move(-W * 0.3, L + W * 0.9, -W * 0.25))
    return union(rod:part("rod"), handle:part("rod"), st:part("star"))
  end,
}
