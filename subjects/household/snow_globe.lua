-- A snow globe: a clear glass ball set into a turned wooden base with a gold
-- band. Inside, a little pine tree and a snowman in a top hat stand on a
-- drift of snow, with flakes clinging to the glass. What the prompt puts in
-- it ("a snow globe with a reindeer") stands on the drift instead.

return {
  id = "snow_globe",
  names = {"snow globe", "snowglobe", "snow dome", "water globe", "snow ball globe", "christmas snow globe",
           "snowglobe ornament", "glitter globe", "snow globe ornament", "snow glob"},
  lvis = {},
  family = "household",
  size_mm = 150,
  description = "A snow globe with a tree and a snowman inside, on a wooden base",
  params = {tree_x = {-0.24, -0.16}, man_x = {0.14, 0.22}},
  parts = {
    {"base", "wood", color = "#6a3820", role = "primary", names = {"base", "stand", "plinth", "pedestal"}},
    {"glass", "glass", color = "#c4dcec", role = "detail", names = {"dome", "globe", "ball", "sphere", "water"}},
    {"snow", "plastic", color = "#fafcff", role = "detail", names = {"snow", "snowflakes", "flakes", "snowman", "glitter"}},
    {"tree", "plant", color = "#2e7a3a", role = "detail", names = {"tree", "pine", "christmas tree", "fir"}},
    {"trim", "gold", color = "#d8b048", role = "secondary", names = {"trim", "band", "ring", "collar"}},
    {"hat", "fabric", color = "#1c1c20", role = "detail", names = {"hat", "top hat"}},
    {"scarf", "fabric", color = "#d02828", role = "detail", names = {"scarf"}},
  },
  points = {"top", "inside"},
  build = function(k)
    local R = 62
    local bh = 48
    local cy = bh + R * 0.8
    -- a hollow ball (the glass shows what is in it)
    local glass = subtract(sphere(R), sphere(R - 2.5)):move(0, cy, 0)

    -- The base: a turned wooden plinth with a collar the ball sits in.
    local base = lathe({{66, 0}, {68, 5}, {66, 12}, {60, 18}, {56, 30}, {50, 40}, {47, bh}, {44, bh + 2}})
    base = subtract(base, sphere(R - 1):move(0, cy, 0))
    local band = torus(58.5, 2.6):move(0, 24, 0) + torus(46.5, 2):move(0, bh - 1, 0)

    -- The drift: the bottom of the ball filled with snow, gently domed.
    local floor_y = cy - R * 0.45
    local drift = intersect(sphere(R - 0.5):move(0, cy, 0),
      ellipsoid(R * 1.2, R * 0.22, R * 1.2):move(0, floor_y - R * 0.06, 0) + box(3 * R, R, 3 * R):move(0, floor_y - R * 0.56, 0))
    drift = drift:noise(1.2, 14)
    local shape = union(glass:part("glass"), base:part("base"), band:part("trim"), drift:part("snow"))
    -- the filling plug: a narrow hole up through the base and the drift at
    -- the back, so the hollow ball is open to the outside (one surface)
    shape = shape - cylinder(4, cy):move(R * 0.3, -1, -R * 0.35)
    k.attach("inside", {0, floor_y + R * 0.1, 0}, R * 1.05)

    if not k.filled then
      -- a pine tree of three tiers, back left
      local tx, tz = R * k.p.tree_x, -R * 0.18
      local tree = empty()
      for i, t in ipairs({{0.34, 0.12, 0.42}, {0.27, 0.36, 0.36}, {0.19, 0.58, 0.3}}) do
        tree = tree + cone(t[1] * R, 1, t[3] * R):move(tx, floor_y + t[2] * R, tz)
      end
      tree = tree + cylinder(0.05 * R, 0.2 * R):move(tx, floor_y, tz)
      -- a snowman, front right: two balls, a top hat, a scarf, coal eyes
      local mx, mz = R * k.p.man_x, R * 0.2
      local my = floor_y + R * 0.06
      local man = sphere(0.17 * R):move(mx, my + 0.12 * R, mz) + sphere(0.12 * R):move(mx, my + 0.36 * R, mz)
      local hat = cylinder(0.14 * R, 0.02 * R):move(mx, my + 0.46 * R, mz) + cylinder(0.08 * R, 0.14 * R):move(mx, my + 0.47 * R, mz)
      local scarf = torus(0.1 * R, 0.03 * R):move(mx, my + 0.27 * R, mz)
      local coal = empty()
      for _, dz in ipairs({-0.04, 0.04}) do
        coal = coal + sphere(0.02 * R):move(mx + 0.11 * R, my + 0.39 * R, mz + dz * R)
      end
      coal = coal + cone(0.025 * R, 0.005 * R, 0.1 * R):rotz(-90):move(mx + 0.1 * R, my + 0.36 * R, mz)
      shape = shape + tree:part("tree") + man:part("snow") + hat:part("hat") + scarf:part("scarf") + coal:part("hat")
    end
    -- Flakes clinging to the inside of the glass.
    local flakes = {}
    for i = 1, 16 do
      local th = k.rand(0, 2 * math.pi)
      local y = k.rand(-0.1, 0.85)
      local r = math.sqrt(1 - y * y) * (R - 2.5)
      flakes[#flakes + 1] = sphere(k.rand(2.2, 3.0)):move(math.cos(th) * r, cy + y * (R - 2.5), math.sin(th) * r)
    end
    shape = shape + union(flakes):part("snow")
    k.attach("top", {0, cy + R, 0}, R * 0.8)
    return shape
  end,
}
