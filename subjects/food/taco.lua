-- A taco: a folded golden corn shell standing on its curve, stuffed with
-- ground meat, shredded lettuce, diced tomato and cheese.
return {
  id = "taco",
  names = {"taco", "tacos food", "hard shell taco", "taco shell", "tacco"},
  lvis = {"taco"},
  family = "food",
  size_mm = 75,
  description = "A taco",
  params = {R = {72, 78}},
  parts = {
    {"shell", "food", color = "#eab44a", role = "primary", names = {"shell", "tortilla", "taco shell"}},
    {"meat", "food", color = "#6a3a1e", role = "secondary", names = {"meat", "beef", "filling"}},
    {"lettuce", "plant", color = "#7ac040", role = "detail", names = {"lettuce", "salad", "greens"}},
    {"tomato", "food", color = "#d8301e", role = "detail", names = {"tomato", "tomatoes", "salsa"}},
    {"cheese", "food", color = "#f8c838", role = "detail", names = {"cheese"}},
  },
  points = {"top"},
  build = function(k)
    local R = k.p.R
    -- U cross-section (in YZ), run along X, cut to a half disc seen from the side.
    local uo = cylinder(26, 400):rotz(90):move(200, 0, 0):stretch(1, 3, 1):move(0, R * 1.05, 0)
    local ui = cylinder(22.5, 400):rotz(90):move(200, 0, 0):stretch(1, 3.1, 1):move(0, R * 1.05 - 4.25, 0)
    local disc = cylinder(R, 200):rotx(90):move(0, R, -100)
    local below = box(400, R, 400):move(0, R * 0.5, 0)
    local shell = intersect(intersect(subtract(uo, ui), disc), below)
    local meat = intersect(ui, intersect(disc, box(400, R * 0.6, 400):move(0, R * 0.62, 0)))
    local lettuce = intersect(ellipsoid(R * 0.92, 18, 30):move(0, R * 0.95, 0):noise(4, 10, 2), ui:scale(1.0))
    local tom, chz = {}, {}
    for i = 0, 9 do
      local x = -R * 0.75 + R * 1.5 * i / 9
      local y = R * 0.98 + math.sqrt(math.max(0, 1 - (x / R) ^ 2)) * 8
      tom[#tom + 1] = box(9, 8, 9, 2):roty(i * 33):move(x, y, (i % 2 == 0 and 7 or -7))
      chz[#chz + 1] = box(16, 3, 3, 1.2):roty(i * 57):move(x + 4, y + 4, (i % 3 - 1) * 8)
    end
    return union(shell:part("shell"), meat:part("meat"), lettuce:part("lettuce"), union(tom):part("tomato"), union(chz):part("cheese"))
  end,
}
