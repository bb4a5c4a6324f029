-- A flying saucer: a wide lens-shaped disc with a glass dome on top, a ring
-- of lights round the rim and three short landing legs.
local S = use and use("shapes")

return {
  id = "ufo",
  names = {"ufo", "flying saucer", "alien spaceship", "alien ship", "spaceship ufo", "saucer ship", "unidentified flying object",
           "mothership"},
  lvis = {},
  family = "aircraft",
  size_mm = 3000,
  description = "A flying saucer with a glass dome and rim lights",
  params = {r = {180, 200}},
  parts = {
    {"body", "steel", color = "#b4bac4", role = "primary", names = {"body", "saucer", "hull", "disc"}},
    {"dome", "gloss", color = "#7ad0b8", role = "secondary", names = {"dome", "cockpit", "canopy"}},
    {"lights", "gloss", color = "#f8e060", role = "detail", names = {"lights", "light"}},
    {"legs", "steel", color = "#6a6e76", role = "detail", names = {"legs", "landing legs"}},
  },
  points = {"top"},
  build = function(k)
    local R = k.p.r
    local y = 60
    local prof = {}
    for i = 0, 16 do
      local t = i / 16
      local a = math.pi * t
      prof[#prof + 1] = {math.max(R * math.sin(a), 0.5), y - 26 + 52 * t + (t > 0.5 and 10 * (t - 0.5) or 0)}
    end
    local disc = lathe({{R * 0.3, y - 30}, {R * 0.75, y - 14}, {R, y}, {R * 0.75, y + 16}, {R * 0.42, y + 30}})
    disc = disc:round(4)
    local dome = sphere(R * 0.4):stretch(1, 0.8, 1):move(0, y + 26, 0)
    local lights = radial(sphere(9):move(R + 1, y, 0), 12)
    local legs = radial(capsule({R * 0.35, y - 26, 0}, {R * 0.55, 8, 0}, 5) + cylinder(14, 6, 2):move(R * 0.55, 0, 0), 3, 90)
    local shape = disc:part("body") + dome:part("dome") + lights:part("lights") + legs:part("legs")
    k.attach("top", {0, y + 26 + R * 0.32, 0}, R * 0.4)
    return shape
  end,
}
