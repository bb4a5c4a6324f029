-- A bell: a handbell with a flared brass bell, a rolled lip and a wooden
-- handle on top; a school bell or a church bell is bigger with a clapper
-- and a hanging loop.
local I -- the instrument library, loaded when building

return {
  id = "bell",
  names = {"bell", "handbell", "hand bell", "school bell", "brass bell", "dinner bell"},
  lvis = {"bell"},
  family = "instruments",
  size_mm = 180,
  description = "A brass handbell",
  params = {},
  parts = {
    {"bell", "brass", color = "#d8a838", role = "primary", names = {"bell", "brass", "metal"}},
    {"handle", "wood", color = "#6a3a1e", role = "secondary", names = {"handle", "grip"}},
    {"clapper", "iron", color = "#2a2a2e", role = "detail", names = {"clapper"}},
  },
  variants = {
    church = {names = {"church bell", "liberty bell", "big bell", "tower bell"}, size_mm = 900},
  },
  build = function(k)
    local outer = lathe({{58, 0}, {46, 8}, {36, 26}, {29, 56}, {21, 96}, {14, 108}})
    local inner = lathe({{52, -1}, {41, 8}, {31, 27}, {24, 56}, {16, 92}, {6, 98}})
    local bell = union(subtract(outer, inner), torus(56, 4.5):move(0, 3, 0))
    local clapper = union(capsule({0, 96, 0}, {0, 20, 0}, 3), sphere(10):move(0, 14, 0))
    if k.variant == "church" then
      local loop = torus(14, 5):rotx(90):move(0, 124, 0)
      return union(union(bell, loop):part("bell"), clapper:part("clapper"))
    end
    local handle = union(cylinder(9, 20):move(0, 104, 0), lathe({{10, 0}, {13, 30}, {11, 60}, {15, 72}, {8, 80}}):move(0, 122, 0))
    return union(bell:part("bell"), handle:part("handle"), clapper:part("clapper")):rotz(-12)
  end,
}
