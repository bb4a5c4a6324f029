-- Meatballs: a plate of round brown meatballs sitting in a pool of red
-- tomato sauce, each with sauce running over its top, sprinkled with
-- green parsley. Spaghetti and meatballs: a nest of yellow spaghetti
-- swirled on the plate with three meatballs and sauce on top.
return {
  id = "meatball",
  names = {"meatball", "plate of meatballs", "meatballs in sauce", "meatballs in tomato sauce",
           "swedish meatballs", "polpette", "meat ball", "meatbal", "bowl of meatballs"},
  lvis = {"meatball"},
  family = "food",
  size_mm = 45,
  description = "A plate of meatballs in tomato sauce",
  params = {turn = {0, 360}},
  parts = {
    {"meatballs", "food", color = "#7a3e22", role = "primary", names = {"meatballs", "meatball", "meat"}},
    {"sauce", "food", color = "#c0281a", role = "secondary", names = {"sauce", "tomato sauce", "marinara", "gravy"}},
    {"plate", "glazed", color = "#f6f4ee", role = "detail", names = {"plate", "dish"}},
    {"parsley", "plant", color = "#3f8f2e", role = "detail", names = {"parsley", "herbs", "basil"}},
    {"cheese", "food", color = "#f6ecc4", role = "detail", names = {"cheese", "parmesan"}},
    {"spaghetti", "food", color = "#f0cf6a", role = "detail", names = {"spaghetti", "pasta", "noodles"}},
  },
  variants = {
    spaghetti = {names = {"spaghetti and meatballs", "spaghetti with meatballs", "meatball spaghetti",
                          "spaghetti meatballs", "plate of spaghetti and meatballs", "pasta with meatballs"},
                 size_mm = 60},
  },
  points = {"top"},
  build = function(k)
    local turn = k.p.turn
    local PR = 125
    local well = PR * 0.62
    local plate = revolve({{0, 0}, {well * 0.75, 0}, {well * 0.78, 5}, {well, 7}, {PR * 0.9, 18}, {PR, 22}, {PR, 28},
                           {PR * 0.9, 24}, {well, 13}, {0, 13}})
    local shape = plate:part("plate")
    local fy = 13 -- the plate's floor
    local spag = k.variant == "spaghetti"
    local base = fy
    if spag then
      -- a nest of spaghetti: a low mound with strands looping over it
      local mound = intersect(ellipsoid(well * 1.05, 30, well * 1.05):move(0, fy - 4, 0), cylinder(well + 20, 60):move(0, fy - 5, 0))
      -- swirled rings of spaghetti following the mound, each tipped a little
      local strands = {}
      local n = 0
      for r = 10, well + 4, 6.2 do
        local d = math.min(1, (r * r) / (well * well * 1.1))
        local y = fy - 4 + 30 * math.sqrt(1 - d) + 1.2
        strands[#strands + 1] = torus(r, 3):rotx((n % 3 - 1) * 4):rotz((n % 2) * 5 - 2):move(n % 2 * 2 - 1, y, (n % 3 - 1) * 1.5)
        n = n + 1
      end
      -- and a few loose strands across them
      for i = 0, 4 do
        local pts = {}
        local a0 = i * 1.26
        for j = 0, 10 do
          local an = a0 + j * 0.3
          local r = well * (0.25 + 0.07 * j)
          local x, z = math.cos(an) * r, math.sin(an) * r
          local d = math.min(1, (x * x + z * z) / (well * well * 1.1))
          pts[#pts + 1] = {x, fy - 4 + 30 * math.sqrt(1 - d) + 3, z}
        end
        strands[#strands + 1] = tube(pts, 2.6)
      end
      shape = shape + union(mound, union(strands)):part("spaghetti")
      base = fy + 20
    else
      -- a pool of sauce over the plate's floor
      local pool = cylinder(well * 0.98, 5, 2):move(0, fy - 2, 0)
      shape = shape + pool:part("sauce")
      base = fy + 3
    end
    -- the meatballs: a ring of them (and one on top), sauce over each
    local spots
    if spag then
      spots = {{0.0, 0, 2}, {0.42, 40, -4}, {0.42, 160, -4}, {0.42, 280, -4}}
    else
      spots = {{0.0, 0, 0}, {0.5, 0, 0}, {0.5, 72, 0}, {0.5, 144, 0}, {0.5, 216, 0}, {0.5, 288, 0}}
    end
    local balls, sauce, parsley, cheese = {}, {}, {}, {}
    local R = 22
    for i, s in ipairs(spots) do
      local an = math.rad(s[2] + turn)
      local x, z = math.cos(an) * s[1] * well, math.sin(an) * s[1] * well
      local y = base + R * 0.85 + s[3]
      if spag then y = fy - 4 + 30 * math.sqrt(1 - math.min(1, (x * x + z * z) / (well * well * 1.1))) + R * 0.7 + s[3] end
      balls[#balls + 1] = sphere(R):stretch(1, 0.92, 1):noise(1.2, 7, 1):move(x, y, z)
      -- sauce running over the top: a cap of the ball, a little proud, with drips
      local cap = intersect(sphere(R + 1.6):move(x, y, z), sphere(R * 1.1):move(x + 3, y + R * 1.45, z - 2))
      sauce[#sauce + 1] = cap
      for j = 0, 2 do
        local da = math.rad(j * 120 + i * 40)
        local dx, dz = math.cos(da), math.sin(da)
        sauce[#sauce + 1] = capsule({x + dx * R * 0.7, y + R * 0.62, z + dz * R * 0.7},
          {x + dx * R * 0.96, y + R * 0.2, z + dz * R * 0.96}, 3.0)
      end
      -- parsley flecks and a sprinkle of cheese on top
      for j = 0, 2 do
        local da = math.rad(j * 120 + i * 75 + 30)
        local p = {x + math.cos(da) * R * 0.35, y + R * 0.95 + 1, z + math.sin(da) * R * 0.35}
        parsley[#parsley + 1] = ellipsoid(3.5, 1.6, 2.4):roty(j * 60 + i * 20):move(p[1], p[2], p[3])
      end
      cheese[#cheese + 1] = box(5, 2.4, 3, 0.8):roty(i * 37):move(x - 4, y + R + 1.2, z + 5)
    end
    shape = shape + union(balls):part("meatballs") + union(sauce):part("sauce")
    shape = shape + union(parsley):part("parsley") + union(cheese):part("cheese")
    if spag then
      -- a ladle of sauce over the middle of the nest
      local top = fy - 4 + 30
      shape = shape + intersect(ellipsoid(well * 0.55, 8, well * 0.5):move(0, top - 2, 0),
        ellipsoid(well * 1.05, 30.5, well * 1.05):move(0, fy - 4 + 1.5, 0)):part("sauce")
    end
    k.attach("top", {0, base + 2 * R, 0}, well)
    return shape
  end,
}
