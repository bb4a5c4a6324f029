-- A canoe: a long slender open hull pointed at both ends with upswept tips,
-- two cane seats and a paddle; a kayak (closed deck, cockpit, double paddle)
-- as a variant.
local H = use and use("boat")

return {
  id = "canoe",
  names = {"canoe", "dugout canoe", "birchbark canoe", "canadian canoe", "war canoe", "pirogue"},
  lvis = {"canoe", "kayak"},
  family = "boats",
  size_mm = 600,
  description = "A canoe with a paddle",
  params = {len = {520, 560}},
  parts = {
    {"hull", "wood", color = "#c8562a", role = "primary", names = {"hull", "boat", "body"}},
    {"inside", "wood", color = "#d8b080", role = "secondary", names = {"inside", "seats", "gunwales", "trim", "deck"}},
    {"paddle", "wood", color = "#c8a070", role = "detail", names = {"paddle", "paddles", "oar"}},
    {"cockpit", "plastic", color = "#1e1e22", role = "detail", names = {"cockpit", "rim"}},
  },
  variants = {
    kayak = {names = {"kayak", "sea kayak", "sit on top kayak", "canoe kayak"}, colors = {hull = "#f0b418", paddle = "#2a2a2e"}},
  },
  points = {"inside", "top", "seat"},
  build = function(k)
    local L = k.p.len
    local kayak = k.variant == "kayak"
    local beam, depth = L * (kayak and 0.15 or 0.18), L * (kayak and 0.075 or 0.09)
    local o = {stern = 0.0, bow = 1.2, bow_lift = kayak and 0 or 14}
    local big = 10000
    local shape
    if kayak then
      -- symmetric hull plus a low domed deck with a cockpit
      local hull = H.hull(L, beam, depth, {stern = 0, bow = 1.2})
      local deck = H.hull(L - 10, beam - 6, depth * 0.55, {stern = 0, bow = 1.2}):flip("y"):move(0, depth * 1.55 - 4, 0)
      local body = hull + deck
      local cock = ellipsoid(L * 0.12, 12, beam * 0.32):move(-L * 0.02, depth * 1.55, 0)
      body = body - cock
      local rim = torus(60, 5):stretch((L * 0.12 + 2) / 60, 1, (beam * 0.32 + 2) / 60):move(-L * 0.02, depth * 1.55 - 2, 0)
      local seat = ellipsoid(L * 0.1, 6, beam * 0.28):move(-L * 0.02, depth * 0.9, 0)
      shape = body:part("hull") + rim:part("cockpit") + seat:part("cockpit")
      local py = depth * 1.55 + 10
      local shaft = capsule({L * 0.08, py, -L * 0.4}, {L * 0.08, py, L * 0.4}, 5.5)
      local blades = ellipsoid(17, 4.5, L * 0.07):move(L * 0.08, py, L * 0.4) + ellipsoid(17, 4.5, L * 0.07):move(L * 0.08, py, -L * 0.4)
      shape = shape + (shaft + blades):part("paddle")
      -- rest the paddle on the deck
      shape = shape + cylinder(4, 12):move(L * 0.08, depth * 1.5, 0):part("paddle")
      k.attach("seat", {-L * 0.02, depth * 0.95, 0}, beam * 0.5)
      k.attach("top", {0, depth * 1.55, 0}, beam)
      return shape
    end
    local hull = H.open_hull(L, beam, depth, o, 8, depth * 0.35, 0.12)
    local gunwale = intersect(H.hull(L, beam, depth, o):round(1.5) - H.hull(L - 40, beam - 18, depth + 50, o), H.block(-big, depth - 4, -big, big, depth + 30, big))
    local seats = {}
    for _, x in ipairs({-L * 0.3, L * 0.25}) do
      seats[#seats + 1] = intersect(H.block(x - 14, depth * 0.7, -big, x + 14, depth * 0.7 + 7, big), H.hull(L - 4, beam - 4, depth, o))
    end
    seats[#seats + 1] = intersect(H.block(-4, depth - 8, -big, 4, depth - 2, big), H.hull(L - 4, beam - 4, depth, o))
    -- a paddle lying across the gunwales, blade out over the side
    local py = depth + 4
    local paddle = capsule({L * 0.05, py, -beam * 0.45}, {L * 0.05, py, beam * 0.7}, 5.5)
      + ellipsoid(18, 4.5, L * 0.085):move(L * 0.05, py, beam * 0.7 + L * 0.07)
      + capsule({L * 0.05 - 10, py, -beam * 0.45}, {L * 0.05 + 10, py, -beam * 0.45}, 4)
    shape = hull:part("hull") + gunwale:part("inside") + union(seats):part("inside") + paddle:part("paddle")
    shape = shape + intersect(H.hull(L - 20, beam - 20, depth, o), H.block(-big, depth * 0.4 - 2, -big, big, depth * 0.4 + 1.5, big)):part("inside")
    k.attach("inside", {0, depth * 0.4 + 1.5, 0}, beam * 0.6)
    k.attach("seat", {-L * 0.3, depth * 0.7 + 5, 0}, beam * 0.5)
    k.attach("top", {0, depth, 0}, beam * 0.6)
    return shape
  end,
}
