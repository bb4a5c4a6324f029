-- A trophy cup: a gleaming gold cup with two big loop handles on a stem and a
-- stepped base on a dark plinth with a name plate.

return {
  id = "trophy",
  names = {"trophy", "trophy cup", "cup trophy", "winner's cup", "championship trophy", "award", "loving cup",
           "trophey", "troffy"},
  lvis = {"trophy_cup"},
  family = "sports",
  size_mm = 300,
  description = "A gold trophy cup",
  params = {},
  parts = {
    {"cup", "gold", color = "#e0b030", role = "primary", names = {"cup", "trophy", "handles", "metal"}},
    {"plinth", "wood", color = "#2a1a14", role = "secondary", names = {"plinth", "base", "stand"}},
    {"plate", "silver", color = "#d0d4d8", role = "detail", names = {"plate", "plaque", "name plate"}},
  },
  points = {"inside", "fill"},
  build = function(k)
    local plinth = box(130, 50, 130, 3)
    plinth = plinth:move(0, 25, 0)
    local plate = box(70, 22, 3, 1):move(0, 25, 65)
    local base = lathe({{50, 50}, {50, 58}, {40, 62}, {34, 72}, {14, 80}, {10, 100}, {12, 120}, {9, 140}, {18, 150}})
    local cup = vessel({{18, 148}, {40, 160}, {66, 190}, {80, 230}, {86, 270}, {90, 290}}, 3, 6)
    local lip = torus(89, 3.2):move(0, 290, 0)
    local handles = {}
    for _, s in ipairs({-1, 1}) do
      handles[#handles + 1] = tube({{s * 84, 270, 0}, {s * 128, 272, 0}, {s * 130, 225, 0}, {s * 100, 190, 0}, {s * 72, 192, 0}}, 6.5)
    end
    local knob = sphere(9):move(0, 104, 0)
    k.attach("inside", {0, 160, 0}, 100)
    k.attach("fill", {0, 270, 0}, 160)
    return union(union(base, cup, lip, union(handles), knob):part("cup"), plinth:part("plinth"), plate:part("plate"))
  end,
}
