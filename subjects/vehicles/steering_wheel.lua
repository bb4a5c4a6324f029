-- A car steering wheel on a short column stand: a thick leather rim with
-- thumb grips, three spokes (left, right and down) with silver inserts
-- meeting a round padded hub with a badge, tilted back as in a car. Behind
-- it the steering column runs down and back in its shroud, with an
-- indicator stalk on each side, and a post carries it from a round base.
-- The classic wheel has a wooden rim and polished metal spokes drilled with
-- holes round a small horn button. The hub faces +X.

return {
  id = "steering_wheel",
  names = {"steering wheel", "car steering wheel", "wheel of a car", "steering wheel of a car", "sports steering wheel",
           "driving wheel", "racing steering wheel", "car wheel steering", "leather steering wheel", "automobile steering wheel",
           "stearing wheel", "steering weel", "steeringwheel", "steerin wheel", "steering wheal"},
  lvis = {"steering_wheel"},
  family = "vehicles",
  size_mm = 620,
  description = "A three-spoke car steering wheel on a column stand",
  params = {tilt = {22, 30}},
  parts = {
    {"rim", "leather", color = "#1b1b1d", role = "primary", names = {"rim", "wheel", "grip", "leather", "steering wheel"}},
    {"spokes", "plastic", color = "#34353a", role = "secondary", names = {"spokes", "spoke", "centre", "center"}},
    {"trim", "steel", color = "#c4c7cc", role = "detail", names = {"trim", "chrome", "inserts", "badge", "logo", "emblem", "silver"}},
    {"hub", "plastic", color = "#242528", role = "detail", names = {"hub", "horn", "airbag", "horn button", "boss"}},
    {"column", "steel", color = "#3c3e43", role = "detail", names = {"column", "steering column", "stand", "base", "post", "stalks", "shroud"}},
  },
  variants = {
    classic = {names = {"wooden steering wheel", "wood steering wheel", "vintage steering wheel", "classic steering wheel",
                        "retro steering wheel", "old steering wheel", "nardi steering wheel", "wood rim steering wheel"},
               colors = {rim = "#8a4e24", spokes = "#c8ccd2"}},
  },
  points = {"top"},
  build = function(k)
    local classic = k.variant == "classic"
    local R, r = 185, classic and 15 or 19
    -- The wheel, built facing +X (its axis along X), centred on the origin.
    local rim = torus(R, r):rotz(90)
    if not classic then
      -- thumb grips where the side spokes meet the rim, a little fatter
      rim = smooth(10, rim, ellipsoid(r * 1.25, 46, r * 1.3):move(0, 8, R) + ellipsoid(r * 1.25, 46, r * 1.3):move(0, 8, -R))
    end
    local spokes, trim, hub
    if classic then
      -- three flat polished spokes, each drilled with two holes
      local sp = {}
      for _, a in ipairs({90, 270, 180}) do
        local len = R - 10
        local s = box(9, len, 44, 3):move(0, len / 2, 0)
        s = subtract(s, cylinder(10, 20):rotz(90):move(-10, len * 0.42, 0), cylinder(9, 20):rotz(90):move(-10, len * 0.7, 0))
        sp[#sp + 1] = s:rotx(a):move(-4, 0, 0)
      end
      spokes = union(sp) + cylinder(52, 14, 3):rotz(-90):move(-10, 0, 0)
      hub = cylinder(34, 22, 8):rotz(-90):move(-2, 0, 0)
      trim = cylinder(14, 6, 2):rotz(-90):move(18, 0, 0)
    else
      -- broad moulded spokes: left, right and down, sloping back to the hub
      local sp = {}
      for _, a in ipairs({90, 270}) do
        sp[#sp + 1] = box(26, 58, R - 30, 12):move(-14, -8, (R - 30) / 2 + 20):rotx(a - 90)
      end
      sp[#sp + 1] = box(26, R - 30, 74, 12):move(-14, -(R - 30) / 2 - 20, 0)
      spokes = smooth(16, table.unpack(sp))
      -- silver inserts along the side spokes and a band on the lower one
      trim = box(6, 14, R - 80, 4):move(-2, -4, R / 2 + 10) + box(6, 14, R - 80, 4):move(-2, -4, -R / 2 - 10)
        + box(6, 60, 16, 4):move(-2, -R * 0.55, 0)
      -- the padded hub: a rounded cushion with a badge
      hub = smooth(12, cylinder(82, 52, 20):rotz(-90):move(-36, 0, 0), ellipsoid(22, 70, 88):move(12, 4, 0))
      trim = trim + cylinder(20, 8, 3):rotz(-90):move(28, 6, 0)
    end
    local wheel = union(rim:part("rim"), spokes:part("spokes"), trim:part("trim"), hub:part("hub"))
    -- The column behind it, along the wheel's axis, with the indicator stalks.
    local col = cylinder(34, 240, 6):rotz(90):move(-4, 0, 0)
      + box(150, 96, 110, 24):move(-150, -6, 0)
    local stalks = capsule({-110, 10, 50}, {-90, 0, 160}, 9) + capsule({-110, 10, -50}, {-90, 0, -160}, 9)
    wheel = union(wheel, (col + stalks):part("column"))
    -- Tilt it back and raise it onto a post on a round base.
    local t = k.p.tilt
    local yc = 560
    wheel = wheel:rotz(t):move(0, yc, 0)
    local back = {-250 * math.cos(math.rad(t)), yc - 250 * math.sin(math.rad(t))}
    local post = cylinder(30, back[2] + 10, 4):move(back[1], 0, 0)
    local base = cylinder(170, 26, 10):move(back[1] + 60, 0, 0)
    k.attach("top", {0, yc + R + r, 0}, R)
    return union(wheel, (post + base):part("column"))
  end,
}
