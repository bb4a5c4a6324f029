-- A pirate ship (galleon): a deep wooden hull with a raised stern castle,
-- a bowsprit, three masts with bellied square sails on yards, a crow's nest,
-- gun ports along the side and a black flag.
local H = use and use("boat")

return {
  id = "pirate_ship",
  names = {"pirate ship", "galleon", "tall ship", "sailing ship", "clipper ship", "frigate", "man of war", "brig",
           "old ship", "wooden ship", "black pearl", "pirate boat", "buccaneer ship"},
  lvis = {},
  family = "boats",
  size_mm = 30000,
  description = "A pirate galleon with square sails and a black flag",
  params = {len = {420, 460}},
  parts = {
    {"hull", "wood", color = "#6a4226", role = "primary", names = {"hull", "ship", "body", "wood"}},
    {"sails", "fabric", color = "#efe6cc", role = "secondary", names = {"sails", "sail"}},
    {"masts", "wood", color = "#4a2e1a", role = "detail", names = {"masts", "mast", "yards", "spars", "rigging"}},
    {"stripe", "paint", color = "#d8b040", role = "detail", names = {"stripe", "trim", "gold trim"}},
    {"ports", "iron", color = "#1a1a1c", role = "detail", names = {"gun ports", "cannons", "ports", "portholes"}},
    {"flag", "fabric", color = "#141416", role = "detail", names = {"flag", "jolly roger", "pirate flag"}},
  },
  points = {"top"},
  build = function(k)
    local L = k.p.len
    local beam, depth = L * 0.26, L * 0.2
    local o = {stern = 0.75, bow = 0.85, bow_lift = 14}
    local big = 10000
    local hull = H.hull(L, beam, depth, o)
    -- stern castle and forecastle
    local stern = intersect(H.hull(L, beam, depth + 60, o), H.block(-L / 2 - 10, depth - 2, -big, -L * 0.25, depth + 40, big))
    local fore = intersect(H.hull(L, beam, depth + 40, o), H.block(L * 0.25, depth - 2, -big, L / 2, depth + 18, big))
    hull = hull + stern + fore
    local stripe = intersect(H.hull(L + 2, beam + 3, depth + 1, o), H.block(-big, depth * 0.72, -big, big, depth * 0.8, big))
    stripe = stripe + intersect(H.hull(L + 2, beam + 3, depth + 61, o), H.block(-L / 2 - 20, depth + 30, -big, -L * 0.25, depth + 36, big))
    -- gun ports: dark squares on both sides
    local port_skin = intersect(H.hull(L + 2, beam + 2.5, depth + 1, o), union({H.block(-L * 0.3, depth * 0.52, -big, L * 0.24, depth * 0.66, big)}))
    local portshape = empty()
    for i = 0, 5 do
      local x = -L * 0.26 + i * L * 0.09
      portshape = portshape + intersect(port_skin, H.block(x - 6, -big, -big, x + 6, big, big))
    end
    -- masts, yards and sails
    local masts, sails, yards = {}, {}, {}
    local mx = {-L * 0.2, L * 0.02, L * 0.22}
    local mh = {L * 0.82, L * 0.95, L * 0.75}
    for i, x in ipairs(mx) do
      local top = depth + mh[i]
      masts[#masts + 1] = cylinder(5, mh[i]):move(x, depth - 10, 0)
      local sw = beam * (i == 2 and 1.6 or 1.4)
      for j, f in ipairs({0.34, 0.68}) do
        local yt = depth + mh[i] * f + mh[i] * 0.28
        local sh = mh[i] * 0.26
        local s = sw * (j == 1 and 1 or 0.8)
        yards[#yards + 1] = capsule({x, yt + 2, -s / 2 - 8}, {x, yt + 2, s / 2 + 8}, 3)
        sails[#sails + 1] = H.square_sail(x + 3, yt, s, sh, 16)
      end
      if i == 2 then
        masts[#masts + 1] = (cylinder(16, 14) - cylinder(12, 20):move(0, 4, 0)):move(x, top - 40, 0)
      end
    end
    -- bowsprit with a jib
    local bs0 = {L * 0.42, depth + 10, 0}
    local bs1 = {L * 0.72, depth + 60, 0}
    masts[#masts + 1] = capsule(bs0, bs1, 4)
    sails[#sails + 1] = extrude({{L * 0.68, depth + 56}, {mx[3] + 6, depth + mh[3] * 0.7}, {mx[3] + 6, depth + 40}}, 5, 1)
    -- flag
    local ft = depth + mh[2]
    masts[#masts + 1] = cylinder(4.5, 46):move(mx[2], ft - 20, 0)
    local flag = extrude({{0, 0}, {50, 0}, {50, -32}, {0, -32}}, 5, 1):move(mx[2] + 1, ft + 26, 0)
    local shape = hull:part("hull") + stripe:part("stripe") + portshape:part("ports")
    shape = shape + union(masts):part("masts") + union(yards):part("masts") + union(sails):part("sails") + flag:part("flag")
    k.attach("top", {mx[2], ft + 28, 0}, 20)
    return shape
  end,
}
