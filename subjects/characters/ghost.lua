-- A ghost: a floating sheet with a round head, drooping arms and a wavy hem,
-- two dark oval eyes and an open mouth.
return {
  id = "ghost",
  names = {"ghost", "spook", "phantom", "spectre", "specter", "poltergeist", "sheet ghost", "halloween ghost",
           "boo", "apparition", "wraith"},
  lvis = {},
  family = "characters",
  size_mm = 1600,
  description = "A floating sheet ghost",
  params = {sway = {-6, 6}},
  parts = {
    {"sheet", "fabric", color = "#f4f4f6", role = "primary", names = {"sheet", "body", "ghost"}},
    {"eyes", "plastic", color = "#18181c", role = "fixed"},
  },
  points = {"head", "neck", "hand", "top"},
  build = function(k)
    local R = 300
    local n = 12
    -- A loft from the head down to a wide hem.
    local body = loft({
      {y = 0, rx = R * 0.95, rz = R * 0.95},
      {y = R * 0.6, rx = R * 0.8, rz = R * 0.8},
      {y = R * 1.4, rx = R * 0.72, rz = R * 0.72},
      {y = R * 2.0, rx = R * 0.75, rz = R * 0.75},
      {y = R * 2.4, rx = R * 0.6, rz = R * 0.6},
      {y = R * 2.62, rx = R * 0.2, rz = R * 0.2},
    })
    body = smooth(R * 0.2, body, sphere(R * 0.72):move(0, R * 1.95, 0))
    -- Arms: drooping sleeves.
    for _, s in ipairs({-1, 1}) do
      body = smooth(R * 0.1, body, tube({{0, R * 1.55, s * R * 0.6}, {R * 0.2, R * 1.45, s * R * 0.95}, {R * 0.35, R * 1.2, s * R * 1.05}}, R * 0.2, R * 0.13))
    end
    -- Wavy hem: scallops cut out between lobes, over a hollow skirt.
    local cuts = {}
    for i = 0, n - 1 do
      local a = math.rad(i * 360 / n)
      cuts[#cuts + 1] = sphere(R * 0.2):stretch(1, 1.4, 1):move(math.cos(a) * R * 0.95, 0, math.sin(a) * R * 0.95)
    end
    local hollow = loft({{y = -R * 0.1, rx = R * 0.78, rz = R * 0.78}, {y = R * 0.5, rx = R * 0.6, rz = R * 0.6}, {y = R * 0.9, rx = R * 0.2, rz = R * 0.2}})
    body = subtract(body, union(union(table.unpack(cuts)), hollow))
    local shape = body:part("sheet")
    -- Eyes and mouth: dark ovals set into the face.
    for _, s in ipairs({-1, 1}) do
      shape = shape + ellipsoid(R * 0.08, R * 0.16, R * 0.1):move(R * 0.74, R * 2.05, s * R * 0.22):part("eyes")
    end
    shape = shape + ellipsoid(R * 0.08, R * 0.12, R * 0.1):move(R * 0.78, R * 1.75, 0):part("eyes")
    k.attach("head", {0, R * 2.58, 0}, R * 1.2)
    k.attach("neck", {R * 0.68, R * 1.55, 0}, R * 0.8, {1, 0, 0})
    k.attach("hand", {R * 0.35, R * 1.05, R * 1.05}, R * 0.5)
    return shape:rotz(k.p.sway)
  end,
}
