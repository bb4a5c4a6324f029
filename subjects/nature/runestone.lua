-- A runestone: a tall, rough standing slab of grey granite with a carved
-- serpent band of runes arching round its face and a cross-knot in the
-- middle, the grooves picked out in old red paint.
return {
  id = "runestone",
  names = {"runestone", "rune stone", "carved stone", "viking runestone", "rune slab", "picture stone", "carved standing stone"},
  lvis = {},
  family = "nature",
  size_mm = 2200,
  description = "A tall standing stone with carved runes",
  params = {w = {780, 880}, lean = {-3, 3}, top = {0.75, 0.95}},
  parts = {
    {"stone", "stone", color = "#8e8c86", role = "primary", names = {"slab", "rock", "face"}},
    {"runes", "paint", color = "#9a3024", role = "secondary", names = {"runes", "carving", "carvings", "grooves", "letters", "knotwork"}},
    {"moss", "plant", color = "#5c7a32", role = "detail", names = {"moss", "lichen"}},
  },
  variants = {
    -- an old weathered standing stone: the same carving, its paint long gone
    menhir = {names = {"standing stone", "menhir", "monolith"}, colors = {runes = "#6e6c68"}},
  },
  points = {"top"},
  build = function(k)
    local W, Hh, T = k.p.w, 2150, 300
    local hw = W / 2
    local tw = hw * k.p.top
    -- Outline in the XY plane (face towards +Z): wider at the shoulder, a rounded top.
    local out = {{-hw * 0.92, 0}, {hw * 0.92, 0}, {hw, Hh * 0.45}, {tw, Hh * 0.8}}
    local n = 8
    for i = 0, n do
      local a = math.rad(i * 180 / n)
      out[#out + 1] = {tw * math.cos(a), Hh * 0.8 + (Hh * 0.2) * math.sin(a) ^ 0.8 * (1 - 0.35 * (1 - math.cos(a)) / 2) + (i % 3 == 1 and 25 or 0)}
    end
    out[#out + 1] = {-tw, Hh * 0.8}
    out[#out + 1] = {-hw, Hh * 0.45}
    -- drop the duplicate shoulder points of the arc ends
    local outline = {}
    for i, p in ipairs(out) do
      local q = outline[#outline]
      if not q or math.abs(q[1] - p[1]) + math.abs(q[2] - p[2]) > 1 then outline[#outline + 1] = p end
    end
    local slab = extrude(outline, T, 40)
    -- Bulge the faces a little so it is not a flat board.
    slab = smooth(60, slab, ellipsoid(hw * 0.85, Hh * 0.42, T * 0.56):move(0, Hh * 0.48, 0))
    slab = slab:noise(16, 600, 2):noise(6, 160, 2)
    local fz = T / 2 + 12
    -- The carving paths on the face.
    local gr = 28
    local paths = {}
    local function band(inset, y0)
      local pts = {{-hw * 0.92 + inset * 0.95, y0}, {-hw + inset, Hh * 0.45}, {-tw + inset * 0.95, Hh * 0.8}}
      for i = 1, 7 do
        local a = math.rad(180 - i * 180 / 8)
        pts[#pts + 1] = {(tw - inset) * math.cos(a), Hh * 0.8 + (Hh * 0.2 - inset) * math.sin(a) ^ 0.8}
      end
      pts[#pts + 1] = {tw - inset * 0.95, Hh * 0.8}
      pts[#pts + 1] = {hw - inset, Hh * 0.45}
      pts[#pts + 1] = {hw * 0.92 - inset * 0.95, y0}
      return pts
    end
    local outer, inner = band(95, 260), band(215, 330)
    paths[#paths + 1] = outer
    paths[#paths + 1] = inner
    -- Serpent's head and tail closing the band at the foot.
    paths[#paths + 1] = {outer[1], {-hw * 0.3, 200}, {hw * 0.3, 200}, outer[#outer]}
    -- Rune strokes across the band.
    local strokes = {}
    for i = 2, #outer - 1 do
      local a, b = outer[i], inner[i]
      strokes[#strokes + 1] = {{a[1] * 0.7 + b[1] * 0.3, a[2] * 0.7 + b[2] * 0.3}, {a[1] * 0.3 + b[1] * 0.7 + 20, a[2] * 0.3 + b[2] * 0.7 + 20}}
    end
    -- A ring cross knot in the middle of the face.
    local cy = Hh * 0.58
    local cr = hw * 0.42
    local ring = {}
    for i = 0, 16 do
      local a = math.rad(i * 360 / 16)
      ring[#ring + 1] = {cr * math.cos(a), cy + cr * math.sin(a)}
    end
    paths[#paths + 1] = ring
    paths[#paths + 1] = {{0, cy - cr * 1.5}, {0, cy + cr * 1.25}}
    paths[#paths + 1] = {{-cr * 1.25, cy}, {cr * 1.25, cy}}
    local cut, paint = {}, {}
    local function add(pts, r)
      local p3, q3 = {}, {}
      for _, p in ipairs(pts) do
        p3[#p3 + 1] = {p[1], p[2], 0}
        q3[#q3 + 1] = {p[1], p[2], fz - r * 0.75}
      end
      cut[#cut + 1] = polyline(p3, r):stretch(1, 1, 3):move(0, 0, fz + 2 * r)
      paint[#paint + 1] = polyline(q3, r * 0.85)
    end
    for _, p in ipairs(paths) do add(p, gr) end
    for _, p in ipairs(strokes) do add(p, gr * 0.8) end
    local grooves = union(table.unpack(cut))
    local fill = intersect(union(table.unpack(paint)), slab)
    local shape = subtract(slab, grooves):part("stone") + fill:part("runes")
    shape = shape:rotz(k.p.lean)
    k.attach("top", {0, Hh, 0}, W * 0.5)
    return shape:roty(30)
  end,
}
