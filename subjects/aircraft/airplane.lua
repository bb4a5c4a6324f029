-- An airplane: a long fuselage with swept wings, jet engines, a tail fin and
-- tailplane, on small landing gear; a propeller plane, a biplane and a
-- fighter jet as variants; a seaplane is the propeller plane on two long
-- pontoon floats joined to the fuselage by struts, resting on the floats.
local A = use and use("aircraft")

return {
  id = "airplane",
  names = {"airplane", "aeroplane", "plane", "airliner", "jet", "jet plane", "jetliner", "aircraft", "passenger jet",
           "passenger plane", "jumbo jet", "toy plane", "toy airplane"},
  lvis = {"airplane", "jet_plane", "fighter_jet"},
  family = "aircraft",
  size_mm = 12000,
  description = "An airplane with wings, tail and engines",
  params = {len = {380, 420}, span = {180, 210}},
  parts = {
    {"body", "paint", color = "#f2f2f4", role = "primary", names = {"body", "fuselage"}},
    {"wings", "paint", color = "#c8ccd4", role = "secondary", names = {"wings", "wing", "tail"}},
    {"windows", "gloss", color = "#1e2a3a", role = "detail", names = {"windows", "cockpit", "canopy"}},
    {"engines", "steel", color = "#9a9ea6", role = "detail", names = {"engines", "engine", "propeller", "propellers"}},
    {"stripe", "paint", color = "#1e4ea0", role = "detail", names = {"stripe", "stripes", "fin", "livery"}},
    {"wheels", "rubber", color = "#1c1c1e", role = "detail", names = {"wheels", "landing gear", "tires"}},
    {"floats", "paint", color = "#dcdee2", role = "detail", names = {"floats", "float", "pontoons", "pontoon"}},
  },
  variants = {
    prop = {names = {"propeller plane", "prop plane", "cessna", "light aircraft", "small plane"}, size_mm = 3000,
            colors = {body = "#f4f4f0", wings = "#d02828"}},
    biplane = {names = {"biplane", "crop duster", "vintage plane", "old plane"}, size_mm = 3000,
               colors = {body = "#d83a2a", wings = "#e8d8a0"}},
    glider = {names = {"glider", "sailplane", "sail plane", "gliding plane"}, size_mm = 1500,
              colors = {body = "#f6f6f4", wings = "#f6f6f4", stripe = "#d02828"}},
    seaplane = {names = {"seaplane", "sea plane", "floatplane", "float plane", "hydroplane", "water plane", "pontoon plane",
                         "bush plane on floats", "plane on floats"}, size_mm = 3000,
                colors = {body = "#f4d23a", wings = "#f4f4f0", stripe = "#1e4ea0"}},
    fighter = {names = {"fighter jet", "fighter plane", "fighter", "fighter aircraft", "warplane", "military jet",
                        "stealth fighter", "attack aircraft"}, size_mm = 5000,
               colors = {body = "#8a929c", wings = "#8a929c", stripe = "#6a7078"}},
  },
  points = {"top"},
  build = function(k)
    local L, span = k.p.len, k.p.span
    local v = k.variant
    local gear_h = 26
    if v == "prop" or v == "biplane" or v == "seaplane" then
      L = L * 0.8
      local r = L * 0.065
      local y = gear_h + r + 14
      if v == "seaplane" then y = y + r * 0.9 end
      local body = A.fuselage({{-L / 2, 3, r * 0.9}, {-L * 0.3, r * 0.55, r * 0.3}, {0, r, 0}, {L * 0.3, r, 0}, {L * 0.44, r * 0.8, 0},
                               {L * 0.47, r * 0.5, 0}}, y)
      local cockpit = ellipsoid(L * 0.11, r * 0.65, r * 0.8):move(L * 0.12, y + r * 0.55, 0)
      local shape = body:part("body") + cockpit:part("windows")
      local wy = (v == "prop" or v == "seaplane") and y + r * 0.85 or y - r * 0.5
      local ws = span * 0.9
      local wings = A.wings(L * 0.2, L * 0.17, ws, L * 0.15, 0, 7, wy)
      if v == "biplane" then
        wings = wings + A.wings(L * 0.24, L * 0.17, ws, L * 0.15, 0, 7, y + r * 1.5)
        local struts = {}
        for _, sz in ipairs({-1, 1}) do
          for _, x in ipairs({L * 0.18, L * 0.1}) do
            struts[#struts + 1] = capsule({x, wy, sz * ws * 0.7}, {x + 4, y + r * 1.5, sz * ws * 0.7}, 2.5)
          end
          struts[#struts + 1] = capsule({L * 0.16, y, sz * r * 0.6}, {L * 0.18, y + r * 1.5, sz * r * 0.7}, 2.5)
        end
        shape = shape + union(struts):part("engines")
      else
        local struts = {}
        for _, sz in ipairs({-1, 1}) do
          struts[#struts + 1] = capsule({L * 0.08, y - r * 0.4, sz * r * 0.8}, {L * 0.12, wy, sz * ws * 0.45}, 2.5)
        end
        shape = shape + union(struts):part("wings")
      end
      shape = shape + wings:part("wings")
      shape = shape + A.wings(-L * 0.36, L * 0.12, span * 0.35, L * 0.08, L * 0.02, 5, y + r * 0.3):part("wings")
      shape = shape + A.fin(-L * 0.36, L * 0.14, r * 2.2, L * 0.07, L * 0.08, 5, y + r * 0.5):part("stripe")
      shape = shape + A.propeller({L * 0.49, y, 0}, r * 2.6, 2, 12):part("engines")
      if v == "seaplane" then
        -- two long pontoon floats on struts; it rests on the floats
        local fr, fz = r * 0.6, r * 2
        local floats, struts = {}, {}
        for _, sz in ipairs({-1, 1}) do
          local f = A.fuselage({{-L * 0.3, 3, fr * 0.5}, {-L * 0.18, fr * 0.75, fr * 0.15}, {-L * 0.02, fr, 0}, {L * 0.22, fr, 0},
                                {L * 0.36, fr * 0.7, fr * 0.25}, {L * 0.42, 3, fr * 0.8}}, fr, 0.9)
          floats[#floats + 1] = f:move(0, 0, sz * fz)
          -- struts up to the fuselage
          for _, x in ipairs({L * 0.2, -L * 0.02}) do
            struts[#struts + 1] = capsule({x, fr * 1.5, sz * fz}, {x + 6, y - r * 0.7, sz * r * 0.45}, 2.6)
          end
          struts[#struts + 1] = capsule({L * 0.2, fr * 1.6, sz * fz}, {-L * 0.02, y - r * 0.75, sz * r * 0.3}, 2.2)
        end
        -- spreader bars between the floats
        struts[#struts + 1] = capsule({L * 0.2, fr * 1.6, -fz}, {L * 0.2, fr * 1.6, fz}, 2.4)
        struts[#struts + 1] = capsule({-L * 0.02, fr * 1.6, -fz}, {-L * 0.02, fr * 1.6, fz}, 2.4)
        shape = shape + union(floats):part("floats") + union(struts):part("engines")
        k.attach("top", {0, y + r, 0}, r * 2)
        return shape
      end
      -- gear: two main wheels and a tail wheel
      local gear = {}
      for _, sz in ipairs({-1, 1}) do
        gear[#gear + 1] = capsule({L * 0.2, y - r * 0.5, sz * r * 0.5}, {L * 0.22, 14, sz * r * 1.6}, 3):part("engines")
        gear[#gear + 1] = cylinder(13, 9, 3):move(0, -4.5, 0):rotx(90):move(L * 0.22, 13, sz * r * 1.6):part("wheels")
      end
      gear[#gear + 1] = capsule({-L * 0.44, y + r * 0.7, 0}, {-L * 0.46, 7, 0}, 2.5):part("engines")
      gear[#gear + 1] = sphere(7):move(-L * 0.46, 7, 0):part("wheels")
      shape = shape + union(gear)
      k.attach("top", {0, y + r, 0}, r * 2)
      return shape
    end
    if v == "glider" then
      L = L * 0.8
      local r = L * 0.05
      local y = r + 16
      local body = A.fuselage({{-L / 2, 2.5, r * 0.6}, {-L * 0.2, r * 0.45, r * 0.1}, {L * 0.12, r, 0}, {L * 0.36, r * 0.9, 0},
                               {L * 0.5, 2, -r * 0.2}}, y)
      local canopy = ellipsoid(L * 0.13, r * 0.7, r * 0.7):move(L * 0.25, y + r * 0.55, 0)
      local wings = A.wings(L * 0.14, L * 0.11, span * 1.6, L * 0.06, L * 0.03, 9, y + r * 0.6, 18)
      local tail = A.wings(-L * 0.43, L * 0.07, span * 0.3, L * 0.05, L * 0.02, 7, y + r * 2.6)
      local fin = A.fin(-L * 0.38, L * 0.1, r * 2.8, L * 0.07, L * 0.06, 7, y)
      local wheel = cylinder(8, 6, 2):move(0, -3, 0):rotx(90):move(L * 0.1, 8, 0)
      local shape = body:part("body") + canopy:part("windows") + (wings + tail):part("wings") + fin:part("stripe") + wheel:part("wheels")
      k.attach("top", {0, y + r, 0}, r * 2)
      return shape
    end
    if v == "fighter" then
      local r = L * 0.05
      local y = gear_h + r + 6
      local body = A.fuselage({{-L / 2, r * 0.9, 0}, {-L * 0.2, r * 1.1, 0}, {L * 0.2, r, 0}, {L * 0.4, r * 0.55, -r * 0.1},
                               {L / 2, 2, -r * 0.2}}, y, 0.8)
      local canopy = ellipsoid(L * 0.1, r * 0.7, r * 0.6):move(L * 0.22, y + r * 0.6, 0)
      local wings = A.plane({{L * 0.15, 0}, {-L * 0.28, span * 0.85}, {-L * 0.4, span * 0.85}, {-L * 0.3, 0}}, 6, y)
      wings = wings + A.plane({{L * 0.15, 0}, {-L * 0.3, 0}, {-L * 0.4, -span * 0.85}, {-L * 0.28, -span * 0.85}}, 6, y)
      local tails = A.wings(-L * 0.34, L * 0.14, span * 0.4, L * 0.06, L * 0.08, 5, y)
      local fins = empty()
      for _, sz in ipairs({-1, 1}) do
        fins = fins + A.fin(-L * 0.3, L * 0.15, r * 2.4, L * 0.06, L * 0.1, 5, y):rotx(sz * 14):move(0, 0, sz * r * 0.7)
      end
      local nozzle = cylinder(r * 0.75, 14):rotz(90):move(-L / 2 + 4, y, 0)
      local intakes = A.block(L * 0.0, y - r * 0.9, -r * 1.25, L * 0.18, y + r * 0.2, r * 1.25, 6)
      local gear = {}
      for _, g in ipairs({{L * 0.25, 0}, {-L * 0.15, r * 1.4}, {-L * 0.15, -r * 1.4}}) do
        gear[#gear + 1] = capsule({g[1], y, g[2]}, {g[1], 10, g[2]}, 2.5):part("engines")
        gear[#gear + 1] = cylinder(10, 7, 2):move(0, -3.5, 0):rotx(90):move(g[1], 10, g[2]):part("wheels")
      end
      local shape = (body + intakes):part("body") + canopy:part("windows") + (wings + tails):part("wings")
      shape = shape + fins:part("stripe") + nozzle:part("engines") + union(gear)
      k.attach("top", {0, y + r, 0}, r * 2)
      return shape
    end
    -- airliner
    local r = L * 0.06
    local y = gear_h + r + 4
    local body = A.fuselage({{-L / 2, 3, r * 0.9}, {-L * 0.38, r * 0.55, r * 0.45}, {-L * 0.25, r, 0}, {L * 0.35, r, 0},
                             {L * 0.45, r * 0.8, -r * 0.1}, {L * 0.5, r * 0.15, -r * 0.3}}, y)
    local shape = body:part("body")
    local wy = y - r * 0.45
    local wings = A.wings(L * 0.12, L * 0.22, span, L * 0.07, L * 0.2, 7, wy, 14)
    shape = shape + wings:part("wings")
    shape = shape + A.wings(-L * 0.35, L * 0.12, span * 0.38, L * 0.05, L * 0.08, 5, y + r * 0.3):part("wings")
    shape = shape + A.fin(-L * 0.33, L * 0.15, r * 2.6, L * 0.07, L * 0.13, 6, y + r * 0.6):part("stripe")
    -- engines under the wings
    for _, sz in ipairs({-1, 1}) do
      local ez = sz * span * 0.38
      local ex = L * 0.12 - L * 0.2 * 0.38 + 4
      local eng = cylinder(r * 0.42, L * 0.13, 3):rotz(-90):move(ex - L * 0.09, wy - r * 0.55, ez)
      local pylon = A.block(ex - L * 0.06, wy - r * 0.5, ez - 2.5, ex - L * 0.01, wy + 2, ez + 2.5)
      shape = shape + (eng + pylon):part("engines")
      shape = shape + cylinder(r * 0.3, 2):rotz(-90):move(ex + L * 0.04 + 0.5, wy - r * 0.55, ez):part("windows")
    end
    -- cockpit and cabin windows
    shape = shape + intersect(A.fuselage({{L * 0.38, r * 0.8 + 1.5, -r * 0.05}, {L * 0.46, r * 0.62 + 1.5, -r * 0.12}}, y),
                              A.block(L * 0.38, y + r * 0.25, -r * 0.6, L * 0.47, y + r * 0.55, r * 0.6)):part("windows")
    for _, sz in ipairs({-1, 1}) do
      shape = shape + array(sphere(2.6):stretch(1, 1.2, 1):move(-L * 0.28, y + r * 0.3, sz * (r - 0.8)), 20, L * 0.031, 0, 0):part("windows")
    end
    shape = shape + (A.block(-L * 0.32, y - r * 0.4, -r - 1, L * 0.36, y - r * 0.2, r + 1) * A.fuselage({{-L * 0.4, r + 1}, {L * 0.4, r + 1}}, y)):part("stripe")
    -- gear
    local gear = {}
    for _, g in ipairs({{L * 0.33, 0}, {-L * 0.02, r * 0.7}, {-L * 0.02, -r * 0.7}}) do
      gear[#gear + 1] = capsule({g[1], y - r * 0.6, g[2]}, {g[1], 9, g[2]}, 3):part("engines")
      gear[#gear + 1] = cylinder(9, 8, 2):move(0, -4, 0):rotx(90):move(g[1], 9, g[2]):part("wheels")
    end
    shape = shape + union(gear)
    k.attach("top", {0, y + r, 0}, r * 2)
    return shape
  end,
}
