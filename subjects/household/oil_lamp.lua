-- An oil lamp in the "genie lamp" shape: a low squat brass vessel drawn out
-- into a long tapering spout with a small flame at its tip, a curled loop
-- handle at the back, a domed lid with a finial, on a short round foot.
-- The spout points along +X.
return {
  id = "oil_lamp",
  names = {"oil lamp", "genie lamp", "magic lamp", "aladdin lamp", "aladdin s lamp", "aladdins lamp", "arabian lamp",
           "genie s lamp", "genies lamp", "wish lamp", "wishing lamp", "brass oil lamp", "ancient oil lamp",
           "aladin lamp", "jinn lamp", "djinn lamp"},
  lvis = {"oil_lamp"},
  family = "household",
  size_mm = 120,
  description = "A brass genie lamp with a long spout, a curled handle and a small flame",
  params = {spout = {200, 230}, rise = {30, 50}},
  parts = {
    {"lamp", "brass", color = "#c9a042", role = "primary",
     names = {"lamp", "body", "vessel", "spout", "lid", "handle", "brass", "metal"}},
    {"trim", "gold", color = "#e2bc52", role = "secondary", names = {"trim", "bands", "band", "rim", "finial", "foot"}},
    {"flame", "candy", color = "#ffae22", role = "fixed", glows = true, names = {"flame", "fire", "light", "wick"}},
  },
  points = {"top"},
  build = function(k)
    local by, rx, ry, rz = 58, 78, 38, 62
    -- the squat body, drawn out into the spout as one teardrop
    local body = ellipsoid(rx, ry, rz):move(0, by, 0)
    local sx, rise = k.p.spout, k.p.rise
    local tip = {sx, by + 22 + rise, 0}
    local spout = tube({{20, by + 2, 0}, {rx + 10, by + 10, 0}, {sx * 0.78, by + 14 + rise * 0.6, 0}, tip}, 30, 7.5)
    local vessel = smooth(26, body, spout)
    -- the spout's open lip
    local lip = torus(7.5, 2.6):rotz(-70):move(tip[1], tip[2], 0)
    -- the neck and a domed lid with a pointed finial
    local ny = by + ry - 6
    local neck = cylinder(34, 12, 3):move(0, ny, 0)
    local lid = lathe({{34, ny + 10}, {33, ny + 14}, {28, ny + 24}, {18, ny + 32}, {8, ny + 36}, {0.5, ny + 37}})
    local finial = smooth(3, sphere(7):move(0, ny + 42, 0), limb({0, ny + 42, 0}, {0, ny + 56, 0}, 5, 0.8))
    -- the loop handle at the back, curling over into a thumb rest
    local handle = tube({{-rx + 16, by + 26, 0}, {-rx - 22, by + 40, 0}, {-rx - 46, by + 26, 0},
                         {-rx - 44, by - 2, 0}, {-rx - 18, by - 14, 0}, {-rx + 14, by - 8, 0}}, 6, 5.5)
    local curl = tube({{-rx - 22, by + 40, 0}, {-rx - 20, by + 54, 0}, {-rx - 34, by + 62, 0}, {-rx - 44, by + 54, 0},
                       {-rx - 38, by + 46, 0}}, 5, 3.5)
    -- a short round foot
    local foot = lathe({{0.5, 0}, {46, 0}, {47, 4}, {40, 8}, {26, 14}, {24, by - ry + 10}, {0.5, by - ry + 10}})
    -- raised bands round the body's waist and the neck
    local band = intersect(ellipsoid(rx + 2.5, ry + 2.5, rz + 2.5):move(0, by, 0), box(400, 7, 400):move(0, by + 6, 0))
    band = subtract(band, box(100, 20, 400):move(rx + 40, by, 0))
    local collar = torus(34, 3):move(0, ny + 11, 0)
    local flame = smooth(3, sphere(8):move(tip[1] + 2, tip[2] + 11, 0),
                         limb({tip[1] + 2, tip[2] + 11, 0}, {tip[1] + 6, tip[2] + 42, 0}, 7.5, 0.5))
    local wick = cylinder(3.5, 16):move(tip[1], tip[2] - 8, 0)
    k.attach("top", {0, ny + 56, 0}, 40)
    return (vessel + lip + neck + lid + handle + curl):part("lamp")
      + (finial + foot + band + collar):part("trim") + (flame + wick):part("flame")
  end,
}
