-- An ice cream sundae: scoops of ice cream in a tall glass cup on a stem,
-- drizzled with chocolate sauce, topped with whipped cream and a cherry.
return {
  id = "sundae",
  names = {"sundae", "ice cream sundae", "parfait", "sundae cup", "knickerbocker glory"},
  lvis = {"sundae"},
  family = "food",
  size_mm = 200,
  description = "An ice cream sundae",
  params = {},
  parts = {
    {"ice_cream", "food", color = "#f8ecd0", role = "primary", names = {"ice cream", "scoops", "scoop"}},
    {"glass", "glass", color = "#e8f4f8", role = "detail", names = {"glass", "cup", "dish"}},
    {"sauce", "chocolate", color = "#4a2416", role = "secondary", names = {"sauce", "chocolate sauce", "syrup", "fudge"}},
    {"cream", "food", color = "#fdfcf8", role = "detail", names = {"cream", "whipped cream"}},
    {"cherry", "glazed", color = "#c8141e", role = "detail", names = {"cherry"}},
  },
  build = function(k)
    local glass = union(vessel({{10, 60}, {40, 80}, {62, 140}, {66, 170}}, 3, 4), cylinder(6, 60), cylinder(45, 6, 2))
    local scoops = union(sphere(40):noise(1.5, 9, 2):move(-18, 170, 0), sphere(38):noise(1.5, 9, 2):move(22, 172, 10), sphere(36):noise(1.5, 9, 2):move(0, 200, -12))
    local sauce = {}
    for i = 0, 6 do
      local a = math.rad(51 * i)
      sauce[#sauce + 1] = capsule({math.cos(a) * 20, 232, math.sin(a) * 20}, {math.cos(a) * 48, 178 - (i % 3) * 8, math.sin(a) * 48}, 5)
    end
    local sauce_s = intersect(union(sauce), scoops:round(3))
    local cream = union(torus(16, 11):move(0, 236, -6), cone(14, 1, 26):move(0, 240, -6))
    local cherry = union(sphere(11):move(0, 270, -6), tube({{0, 278, -6}, {4, 294, -6}, {12, 302, -6}}, 1.6))
    return union(glass:part("glass"), scoops:part("ice_cream"), sauce_s:part("sauce"), cream:part("cream"), cherry:part("cherry"))
  end,
}
