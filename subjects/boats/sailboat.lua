-- A sailboat: a white hull with a tall mast, a big triangular mainsail on a
-- boom and a jib forward.
local H = use and use("boat")

return {
  id = "sailboat",
  names = {"sailboat", "sailing boat", "sail boat", "sloop", "sailing yacht", "catboat", "dinghy with sail",
           "toy sailboat", "sail"},
  lvis = {"boat"},
  family = "boats",
  size_mm = 9000,
  description = "A sailboat with a mast, mainsail and jib",
  params = {len = {300, 340}, mast = {380, 430}},
  parts = {
    {"hull", "paint", color = "#f4f4f0", role = "primary", names = {"hull", "boat", "body"}},
    {"sails", "fabric", color = "#fbfaf4", role = "secondary", names = {"sails", "sail", "mainsail", "jib"}},
    {"mast", "wood", color = "#b08850", role = "detail", names = {"mast", "boom", "spars"}},
    {"deck", "wood", color = "#c09060", role = "detail", names = {"deck"}},
    {"stripe", "paint", color = "#1e3c78", role = "detail", names = {"stripe", "stripes", "waterline", "trim"}},
  },
  points = {"top", "inside"},
  build = function(k)
    local L, mh = k.p.len, k.p.mast
    local beam, depth = L * 0.34, L * 0.2
    local hull = H.hull(L, beam, depth, {stern = 0.7, bow_lift = 8, bow = 0.9})
    local big = 10000
    local stripe = intersect(H.hull(L + 2, beam + 3, depth + 1, {stern = 0.7, bow_lift = 8, bow = 0.9}),
                             H.block(-big, depth * 0.62, -big, big, depth * 0.78, big))
    local deck = intersect(H.hull(L - 10, beam - 8, depth + 2, {stern = 0.7, bow = 0.9}), H.block(-big, depth - 1, -big, big, depth + 2, big))
    local cabin = H.block(-L * 0.12, depth - 2, -beam * 0.22, L * 0.12, depth + 22, beam * 0.22, 8)
    local mx = L * 0.1
    local mast = H.mast(mx, depth, mh, 4.5)
    local boom = capsule({mx, depth + 40, 0}, {-L * 0.42, depth + 46, 0}, 3.5)
    local main = H.sail(mx - 5, -L * 0.4, depth + 50, mx - 5, depth + mh - 10, 5)
    local jib = H.sail(mx + 8, L * 0.47, depth + 14, mx + 8, depth + mh * 0.8, 5)
    local shape = hull:part("hull") + stripe:part("stripe") + deck:part("deck") + cabin:part("hull")
    shape = shape + (mast + boom):part("mast") + (main + jib):part("sails")
    k.attach("top", {mx, depth + mh, 0}, 20)
    k.attach("inside", {-L * 0.3, depth, 0}, beam * 0.5)
    return shape
  end,
}
