-- A ship: a big steel-hulled ocean liner with a dark hull and red
-- bottom, white decks stacked up with rows of windows, and funnels; a cargo
-- ship stacked with containers as a variant.
local H = use and use("boat")

return {
  id = "ship",
  names = {"ship", "ocean liner", "cruise ship", "cruise liner", "liner", "steamship", "steam ship", "steamer", "ferry",
           "ferryboat", "passenger ship", "titanic", "ocean ship", "big ship", "boat ship"},
  lvis = {"cruise_ship", "ferry", "passenger_ship"},
  family = "boats",
  size_mm = 40000,
  description = "An ocean liner with decks and funnels",
  params = {len = {480, 520}},
  parts = {
    {"hull", "paint", color = "#1e2230", role = "primary", names = {"hull", "ship", "body"}},
    {"decks", "paint", color = "#f4f4f0", role = "secondary", names = {"decks", "superstructure", "cabins", "upper decks"}},
    {"bottom", "paint", color = "#b42a22", role = "detail", names = {"bottom", "keel", "stripe", "waterline"}},
    {"funnels", "paint", color = "#d8741e", role = "detail", names = {"funnels", "funnel", "smokestacks", "chimneys", "stacks"}},
    {"windows", "glass", color = "#2a3a50", role = "detail", names = {"windows", "portholes"}},
    {"containers", "paint", color = "#2a6ab8", role = "detail", names = {"containers", "cargo"}},
    {"containers2", "paint", color = "#c83a2a", role = "detail", names = {"red containers"}},
  },
  variants = {
    cargo = {names = {"cargo ship", "container ship", "freighter", "cargo vessel", "tanker ship", "oil tanker", "merchant ship"},
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
