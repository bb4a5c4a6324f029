-- A carousel (merry-go-round): a round platform under a striped conical
-- canopy on a central column, with horses on poles round the edge.
return {
  id = "carousel",
  names = {"carousel", "merry-go-round", "merry go round", "roundabout ride", "carrousel", "galloper ride"},
  lvis = {},
  family = "buildings",
  size_mm = 6000,
  description = "A carousel with horses on poles",
  params = {r = {170, 190}, horses = {6, 8}},
  parts = {
    {"canopy", "paint", color = "#d8302a", role = "primary", names = {"canopy", "roof", "top"}},
    {"stripes", "paint", color = "#f6f2e6", role = "secondary", names = {"stripes", "stripe"}},
    {"horses", "paint", color = "#f6f2ea", role = "detail", names = {"horses", "horse", "animals"}},
    {"poles", "gold", color = "#d8b040", role = "detail", names = {"poles", "pole", "trim"}},
    {"platform", "wood", color = "#8a5a3a", role = "detail", names = {"platform", "floor", "base"}},
  },
  points = {"top"},
  build = function(k)
    local R = k.p.r
    local n = math.floor(k.p.horses + 0.5)
    local platform = cylinder(R, 24, 3)
    local column = cylinder(R * 0.22, 220):move(0, 20, 0)
    local canopy_y = 220
    local roof = cone(R * 1.08, 6, 110):move(0, canopy_y, 0) + cylinder(R * 1.08, 26):move(0, canopy_y - 20, 0)
    local nst = 12
    local stripe = intersect(roof:round(1.5), radial(extrude({{0, 0}, {R * 3, -R * 3 * math.tan(math.pi / (2 * nst))}, {R * 3, R * 3 * math.tan(math.pi / (2 * nst))}}, 2000):rotx(90), nst))
    local scallops = radial(sphere(16):stretch(1, 0.7, 0.5):move(R * 1.06, canopy_y - 20, 0), 24)
    local finial = sphere(12):move(0, canopy_y + 116, 0)
    local horses, poles = {}, {}
    for i = 0, n - 1 do
      local a = 360 * i / n
      local hr = R * 0.78
      local hy = 90 + 24 * ((i % 2 == 0) and 1 or -1)
      local horse = ellipsoid(30, 15, 11):move(0, hy, 0)
      horse = smooth(5, horse, capsule({22, hy + 6, 0}, {34, hy + 34, 0}, 8), ellipsoid(16, 8, 8):rotz(-30):move(42, hy + 34, 0))
      for _, dx in ipairs({-20, 20}) do
        horse = smooth(4, horse, capsule({dx, hy - 6, -6}, {dx + (dx > 0 and 16 or -16), hy - 34, -6}, 4), capsule({dx, hy - 6, 6}, {dx + (dx > 0 and 10 or -22), hy - 30, 6}, 4))
      end
      horse = smooth(3, horse, tube({{-28, hy + 4, 0}, {-40, hy - 6, 0}, {-42, hy - 24, 0}}, 4, 2))
      horses[#horses + 1] = horse:move(0, 0, hr):roty(a)
      poles[#poles + 1] = cylinder(3, canopy_y - 20):move(0, 20, hr):roty(a)
    end
    local shape = platform:part("platform") + column:part("stripes") + roof:part("canopy") + stripe:part("stripes")
    shape = shape + scallops:part("stripes") + finial:part("poles") + union(horses):part("horses") + union(poles):part("poles")
    k.attach("top", {0, canopy_y + 120, 0}, 24)
    return shape
  end,
}
