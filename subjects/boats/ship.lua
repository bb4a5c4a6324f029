-- A ship: a big steel-hulled ocean liner with a dark hull and red
-- bottom, white decks stacked up with rows of windows, and funnels; a cargo
-- ship stacked with containers as a variant.
local H = use and use("boat")

return {
  id = "ship",
  names = {"ship", "ocean liner", "cruise ship", "cruise liner", "liner", "steamship", "steam ship", "steamer", "ferry",
           "ferryboat", "passenger ship", "titanic", "ocean ship", "big ship", "boat ship"},
  lvis = {"cruise_ship", "ferry", "passenger_ship", "cargo_ship", "river_boat"},
  family = "boats",
  size_mm = 40000,
  description = "An ocean liner with decks and funnels",
  params = {len = {480, 520}},
  parts = {
    {"hull", "paint", color = "#1e2230", role = "primary", names = {"hull", "ship", "body"}},
    {"decks", "paint", color = "#f4f4f0", role = "secondary", names = {"decks", "superstructure", "cabins", "upper decks"}},
    {"bottom", "paint", color = "#b42a22", role = "detail", names = {"bottom", "keel", "stripe", "waterline"}},
    {"funnels", "paint", color = "#d8741e", role = "detail", names = {"funnels", "funnel", "smokestacks", "chimneys", "stacks"}},
    {"windows", "gloss", color = "#2a3a50", role = "detail", names = {"windows", "portholes"}},
    {"containers", "paint", color = "#2a6ab8", role = "detail", names = {"containers", "cargo"}},
    {"containers2", "paint", color = "#c83a2a", role = "detail", names = {"red containers"}},
    {"sign_lines", "paint", color = "#f2f2f0", role = "detail", names = {"deck lines", "markings"}},
  },
  variants = {
    warship = {names = {"battleship", "warship", "destroyer", "navy ship", "cruiser warship", "naval ship", "frigate warship", "gunboat"},
               colors = {hull = "#7a8088", decks = "#8a9098", bottom = "#9a2a22", funnels = "#6a7078"}},
    carrier = {names = {"aircraft carrier", "carrier ship", "flattop", "navy carrier"}, size_mm = 60000,
               colors = {hull = "#7a8088", decks = "#8a9098", bottom = "#9a2a22", funnels = "#3a3e44"}},
    paddle = {names = {"paddle steamer", "riverboat", "river boat", "steamboat", "paddle boat", "paddlewheel boat", "showboat",
                       "mississippi steamboat", "sternwheeler"},
              colors = {hull = "#f4f2ea", decks = "#f4f2ea", bottom = "#c8282a", funnels = "#1e1e22"}},
    cargo = {names = {"cargo ship", "container ship", "freighter", "cargo vessel", "merchant ship"},
             colors = {hull = "#2a3a6a"}},
  },
  points = {"top"},
  build = function(k)
    local L = k.p.len
    local beam, depth = L * 0.15, L * 0.11
    local o = {stern = 0.85, bow = 0.7, bow_lift = 8}
    local big = 10000
    local hull = H.hull(L, beam, depth, o)
    local bottom = intersect(H.hull(L + 2, beam + 3, depth + 1, o), H.block(-big, -big, -big, big, depth * 0.3, big))
    local shape = hull:part("hull") + bottom:part("bottom")
    if k.variant == "warship" then
      local hull2 = H.hull(L, beam, depth, {stern = 0.7, bow = 0.9, bow_lift = 14})
      shape = hull2:part("hull") + intersect(H.hull(L + 2, beam + 3, depth + 1, {stern = 0.7, bow = 0.9, bow_lift = 14}),
                                               H.block(-big, -big, -big, big, depth * 0.3, big)):part("bottom")
      local sup = H.block(-L * 0.18, depth - 2, -beam * 0.3, L * 0.08, depth + 34, beam * 0.3, 3)
        + H.block(-L * 0.1, depth + 32, -beam * 0.22, L * 0.04, depth + 58, beam * 0.22, 3)
      local mast = cylinder(3.5, 60):move(-L * 0.04, depth + 56, 0) + capsule({-L * 0.04, depth + 100, -16}, {-L * 0.04, depth + 100, 16}, 2.5)
      local funnel = cylinder(11, 40, 3):stretch(1.3, 1, 1):move(-L * 0.2, depth + 20, 0)
      local turrets = {}
      for _, x in ipairs({L * 0.24, L * 0.14, -L * 0.32}) do
        local dir = x > 0 and 1 or -1
        turrets[#turrets + 1] = cylinder(20, 8, 2):move(x, depth - 1, 0) + box(34, 16, 32, 5):move(x, depth + 14, 0)
        for _, z in ipairs({-7, 7}) do
          turrets[#turrets + 1] = cylinder(4.5, 54):rotz(-90 * dir):move(x + dir * 12, depth + 16, z)
        end
      end
      local bwin = intersect(sup:round(1.2), H.block(L * 0.0, depth + 44, -big, big, depth + 52, big))
      shape = shape + (sup + union(turrets)):part("decks") + (mast + funnel):part("funnels") + bwin:part("windows")
      k.attach("top", {0, depth + 58, 0}, beam * 0.4)
      return shape
    end
    if k.variant == "carrier" then
      local o2 = {stern = 0.9, bow = 0.8, bow_lift = 6}
      local hull2 = H.hull(L, beam * 1.2, depth, o2)
      shape = hull2:part("hull") + intersect(H.hull(L + 2, beam * 1.2 + 3, depth + 1, o2), H.block(-big, -big, -big, big, depth * 0.3, big)):part("bottom")
      -- the flight deck overhangs the hull, angled to one side
      local deck = extrude({{-L * 0.5, -beam * 0.75}, {L * 0.36, -beam * 0.75}, {L * 0.5, -beam * 0.35}, {L * 0.5, beam * 0.45},
                            {L * 0.1, beam * 0.95}, {-L * 0.3, beam * 0.95}, {-L * 0.5, beam * 0.6}}, 8, 1):rotx(90):move(0, depth + 4, 0)
      local lines = intersect(deck:round(0.8), H.block(-L * 0.45, -big, -2, L * 0.45, big, 2))
        + intersect(deck:round(0.8), H.block(-L * 0.3, -big, beam * 0.2, L * 0.1, big, beam * 0.24)):roty(0)
      local island = H.block(-L * 0.05, depth + 8, -beam * 0.7, L * 0.12, depth + 50, -beam * 0.48, 3)
        + H.block(0, depth + 48, -beam * 0.66, L * 0.08, depth + 64, -beam * 0.52, 2)
      local mast = cylinder(3, 40):move(L * 0.04, depth + 62, -beam * 0.59)
      local planes = {}
      for i = 0, 2 do
        local x = -L * 0.3 + i * L * 0.1
        planes[#planes + 1] = (ellipsoid(16, 4, 4) + box(8, 2.5, 26, 1) + box(5, 6, 2):move(-12, 4, 0)):move(x, depth + 14, beam * 0.55)
      end
      shape = shape + deck:part("decks") + lines:part("sign_lines") + (island + mast):part("funnels") + union(planes):part("decks")
      k.attach("top", {0, depth + 12, 0}, beam)
      return shape
    end
    if k.variant == "paddle" then
      local o2 = {stern = 0.95, bow = 0.8, bow_lift = 4}
      local d2 = depth * 0.6
      local hull2 = H.hull(L * 0.85, beam * 1.5, d2, o2)
      shape = hull2:part("hull") + intersect(H.hull(L * 0.85 + 2, beam * 1.5 + 3, d2 + 1, o2), H.block(-big, d2 * 0.5, -big, big, d2 * 0.7, big)):part("bottom")
      local tiers, wins, rails = {}, {}, {}
      local y = d2 - 2
      for i = 0, 2 do
        local x0, x1 = -L * 0.3 + i * L * 0.04, L * 0.22 - i * L * 0.08
        local hz = beam * (0.72 - i * 0.12)
        tiers[#tiers + 1] = H.block(x0, y, -hz, x1, y + 30, hz, 2) + H.block(x0 - 8, y + 30, -hz - 6, x1 + 8, y + 34, hz + 6, 1)
        local band = intersect(H.block(x0, y, -hz, x1, y + 30, hz, 2):round(1.2), H.block(-big, y + 8, -big, big, y + 24, big))
        local cuts = {}
        for x = x0 + 8, x1 - 8, 14 do cuts[#cuts + 1] = H.block(x, -big, -big, x + 4, big, big) end
        wins[#wins + 1] = band - union(cuts)
        y = y + 34
      end
      -- twin tall chimneys and a stern paddle wheel
      local stacks = {}
      for _, z in ipairs({-beam * 0.3, beam * 0.3}) do
        stacks[#stacks + 1] = cylinder(9, 140):move(L * 0.16, y - 40, z) + cylinder(14, 10):move(L * 0.16, y + 96, z)
      end
      local wx = -L * 0.43
      local wheel = cylinder(d2 * 1.5, beam * 1.1):move(0, -beam * 0.55, 0):rotx(90):move(wx, d2 + 6, 0)
      local paddles = {}
      for i = 0, 9 do
        paddles[#paddles + 1] = box(d2 * 3.3, 6, beam * 1.12):rotz(18 * i):move(wx, d2 + 6, 0)
      end
      local hub = (cylinder(d2 * 1.2, beam * 1.14):move(0, -beam * 0.57, 0):rotx(90) - cylinder(d2 * 1.05, beam * 2):move(0, -beam, 0):rotx(90)):move(wx, d2 + 6, 0)
      shape = shape + union(tiers):part("decks") + union(wins):part("windows") + union(stacks):part("funnels")
      shape = shape + (union(paddles) * wheel + hub):part("bottom")
      k.attach("top", {0, y, 0}, beam * 0.5)
      return shape
    end
    if k.variant == "cargo" then
      local bx = -L * 0.38
      local bridge = H.block(bx - 24, depth - 2, -beam * 0.45, bx + 24, depth + 96, beam * 0.45, 2)
      local bwin = intersect(bridge:round(1.5), H.block(-big, depth + 78, -big, big, depth + 90, big))
      local funnel = H.block(bx - 40, depth + 40, -14, bx - 22, depth + 110, 14, 3)
      shape = shape + bridge:part("decks") + bwin:part("windows") + funnel:part("funnels")
      -- container stacks
      local cw, ch = L * 0.07, 14
      local i = 0
      for x = bx + 40, L * 0.32, cw + 3 do
        local rows = 2 + (i % 2)
        for r = 0, rows - 1 do
          for zi = -2, 2 do
            local part = ((i + r + zi) % 3 == 0) and "containers2" or "containers"
            shape = shape + H.block(x, depth + r * (ch + 1), zi * (beam * 0.19) - beam * 0.09, x + cw, depth + r * (ch + 1) + ch, zi * (beam * 0.19) + beam * 0.09, 1):part(part)
          end
        end
        i = i + 1
      end
      k.attach("top", {bx, depth + 96, 0}, beam * 0.6)
      return shape
    end
    -- superstructure tiers
    local tiers = {}
    local wins = {}
    local y = depth - 2
    for i = 0, 3 do
      local x0 = -L * 0.36 + i * L * 0.03
      local x1 = L * 0.26 - i * L * 0.06
      local hz = beam * (0.47 - i * 0.05)
      local t = H.block(x0, y, -hz, x1, y + 20, hz, 2)
      tiers[#tiers + 1] = t
      local band = intersect(t:round(1.2), H.block(-big, y + 8, -big, big, y + 14, big))
      local cuts = {}
      for x = x0 + 6, x1 - 6, 10 do cuts[#cuts + 1] = H.block(x, -big, -big, x + 3, big, big) end
      wins[#wins + 1] = band - union(cuts)
      y = y + 20
    end
    local ports = intersect(H.hull(L + 2, beam + 3, depth + 1, o), H.block(-big, depth * 0.64, -big, big, depth * 0.8, big))
    local port_gaps = {}
    for x = -L * 0.42, L * 0.38, 12 do port_gaps[#port_gaps + 1] = H.block(x + 4, -big, -big, x + 12, big, big) end
    ports = ports - union(port_gaps)
    local funnels, tops = {}, {}
    for _, x in ipairs({-L * 0.16, L * 0.02}) do
      funnels[#funnels + 1] = cylinder(14, 62, 2):stretch(1.4, 1, 1):rotz(8):move(x, y - 4, 0)
      tops[#tops + 1] = cylinder(15, 14, 1):stretch(1.4, 1, 1):rotz(8):move(x - 7.5, y + 50, 0)
    end
    shape = shape + union(tiers):part("decks") + union(wins):part("windows") + ports:part("windows")
    shape = shape + union(funnels):part("funnels") + union(tops):part("hull")
    k.attach("top", {0, y, 0}, beam * 0.5)
    return shape
  end,
}
