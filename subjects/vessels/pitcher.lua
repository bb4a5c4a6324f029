-- A pitcher (jug): a bellied body rising to a wide mouth with a pinched
-- pouring lip, and a large loop handle opposite the lip.
local V = use("vessel")

return {
  id = "pitcher",
  names = {"pitcher", "jug", "water jug", "water pitcher", "milk jug", "cream jug", "creamer", "ewer",
           "lemonade pitcher", "juice jug", "picher", "pitcher jug", "beer pitcher"},
  lvis = {"pitcher_(vessel_for_liquid)", "water_jug", "cream_pitcher"},
  family = "vessels",
  size_mm = 220,
  description = "A pitcher with a pouring lip and a handle",
  params = {belly = {62, 72}, height = {200, 230}},
  parts = {
    {"body", "glazed", color = "#e8e2d2", role = "primary", names = {"body"}},
    {"handle", "glazed", color = "#e8e2d2", role = "secondary", names = {"handle"}},
    {"band", "glazed", color = "#2f5a9a", role = "detail", names = {"band", "stripe", "rim", "trim"}},
  },
  points = {"inside", "fill", "top"},
  build = function(k)
    local rb, h = k.p.belly, k.p.height
    local prof = V.keyed({{0, rb * 0.72}, {0.04, rb * 0.78}, {0.35, rb}, {0.75, rb * 0.72}, {1, rb * 0.82}}, h, 24)
    local wall = 6
    local body = V.solid_vessel(prof, wall, h * 0.5)
    -- Pouring lip on -X: pull the rim out into a beak.
    local rr = V.radius_at(prof, h)
    local lip_out = limb({-rr * 0.6, h - 26, 0}, {-rr - 16, h + 2, 0}, 16, 8)
    local lip_in = limb({-rr * 0.5, h - 18, 0}, {-rr - 22, h + 9, 0}, 12, 5)
    local shape = subtract(smooth(5, body, lip_out), lip_in):part("body")
    local handle = V.loop_handle({rr - 2, h * 0.86, 0}, {V.radius_at(prof, h * 0.35) - 2, h * 0.32, 0}, {1, 0.2, 0}, h * 0.26, 8)
    shape = smooth(5 * k.soft, shape, handle:part("handle"))
    -- A ring, not a disc: a disc across the cavity would seal a void below it.
    local band = intersect(lathe(prof):round(0.8), box(400, 8, 400):move(0, h * 0.58, 0))
      - cylinder(V.radius_at(prof, h * 0.58) - 4, 16):move(0, h * 0.58 - 8, 0)
    shape = shape + band:part("band")
    V.cavity(k, prof, wall, 0, 0.75, {inside_at = 0.5})
    k.attach("top", {0, h, 0}, 2 * rr)
    return shape
  end,
}
