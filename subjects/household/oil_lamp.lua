-- An oil lamp in the "genie lamp" shape: a low squat brass vessel drawn out
-- into a long tapering spout with a small flame at its tip, a curled loop
-- handle at the back, a domed lid with a finial, on a short round foot.
-- The spout points along +X.
-- The kerosene variant (and any prompt that asks for the chimney) is the table
-- oil lamp instead: a round brass font on a short stem and a round foot, a
-- burner collar with a wick knob, and a tall glass tulip chimney round a flame.
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
     names = {"lamp", "body", "vessel", "spout", "lid", "handle", "brass", "metal", "font", "fount", "reservoir",
              "oil font", "fuel tank"}},
    {"trim", "gold", color = "#e2bc52", role = "secondary",
     names = {"trim", "bands", "band", "rim", "finial", "foot", "burner", "collar", "knob", "wick knob", "stem"}},
    {"flame", "candy", color = "#ffae22", role = "fixed", glows = true, names = {"flame", "fire", "light", "wick"}},
    {"chimney", "glass", color = "#eef6f4", role = "detail",
     names = {"chimney", "globe", "glass globe", "glass chimney", "lamp glass", "glass shade", "shade", "lamp chimney"}},
  },
  variants = {
    kerosene = {names = {"kerosene lamp", "paraffin lamp", "table oil lamp", "victorian oil lamp", "oil lamp with chimney",
                         "kerosene oil lamp", "paraffin oil lamp", "kerosine lamp", "coal oil lamp"},
                size_mm = 320,
                description = "A table kerosene lamp: a brass font on a foot, a burner and a tall glass chimney"},
  },
  points = {"top"},
  build = function(k)
    if k.variant == "kerosene" or k.asked.chimney then
      -- the round foot and a short stem with a knop
      local foot = lathe({{0.5, 0}, {58, 0}, {59, 4}, {56, 9}, {44, 14}, {24, 22}, {15, 30}, {13, 44},
                          {0.5, 44}})
      local knop = ellipsoid(19, 8, 19):move(0, 42, 0)
      local stem = lathe({{0.5, 40}, {14, 40}, {11, 52}, {13, 60}, {20, 66}, {0.5, 66}})
      -- the round font, a squat bulb
      local fr = k.rand(60, 70)
      local font = lathe({{0.5, 60}, {22, 60}, {fr * 0.7, 70}, {fr * 0.94, 88}, {fr, 104}, {fr * 0.91, 122},
                          {fr * 0.64, 136}, {24, 142}, {20, 146}, {0.5, 146}})
      local band = torus(fr - 1, 3.2):move(0, 104, 0)
      -- the burner: a collar, a pierced-looking gallery flaring to hold the chimney
      local collar = cylinder(22, 14, 1.5):move(0, 143, 0)
      local gallery = lathe({{0.5, 155}, {22, 155}, {30, 162}, {31, 172}, {28, 174}, {0.5, 174}})
      local ribs = radial(box(3.5, 12, 4):move(30.5, 165, 0), 12)
      -- the wick knob on a short shaft, sticking out toward the viewer (+X)
      local shaft = limb({20, 150, 0}, {40, 150, 0}, 3.2)
      local knob = cylinder(10, 5, 1.5):rotz(-90):move(38, 150, 0)
      -- the tall clear tulip chimney, open at the top, standing in the gallery
      local w, bulge, top = 3.2, k.rand(42, 50), k.rand(325, 355)
      local outer = {{27, 170}, {30, 182}, {bulge - 5, 200}, {bulge, 218}, {bulge - 3, 238}, {30, 256}, {21, 272},
                     {19, 300}, {19, top - 10}, {21, top}}
      local poly = {}
      for _, q in ipairs(outer) do poly[#poly + 1] = {q[1], q[2]} end
      for i = #outer, 1, -1 do poly[#poly + 1] = {outer[i][1] - w, outer[i][2]} end
      local chimney = revolve(poly)
      -- the wick and a small flame inside the chimney
      local wick = cylinder(5, 8):move(0, 172, 0)
      local flame = smooth(4, sphere(9):move(0, 188, 0), limb({0, 188, 0}, {0, 218, 0}, 8.5, 0.6))
      k.attach("top", {0, top, 0}, 40)
      return (font + stem):part("lamp") + (foot + knop + band + collar + gallery + ribs + shaft + knob):part("trim")
        + (wick + flame):part("flame") + chimney:part("chimney")
    end
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
