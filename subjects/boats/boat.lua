-- A motorboat: a sleek hull with a raised bow, a windscreen over a small
-- cockpit, seats and an outboard motor at the stern; a speedboat and a
-- fishing boat (with a wheelhouse) as variants.
local H = use and use("boat")

return {
  id = "boat",
  names = {"boat", "motorboat", "motor boat", "power boat", "powerboat", "toy boat", "water craft", "watercraft",
           "runabout", "launch", "motor launch"},
  lvis = {"boat", "houseboat"},
  family = "boats",
  size_mm = 1500,
  description = "A motorboat",
  params = {len = {400, 440}},
  parts = {
    {"hull", "paint", color = "#f4f4f0", role = "primary", names = {"hull", "boat", "body"}},
    {"stripe", "paint", color = "#c8282a", role = "secondary", names = {"stripe", "stripes", "trim", "bottom"}},
    {"deck", "wood", color = "#c09060", role = "detail", names = {"deck", "seats", "interior"}},
    {"windows", "gloss", color = "#6a8aa8", role = "detail", names = {"windows", "windscreen", "windshield", "glass"}},
    {"motor", "plastic", color = "#2a2a2e", role = "detail", names = {"motor", "engine", "outboard", "cabin roof"}},
  },
  variants = {
    speedboat = {names = {"speedboat", "speed boat", "racing boat", "jet boat", "cigarette boat"}, colors = {stripe = "#1e50b4"}},
    houseboat = {names = {"houseboat", "house boat"}, size_mm = 3500,
                 colors = {hull = "#2a4a3a", stripe = "#b8342a", motor = "#e8dcc0"}},
    fishing = {names = {"fishing trawler", "trawler", "fishing vessel"}, size_mm = 4000,
               colors = {hull = "#2a5a8a", stripe = "#c8282a", motor = "#f4f4f0"}},
  },
  points = {"top", "inside", "seat"},
  build = function(k)
    local L = k.p.len
    local v = k.variant
    local speed = v == "speedboat"
    local beam = L * (speed and 0.3 or 0.36)
    local depth = L * (v == "fishing" and 0.2 or 0.14)
    local o = {stern = 0.8, bow = 0.75, bow_lift = speed and 6 or 14}
    local big = 10000
    local hull = H.hull(L, beam, depth, o)
    local cockpit = intersect(H.hull(L * 0.7, beam - 16, depth, o):move(-L * 0.1, 0, 0), H.block(-L * 0.42, depth * 0.45, -big, L * 0.12, big, big))
    local stripe = intersect(H.hull(L + 2, beam + 3, depth + 1, o), H.block(-big, depth * 0.5, -big, big, depth * 0.66, big))
    local bottom = intersect(H.hull(L + 2, beam + 3, depth + 1, o), H.block(-big, -big, -big, big, depth * 0.3, big))
    local shape
    if v == "houseboat" then
      local o2 = {stern = 0.95, bow = 0.5, bow_lift = 4}
      local d2 = depth * 0.7
      local hull2 = H.hull(L, beam * 1.15, d2, o2)
      shape = hull2:part("hull") + intersect(H.hull(L + 2, beam * 1.15 + 3, d2 + 1, o2), H.block(-big, d2 * 0.7, -big, big, d2 * 0.9, big)):part("stripe")
      local hx0, hx1 = -L * 0.36, L * 0.22
      local hz = beam * 0.42
      local house = H.block(hx0, d2 - 2, -hz, hx1, d2 + 66, hz, 3)
      local roof = extrude({{-hz - 10, 0}, {hz + 10, 0}, {0, 34}}, hx1 - hx0 + 20, 2):roty(90):move((hx0 + hx1) / 2, d2 + 64, 0)
      local wins = {}
      for x = hx0 + 26, hx1 - 20, 44 do
        wins[#wins + 1] = intersect(house:round(1.5), H.block(x - 12, d2 + 24, -big, x + 12, d2 + 50, big))
      end
      local door = intersect(house:round(1.5), H.block(hx1 - 2, d2 + 4, -14, big, d2 + 56, 14))
      local chimney = cylinder(6, 40):move(hx0 + 30, d2 + 80, hz * 0.4)
      shape = shape + house:part("motor") + roof:part("stripe") + union(wins):part("windows") + door:part("deck") + chimney:part("hull")
      shape = shape + intersect(H.hull(L - 10, beam * 1.15 - 10, d2 + 2, o2), H.block(-big, d2 - 1, -big, big, d2 + 2, big)):part("deck")
      k.attach("top", {0, d2 + 98, 0}, beam * 0.6)
      return shape
    end
    if v == "fishing" then
      shape = hull:part("hull") + stripe:part("stripe") + bottom:part("stripe")
      local wx0, wx1 = -L * 0.15, L * 0.12
      local house = H.block(wx0, depth - 2, -beam * 0.32, wx1, depth + 70, beam * 0.32, 4)
      local roof = H.block(wx0 - 6, depth + 68, -beam * 0.36, wx1 + 8, depth + 76, beam * 0.36, 3)
      local glass = intersect(house:round(1.5), H.block(-big, depth + 38, -big, big, depth + 62, big))
      glass = glass - H.block(wx0 + 26, -big, -big, wx0 + 34, big, big)
      local mast = cylinder(4, 80):move(wx0 + 20, depth + 74, 0) + capsule({wx0 + 20, depth + 130, -26}, {wx0 + 20, depth + 130, 26}, 3)
      local boom = capsule({wx0 - 4, depth + 70, 0}, {-L * 0.46, depth + 30, 0}, 3)
      local deck = intersect(H.hull(L - 10, beam - 10, depth + 2, o), H.block(-big, depth - 1, -big, big, depth + 2, big))
      shape = shape + house:part("motor") + roof:part("stripe") + glass:part("windows") + (mast + boom):part("stripe") + deck:part("deck")
      local cabin_shape = shape
      k.attach("top", {(wx0 + wx1) / 2, depth + 76, 0}, beam * 0.6)
      return cabin_shape
    end
    hull = hull - cockpit
    local deck = intersect(H.hull(L * 0.7 + 2, beam - 14, depth, o):move(-L * 0.1, 0, 0), H.block(-L * 0.42, depth * 0.45, -big, L * 0.12, depth * 0.45 + 3, big))
    local seats = H.block(-L * 0.2, depth * 0.45, -beam * 0.34, -L * 0.06, depth * 0.8, beam * 0.34, 5)
      + H.block(-L * 0.38, depth * 0.45, -beam * 0.34, -L * 0.28, depth * 0.8, beam * 0.34, 5)
    local ws_x = L * 0.12
    local screen = extrude({{ws_x - 6, depth - 2}, {ws_x + 6, depth - 2}, {ws_x - 24, depth + 36}, {ws_x - 32, depth + 36}}, beam * 0.7, 2)
    local motor = H.block(-L / 2 - 32, depth * 0.5, -18, -L / 2 + 6, depth + 34, 18, 8) + H.block(-L / 2 - 28, -4, -7, -L / 2 - 14, depth * 0.6, 7, 3)
    motor = motor + cone(10, 4, 14):rotz(90):move(-L / 2 - 18, 4, 0)
    shape = hull:part("hull") + stripe:part("stripe") + (deck + seats):part("deck") + screen:part("windows") + motor:part("motor")
    if speed then shape = shape + bottom:part("stripe") end
    k.attach("inside", {-L * 0.13, depth * 0.8, 0}, beam * 0.5)
    k.attach("seat", {-L * 0.13, depth * 0.8, 0}, beam * 0.5)
    k.attach("top", {0, depth, 0}, beam * 0.6)
    return shape
  end,
}
