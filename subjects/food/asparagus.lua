-- Asparagus: a bundle of long green spears lying on their side, tied round
-- the middle with a rubber band, the spears fanning a little towards their
-- tight, scaly tips; small pointed scales up each stalk and pale cut ends.
return {
  id = "asparagus",
  names = {"asparagus", "asparagus spears", "bunch of asparagus", "asparagus bunch", "asparagus bundle",
           "bundle of asparagus", "asparagus spear", "green asparagus", "asparagas", "asparagus stalks", "aspargus",
           "sparrowgrass"},
  lvis = {"asparagus"},
  family = "food",
  size_mm = 45,
  description = "A bundle of asparagus spears tied with a band",
  params = {turn = {-20, 20}},
  parts = {
    {"spears", "plant", color = "#6c9c3a", role = "primary", names = {"spears", "stalks", "stems", "asparagus"}},
    {"tips", "plant", color = "#58763a", role = "secondary", names = {"tips", "heads", "buds", "scales"}},
    {"band", "rubber", color = "#3c5ac8", role = "detail", names = {"band", "rubber band", "string", "twine", "tie"}},
    {"ends", "plant", color = "#d4d49a", role = "detail", names = {"ends", "cut ends", "bottoms"}},
  },
  variants = {
    white = {names = {"white asparagus"}, colors = {spears = "#eee8c8", tips = "#e2d8a8"}},
    purple = {names = {"purple asparagus"}, colors = {spears = "#7a3a6a", tips = "#5a2450"}},
  },
  points = {"top"},
  build = function(k)
    local r = 6.2             -- a spear's radius
    local band_x = 78         -- the band, from the cut ends
    local spears, tips, ends = {}, {}, {}
    -- the bundle's cross-section: a centre spear and two rings
    local places = {{0, 0}}
    for i = 0, 5 do
      local a = math.rad(60 * i + 30)
      places[#places + 1] = {math.cos(a) * 2 * r * 0.92, math.sin(a) * 2 * r * 0.92}
    end
    for i = 0, 7 do
      local a = math.rad(45 * i + 10)
      places[#places + 1] = {math.cos(a) * 3.6 * r, math.sin(a) * 3.6 * r}
    end
    local cy = 3.75 * r + r - 1.5  -- the bundle's axis height: lowest spears rest on the floor
    -- the tip's profile: overlapping rows of scales, each flaring a touch
    -- at its lower edge and tucking in above, closing to a point
    local HEAD = {{r * 0.95, 0}, {r * 1.04, 3}, {r * 1.2, 7}, {r * 0.98, 8.5}, {r * 1.16, 12.5}, {r * 0.94, 14},
                  {r * 1.06, 17.5}, {r * 0.82, 19}, {r * 0.84, 21.5}, {r * 0.66, 23.5}, {r * 0.46, 25.3}, {r * 0.26, 26.6},
                  {0.5, 27.3}}
    -- one spear from the origin along +X, length L
    local function spear(L, out)
      local stalk = cylinder(r, L - 18, 0.8):rotz(-90)
      local head = lathe(HEAD):roty(L * 7):rotz(-90):move(L - 20, 0, 0)
      -- small pointed bracts up the stalk, on the bundle's outer spears
      local br = {}
      for j = 0, (out and 2 or -1) do
        local x = L * (0.45 + j * 0.14)
        local a = out + (j - 1) * 0.5
        br[#br + 1] = ellipsoid(4, r * 0.7, r * 0.7):move(x, math.cos(a) * r * 0.55, math.sin(a) * r * 0.55)
      end
      local cut = cylinder(r + 0.4, 5):rotz(-90):move(-0.5, 0, 0)
      return stalk, head, union(br), intersect(stalk, cut)
    end
    local core = {}
    for i, p in ipairs(places) do
      local L = 196 + ((i * 37) % 11) * 2.2
      local st, hd, br, en = spear(L, i > 7 and math.atan(p[2], p[1]) or nil)
      -- fan out a little towards the tips, pivoting at the band
      local spread = 0.10 + 0.04 * ((i * 5) % 3)
      local ay = -math.deg(math.atan(p[2] * spread / 60))
      local az = math.deg(math.atan(p[1] * spread / 60))
      local function place(s) return s:move(-band_x, 0, 0):rotz(az):roty(ay):move(band_x, cy + p[1], p[2]) end
      spears[#spears + 1] = place(st + br)
      tips[#tips + 1] = place(hd)
      ends[#ends + 1] = place(en)
    end
    -- the band, squeezing the bundle, with a filled core under it holding all in one piece
    local R = 3.75 * r + r - 0.8
    local band = smooth(1.5, torus(R, 2.6):rotz(90):move(band_x - 3.2, cy, 0), torus(R, 2.6):rotz(90):move(band_x + 3.2, cy, 0),
                        cylinder(R + 0.5, 8):rotz(90):move(band_x + 4, cy, 0))
    local fill = union(cylinder(R - 2, 12):rotz(90):move(band_x + 6, cy, 0),
                       cylinder(3.05 * r, band_x):rotz(-90):move(1.2, cy, 0),
                       cone(2.9 * r, 1.7 * r, 110):rotz(-90):move(band_x, cy, 0))
    ends[#ends + 1] = intersect(fill, box(12, 200, 200):move(0, 0, 0))
    k.attach("top", {100, 2 * cy, 0}, 40)
    local shape = union(band:part("band"), union(ends):part("ends"), union(tips):part("tips"), union(spears):part("spears"),
                        fill:part("spears"))
    return shape:move(-100, 0, 0):roty(k.p.turn)
  end,
}
