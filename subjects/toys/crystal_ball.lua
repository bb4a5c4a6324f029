-- A crystal ball: a fortune teller's glass orb resting in a gilded cup on a
-- round wooden stand.
return {
  id = "crystal_ball",
  names = {"crystal ball", "fortune teller's crystal ball", "fortune teller ball", "magic orb", "glass orb", "scrying orb",
           "seer's orb", "magic ball"},
  lvis = {},
  family = "toys",
  size_mm = 160,
  description = "A crystal ball on a stand",
  parts = {
    {"glass", "glass", color = "#b8a8e8", role = "primary", names = {"glass", "ball", "orb", "crystal"}},
    {"base", "wood", color = "#4a2a1a", role = "secondary", names = {"base", "stand"}},
    {"trim", "gold", color = "#d8b040", role = "detail", names = {"trim", "cup", "claws", "gold"}},
  },
  build = function(k)
    local R = 55
    local base = lathe({{50, 0}, {52, 6}, {46, 20}, {34, 28}, {30, 32}})
    local shape = base:part("base") + torus(48, 2.5):move(0, 10, 0):part("trim")
    local cy = 32 + R * 0.9
    local cup = subtract(lathe({{30, 30}, {40, 40}, {46, 52}, {44, 56}}), sphere(R):move(0, cy, 0))
    shape = shape + cup:part("trim")
    for i = 0, 3 do
      local a = math.rad(45 + i * 90)
      shape = shape + tube({{math.cos(a) * 40, 40, math.sin(a) * 40}, {math.cos(a) * 52, 58, math.sin(a) * 52}, {math.cos(a) * 50, 72, math.sin(a) * 50}}, 4, 2):part("trim")
    end
    shape = shape + sphere(R):move(0, cy, 0):part("glass")
    return shape
  end,
}
