-- Goggles: steampunk / aviator goggles standing on their eyecups: two round
-- brass cups with riveted rims and tinted lenses, a short bridge, padded
-- leather backs and a leather strap looping round behind them. Swimming
-- goggles have two small oval lenses on a thin strap; ski goggles one wide
-- curved visor in a foam frame on a broad band. Worn, they lie face up like
-- glasses (the face point turns them forward), without the loose strap.
return {
  id = "goggles",
  names = {"goggles", "aviator goggles", "steampunk goggles", "brass goggles", "pilot goggles", "welding goggles",
           "flying goggles", "motorcycle goggles", "steam punk goggles"},
  lvis = {"goggles"},
  family = "accessories",
  size_mm = 70,
  description = "A pair of brass aviator goggles with a leather strap",
  parts = {
    {"rims", "brass", color = "#b8893a", role = "primary", names = {"rims", "frame", "frames", "eyecups", "cups", "bridge", "rivets"}},
    {"strap", "leather", color = "#5a3620", role = "secondary", names = {"strap", "band", "headband", "buckles"}},
    {"lenses", "gloss", color = "#3e5e56", role = "detail", names = {"lenses", "lens", "visor"}},
    {"cushions", "leather", color = "#3a2418", role = "detail", names = {"cushions", "padding", "pads"}},
  },
  variants = {
    swim = {names = {"swimming goggles", "swim goggles", "swimming glasses", "pool goggles"}, size_mm = 40,
            colors = {rims = "#2a8ac8", strap = "#1e5a9a", lenses = "#7ab8d8", cushions = "#1e5a9a"}},
    ski = {names = {"ski goggles", "snow goggles", "snowboard goggles"}, size_mm = 100,
           colors = {rims = "#1c1c20", strap = "#c83228", lenses = "#e07a28", cushions = "#2a2a2e"}},
  },
  attach_to = {"face", "head", "top"},
  build = function(k)
    local v = k.variant
    local rad, cos, sin = math.rad, math.cos, math.sin
    local shape
    local y0, side, back_x -- centre height, outer side z of the frame, back of the frame
    if v == "ski" then
      -- One wide visor curved round the face: a slice of a vertical cylinder
      -- shell, in a thick frame, with a broad band behind.
      local W, Hh, Rc = 96, 44, 170 -- half width, half height, curvature radius
      y0 = Hh + 8
      local cx = -Rc + 10
      local function shell(r0, r1)
        return subtract(cylinder(r1, 200):move(cx, y0 - 100, 0), cylinder(r0, 210):move(cx, y0 - 105, 0))
          * box(2 * Rc, 200, 400):move(cx + Rc, y0, 0)
      end
      local function face(hw, hh, rr) return box(300, 2 * hh, 2 * hw, rr):move(0, y0, 0) end
      local notch = ellipsoid(40, 22, 24):move(0, y0 - Hh - 6, 0)
      local frame = shell(Rc - 20, Rc + 6) * face(W + 10, Hh + 8, 22) - face(W - 4, Hh - 4, 16) * shell(Rc - 30, Rc + 20)
      local lens = shell(Rc - 4, Rc + 2.5) * face(W - 2, Hh - 2, 17)
      local foam = shell(Rc - 34, Rc - 18) * face(W + 6, Hh + 4, 20) - face(W - 8, Hh - 8, 14) * shell(Rc - 40, Rc)
      frame, lens, foam = frame - notch, lens - notch, foam - notch
      -- a small vent slot along the top of the frame
      frame = frame - box(12, 4, 2 * W - 40):move(cx + Rc + 4, y0 + Hh + 4, 0)
      shape = frame:part("rims") + lens:part("lenses") + foam:part("cushions")
      side = W + 4
      back_x = cx + math.sqrt((Rc - 10) ^ 2 - side ^ 2)
    elseif v == "swim" then
      -- Two small oval eyecups facing forward, a thin nose bridge.
      local rz, ry, gap = 22, 15, 16
      y0 = ry + 6
      local cups, lenses, seals, rims = {}, {}, {}, {}
      for _, s in ipairs({-1, 1}) do
        local z = s * (rz + gap / 2)
        local ang = s * 12
        local cup = lathe({{1, 0}, {rz + 2, 0}, {rz + 3, 4}, {rz, 13}, {rz - 3, 16}, {1, 16}})
          :rotz(-90):stretch(1, ry / rz, 1):roty(-ang):move(-12, y0, z)
        local rim = torus(rz - 2, 2.5):rotz(90):stretch(1, ry / rz, 1):roty(-ang):move(3.2, y0, z)
        local lens = cylinder(rz - 3, 5):rotz(-90):stretch(1, ry / rz, 1):roty(-ang):move(0.5, y0, z)
        local seal = torus(rz, 3.5):rotz(90):stretch(1, ry / rz, 1):roty(-ang):move(-13, y0, z)
        cups[#cups + 1] = cup
        rims[#rims + 1] = rim
        lenses[#lenses + 1] = lens
        seals[#seals + 1] = seal
      end
      local bridge = tube({{-6, y0 + 2, -gap / 2 - 4}, {-2, y0 + 4, 0}, {-6, y0 + 2, gap / 2 + 4}}, 2.5)
      shape = union(table.unpack(cups)):part("rims") + union(table.unpack(rims)):part("rims")
        + union(table.unpack(lenses)):part("lenses") + union(table.unpack(seals)):part("cushions")
        + bridge:part("strap")
      side = 2 * rz + gap / 2 + 1
      back_x = -12
    else
      -- Aviator: round brass cups, riveted rims, tinted lenses.
      local r, gap, depth = 28, 16, 30
      y0 = r + 8
      local parts = {rims = {}, lenses = {}, cushions = {}}
      for _, s in ipairs({-1, 1}) do
        local z = s * (r + 5 + gap / 2)
        local function at(sh) return sh:roty(-s * 8):move(0, y0, z) end
        -- cup: a short flaring cylinder along X, its back wider
        local cup = lathe({{r + 7, 0}, {r + 6, 6}, {r + 3, depth - 6}, {r + 3, depth}})
          :rotz(-90):move(-32, 0, 0)
        -- vents: a ring of small slots round the cup
        local slots = radial(box(5, 3, 5):move(r + 4, 0, 0), 8, 22.5):rotz(-90):move(-10, 0, 0)
        cup = subtract(cup, cylinder(r - 1, 40):rotz(-90):move(-34, 0, 0))
        cup = subtract(cup, slots)
        -- a flat bezel with a rolled inner lip, rivets round its face
        local rim = cylinder(r + 7, 8, 2):rotz(-90):move(-6, 0, 0) - cylinder(r - 1, 30):rotz(-90):move(-15, 0, 0)
          + torus(r, 2.6):rotz(90):move(2, 0, 0)
        local rivets = {}
        for i = 0, 7 do
          local a = rad(i * 45 + 22.5)
          rivets[#rivets + 1] = sphere(2.9):move(2, cos(a) * (r + 4), sin(a) * (r + 4))
        end
        local lens = cylinder(r - 0.5, 8):rotz(-90):move(-5, 0, 0)
        lens = lens + sphere(r * 2.2):move(-r * 2.2 + 6, 0, 0) * cylinder(r - 0.5, 20):rotz(-90):move(-10, 0, 0)
        local cushion = torus(r + 3, 7):rotz(90):stretch(1.3, 1, 1):move(-33, 0, 0)
        table.insert(parts.rims, at(cup + rim + union(table.unpack(rivets))))
        table.insert(parts.lenses, at(lens))
        table.insert(parts.cushions, at(cushion))
      end
      -- a short arched bridge between the cups, with a tiny hinge drum
      local bz = gap / 2 + 4
      local bridge = tube({{-8, y0 + 6, -bz}, {-5, y0 + 11, -3}, {-5, y0 + 11, 3}, {-8, y0 + 6, bz}}, 4.2)
        + cylinder(5.5, 10):rotx(90):move(-5, y0 + 11, 5)
      shape = union(table.unpack(parts.rims)):part("rims") + bridge:part("rims")
        + union(table.unpack(parts.lenses)):part("lenses") + union(table.unpack(parts.cushions)):part("cushions")
      side = 2 * r + gap / 2 + 9
      back_x = -26
    end

    if k.worn then
      -- worn: just the strap's stubs round the sides
      for _, s in ipairs({-1, 1}) do
        shape = shape + limb({back_x, y0, s * (side - 4)}, {back_x - 14, y0, s * (side + 4)}, 4, 4):part("strap")
      end
      local b = shape:bounds()
      return shape:move(-b.min[1], -y0, 0):rotz(90)
    end

    -- the strap: a flat band in a rounded loop behind the frame, standing on
    -- edge at the height of the lenses, with a buckle on either side
    local bw = v == "ski" and 34 or (v == "swim" and 7 or 18)
    local bt = v == "swim" and 2.5 or 4
    local len = v == "ski" and 150 or (v == "swim" and 110 or 150)
    local hw = side
    local function loop(off)
      local pts = {}
      local n = 24
      for i = 0, n - 1 do
        local a = 2 * math.pi * i / n
        -- a superellipse: straight along the sides, round at the back
        local c, s2 = cos(a), sin(a)
        local x = (c >= 0 and 1 or -1) * math.abs(c) ^ 0.6 * (len / 2 + off)
        local z = (s2 >= 0 and 1 or -1) * math.abs(s2) ^ 0.8 * (hw + off)
        pts[#pts + 1] = {back_x - len / 2 + 10 + x, z}
      end
      return pts
    end
    local band = subtract(extrude(loop(0), bw, 0.8), extrude(loop(-bt), bw + 10, 0))
    band = band:rotx(90):move(0, y0, 0)
    -- cut the loop away in front of the frame's back
    band = subtract(band, box(200, 200, 2 * side - 10):move(back_x + 100 - 6, y0, 0))
    shape = shape + band:part("strap")
    if v ~= "swim" then
      for _, s in ipairs({-1, 1}) do
        local bx = back_x - len * 0.35
        local buckle = subtract(box(14, bw + 8, 6, 1.5), box(8, bw, 12)):move(bx, y0, s * (side + 1))
        shape = shape + buckle:part("rims")
      end
    else
      for _, s in ipairs({-1, 1}) do
        shape = shape + box(12, bw + 4, 5, 1.5):move(back_x - len * 0.3, y0, s * (side + 1)):part("rims")
      end
    end
    local b = shape:bounds()
    k.attach("top", {0, b.max[2], 0}, 2 * side)
    return shape:move(0, -b.min[2], 0)
  end,
}
