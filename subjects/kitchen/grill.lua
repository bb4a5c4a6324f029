-- A barbecue grill. The default is a charcoal kettle grill: a round black
-- bowl on three splayed legs, two of them on wheels, an ash pan slung
-- between the legs, and a domed lid with a handle and a vent, hinged open
-- at the back so the round cooking grate of bars shows inside the rim. The
-- gas grill is a cart: a cabinet with two doors on casters, a firebox with a
-- rounded hood closed over it, a handle bar and a thermometer on the hood, a
-- row of knobs on the control panel and a side table on each side. Front
-- faces +X; width runs along Z.

return {
  id = "grill",
  names = {"grill", "barbecue", "bbq", "barbecue grill", "bbq grill", "charcoal grill", "kettle grill", "barbeque",
           "barbeque grill", "bar b q", "bar-b-q", "charcoal barbecue", "kettle barbecue", "kettle bbq", "outdoor grill",
           "backyard grill", "weber grill", "bbq barbecue", "grill barbecue", "barbecue kettle", "charcoal bbq",
           "barbacue", "barbque", "barbecue pit", "bbq pit"},
  lvis = {"grill"},
  family = "kitchen",
  size_mm = 1000,
  description = "A charcoal kettle barbecue grill with its lid open over the grate",
  params = {open = {62, 76}, bars = {11, 13.99}},
  parts = {
    {"body", "paint", color = "#1c1c1f", role = "primary", names = {"body", "bowl", "kettle", "lid", "hood", "dome", "enamel"}},
    {"legs", "steel", color = "#b9bdc3", role = "secondary",
     names = {"legs", "leg", "stand", "frame", "cart", "base", "ash pan", "shelves", "side tables", "table", "tables"}},
    {"grate", "iron", color = "#3b3b3e", role = "detail", names = {"grate", "grill grate", "grates", "rack", "grid", "grill"}},
    {"handle", "wood", color = "#6a4226", role = "detail", names = {"handle", "handles", "handle bar"}},
    {"wheels", "rubber", color = "#18181a", role = "detail", names = {"wheels", "wheel", "tyres", "tires", "casters", "castors"}},
    {"knobs", "plastic", color = "#2a2b2f", role = "detail", names = {"knobs", "knob", "controls", "dials", "control panel"}},
    {"gauge", "steel", color = "#d8dade", role = "detail", names = {"gauge", "thermometer", "vent", "vents", "trim", "chrome", "panel"}},
  },
  variants = {
    gas = {names = {"gas grill", "gas barbecue", "gas bbq", "propane grill", "propane barbecue", "barbecue cart", "grill cart",
                    "outdoor gas grill", "gas barbeque", "bbq cart", "gas bbq grill"},
           size_mm = 1150, colors = {body = "#2a2b2f", legs = "#2a2b2f", gauge = "#c9ccd1", handle = "#c9ccd1"}},
  },
  points = {"top", "inside"},
  build = function(k)
    if k.variant == "gas" then
      local D, W = 520, 640
      local yb = 110                             -- the cart's floor, over the casters
      local yt = 820                             -- the top of the cabinet
      local cart = box(D, yt - yb, W, 12):move(0, (yb + yt) / 2, 0)
      local fx = D / 2
      -- two doors with a seam between them and a handle on each
      cart = subtract(cart, box(8, yt - yb - 140, 6):move(fx, (yb + yt) / 2 - 20, 0),
                      box(8, 6, W - 40):move(fx, yt - 70, 0))
      local handles = capsule({fx + 22, yt - 180, -40}, {fx + 22, yt - 380, -40}, 10)
        + capsule({fx + 22, yt - 180, 40}, {fx + 22, yt - 380, 40}, 10)
        + box(22, 14, 14, 3):move(fx + 10, yt - 184, -40) + box(22, 14, 14, 3):move(fx + 10, yt - 376, -40)
        + box(22, 14, 14, 3):move(fx + 10, yt - 184, 40) + box(22, 14, 14, 3):move(fx + 10, yt - 376, 40)
      -- casters
      local wheels = empty()
      local legs = empty()
      for _, sx in ipairs({-1, 1}) do
        for _, sz in ipairs({-1, 1}) do
          local x, z = sx * (D / 2 - 60), sz * (W / 2 - 60)
          legs = legs + box(40, 50, 40, 4):move(x, yb - 20, z)
          wheels = wheels + cylinder(44, 30, 6):move(0, -15, 0):rotx(90):move(x, 44, z)
        end
      end
      -- the firebox and the control panel sloping under the hood
      local fy = yt + 130
      local firebox = box(D + 20, fy - yt + 10, W + 30, 10):move(0, (yt + fy) / 2, 0)
      local panel = box(60, 110, W + 10, 8):rotz(-22):move(fx + 6, yt + 60, 0)
      local knobs = empty()
      for i = 0, 3 do
        local z = (i - 1.5) * 130
        knobs = knobs + cylinder(24, 30, 5):rotz(-90):rotz(-22):move(fx + 26, yt + 66, z)
      end
      -- the hood: a half cylinder along Z over the firebox, a little flattened
      local hr = 260
      local hood = intersect(cylinder(hr, W + 20, 20):move(0, -(W + 20) / 2, 0):rotx(90):stretch(1, 0.82, 1),
                             box(2 * hr + 10, hr, W + 40):move(0, hr / 2, 0)):move(-10, fy, 0)
      local caps = empty()
      for _, s in ipairs({-1, 1}) do
        caps = caps + intersect(cylinder(hr + 8, 28, 8):move(0, -14, 0):rotx(90):stretch(1, 0.82, 1),
                                box(2 * hr + 30, hr + 10, 60):move(0, (hr + 10) / 2, 0)):move(-10, fy - 2, s * (W / 2 + 10))
      end
      local bar = capsule({fx + 60, fy + 90, -W * 0.38}, {fx + 60, fy + 90, W * 0.38}, 16)
        + capsule({fx - 30, fy + 110, -W * 0.38}, {fx + 60, fy + 90, -W * 0.38}, 12)
        + capsule({fx - 30, fy + 110, W * 0.38}, {fx + 60, fy + 90, W * 0.38}, 12)
      local a = math.rad(52)
      local gpos = {-10 + hr * math.cos(a), fy + hr * 0.82 * math.sin(a), 0}
      local gauge = cylinder(34, 20, 6):aim({math.cos(a), math.sin(a) * 0.82 + 0.3, 0}, gpos)
      -- side tables on brackets
      local tables = empty()
      for _, s in ipairs({-1, 1}) do
        local z = s * (W / 2 + 15 + 170)
        tables = tables + box(D - 40, 34, 360, 8):move(0, fy - 30, z)
          + capsule({0, fy - 170, s * (W / 2 + 4)}, {0, fy - 40, s * (W / 2 + 150)}, 14)
      end
      k.attach("top", {0, fy + hr * 0.82, 0}, W * 0.6)
      k.attach("inside", {0, fy, 0}, W * 0.6)
      return union((cart + hood + firebox + caps):part("body"), (legs + tables):part("legs"), wheels:part("wheels"),
                   panel:part("gauge"), knobs:part("knobs"), handles:part("handle"), bar:part("handle"),
                   gauge:part("gauge"))
    end

    -- The kettle.
    local R = 290
    local yc = 740                               -- the rim of the bowl
    local th = 16                                -- wall thickness
    local half = box(3 * R, R + 40, 3 * R)
    local bowl = intersect(subtract(sphere(R), sphere(R - th)), half:move(0, -(R + 40) / 2, 0)):move(0, yc, 0)
    local rim = torus(R - th / 2, th * 0.7):move(0, yc, 0)
    -- little side handles on the bowl
    local handles = empty()
    for _, s in ipairs({-1, 1}) do
      handles = handles + capsule({-60, yc - 40, s * (R + 34)}, {60, yc - 40, s * (R + 34)}, 14)
        + capsule({-60, yc - 40, s * (R + 34)}, {-60, yc - 40, s * (R - 20)}, 10)
        + capsule({60, yc - 40, s * (R + 34)}, {60, yc - 40, s * (R - 20)}, 10)
    end
    -- the grate: a ring and parallel bars, just below the rim
    local gy = yc - 50
    local gr = math.sqrt((R - th) ^ 2 - 50 ^ 2) + 4
    local gbars = {torus(gr - 8, 9):move(0, gy, 0)}
    local n = math.floor(k.p.bars)
    for i = 1, n do
      local z = -gr + 2 * gr * i / (n + 1)
      local hx = math.sqrt(math.max(gr * gr - z * z, 0))
      gbars[#gbars + 1] = capsule({-hx + 4, gy, z}, {hx - 4, gy, z}, 7)
    end
    local grate = union(gbars)
    -- the lid: a dome shell with a rim, a handle and a vent, hinged open at the back
    local ls = 0.82
    local lid = intersect(subtract(sphere(R + 2), sphere(R + 2 - th)):stretch(1, ls, 1), half:move(0, (R + 40) / 2, 0))
    lid = lid + torus(R - th / 2 + 2, th * 0.7)
    local ltop = (R + 2) * ls
    local lhandle = capsule({40, ltop + 55, -110}, {40, ltop + 55, 110}, 20)
    local lposts = capsule({40, ltop - 10, -95}, {40, ltop + 55, -95}, 11) + capsule({40, ltop - 10, 95}, {40, ltop + 55, 95}, 11)
    local vent = cylinder(60, 14, 4):move(-70, ltop - 18, 0)
    local hinge = box(40, 50, 120, 6):move(-R - 16, 0, 0)
    local ang = k.p.open
    local function open(s) return s:move(R + 14, 0, 0):rotz(ang):move(-R - 14, yc + 4, 0) end
    lid, lhandle, lposts, vent, hinge = open(lid), open(lhandle), open(lposts), open(vent), open(hinge)
    local bracket = box(50, 70, 120, 6):move(-R - 14, yc - 10, 0)
    -- three splayed legs, the two at the back on wheels
    local legs = {}
    local wheels = empty()
    local feet = {}
    for i = 0, 2 do
      local a = math.rad(i * 120)
      local ca, sa = math.cos(a), math.sin(a)
      local top = {0.55 * R * ca, yc - 0.8 * R, 0.55 * R * sa}
      local foot = {1.25 * R * ca, 40, 1.25 * R * sa}
      feet[#feet + 1] = foot
      legs[#legs + 1] = capsule(top, foot, 17)
      if i == 0 then
        legs[#legs + 1] = cylinder(26, 30, 8):move(foot[1], 0, foot[3])
      else
        wheels = wheels + cylinder(92, 44, 10):move(0, -22, 0):rotx(90):roty(-i * 120 + 90)
          :move(1.25 * R * ca + 40 * ca, 92, 1.25 * R * sa + 40 * sa)
        legs[#legs + 1] = capsule(foot, {foot[1], 92, foot[3]}, 17)
      end
    end
    -- the axle between the back wheels, and the ash pan on a triangle of rods
    local ay = 300
    local tri = {}
    for i = 0, 2 do
      local a = math.rad(i * 120)
      local t = (yc - 0.8 * R - ay) / (yc - 0.8 * R - 40)
      tri[#tri + 1] = {(0.55 + 0.7 * t) * R * math.cos(a), ay, (0.55 + 0.7 * t) * R * math.sin(a)}
    end
    local ring = polyline({tri[1], tri[2], tri[3], tri[1]}, 10)
    local ashpan = subtract(cylinder(170, 60, 12), cylinder(150, 60):move(0, 14, 0)):move(0, ay - 8, 0)
    local axle = capsule({feet[2][1], 92, feet[2][3]}, {feet[3][1], 92, feet[3][3]}, 12)
    k.attach("top", {0, gy + 8, 0}, 2 * gr * 0.8)
    k.attach("inside", {0, gy + 8, 0}, 2 * gr * 0.8)
    return union((bowl + rim + lid):part("body"), grate:part("grate"), (union(legs) + ring + ashpan + axle + bracket + hinge):part("legs"),
                 wheels:part("wheels"), (lhandle):part("handle"), (lposts + vent + handles):part("gauge"))
  end,
}
