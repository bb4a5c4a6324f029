-- A bar of soap on a soap dish: a plump rounded bar with a domed top and
-- an oval pressed into it, lying a little askew on the raised ribs of a
-- shallow oval ceramic dish, with a few clustered bubbles of lather on the
-- bar and at its foot. Front faces +X.

return {
  id = "soap",
  names = {"soap", "bar of soap", "soap bar", "soap dish", "bar soap", "soap on a dish", "soap in a dish",
           "soap with dish", "bathroom soap", "hand soap", "soap cake", "cake of soap", "soap bar on a dish",
           "soapdish", "soap tray", "bath soap", "toilet soap", "handmade soap", "sope", "soep"},
  lvis = {"soap"},
  family = "household",
  size_mm = 48,
  description = "A bar of soap on a small dish with a few bubbles",
  params = {turn = {-16, 16}, bubbles = {5, 8.99}},
  parts = {
    {"soap", "wax", color = "#f2b4c4", role = "primary", names = {"soap", "bar", "bar of soap", "soap bar", "cake"}},
    {"dish", "ceramic", color = "#f4f3ee", role = "secondary", names = {"dish", "soap dish", "tray", "saucer", "holder"}},
    {"bubbles", "gloss", color = "#e6f2fa", role = "detail", names = {"bubbles", "bubble", "lather", "foam", "suds"}},
  },
  points = {"top"},
  build = function(k)
    -- The dish: a shallow oval vessel with a flat foot and ribs across its floor.
    local sx = 1.32
    local prof = {{44, 0}, {50, 4}, {56, 12}, {60, 18}}
    local dish = vessel(prof, 5, 5):stretch(sx, 1, 1)
    local foot = cylinder(40, 4, 1.5):stretch(sx, 1, 1)
    local ribs = {}
    for i = -3, 3 do
      ribs[#ribs + 1] = capsule({i * 13, 7, -36}, {i * 13, 7, 36}, 3)
    end
    local rib = intersect(union(ribs), cylinder(46, 20):stretch(sx, 1, 1))
    dish = dish + foot + rib
    -- The bar: a rounded slab with a domed top and a pressed oval on it.
    local yb = 8.5
    local L, D, T = 84, 54, 22
    local bar = smooth(8, box(L, T, D, 9):move(0, T / 2, 0), ellipsoid(L * 0.46, T * 0.78, D * 0.44):move(0, T * 0.45, 0))
    local oval = subtract(ellipsoid(L * 0.3, 4, D * 0.26), ellipsoid(L * 0.3 - 3.5, 6, D * 0.26 - 3.5)):move(0, T + 3.2, 0)
    bar = smooth_sub(bar, oval, 1.2)
    bar = bar:roty(k.p.turn):move(0, yb, 0)
    -- A few bubbles: a cluster on one end of the bar, more at its foot.
    local bubs = {}
    local spots = {{28, T + 4, 10, 6.5}, {34, T + 2, 2, 4.5}, {22, T + 5, 18, 4}, {38, T - 2, 14, 3.5},
                   {-30, 8, 30, 5.5}, {-38, 7, 24, 4}, {-22, 6, 32, 3.5}, {32, 5, -30, 5}, {40, 4, -24, 3.5}}
    local n = math.floor(k.p.bubbles)
    for i = 1, math.min(n, #spots) do
      local s = spots[i]
      local p = {s[1], s[2], s[3]}
      if i <= 4 then
        -- on the bar: turned with it
        local a = math.rad(k.p.turn)
        p = {s[1] * math.cos(a) + s[3] * math.sin(a), s[2] + yb, -s[1] * math.sin(a) + s[3] * math.cos(a)}
      end
      bubs[#bubs + 1] = sphere(s[4]):move(p[1], p[2], p[3])
    end
    k.attach("top", {0, yb + T + 2, 0}, L * 0.6)
    return union(dish:part("dish"), bar:part("soap"), union(bubs):part("bubbles"))
  end,
}
