-- A monster: a big furry cute monster, a round shaggy body with stubby legs
-- and long arms, two curved horns, one or two big eyes and a wide toothy
-- grin.
return {
  id = "monster",
  names = {"monster", "cute monster", "furry monster", "cartoon monster", "little monster", "boogeyman", "bogeyman",
           "creature", "beast", "fluffy monster"},
  lvis = {},
  family = "creatures",
  size_mm = 1200,
  description = "A furry cartoon monster with horns and a big grin",
  params = {eyes = {1, 2}, horn = {0.8, 1.2}, squat = {0.9, 1.1}},
  parts = {
    {"fur", "fur", color = "#4aa0d8", role = "primary", names = {"fur", "body"}},
    {"spots", "fur", color = "#8a4ac0", role = "secondary", names = {"spots", "belly", "patches"}},
    {"horns", "bone", color = "#ece0c4", role = "detail", names = {"horns", "teeth", "claws"}},
    {"mouth", "plastic", color = "#3a1018", role = "detail", names = {"mouth"}},
    {"eyeball", "plastic", color = "#f8f8f4", role = "detail", names = {"eye", "eyes", "eyeball"}},
    {"pupil", "plastic", color = "#141416", role = "fixed"},
  },
  variants = {
    cyclops = {names = {"cyclops monster", "one-eyed monster"}},
  },
  points = {"head", "neck", "hand", "back", "top"},
  build = function(k)
    local soft = k.soft
    local R = 300
    local sq = k.p.squat
    local by = 230
    local body = ellipsoid(R * 0.95, R * sq, R):move(0, by + R * sq * 0.9, 0)
    local fur = body
    -- Legs, arms.
    for _, z in ipairs({-1, 1}) do
      fur = smooth(40 * soft, fur, limb({0, by + 60, z * R * 0.5}, {20, 60, z * R * 0.55}, 90, 80))
      fur = smooth(20, fur, ellipsoid(120, 60, 85):move(60, 55, z * R * 0.55))
      local sh = {R * 0.1, by + R * sq * 1.25, z * R * 0.9}
      local hand = {R * 0.45, by + R * 0.2, z * R * 1.15}
      fur = smooth(40 * soft, fur, limb(sh, hand, 75, 60))
    end
    local top_y = by + R * sq * 1.9
    local shape = fur:noise(12, 45, 2):part("fur")
    -- Claws and horns.
    for _, z in ipairs({-1, 1}) do
      for i = -1, 1 do
        shape = shape + cone(14, 2, 40):rotz(-90):move(170, 45, z * R * 0.55 + i * 40):part("horns")
        shape = shape + cone(12, 2, 34):rotz(-140):move(R * 0.52, by + R * 0.1, z * R * 1.15 + i * 28):part("horns")
      end
      local hb = {-20, top_y - 50, z * R * 0.45}
      local hs = k.p.horn
      shape = shape + tube({hb, {hb[1] + 10, hb[2] + 90 * hs, z * R * 0.6}, {hb[1] + 70 * hs, hb[2] + 170 * hs, z * R * 0.62}}, 45, 8):part("horns")
    end
    -- Eyes.
    local n = k.variant == "cyclops" and 1 or math.floor(k.p.eyes + 0.5)
    local ey = by + R * sq * 1.35
    if n == 1 then
      shape = shape + sphere(110):move(R * 0.65, ey, 0):part("eyeball") + sphere(50):move(R * 0.65 + 75, ey, 0):part("pupil")
    else
      for _, z in ipairs({-1, 1}) do
        shape = shape + sphere(75):move(R * 0.72, ey, z * 100):part("eyeball") + sphere(34):move(R * 0.72 + 50, ey, z * 100):part("pupil")
      end
    end
    -- Mouth: a wide dark slot with two fangs.
    local my = by + R * sq * 0.85
    local mouth = intersect(ellipsoid(R * 0.4, R * 0.22, R * 0.62):move(R * 0.92, my, 0), box(R, R, R * 2):move(R * 0.5 + R * 0.3, my - R * 0.5 + R * 0.06, 0))
    shape = subtract(shape, mouth:scale(1)) + mouth:scale(0.98):move(-6, 0, 0):part("mouth")
    for _, z in ipairs({-1, 1}) do
      shape = shape + cone(22, 2, 55):rotz(180):move(R * 0.82, my + 10, z * R * 0.3):part("horns")
    end
    -- Belly patch.
    shape = shape + intersect(body:scale(1.01), ellipsoid(R * 0.5, R * 0.4, R * 0.5):move(R * 0.85, by + R * 0.45, 0)):part("spots")
    k.attach("head", {0, top_y - 20, 0}, R * 1.2)
    k.attach("neck", {R * 0.85, my - R * 0.25, 0}, R * 0.7, {1, 0, 0})
    k.attach("hand", {R * 0.45, by + R * 0.05, R * 1.15}, R * 0.7)
    k.attach("back", {-R * 0.95 - R * 0.25, by + R * 0.7, 0}, R * 1.3)
    return shape
  end,
}
