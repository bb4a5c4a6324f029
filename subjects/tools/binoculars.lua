-- Binoculars: a pair of porro-prism barrels lying side by side, the big
-- objective lenses at the front (+x) set wide apart, the angular prism
-- housings in the middle and the narrower eyepieces with rubber eyecups at
-- the back, joined by a central hinge that carries the ridged focus wheel.
return {
  id = "binoculars",
  names = {"binoculars", "binocular", "field glasses", "pair of binoculars", "field glass", "binoculers",
           "binocolars", "binnoculars", "binos"},
  lvis = {"binoculars"},
  family = "tools",
  size_mm = 64,
  description = "A pair of binoculars",
  params = {turn = {-6, 6}, wide = {0, 1}},
  parts = {
    {"body", "rubber", color = "#26282a", role = "primary", names = {"body", "barrels", "armour", "armor", "housing", "casing"}},
    {"trim", "steel", color = "#8c9096", role = "secondary", names = {"trim", "hinge", "rings", "metal"}},
    {"lens", "gloss", color = "#3c5a86", role = "detail", names = {"lens", "lenses", "objective", "objectives", "glass"}},
    {"eyecups", "rubber", color = "#141416", role = "detail", names = {"eyecups", "eyecup", "eyepieces", "eyepiece"}},
    {"wheel", "plastic", color = "#3a3c40", role = "detail", names = {"wheel", "focus wheel", "focus knob", "knob"}},
  },
  points = {"top"},
  build = function(k)
    local function xcyl(r, x0, x1, y, z, round)
      return cylinder(r, x1 - x0, round):rotz(-90):move(x0, y, z)
    end
    local yc = 31                       -- the optical axes' height: the objective barrels rest on the ground
    local zo = 64 + k.p.wide * 4        -- objective axes, set wide (porro)
    local ze = 34                       -- eyepiece axes
    local R = 29                        -- objective barrel
    local body, trim, lens, cups = {}, {}, {}, {}
    for _, s in ipairs({1, -1}) do
      -- The objective barrel, its front rim and the lens set back inside it.
      body[#body + 1] = subtract(xcyl(R, 10, 92, yc, s * zo, 3), xcyl(R - 3.5, 82, 100, yc, s * zo))
      trim[#trim + 1] = subtract(xcyl(R + 1.2, 84, 96, yc, s * zo, 1), xcyl(R - 3.5, 80, 100, yc, s * zo))
      lens[#lens + 1] = intersect(sphere(80):move(6, yc, s * zo), xcyl(R - 3, 70, 95, yc, s * zo))
      -- The prism housing: a rounded slab spanning from the objective to the eyepiece axis.
      body[#body + 1] = box(64, 50, zo - ze + 34, 12):move(-14, yc + 2, s * (zo + ze) / 2)
      body[#body + 1] = box(40, 40, 30, 10):move(-18, yc + 2, s * (ze + 2))
      -- The eyepiece tube and its rubber eyecup.
      trim[#trim + 1] = xcyl(15, -66, -40, yc + 4, s * ze, 2)
      cups[#cups + 1] = subtract(xcyl(19, -92, -62, yc + 4, s * ze, 5), xcyl(11, -100, -84, yc + 4, s * ze))
      lens[#lens + 1] = xcyl(11.5, -88, -84, yc + 4, s * ze)
      -- A thin metal ring between barrel and housing.
      trim[#trim + 1] = xcyl(R + 0.8, 12, 18, yc, s * zo)
    end
    -- The central hinge: a rod along the middle with knuckles on each side.
    trim[#trim + 1] = xcyl(10, -58, 40, yc + 6, 0, 3)
    trim[#trim + 1] = box(30, 12, 2 * ze - 10, 4):move(18, yc + 6, 0)
    trim[#trim + 1] = box(26, 12, 2 * ze - 10, 4):move(-36, yc + 6, 0)
    -- The focus wheel between the eyepieces, turning about the z axis.
    local wy, wx = yc + 20, -46
    local wheel = cylinder(13, 22, 2):move(0, -11, 0):rotx(90)
    local ribs = {}
    for i = 0, 17 do
      ribs[#ribs + 1] = box(2.2, 3, 21):move(0, 13, 0):rotz(i * 20)
    end
    wheel = (wheel + union(ribs)):move(wx, wy, 0)
    trim[#trim + 1] = box(12, 16, 26, 3):move(wx, yc + 10, 0)
    local shape = union(union(body):part("body"), union(trim):part("trim"), union(lens):part("lens"),
      union(cups):part("eyecups"), wheel:part("wheel"))
    k.attach("top", {-14, yc + 30, 0}, 60)
    return shape:roty(k.p.turn - 20)
  end,
}
