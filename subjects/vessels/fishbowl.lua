-- A fishbowl: a clear round glass bowl with a flared lip, half full of
-- water over a layer of coloured gravel with a sprig of weed.
local V = use("vessel")

return {
  id = "fishbowl",
  names = {"fishbowl", "fish bowl", "goldfish bowl", "fish tank bowl", "glass bowl aquarium", "betta bowl"},
  lvis = {"fishbowl"},
  family = "vessels",
  size_mm = 220,
  description = "A round glass fishbowl with water and gravel",
  params = {r = {110, 125}},
  parts = {
    {"glass", "glass", color = "#d8ecf0", role = "primary", names = {"glass", "bowl"}},
    {"water", "glass", color = "#5aa8d8", role = "secondary", names = {"water"}},
    {"gravel", "stone", color = "#d87a5a", role = "detail", names = {"gravel", "pebbles", "stones"}},
    {"weed", "plant", color = "#3a9a4a", role = "detail", names = {"weed", "plant", "seaweed"}},
  },
  points = {"inside", "fill", "top"},
  build = function(k)
    local R = k.p.r
    local H = R * 1.75
    local prof = V.profile(function(t)
      local y = t * H - R * 0.95
      local r = math.sqrt(math.max(R * R - y * y, 0))
      if t > 0.9 then r = math.max(r, R * 0.55 + (t - 0.9) * R * 1.5) end
      return math.max(r, R * 0.45)
    end, H, 28)
    local bowl = vessel(prof, 4, 8)
    local inner = {}
    for i, pt in ipairs(prof) do inner[i] = {math.max(pt[1] - 6, 1), pt[2]} end
    local water_y = H * 0.62
    local water = intersect(lathe(prof), box(3 * R, water_y - 10, 3 * R):move(0, (water_y + 10) / 2, 0))
    -- with things in it, only the surface of the water: the tinted glass
    -- below shows the water, and what is in it is seen through one skin
    -- (with a small hole at the back, so the water below it is not a
    -- sealed hollow)
    if k.filled then
      water = intersect(lathe(prof), box(3 * R, 5, 3 * R):move(0, water_y - 2.5, 0))
      water = water - cylinder(5, 20):move(-R * 0.5, water_y - 10, -R * 0.5)
    end
    water = subtract(water, cylinder(R * 2, 30):move(0, -10, 0))
    local gravel = intersect(intersect(lathe(prof), box(3 * R, 26, 3 * R):move(0, 8 + 13, 0)):noise(3, 14), lathe(inner))
    local weed = tube({{R * 0.2, 30, 0}, {R * 0.25, 70, 10}, {R * 0.15, 110, -5}, {R * 0.3, 150, 0}}, 5, 2)
      + tube({{R * 0.1, 30, 10}, {0, 80, 25}, {R * 0.05, 120, 15}}, 4, 2)
    k.attach("inside", {0, 34, 0}, 2 * R * 0.7)
    k.attach("fill", {0, water_y, 0}, 2 * V.radius_at(prof, water_y) - 8)
    k.attach("top", {0, H, 0}, 2 * R * 0.6)
    -- The water shows through the glass: the skin of the bowl below the water line is tinted.
    local tint = intersect(lathe(prof):round(1), box(3 * R, water_y - 14, 3 * R):move(0, 14 + (water_y - 14) / 2, 0))
    -- with things in the water, no tint: they are seen through the glass alone
    if k.filled then tint = empty() end
    local fish = smooth(6, ellipsoid(26, 16, 9), cone(2, 14, 20):rotz(90):move(-20, 0, 0)):move(R * 0.55, water_y * 0.7, R * 0.55)
    if k.filled then fish = empty() end
    return bowl:part("glass") + (water + tint):part("water") + fish:part("gravel") + gravel:part("gravel") + weed:part("weed")
  end,
}
