-- A baseball bat: a long turned wooden club, thin at the taped handle with a
-- knob at the end, swelling to a thick rounded barrel; stands on the knob.
return {
  id = "baseball_bat",
  names = {"baseball bat", "softball bat", "wooden bat", "ball bat", "baseball bat wooden"},
  lvis = {"baseball_bat"},
  family = "sports",
  size_mm = 850,
  description = "A baseball bat",
  params = {len = {820, 880}},
  parts = {
    {"wood", "wood", color = "#d8a868", role = "primary", names = {"wood", "bat", "barrel"}},
    {"tape", "fabric", color = "#1e1e22", role = "secondary", names = {"tape", "grip", "handle"}},
  },
  variants = {
    cricket = {names = {"cricket bat"}, colors = {wood = "#e8d0a0"}},
  },
  build = function(k)
    local L = k.p.len
    if k.variant == "cricket" then
      local blade = extrude({{-54, 0}, {54, 0}, {54, L * 0.6}, {40, L * 0.64}, {-40, L * 0.64}, {-54, L * 0.6}}, 38, 10)
      blade = smooth(10, blade, ellipsoid(40, L * 0.25, 20):move(0, L * 0.3, -12))
      local handle = cylinder(16, L * 0.4):move(0, L * 0.6, 0)
      return union(blade:part("wood"), handle:part("tape"))
    end
    local prof = {{0.5, 0}, {22, 2}, {24, 10}, {14, 20}, {13, L * 0.3}, {17, L * 0.5}, {28, L * 0.72}, {33, L * 0.88}, {33, L * 0.97}, {28, L * 0.995}, {0.5, L}}
    local bat = lathe(prof)
    local tape = intersect(bat:round(0.8), box(100, L * 0.22, 100):move(0, 20 + L * 0.11, 0))
    return union(bat:part("wood"), tape:part("tape"))
  end,
}
