-- A fountain: a wide round stone basin full of water, a central column with
-- a raised bowl (two tiers) and a jet of water spilling from the top.
local S = use and use("shapes")

return {
  id = "fountain",
  names = {"fountain", "water fountain", "garden fountain", "stone fountain", "park fountain", "town fountain",
           "tiered fountain"},
  lvis = {},
  family = "buildings",
  size_mm = 2000,
  description = "A tiered stone fountain with water",
  params = {r = {180, 200}},
  parts = {
    {"stone", "stone", color = "#c4beb2", role = "primary", names = {"stone", "basin", "bowl"}},
    {"water", "gloss", color = "#5a9ad0", role = "secondary", names = {"water"}},
  },
  points = {"top", "inside", "fill"},
  build = function(k)
    local R = k.p.r
    local basin = vessel({{R, 0}, {R + 6, 10}, {R, 20}, {R, 44}, {R + 8, 50}, {R + 8, 58}}, 16, 14)
    local water = cylinder(R - 14, 38):move(0, 8, 0)
    local col = lathe({{36, 0}, {26, 20}, {18, 40}, {16, 120}, {22, 140}, {14, 150}})
    local bowl_r = R * 0.55
    local bowl = vessel(S.profile(function(t) return 12 + (bowl_r - 12) * math.sin(t * math.pi / 2) end, 40, 8), 7, 10):move(0, 140, 0)
    local bowl_water = cylinder(bowl_r - 9, 26):move(0, 150, 0)
    local col2 = lathe({{14, 0}, {10, 20}, {9, 60}, {14, 70}}):move(0, 170, 0)
    local bowl2 = vessel(S.profile(function(t) return 8 + (bowl_r * 0.5 - 8) * math.sin(t * math.pi / 2) end, 24, 6), 5, 8):move(0, 235, 0)
    local jet = lathe({{6, 0}, {3, 30}, {5, 44}, {0.5, 52}}):move(0, 250, 0)
    local shape = (basin + col + bowl + col2 + bowl2):part("stone") + (water + bowl_water + jet):part("water")
    shape = shape + (cylinder(bowl_r * 0.5 - 5, 16):move(0, 239, 0)):part("water")
    k.attach("inside", {0, 46, R * 0.6}, R * 0.4)
    k.attach("fill", {0, 46, 0}, 2 * (R - 14))
    k.attach("top", {0, 300, 0}, 20)
    return shape
  end,
}
