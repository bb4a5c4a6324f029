-- A snowman: three stacked snowballs with a carrot nose, coal eyes and
-- buttons, stick arms, a scarf and a top hat.
return {
  id = "snowman",
  names = {"snowman", "snow man", "snowwoman", "snow woman", "frosty the snowman", "snow figure"},
  lvis = {"snowman"},
  family = "characters",
  size_mm = 1200,
  description = "A snowman of three snowballs with a carrot nose and a top hat",
  params = {r0 = {70, 80}, k1 = {0.68, 0.75}, k2 = {0.66, 0.72}},
  parts = {
    {"snow", "plastic", color = "#f5f8fc", role = "primary", names = {"snow", "body"}},
    {"hat", "fabric", color = "#1e1e23", role = "secondary", names = {"hat", "top hat"}},
    {"nose", "plastic", color = "#f0781e", role = "detail", names = {"nose", "carrot"}},
    {"arms", "wood", color = "#5a3c28", role = "detail", names = {"arms", "sticks", "branches"}},
    {"coal", "stone", color = "#18181b", role = "detail", names = {"eyes", "buttons", "coal"}},
    {"scarf", "fabric", color = "#c8282d", role = "detail", names = {"scarf"}},
  },
  variants = {
    plain = {names = {"hatless snowman", "plain snowman", "bare snowman"}},
  },
  points = {"head", "neck", "hand", "top"},
  build = function(k)
    local r0 = k.p.r0
    local r1, r2 = r0 * k.p.k1, r0 * k.p.k1 * k.p.k2
    local y0 = r0 * 0.9
    local y1 = y0 + r0 * 0.8 + r1 * 0.6
    local y2 = y1 + r1 * 0.8 + r2 * 0.6
    local b = 12 * k.soft
    local snow = smooth(b, sphere(r0):move(0, y0, 0), sphere(r1):move(0, y1, 0), sphere(r2):move(0, y2, 0))
    snow = intersect(snow, box(r0 * 3, y2 + r2 * 2, r0 * 3):move(0, (y2 + r2 * 2) * 0.5, 0))
    local shape = snow:part("snow")
    -- Facing +X.
    local hat_y = y2 + r2 * 0.72
    local hat = union(cylinder(r2 * 0.95, 3):move(0, hat_y, 0),
                      cylinder(r2 * 0.62, r2 * 0.9, 2):move(0, hat_y, 0)):part("hat")
    hat = hat + cylinder(r2 * 0.64, r2 * 0.16):move(0, hat_y + 3, 0):part("scarf")
    if k.variant ~= "plain" then shape = shape + hat:rotx(-8) end
    local nose = limb({r2 * 0.85, y2, 0}, {r2 * 1.75, y2 - 2, 0}, 5, 1):part("nose")
    shape = smooth(2, shape, nose)
    for _, s in ipairs({-1, 1}) do
      shape = shape + sphere(4.5):move(r2 * 0.86, y2 + r2 * 0.3, s * r2 * 0.36):part("coal")
      local a0 = {0, y1 + 5, s * r1 * 0.8}
      local arm = tube({a0, {0, y1 + r1 * 0.4, s * r1 * 1.5}, {4, y1 + r1 * 0.9, s * r1 * 2.0}}, 4.5, 2.5)
      local twig = limb({3, y1 + r1 * 0.75, s * r1 * 1.8}, {10, y1 + r1 * 1.05, s * r1 * 1.95}, 2.2, 1.2)
      shape = shape + (arm + twig):part("arms")
    end
    for i = 0, 2 do
      local y = y1 - r1 * 0.35 + i * r1 * 0.33
      local x = math.sqrt(math.max(r1 * r1 - (y - y1) ^ 2, 0))
      shape = shape + sphere(5):move(x, y, 0):part("coal")
    end
    -- A scarf where the head meets the body, one end hanging.
    local ny = y1 + r1 * 0.78
    local scarf = torus(r2 * 0.78, 7):move(0, ny, 0)
    scarf = scarf + box(4, r1 * 0.7, 14, 2):move(r2 * 0.55, ny - r1 * 0.33, r2 * 0.45):rotx(0)
    shape = shape + scarf:part("scarf")
    k.attach("head", {0, y2 + r2 * 0.75, 0}, r2 * 1.6)
    k.attach("neck", {r2 * 0.75, ny, 0}, r2 * 1.0, {1, 0, 0})
    k.attach("hand", {4, y1 + r1 * 0.95, r1 * 2.0}, r1 * 0.9)
    return shape
  end,
}
