-- A coffee maker: a drip machine with a tall water tank at the back, a
-- filter head overhanging a glass carafe on a warming plate.
return {
  id = "coffee_maker",
  names = {"coffee maker", "coffee machine", "coffeemaker", "drip coffee maker", "coffee brewer", "coffee pot machine",
           "coffe maker"},
  lvis = {"coffee_maker"},
  family = "kitchen",
  size_mm = 360,
  description = "A drip coffee maker with a glass carafe",
  params = {},
  parts = {
    {"body", "plastic", color = "#1e1e22", role = "primary", names = {"body", "case", "machine"}},
    {"carafe", "glass", color = "#c8d8dc", role = "secondary", names = {"carafe", "pot", "jug"}},
    {"coffee", "food", color = "#3a2216", role = "fixed", names = {"coffee"}},
    {"trim", "steel", color = "#c8ccd2", role = "detail", names = {"trim", "plate", "handle"}},
  },
  points = {"top"},
  build = function(k)
    local W, H = 200, 360
    local base = box(260, 40, W, 10):move(10, 20, 0)
    local tower = box(110, H, W, 14):move(-70, H / 2, 0)
    local head = box(230, 90, W, 14):move(-5, H - 45, 0)
    local plate = cylinder(62, 6):move(60, 40, 0)
    local carafe_prof = {{50, 0}, {64, 40}, {62, 90}, {44, 120}, {46, 140}}
    -- Solid under its lid (a closed hollow would be a loose inner skin).
    local carafe = lathe({{0, 0}, carafe_prof[1], carafe_prof[2], carafe_prof[3], carafe_prof[4], carafe_prof[5], {0, 140}}):move(60, 46, 0)
    local coffee = lathe({{48, 0}, {60, 40}, {58, 70}}):move(60, 50, 0)
    local handle = tube({{60 + 58, 46 + 115, 0}, {60 + 100, 46 + 110, 0}, {60 + 100, 46 + 40, 0}, {60 + 62, 46 + 30, 0}}, 9)
    local lid = cylinder(48, 10, 3):move(60, 46 + 138, 0)
    local switch = box(10, 20, 30, 4):move(75 + 60, 20, 50)
    k.attach("top", {-20, H, 0}, 160)
    return (base + tower + head + handle + lid):part("body") + carafe:part("carafe") + coffee:part("coffee")
      + (plate + switch):part("trim")
  end,
}
