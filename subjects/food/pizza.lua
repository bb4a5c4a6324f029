-- A pizza: a round base with a puffy golden crust rim, red sauce showing at
-- the edge, melted cheese and pepperoni; a slice is one triangular wedge.
local F -- the food library, loaded when building

return {
  id = "pizza",
  names = {"pizza", "pepperoni pizza", "margherita", "margherita pizza", "cheese pizza", "piza", "pizzza"},
  lvis = {"pizza"},
  family = "food",
  size_mm = 25,
  description = "A pepperoni pizza",
  params = {R = {150, 160}},
  parts = {
    {"cheese", "food", color = "#f6cc5a", role = "primary", names = {"cheese", "topping"}},
    {"crust", "food", color = "#d8963e", role = "secondary", names = {"crust", "base", "dough"}},
    {"sauce", "food", color = "#c8321e", role = "detail", names = {"sauce", "tomato sauce"}},
    {"pepperoni", "food", color = "#b0281e", role = "detail", names = {"pepperoni", "salami", "sausage", "meat"}},
    {"basil", "plant", color = "#3a8a2a", role = "detail", names = {"basil", "herbs", "leaves", "olives"}},
  },
  variants = {
    slice = {names = {"pizza slice", "slice of pizza"}, size_mm = 20},
  },
  points = {"top"},
  build = function(k)
    F = use("food")
    local R = k.p.R
    local slice = k.variant == "slice"
    local base = cylinder(R - 4, 8, 2)
    local rim = torus(R - 10, 11):stretch(1, 0.75, 1):move(0, 9, 0)
    local sauce = cylinder(R - 16, 10, 2)
    local cheese = cylinder(R - 24, 12, 3):noise(1.2, 14, 2)
    local pep = {}
    local spots = {{0, 0}, {0.5, 0}, {0.25, 0.45}, {-0.25, 0.45}, {-0.5, 0}, {-0.25, -0.45}, {0.25, -0.45}, {0.72, 0.3}, {0.6, -0.45},
                   {-0.7, -0.3}, {-0.6, 0.45}, {0.1, 0.75}, {-0.1, -0.75}, {0.75, 0.0}}
    for i, s in ipairs(spots) do
      if not slice or i <= 9 then
        pep[#pep + 1] = cylinder(15, 3, 1.2):move(s[1] * (R - 40), 11, s[2] * (R - 40))
      end
    end
    local shape = union(union(base, rim):part("crust"), sauce:part("sauce"), cheese:part("cheese"), union(pep):part("pepperoni"))
    if slice then
      local wedge = extrude({{0, 0}, {R * 1.2 * math.cos(math.rad(25)), R * 1.2 * math.sin(math.rad(25))},
                             {R * 1.2 * math.cos(math.rad(25)), -R * 1.2 * math.sin(math.rad(25))}}, 100):rotx(90)
      shape = intersect(shape, wedge:move(-R * 0.15, 0, 0)):move(-R * 0.4, 0, 0)
    end
    return shape
  end,
}
