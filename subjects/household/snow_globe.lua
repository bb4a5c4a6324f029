-- A snow globe: a clear glass ball set into a turned wooden base with a gold
-- band. Inside, a little pine tree and a snowman in a top hat stand on a
-- drift of snow, with flakes drifting round the glass.
-- The glass renders solid, so the scene inside shows the way it is seen
-- through the front of the ball from the usual three-quarter view: as
-- coloured patches in the glass's skin (the snow drift, the tree, the
-- snowman), drawn in the view's plane and carried through the ball.

-- The default camera: azimuth 35 degrees round from +z towards +x,
-- elevation 22 degrees.
local AZ, EL = 35, 22

-- A flat picture drawn in the view plane (x right, y up, centred on the
-- ball's centre) made into a solid running through the ball along the
-- line of sight.
local function through(shape2d, c) return shape2d:rotx(-EL):roty(AZ):move(c[1], c[2], c[3]) end

local function disc(x, y, r, depth) return cylinder(r, depth):move(0, -depth / 2, 0):rotx(90):move(x, y, 0) end

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
    {"shade", "plastic", color = "#aebccc", role = "fixed"},
  },
  points = {"top"},
  build = function(k)
    local R = 62
    local bh = 48
    local cy = bh + R * 0.8
    local c = {0, cy, 0}
    local glass = sphere(R):move(0, cy, 0)

    -- The base: a turned wooden plinth with a collar the ball sits in.
    local base = lathe({{66, 0}, {68, 5}, {66, 12}, {60, 18}, {56, 30}, {50, 40}, {47, bh}, {44, bh + 2}})
    base = subtract(base, sphere(R - 1):move(0, cy, 0))
    local band = torus(58.5, 2.6):move(0, 24, 0) + torus(46.5, 2):move(0, bh - 1, 0)

    -- The scene, drawn in the view plane (units of the ball's radius).
    local D = 3 * R
    local snow2d = union(
      cylinder(R * 0.95, D):move(0, -D / 2, 0):rotx(90):stretch(1, 0.4, 1):move(0, -R * 0.33, 0),
      box(3 * R, R, D):move(0, -R * 0.85, 0))
    local tx = R * k.p.tree_x
    local ty = -R * 0.34
    local tree2d = union(
      extrude({{-0.34 * R, 0}, {0.34 * R, 0}, {0, 0.42 * R}}, D):move(tx, ty + 0.1 * R, 0),
      extrude({{-0.27 * R, 0}, {0.27 * R, 0}, {0, 0.36 * R}}, D):move(tx, ty + 0.34 * R, 0),
      extrude({{-0.19 * R, 0}, {0.19 * R, 0}, {0, 0.3 * R}}, D):move(tx, ty + 0.56 * R, 0),
      box(0.08 * R, 0.16 * R, D):move(tx, ty + 0.06 * R, 0))
    local mx = R * k.p.man_x
    local my = -R * 0.5
    local man2d = union(disc(mx, my + 0.15 * R, 0.16 * R, D), disc(mx, my + 0.38 * R, 0.11 * R, D))
    -- The snowman's shading: a pale crescent on its lower right, and coal
    -- eyes and buttons.
    local shade2d = subtract(union(disc(mx + 0.035 * R, my + 0.13 * R, 0.15 * R, D), disc(mx + 0.025 * R, my + 0.365 * R, 0.1 * R, D)),
      union(disc(mx - 0.02 * R, my + 0.17 * R, 0.15 * R, D * 1.1), disc(mx - 0.015 * R, my + 0.395 * R, 0.1 * R, D * 1.1)))
    local coal2d = union(disc(mx - 0.04 * R, my + 0.41 * R, 0.018 * R, D), disc(mx + 0.04 * R, my + 0.41 * R, 0.018 * R, D),
      disc(mx, my + 0.2 * R, 0.02 * R, D), disc(mx, my + 0.1 * R, 0.02 * R, D))
    local hat2d = union(box(0.22 * R, 0.03 * R, D):move(mx, my + 0.48 * R, 0), box(0.13 * R, 0.13 * R, D):move(mx, my + 0.55 * R, 0), coal2d)
    local scarf2d = box(0.2 * R, 0.045 * R, D):move(mx, my + 0.285 * R, 0)

    -- Each layer is a skin on the glass, the nearer picture a little prouder.
    local function skin(pic, t) return intersect(sphere(R + t):move(0, cy, 0), through(pic, c)) end
    local snow = skin(snow2d, 0.8)
    local tree = skin(tree2d, 1.2)
    local man = skin(man2d, 1.6)
    local hat = skin(hat2d, 2.2)
    local shade = skin(shade2d, 1.9)
    local scarf = skin(scarf2d, 1.9)
    -- Flakes: small drops dotted over the upper glass.
    local flakes = {}
    for i = 1, 16 do
      local th = k.rand(0, 2 * math.pi)
      local y = k.rand(-0.1, 0.92)
      local r = math.sqrt(1 - y * y) * R
      flakes[#flakes + 1] = sphere(k.rand(1.8, 2.8)):move(math.cos(th) * r, cy + y * R, math.sin(th) * r)
    end
    snow = snow + union(flakes)

    k.attach("top", {0, cy + R, 0}, R * 0.8)
    return union(glass:part("glass"), base:part("base"), band:part("trim"), snow:part("snow"), man:part("snow"),
      tree:part("tree"), hat:part("hat"), scarf:part("scarf"), shade:part("shade"))
  end,
}
