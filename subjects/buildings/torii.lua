-- A torii: a Japanese shrine gate. Two round vermilion pillars on black
-- footings carry a black top lintel (kasagi) that sweeps up at both ends
-- and overhangs the pillars, over a red tie beam under it; lower down a
-- straight crossbeam (nuki) passes through both pillars and sticks out
-- past them, with a short strut between the two beams in the middle.
return {
  id = "torii",
  names = {"torii", "torii gate", "shrine gate", "japanese gate", "japanese shrine gate", "shinto gate",
           "shinto shrine gate", "tori gate"},
  lvis = {},
  family = "buildings",
  size_mm = 6000,
  description = "A vermilion Japanese torii gate with a black upswept lintel",
  params = {span = {196, 210}, h = {228, 240}, sweep = {18, 26}, over = {1.66, 1.76}},
  parts = {
    {"pillars", "paint", color = "#e2501e", role = "primary", names = {"pillars", "posts", "columns", "beams", "gate"}},
    {"lintel", "paint", color = "#1e1a18", role = "secondary", names = {"lintel", "kasagi", "top beam", "top"}},
    {"bases", "paint", color = "#1e1a18", role = "detail", names = {"bases", "feet", "footings", "base"}},
    {"plaque", "wood", color = "#1e1a18", role = "detail", names = {"plaque", "sign", "tablet"}},
  },
  points = {"top"},
  build = function(k)
    local S = k.p.span              -- pillar centre to centre
    local H = k.p.h                 -- height of the tie beam's underside at the pillars
    local L = S * k.p.over / 2      -- half length of the top lintel
    local c = k.p.sweep             -- how far the lintel's ends rise
    local pr = 13                   -- pillar radius at the top
    local base_h = 20

    -- The curve the top beams follow: flat in the middle, sweeping up to the ends.
    local function curve(x) local t = math.abs(x) / L; return c * t ^ 2.6 end
    local function beam(x0, x1, y0, th, flare, depth)
      local o = {}
      local n = 16
      for i = 0, n do
        local x = x0 + (x1 - x0) * i / n
        o[#o + 1] = {x, y0 + curve(x)}
      end
      for i = n, 0, -1 do
        local x = (x0 + (x1 - x0) * i / n)
        local xs = x * (1 + flare * (math.abs(x) / L) ^ 6)
        o[#o + 1] = {xs, y0 + th + curve(x) + 2 * (math.abs(x) / L) ^ 4}
      end
      return extrude(o, depth, 1.5)
    end

    -- Tie beam (shimaki, red) under the black top lintel (kasagi).
    local shimaki = beam(-L * 0.93, L * 0.93, H, 13, 0.03, 24)
    local kasagi = beam(-L, L, H + 12, 17, 0.04, 32)

    -- Pillars: round, tapering a little, leaning in slightly.
    local pillars, bases = {}, {}
    for _, sx in ipairs({-1, 1}) do
      local xb, xt = sx * (S / 2 + 4), sx * S / 2
      pillars[#pillars + 1] = limb({xb, base_h - 4, 0}, {xt, H + 6, 0}, pr * 1.12, pr)
      bases[#bases + 1] = lathe({{pr * 1.5, 0}, {pr * 1.55, 4}, {pr * 1.45, base_h - 4}, {pr * 1.2, base_h}}):move(xb, 0, 0)
    end

    -- The lower crossbeam (nuki): straight, through both pillars, poking out past them.
    local ny = H * 0.76
    local nuki = box(S + 2 * pr + 52, 16, 13, 1.5):move(0, ny, 0)
    -- The short central strut (gakuzuka) between the two beams.
    local strut = box(14, H - ny, 11, 1):move(0, (H + ny) / 2, 0)

    local shape = (union(pillars) + nuki + strut + shimaki):part("pillars") + kasagi:part("lintel") + union(bases):part("bases")
    if k.asked.plaque then
      local plaque = box(26, 38, 14, 2):move(0, (H + ny) / 2, 0) + box(20, 32, 16, 1):move(0, (H + ny) / 2, 0)
      shape = shape + plaque:part("plaque")
    end
    k.attach("top", {0, H + 29, 0}, S * 0.6)
    return shape
  end,
}
