-- A yogurt: a white plastic pot, wider at the top, with a printed band
-- round it and a rolled rim, full of creamy yogurt; its foil lid peeled
-- back and standing up behind it, hinged on the rim, and a teaspoon dipped
-- in it, its handle leaning on the rim. Strawberry, blueberry and plain
-- (Greek) yogurt change the yogurt's and the band's colours.
local V = use("vessel")

return {
  id = "yogurt",
  names = {"yogurt", "yoghurt", "yogurt cup", "yoghurt pot", "yogurt pot", "yoghurt cup", "pot of yogurt",
           "pot of yoghurt", "cup of yogurt", "cup of yoghurt", "yogurt container", "yoghourt", "yougurt", "yogourt",
           "yogart", "yoghurt carton", "pudding cup", "dessert cup"},
  lvis = {"yogurt"},
  family = "food",
  size_mm = 85,
  description = "A yogurt pot with its foil lid peeled back and a spoon in it",
  params = {},
  parts = {
    {"cup", "plastic", color = "#f8f8f6", role = "primary", names = {"cup", "pot", "container", "tub"}},
    {"label", "paper", color = "#3a78c8", role = "secondary", names = {"label", "band", "print", "stripe"}},
    {"yogurt", "food", color = "#fbf8f0", role = "detail", names = {"yogurt", "yoghurt", "cream"}},
    {"lid", "steel", color = "#d4d8dc", role = "detail", names = {"lid", "foil", "foil lid", "top"}},
    {"spoon", "steel", color = "#c8ccd2", role = "detail", names = {"spoon", "teaspoon"}},
  },
  variants = {
    strawberry = {names = {"strawberry yogurt", "strawberry yoghurt", "pink yogurt", "fruit yogurt"},
                  colors = {yogurt = "#f6bccb", label = "#e0406a"}},
    blueberry = {names = {"blueberry yogurt", "blueberry yoghurt", "berry yogurt"},
                 colors = {yogurt = "#c8a8d8", label = "#5a3a9a"}},
    greek = {names = {"greek yogurt", "greek yoghurt", "plain yogurt", "natural yogurt", "natural yoghurt"},
             colors = {label = "#2a8a8a"}},
  },
  points = {"top", "inside"},
  build = function(k)
    local h = 78
    local prof = V.keyed({{0, 27}, {0.04, 29}, {1, 37}}, h, 12)
    local wall = 2.6
    local cup = vessel(prof, wall, 4)
    cup = cup + torus(37.2, 2.4):move(0, h, 0)
    local shape = cup:part("cup")
    -- the printed band round the outside
    local b0, b1 = h * 0.2, h * 0.78
    local band = intersect(lathe({{0, b0}, {V.radius_at(prof, b0) + 1.1, b0}, {V.radius_at(prof, b1) + 1.1, b1}, {0, b1}}),
      box(200, b1 - b0, 200):move(0, (b0 + b1) / 2, 0))
    band = subtract(band, lathe({{0, b0 - 2}, {V.radius_at(prof, b0 - 2) - 1, b0 - 2}, {V.radius_at(prof, b1 + 2) - 1, b1 + 2}, {0, b1 + 2}}))
    shape = shape + band:part("label")
    -- the yogurt: the inside up to just under the rim, sunk into the wall
    local ys = h - 7
    local fillp = {{0, 2}, {V.radius_at(prof, 2) - wall + 1.2, 2}}
    for _, p in ipairs(prof) do
      if p[2] > 2 and p[2] < ys then fillp[#fillp + 1] = {p[1] - wall + 1.2, p[2]} end
    end
    fillp[#fillp + 1] = {V.radius_at(prof, ys) - wall + 1.2, ys}
    fillp[#fillp + 1] = {0, ys}
    local yog = revolve(fillp)
    -- a soft swirl where the spoon has been
    yog = yog + ellipsoid(14, 4, 11):move(-6, ys, 4)
    shape = shape + yog:part("yogurt")
    -- the foil lid, hinged on the back of the rim and peeled up behind
    local lr = 38
    local lid = cylinder(lr, 2.4, 0.8):move(0, -1.2, lr - 2) -- its edge at the origin, lying towards +z
    lid = lid + box(14, 2.4, 12, 0.8):move(0, 0, 2 * lr + 2) -- the pull tab
    lid = lid:rotx(-112):move(0, h + 1.5, -37.5)
    -- the crease where it still holds to the rim
    lid = lid + capsule({-14, h + 1.2, -36.5}, {14, h + 1.2, -36.5}, 3)
    shape = shape + lid:part("lid")
    -- a teaspoon dipped in at the front, its handle on the rim
    local an = math.rad(5)
    local d = {math.cos(an), 0, math.sin(an)}
    local bowlp = {-d[1] * 6, ys + 1, -d[3] * 6}
    local rimp = {d[1] * 37, h + 3.8, d[3] * 37}
    local tip = {d[1] * 70, h + 42, d[3] * 70}
    local spoon = limb(bowlp, rimp, 2.6, 2.8) + limb(rimp, tip, 2.8, 3.6)
      + ellipsoid(13, 3.5, 9):roty(-math.deg(an)):move(bowlp[1], bowlp[2], bowlp[3])
    shape = shape + spoon:part("spoon")
    k.attach("inside", {0, ys, 0}, 50)
    k.attach("top", {0, h + 4, 0}, 70)
    return shape:roty(-10)
  end,
}
