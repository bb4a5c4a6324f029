-- A burger: a sesame-seeded domed top bun, lettuce, tomato, melted cheese
-- with drooping corners, a thick patty and the bottom bun.
local F -- the food library, loaded when building

return {
  id = "burger",
  names = {"burger", "hamburger", "cheeseburger", "cheese burger", "veggie burger", "hamburgr", "burguer", "sandwich burger"},
  lvis = {"hamburger"},
  family = "food",
  size_mm = 90,
  description = "A cheeseburger",
  params = {r = {52, 56}},
  parts = {
    {"bun", "food", color = "#d89a48", role = "primary", names = {"bun", "buns", "bread"}},
    {"patty", "food", color = "#5a3420", role = "secondary", names = {"patty", "meat", "beef"}},
    {"cheese", "food", color = "#f6b820", role = "detail", names = {"cheese"}},
    {"lettuce", "plant", color = "#6ab83a", role = "detail", names = {"lettuce", "salad", "greens"}},
    {"tomato", "food", color = "#d8322a", role = "detail", names = {"tomato", "tomatoes"}},
    {"seeds", "food", color = "#f8f0d8", role = "detail", names = {"seeds", "sesame"}},
  },
  points = {"top"},
  build = function(k)
    F = use("food")
    local r = k.p.r
    local bottom = cylinder(r, 18, 7)
    local patty = cylinder(r * 1.04, 16, 6):noise(1.2, 5, 2):move(0, 17, 0)
    local cheese = box(r * 1.75, 3, r * 1.75, 1):roty(k.rand(0, 90)):move(0, 34, 0)
    local corners = {}
    for i = 0, 3 do
      local d = F.dir(45 + 90 * i + 0, 0)
      corners[#corners + 1] = capsule(F.add(F.mul(d, r * 0.95), {0, 34, 0}), F.add(F.mul(d, r * 1.02), {0, 26, 0}), 3)
    end
    cheese = smooth(3, intersect(cheese, cylinder(r * 1.12, 60)), union(corners))
    local tomato = union(cylinder(r * 0.55, 6, 2):move(-r * 0.38, 36, 0), cylinder(r * 0.55, 6, 2):move(r * 0.38, 36.5, 0))
    local lettuce = cylinder(r * 1.1, 4, 1.5):noise(3.5, 14, 2):move(0, 41, 0)
    local top_prof = {}
    for i = 0, 10 do
      local a = math.pi / 2 * i / 10
      top_prof[#top_prof + 1] = {math.max(r * 1.02 * math.cos(a), 0.6), 44 + 4 + r * 0.72 * math.sin(a)}
    end
    table.insert(top_prof, 1, {r * 0.98, 44})
    local top = lathe(top_prof)
    local seeds = F.place(F.ellipsoid_spots({0, 48, 0}, r * 1.02, r * 0.72, r * 1.02, 26, 0.35, 0.97), function(i)
      return ellipsoid(1.6, 0.8, 3):roty(i * 67)
    end)
    return union(union(bottom, top):part("bun"), patty:part("patty"), cheese:part("cheese"), lettuce:part("lettuce"),
                 tomato:part("tomato"), seeds:part("seeds"))
  end,
}
