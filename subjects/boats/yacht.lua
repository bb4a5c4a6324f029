-- A motor yacht: a long white hull with a sharp raised bow, two or three
-- sleek decks stepping back, wrap-around dark windows and a radar mast.
local H = use and use("boat")

return {
  id = "yacht",
  names = {"yacht", "motor yacht", "superyacht", "super yacht", "luxury yacht", "megayacht", "cabin cruiser"},
  lvis = {"yacht"},
  family = "boats",
  size_mm = 8000,
  description = "A luxury motor yacht",
  params = {len = {460, 500}},
  parts = {
    {"hull", "paint", color = "#f6f6f4", role = "primary", names = {"hull", "body", "decks"}},
    {"windows", "gloss", color = "#1e2a38", role = "secondary", names = {"windows", "glass"}},
    {"stripe", "paint", color = "#1e2a48", role = "detail", names = {"stripe", "stripes", "trim", "bottom"}},
    {"deck", "wood", color = "#c09060", role = "detail", names = {"deck", "teak"}},
    {"mast", "steel", color = "#c8cacf", role = "detail", names = {"mast", "radar", "railing"}},
  },
  points = {"top"},
  build = function(k)
    local L = k.p.len
    local beam, depth = L * 0.22, L * 0.13
    local o = {stern = 0.85, bow = 0.65, bow_lift = 16}
    local big = 10000
    local hull = H.hull(L, beam, depth, o)
    local stripe = intersect(H.hull(L + 2, beam + 3, depth + 1, o), H.block(-big, depth * 0.42, -big, big, depth * 0.52, big))
    local hwins = intersect(H.hull(L + 2, beam + 3, depth + 1, o), H.block(-L * 0.25, depth * 0.64, -big, L * 0.2, depth * 0.8, big))
    local deck = intersect(H.hull(L - 8, beam - 8, depth + 2, o), H.block(-big, depth - 1, -big, big, depth + 2, big))
    local decks, wins = {}, {}
    local y = depth
    local specs = {{-L * 0.36, L * 0.22, 0.44, 30}, {-L * 0.26, L * 0.1, 0.4, 26}, {-L * 0.12, L * 0.0, 0.3, 22}}
    for i, s in ipairs(specs) do
      local x0, x1, hz, h = s[1], s[2], beam * s[3], s[4]
      local outline = {{x0, 0}, {x1, 0}, {x1 - h * 1.2, h}, {x0 + 6, h}}
      local d = extrude(outline, 2 * hz, 4):move(0, y, 0)
      decks[#decks + 1] = d + H.block(x0 - 10, y + h - 3, -hz - 4, x1 - h * 1.2 + 10, y + h + 2, hz + 4, 1.5)
      wins[#wins + 1] = intersect(d:round(1.5), H.block(x0 + 10, y + h * 0.3, -big, big, y + h * 0.78, big))
      y = y + h + 2
    end
    local mast = cylinder(3, 30):move(-L * 0.06, y - 2, 0) + capsule({-L * 0.06, y + 22, -16}, {-L * 0.06, y + 22, 16}, 2.5)
      + cylinder(9, 4):move(-L * 0.06, y + 28, 0)
    local shape = hull:part("hull") + stripe:part("stripe") + hwins:part("windows") + deck:part("deck")
    shape = shape + union(decks):part("hull") + union(wins):part("windows") + mast:part("mast")
    k.attach("top", {-L * 0.06, y, 0}, beam * 0.4)
    return shape
  end,
}
