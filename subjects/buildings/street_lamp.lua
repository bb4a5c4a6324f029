-- A street lamp: a tall black iron post on a fluted base with a classic
-- glass lantern on top (or a curved arm holding the lamp over the street).
local S = use and use("shapes")

return {
  id = "street_lamp",
  names = {"street lamp", "streetlamp", "street light", "streetlight", "lamp post", "lamppost", "lamp-post", "lantern post",
           "gas lamp", "victorian lamp post", "light pole"},
  lvis = {"streetlight", "lamppost"},
  family = "buildings",
  size_mm = 4000,
  description = "A street lamp: an iron post with a lantern",
  params = {h = {420, 460}},
  parts = {
    {"post", "iron", color = "#1e2226", role = "primary", names = {"post", "pole", "body", "frame"}},
    {"glass", "glass", color = "#fff0b0", role = "secondary", names = {"glass", "lamp", "light", "lantern", "bulb"}},
  },
  variants = {
    modern = {names = {"modern street light", "highway light", "cobra head street light", "road light"}, size_mm = 8000,
              colors = {post = "#9a9ea4"}},
  },
  points = {"top"},
  build = function(k)
    local h = k.p.h
    if k.variant == "modern" then
      local pole = cone(9, 5, h * 1.3)
      local arm = tube({{0, h * 1.25, 0}, {10, h * 1.32, 0}, {60, h * 1.36, 0}, {130, h * 1.36, 0}}, 7, 6)
      local head = ellipsoid(36, 9, 16):move(150, h * 1.35, 0)
      local lens = ellipsoid(30, 6, 12):move(152, h * 1.35 - 8, 0)
      local shape = (pole + cylinder(20, 16, 3) + arm + head):part("post") + lens:part("glass")
      k.attach("top", {150, h * 1.37, 0}, 30)
      return shape
    end
    local base = lathe({{30, 0}, {30, 14}, {22, 20}, {20, 60}, {14, 70}, {12, 80}})
    local fl = radial(cylinder(4, 40):move(19, 20, 0), 10)
    local pole = cylinder(7, h - 80):move(0, 78, 0)
    local collar = torus(9, 4.5):move(0, 150, 0) + torus(9, 4.5):move(0, h - 30, 0)
    -- lantern: a tapered glass box with a frame and a cap
    local ly = h - 10
    local glass = intersect(cone(26, 38, 80), box(56, 200, 56):roty(45)):move(0, ly + 8, 0)
    local frame = radial(capsule({20, ly + 6, 0}, {30, ly + 88, 0}, 4), 4, 45)
    local cap = lathe({{44, 0}, {40, 8}, {22, 28}, {6, 40}, {2, 52}}):move(0, ly + 86, 0) + sphere(6):move(0, ly + 138, 0)
    local bottom = lathe({{10, 0}, {28, 10}, {28, 16}}):move(0, ly - 8, 0)
    local shape = (base + fl + pole + collar + frame + cap + bottom):part("post") + glass:part("glass")
    k.attach("top", {0, ly + 144, 0}, 40)
    return shape
  end,
}
