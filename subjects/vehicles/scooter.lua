-- A motor scooter (the Vespa kind): small wheels, a step-through floor, a
-- curved leg shield up to the handlebars with a headlight, a rounded rear
-- body under a long seat; a kick scooter as a variant.
local V = use and use("vehicle")

return {
  id = "scooter",
  names = {"scooter", "motor scooter", "vespa", "moped", "motorscooter", "lambretta"},
  lvis = {"motor_scooter"},
  family = "vehicles",
  size_mm = 1100,
  description = "A motor scooter",
  params = {wheel = {38, 42}},
  parts = {
    {"body", "paint", color = "#8ac8b8", role = "primary", names = {"body", "paint", "shield", "panels"}},
    {"seat", "leather", color = "#5a3a28", role = "secondary", names = {"seat", "saddle", "grips"}},
    {"wheels", "rubber", color = "#1c1c1e", role = "detail", names = {"wheels", "wheel", "tires", "tyres"}},
    {"chrome", "steel", color = "#c8cacf", role = "detail", names = {"chrome", "handlebars", "mirrors", "rims", "hubs", "deck"}},
    {"lights", "gloss", color = "#fff4c8", role = "fixed"},
  },
  variants = {
    kick = {names = {"kick scooter", "push scooter", "razor scooter", "kids scooter", "kickboard"}, size_mm = 850,
            colors = {body = "#2a8ad8"}},
  },
  points = {"seat", "back", "top"},
  build = function(k)
    local R = k.p.wheel
    if k.variant == "kick" then
      local r = 20
      local shape = V.wheel({-150, r, 0}, r, 14, 1, {hub = 0.6, hub_part = "chrome"}) + V.wheel({150, r, 0}, r, 14, 1, {hub = 0.6, hub_part = "chrome"})
      local deck = V.block(-150, r + 6, -28, 120, r + 20, 28, 6)
      local stem = capsule({150, r, 0}, {120, 420, 0}, 8) + capsule({120, r + 14, 0}, {140, r + 40, 0}, 8)
      local bars = capsule({118, 424, -80}, {118, 424, 80}, 7)
      local grips = capsule({118, 424, 60}, {118, 424, 92}, 10) + capsule({118, 424, -60}, {118, 424, -92}, 10)
      local guard = intersect(torus(r + 6, 5):rotx(90), V.block(-100, 0, -20, 100, 100, 20)):move(-150, r, 0)
      shape = shape + (deck + stem):part("body") + (bars + guard):part("chrome") + grips:part("seat")
      k.attach("top", {120, 430, 0}, 60)
      return shape
    end
    local wb = R * 6.6
    local rear, front = {-wb / 2, R, 0}, {wb / 2, R, 0}
    local shape = V.wheel(rear, R, 26, 1, {hub = 0.6, hub_part = "chrome"}) + V.wheel(front, R, 22, 1, {hub = 0.6, hub_part = "chrome"})
    local floor = V.block(-wb * 0.2, R * 1.1, -34, wb * 0.36, R * 1.5, 34, 6)
    local rearb = loft({{y = -wb * 0.6, rx = R * 0.9, rz = 30}, {y = -wb * 0.42, rx = R * 1.35, rz = 56}, {y = -wb * 0.2, rx = R * 1.25, rz = 52},
                        {y = -wb * 0.05, rx = R * 0.7, rz = 34}}):rotz(-90):move(0, R * 1.9, 0)
    rearb = rearb - V.block(-wb, 0, -100, wb, R * 1.05, 100)
    local shield = tube({{wb * 0.36, R * 1.3, 0}, {wb * 0.44, R * 2.6, 0}, {wb * 0.42, R * 4.2, 0}}, 30, 22):stretch(0.5, 1, 1.1)
    shield = shield:move(wb * 0.2, 0, 0)
    local stem_top = {wb * 0.4, R * 4.6, 0}
    local headset = capsule({front[1] - 4, front[2] + R * 0.8, 0}, stem_top, 9)
    local fender = intersect(torus(R + 4, 12):rotx(90), V.block(-100, 0, -30, 100, 100, 30)):move(front[1], front[2], 0)
    local bars = capsule({stem_top[1], stem_top[2], -64}, {stem_top[1], stem_top[2], 64}, 6)
    local grips = capsule({stem_top[1], stem_top[2], 52}, {stem_top[1] - 4, stem_top[2], 76}, 8) + capsule({stem_top[1], stem_top[2], -52}, {stem_top[1] - 4, stem_top[2], -76}, 8)
    local lamp = ellipsoid(14, 18, 26):move(stem_top[1] + 6, stem_top[2] + 4, 0)
    local lens = sphere(15):stretch(0.4, 1, 1):move(stem_top[1] + 18, stem_top[2] + 4, 0)
    local mirrors = capsule({stem_top[1], stem_top[2], 40}, {stem_top[1] - 6, stem_top[2] + 42, 50}, 5) + sphere(10):stretch(0.4, 1, 1):move(stem_top[1] - 6, stem_top[2] + 46, 50)
      + capsule({stem_top[1], stem_top[2], -40}, {stem_top[1] - 6, stem_top[2] + 42, -50}, 5) + sphere(10):stretch(0.4, 1, 1):move(stem_top[1] - 6, stem_top[2] + 46, -50)
    local seat = loft({{y = -wb * 0.5, rx = 9, rz = 22}, {y = -wb * 0.35, rx = 14, rz = 34}, {y = -wb * 0.12, rx = 12, rz = 30}}):rotz(-90):move(0, R * 3.1, 0)
    shape = shape + (floor + rearb + shield + headset + lamp + fender):part("body") + (bars + mirrors):part("chrome")
    shape = shape + (seat + grips):part("seat") + lens:part("lights")
    k.attach("seat", {-wb * 0.3, R * 3.3, 0}, 50)
    k.attach("back", {-wb * 0.3, R * 3.3, 0}, 50)
    return shape
  end,
}
