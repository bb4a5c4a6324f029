-- A Viking longship: a long low clinker hull sweeping up into a dragon-head
-- prow and a curled stern, a row of round shields along each side, a single
-- mast with a big red-and-white striped square sail, and oars.
local H = use and use("boat")

return {
  id = "viking_ship",
  names = {"viking ship", "longship", "long ship", "viking longship", "viking boat", "drakkar", "dragon ship", "longboat", "viking longboat", "long boat"},
  lvis = {},
  family = "boats",
  size_mm = 12000,
  description = "A Viking longship with a dragon prow, shields and a striped sail",
  params = {len = {480, 520}},
  parts = {
    {"hull", "wood", color = "#8a5a34", role = "primary", names = {"hull", "ship", "wood"}},
    {"sail", "fabric", color = "#c8261e", role = "secondary", names = {"sail"}},
    {"stripes", "fabric", color = "#f2ecdc", role = "detail", names = {"stripes", "sail stripes"}},
    {"shields", "paint", color = "#d8b040", role = "detail", names = {"shields", "shield"}},
    {"oars", "wood", color = "#c8a070", role = "detail", names = {"oars", "mast", "spars"}},
  },
  points = {"top"},
  build = function(k)
    local L = k.p.len
    local beam, depth = L * 0.18, L * 0.08
    local o = {stern = 0.0, bow = 1.0, bow_lift = 10}
    local big = 10000
    local hull = H.open_hull(L * 0.86, beam, depth, o, 8, depth * 0.45, 0.06)
    -- strakes: grooves along the hull
    for i = 1, 2 do
      hull = hull - (intersect(H.hull(L * 0.86 + 2, beam + 2, depth, o), H.block(-big, depth * i / 3 - 1.2, -big, big, depth * i / 3 + 1.2, big))
        - H.hull(L * 0.86 - 4, beam - 4, depth, o))
    end
    -- prow and stern posts curling up
    local prow = tube({{L * 0.38, depth * 0.5, 0}, {L * 0.46, depth * 1.2, 0}, {L * 0.5, depth * 2.4, 0}, {L * 0.49, depth * 3.2, 0}}, 9, 7)
    local head = ellipsoid(14, 9, 7):rotz(-20):move(L * 0.51, depth * 3.3, 0) + cone(4, 1, 14):rotz(-100):move(L * 0.52, depth * 3.3 + 2, 0)
    local stern = tube({{-L * 0.38, depth * 0.5, 0}, {-L * 0.46, depth * 1.3, 0}, {-L * 0.48, depth * 2.5, 0}, {-L * 0.44, depth * 3.0, 0},
                        {-L * 0.42, depth * 2.7, 0}}, 8, 5)
    -- shields along the rails
    local shields = {}
    local n = 8
    for i = 0, n - 1 do
      local x = -L * 0.3 + i * L * 0.6 / (n - 1)
      local t = (x / (L * 0.43))
      local hz = beam / 2 * math.max(0.2, math.cos(t * math.pi / 2) ^ 0.7)
      for _, sz in ipairs({-1, 1}) do
        shields[#shields + 1] = cylinder(14, 4, 1.5):move(0, -2, 0):rotx(sz * 90):move(x, depth - 4, sz * (hz + 1))
      end
    end
    -- mast, yard and striped square sail
    local mh = L * 0.62
    local mast = cylinder(5, mh):move(0, depth * 0.4, 0) + capsule({0, depth + mh * 0.9, -L * 0.2}, {0, depth + mh * 0.9, L * 0.2}, 4)
    local sail = H.square_sail(4, depth + mh * 0.9 - 4, L * 0.38, mh * 0.62, 14)
    local stripes = {}
    for i = 0, 2 do
      stripes[#stripes + 1] = intersect(H.square_sail(4, depth + mh * 0.9 - 4, L * 0.38, mh * 0.62, 14):round(1.2),
                                        H.block(-big, -big, -L * 0.19 + i * L * 0.14, big, big, -L * 0.19 + i * L * 0.14 + L * 0.05))
    end
    local oars = {}
    for i = 0, 3 do
      local x = -L * 0.24 + i * L * 0.14
      for _, sz in ipairs({-1, 1}) do
        oars[#oars + 1] = capsule({x, depth - 2, sz * beam * 0.3}, {x - 10, -2, sz * beam * 1.1}, 3.2)
      end
    end
    local shape = (hull + prow + stern + head):part("hull") + union(shields):part("shields") + (mast + union(oars)):part("oars")
    shape = shape + sail:part("sail") + union(stripes):part("stripes")
    k.attach("top", {0, depth + mh, 0}, 20)
    return shape
  end,
}
