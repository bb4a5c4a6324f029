-- A buoy: a red navigation buoy — a wide round float with a rubber fender,
-- a tapering lattice tower carrying red day-mark panels with a white number
-- band, and a lamp on top. The life_ring variant is a white lifebuoy ring
-- with four red bands and a grab line looped round it, standing on its rim.
return {
  id = "buoy",
  names = {"buoy", "marker buoy", "navigation buoy", "channel buoy", "lighted buoy", "light buoy", "sea buoy",
           "harbor buoy", "harbour buoy", "channel marker", "bouy", "navigational buoy",
           "lateral buoy"},
  lvis = {"buoy", "life_buoy"},
  family = "buildings",
  size_mm = 3000,
  description = "A red navigation buoy with a lattice tower and a light",
  params = {r = {540, 590}, tower = {1300, 1420}},
  parts = {
    {"body", "paint", color = "#c81e1e", role = "primary", names = {"body", "float", "hull", "ring", "buoy"}},
    {"tower", "paint", color = "#c81e1e", role = "primary", names = {"tower", "cage", "frame", "panels", "mast"}},
    {"bands", "paint", color = "#f2f2ee", role = "secondary", names = {"bands", "band", "stripes", "stripe", "number", "numbers"}},
    {"light", "gloss", color = "#ff6040", role = "detail", glows = true, names = {"light", "lamp", "lantern", "beacon"}},
    {"fender", "rubber", color = "#2a2a2c", role = "detail", names = {"fender", "bumper", "skirt", "base"}},
    {"rope", "fabric", color = "#e6dcc2", role = "detail", names = {"rope", "line", "grab line", "cord", "lines"}},
  },
  variants = {
    life_ring = {names = {"life buoy", "lifebuoy", "life ring", "life preserver", "ring buoy", "life saver ring", "lifering",
                          "life belt", "lifebelt", "life saver", "lifesaver", "rescue ring", "lifesaver ring",
                          "life preserver ring", "ring life buoy", "swim ring buoy", "lifeguard ring"},
                 size_mm = 760, colors = {body = "#f6f6f2", bands = "#d42020"}},
  },
  points = {"top"},
  build = function(k)
    if k.variant == "life_ring" then
      local R, r = 290, 86
      -- built lying in the XZ plane, then stood up on its rim
      local ring = torus(R, r)
      local bands = {}
      local half = math.rad(17)
      for i = 0, 3 do
        local a = 45 + i * 90
        bands[#bands + 1] = intersect(torus(R, r + 2), box(2 * r + 20, 2 * r + 20, 2 * R * math.sin(half)):move(R, 0, 0)):roty(a)
      end
      -- the grab line: fixed to the ring at each band, looping out between
      local pts = {}
      local n = 64
      for i = 0, n do
        local t = i / n * math.pi * 2
        local bulge = math.abs(math.sin(2 * (t - math.pi / 4)))
        local rad = R + r - 10 + 52 * bulge
        pts[#pts + 1] = {rad * math.cos(t), 4 * math.sin(8 * t) * bulge, rad * math.sin(t)}
      end
      local rope = tube(pts, 9)
      local ties = {}
      for i = 0, 3 do
        ties[#ties + 1] = torus(r + 4, 7):rotz(90):move(R, 0, 0):roty(45 + i * 90)
      end
      local shape = ring:part("body") + union(bands):part("bands") + (rope + union(ties)):part("rope")
      shape = shape:rotz(90):move(0, R + r + 8, 0)
      k.attach("top", {0, 2 * (R + r) + 16, 0}, r * 2)
      return shape:roty(-25)
    end
    local fr = k.p.r
    local th = k.p.tower
    -- the float: a wide drum with a rounded bottom and a sloping deck
    local fh = fr * 0.78
    local float = lathe({{fr * 0.45, 0}, {fr * 0.85, fr * 0.08}, {fr, fr * 0.28}, {fr, fh * 0.82}, {fr * 0.92, fh},
                         {fr * 0.55, fh + 18}, {fr * 0.3, fh + 24}})
    local fender = torus(fr + 10, 48):move(0, fh * 0.5, 0)
    local band = cylinder(fr + 3, fh * 0.18):move(0, fh * 0.64, 0)
    local eyes = {}
    for i = 0, (k.style == "low_poly") and -1 or 2 do
      eyes[#eyes + 1] = torus(34, 12):rotx(90):move(0, fh + 30, 0):move(fr * 0.62, 0, 0):roty(30 + i * 120)
    end
    -- the lattice tower: four legs leaning in, rings and X braces
    local y0, y1 = fh + 10, fh + th
    local b0, b1 = fr * 0.52, fr * 0.22
    local legs, braces = {}, {}
    local corners = {{1, 1}, {-1, 1}, {-1, -1}, {1, -1}}
    local function at(c, y)
      local f = (y - y0) / (y1 - y0)
      local h = b0 + (b1 - b0) * f
      return {c[1] * h, y, c[2] * h}
    end
    local chunky = k.style == "low_poly"
    for i, c in ipairs(corners) do
      legs[#legs + 1] = chunky and limb(at(c, y0 - 20), at(c, y1), 40, 34) or limb(at(c, y0 - 20), at(c, y1), 28, 22)
      local d = corners[i % 4 + 1]
      for _, y in ipairs({y0 + th * 0.02, y0 + th * 0.5, y1}) do
        braces[#braces + 1] = limb(at(c, y), at(d, y), chunky and 28 or 16)
      end
      if not chunky then
        braces[#braces + 1] = limb(at(c, y0 + th * 0.02), at(d, y0 + th * 0.5), 13)
        braces[#braces + 1] = limb(at(d, y0 + th * 0.02), at(c, y0 + th * 0.5), 13)
      end
    end
    -- day-mark panels on the upper half of every face, a white number band across them
    local panels, numbers = {}, {}
    local py0, py1 = y0 + th * 0.52, y1 - 30
    for i = 0, 3 do
      local hb = (b0 + (b1 - b0) * ((py0 - y0) / (y1 - y0)))
      local ht = (b1 + 6)
      local trap = {{-hb, 0}, {hb, 0}, {ht, py1 - py0}, {-ht, py1 - py0}}
      local lean = math.deg(math.atan((hb - ht), (py1 - py0)))
      local panel = extrude(trap, 40, 4):rotx(-lean):move(0, py0, hb - 2)
      panels[#panels + 1] = panel:roty(90 * i)
      local nm = (py0 + py1) / 2 - py0
      local nw = hb - (hb - ht) * nm / (py1 - py0)
      numbers[#numbers + 1] = box(nw * 1.3, 80, 50, 4):rotx(-lean):move(0, py0 + nm, hb - (hb - ht) * nm / (py1 - py0) - 1):roty(90 * i)
    end
    -- the lantern on a small platform at the top
    local deck = cylinder(b1 + 46, 18, 4):move(0, y1 - 4, 0)
    local lamp = cylinder(80, 170, 12):move(0, y1 + 14, 0)
    local lamp_cap = lathe({{92, 0}, {92, 18}, {50, 46}, {12, 60}}):move(0, y1 + 180, 0)
    local lamp_base = cylinder(94, 18, 4):move(0, y1 + 10, 0)
    local shape = (float):part("body") + fender:part("fender") + band:part("bands") +
                  (union(legs) + union(braces) + union(panels) + deck + union(eyes)):part("tower") +
                  union(numbers):part("bands") + lamp:part("light") + (lamp_cap + lamp_base):part("fender")
    k.attach("top", {0, y1 + 245, 0}, 140)
    return shape:roty(15)
  end,
}
