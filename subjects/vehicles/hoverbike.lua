-- A sci-fi hover bike: a sleek motorcycle-like fairing with a pointed nose,
-- a low windscreen, handlebars and a saddle, an upswept tail with a red
-- light, and no wheels: two round thruster pods, front and back, hang under
-- the hull, each blowing a thin glowing exhaust column down to a pool of
-- light on the ground, so the bike floats on its jets.
-- The nose points to +X.
return {
  id = "hoverbike",
  names = {"hover bike", "hoverbike", "speeder bike", "speeder", "hover motorcycle", "jet bike", "hover cycle",
           "sci fi bike", "hovercycle", "jetbike", "speederbike", "hover motorbike", "flying motorcycle",
           "flying motorbike", "antigravity bike", "anti gravity bike", "space bike", "futuristic motorcycle",
           "scifi bike", "hover scooter"},
  lvis = {},
  family = "vehicles",
  size_mm = 1000,
  description = "A sci-fi hover bike floating on two glowing thruster pods",
  params = {hover = {300, 360}, nose = {0.95, 1.08}},
  parts = {
    {"body", "paint", color = "#c8322a", role = "primary", names = {"body", "fairing", "paint", "hull", "tank", "shell"}},
    {"trim", "paint", color = "#eef0f2", role = "secondary", names = {"trim", "stripes", "stripe", "accents", "panels", "fins"}},
    {"seat", "leather", color = "#24242a", role = "detail", names = {"seat", "saddle", "grips"}},
    {"frame", "steel", color = "#7c828c", role = "detail", names = {"frame", "handlebars", "chrome", "struts", "pods", "thrusters", "engines"}},
    {"glow", "gloss", color = "#52dcff", role = "detail", glows = true,
     names = {"glow", "exhaust", "jets", "thrust", "flames", "beams", "thruster glow"}},
    {"windscreen", "gloss", color = "#6f93b6", role = "detail", names = {"windscreen", "windshield", "visor"}},
    {"lights", "gloss", color = "#fff4d0", role = "fixed", glows = true},
    {"taillight", "gloss", color = "#e8282a", role = "fixed", glows = true},
  },
  points = {"seat", "back", "top"},
  build = function(k)
    local soft = k.soft
    local H = k.p.hover            -- underside of the pods above the ground
    local cy = H + 260             -- hull centre line
    local nl = k.p.nose
    -- The hull: lofted along +Y, turned so +Y is the nose (+X); local x is
    -- world -Y, so a negative x lifts a section. Tall at the tank and the
    -- front fairing, pinched under the saddle, a thin upswept tail.
    local hull = loft({
      {y = -880, rx = 34, rz = 44, x = -210},
      {y = -700, rx = 70, rz = 84, x = -140},
      {y = -420, rx = 110, rz = 118, x = -40},
      {y = -100, rx = 150, rz = 150, x = -10},
      {y = 250, rx = 175, rz = 165, x = -20},
      {y = 560, rx = 165, rz = 145, x = -10},
      {y = 800 * nl, rx = 105, rz = 100, x = 20},
      {y = 920 * nl, rx = 56, rz = 62, x = 34},
      {y = 960 * nl, rx = 18, rz = 22, x = 38},
    }):rotz(-90):move(0, cy, 0)
    local bottom = cy - 120
    hull = intersect(hull, box(3000, 800, 900):move(0, bottom + 400, 0))
    local tank = ellipsoid(260, 120, 140):rotz(-6):move(160, cy + 120, 0)
    local body = smooth(40 * soft, hull, tank)
    -- The engine core under the belly between the pods.
    local core = box(700, 120, 210, 40):move(0, bottom - 20, 0)
      + cylinder(70, 260, 20):rotx(90):move(0, bottom - 10, -130)
    -- The nose cone and the tail fin take the trim colour.
    local cut = 640 * nl
    local front = box(3000, 2000, 2000):move(cut + 1500, 0, 0)
    local nose = intersect(body, front)
    body = subtract(body, front)
    local fin = extrude({{-880, 0}, {-640, 0}, {-790, 150}, {-910, 150}}, 22, 9):move(0, cy + 170, 0)
    -- Saddle stepped up off the hull, handlebars on a short riser, a swept
    -- windscreen over the headlight, and a tail light.
    local seat = loft({{y = -660, rx = 34, rz = 70}, {y = -440, rx = 56, rz = 112}, {y = -150, rx = 50, rz = 106}})
      :rotz(-90):move(0, cy + 145, 0)
    local bx = 360
    local riser = capsule({bx + 40, cy + 200, 0}, {bx, cy + 330, 0}, 36)
    local bars = tube({{bx - 130, cy + 380, -360}, {bx - 30, cy + 345, -190}, {bx, cy + 334, 0}, {bx - 30, cy + 345, 190}, {bx - 130, cy + 380, 360}}, 24)
    local grips = capsule({bx - 100, cy + 370, 270}, {bx - 140, cy + 384, 380}, 32)
      + capsule({bx - 100, cy + 370, -270}, {bx - 140, cy + 384, -380}, 32)
    local screen = ellipsoid(20, 150, 135):rotz(-62):move(bx + 230, cy + 200, 0)
    local lamp = ellipsoid(34, 34, 52):move(945 * nl, cy - 36, 0)
    local tail = ellipsoid(30, 26, 40):move(-872, cy + 200, 0)
    -- Two thruster pods under the hull, each a wide low drum ringed with
    -- light at its mouth, blowing a thin column of light to a pool on the
    -- ground.
    local pods, glow = empty(), empty()
    for _, px in ipairs({560 * nl, -520}) do
      local drum = lathe({{200, 0}, {226, 22}, {232, 56}, {212, 84}, {150, bottom - H + 10}, {60, bottom - H + 24}})
        :move(px, H - 4, 0)
      pods = pods + drum
      local ring = torus(214, 14):move(px, H + 10, 0)
      local mouth = cylinder(196, 10, 4):move(px, H - 10, 0)
      local column = cone(44, 28, H - 6):move(px, 0, 0)
      local pool = cylinder(170, 5, 2.5):move(px, 0, 0)
      glow = glow + ring + mouth + column + pool
    end
    local shape = smooth(16 * soft, body:part("body"), (pods + core):part("frame")) + smooth(8 * soft, nose, fin):part("trim")
    shape = shape + (riser + bars):part("frame") + grips:part("seat") + seat:part("seat")
    shape = shape + screen:part("windscreen") + lamp:part("lights") + tail:part("taillight")
    shape = shape + glow:part("glow")
    k.attach("seat", {-420, cy + 200, 0}, 230)
    k.attach("back", {-420, cy + 200, 0}, 230)
    k.attach("top", {-420, cy + 200, 0}, 230)
    return shape
  end,
}
