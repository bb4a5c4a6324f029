-- A kimono as a shop shows it: worn by an invisible body, standing on its
-- hem. A straight ankle-length robe in a T: the arms held out a little
-- from the body with the wide rectangular sleeves hanging square below
-- them, open at the wrist and apart from the body under the arm. The front
-- is wrapped left over right: the collar runs down from the neck in a V
-- showing a white under-collar, the upper panel's edge crossing to the
-- wearer's right and running down to the hem. A wide obi sash round the
-- waist with a cord across it and a square bow knot at the back, and small
-- blossoms scattered over the cloth.
local G = use("garment")

-- A five-petal blossom in the {z, y} plane centred at (z, y), reaching
-- through X.
local function blossom(z, y, r, turn)
  local petals = {}
  for i = 0, 4 do
    local a = math.rad(turn + i * 72)
    petals[#petals + 1] = cylinder(r * 0.42, 600):rotz(90):move(300, y + math.sin(a) * r * 0.55, z + math.cos(a) * r * 0.55)
  end
  return union(petals)
end

local function build(k)
  local o = {hem = 20, ease = 30, straight = 1, tilt = 8, flare = -40, hollow = false}
  local body = G.torso(o)
  local plain = body
  local _, rz_s = G.radii(o, G.SHOULDER)
  -- the sleeves: the arm's line slopes down from the shoulder; the sleeve
  -- hangs square below its outer part, joined to the body only at the top
  local theta = math.rad(k.p.slope)
  local L, H = 540, k.p.drop
  local sleeves, openings = {}, {}
  for _, s in ipairs({-1, 1}) do
    local z0, y0 = rz_s - 50, G.SHOULDER + 8
    local ez, ey = z0 + L * math.cos(theta), y0 - L * math.sin(theta)
    local zin = select(2, G.radii(o, 900)) + 44    -- the inner edge, clear of the body
    local yin = y0 - (zin - z0) * math.tan(theta)
    local bot = ey - H
    local rr = 70                                  -- the outer bottom corner's rounding
    local outline = {{z0 - 40, y0 - 210}, {z0 - 40, y0}, {ez, ey}}
    for i = 0, 4 do
      local a = math.rad(i * 22.5)
      outline[#outline + 1] = {ez - rr + rr * math.cos(a), bot + rr - rr * math.sin(a)}
    end
    outline[#outline + 1] = {zin + 24, bot}
    outline[#outline + 1] = {zin, bot + 24}
    outline[#outline + 1] = {zin, yin - 200}
    if s < 0 then
      for _, p in ipairs(outline) do p[1] = -p[1] end
    end
    sleeves[#sleeves + 1] = extrude(outline, 130, 30):roty(-90):move(-6, 0, 0)
    -- the opening at the wrist: the top of the sleeve's outer end
    local mid = {s * (ez + 10), ey - 110}
    openings[#openings + 1] = ellipsoid(42, 100, 40):rotx(s * k.p.slope):move(-6, mid[2], mid[1])
  end
  body = smooth(12, body, union(sleeves))
  body = subtract(body, union(openings))
  -- the neck: a pocket at the back of the neck and a deep V down the
  -- front cut 36 mm into the cloth, the white under-kimono showing in it,
  -- a narrow band round it
  local front = G.front_half()
  local top = G.NECK
  local vp = extrude({{-96, top + 80}, {-96, top + 20}, {0, top - 270}, {96, top + 20}, {96, top + 80}}, 600):roty(-90)
  vp = intersect(vp, box(300, 3000, 3000):move(170, 0, 0))
  local hole = intersect(vp, plain:shell(72)) + ellipsoid(70, 80, 76):move(-10, top + 10, 0)
  body = subtract(body, hole)
  local under = subtract(intersect(vp, plain, plain:shell(72)), plain:shell(44))
  local rim = G.band(plain, subtract(intersect(vp:round(20), front), hole), 6)
  -- the wrap, left over right: the upper panel (the wearer's left, -Z) lies
  -- over the other, its edge running from the left of the neck across the
  -- chest to the right side and down to the hem
  local obi_lo, obi_hi = G.WAIST - 100, G.WAIST + 120
  local edge = {{-104, G.NECK + 40}, {-6, G.NECK - 262}, {96, obi_lo}, {104, 300}, {118, 0}}
  local panel = {{-600, G.NECK + 40}}
  for _, p in ipairs(edge) do panel[#panel + 1] = p end
  panel[#panel + 1] = {-600, 0}
  local over = intersect(extrude(panel, 600):roty(-90), front, box(400, 3000, 2 * (rz_s + 30)))
  local lap = G.band(plain, subtract(over, hole), 9)
  -- the collar band down the upper panel's edge, on past the obi
  local collar = G.band(plain, subtract(intersect(G.stroke({edge[1], edge[2], edge[3], {102, 620}}, 60), front), hole), 14)
  collar = collar + G.band(plain, subtract(intersect(G.stroke({{104, G.NECK + 40}, {10, G.NECK - 250}}, 60), front), hole), 10)
  body = body + lap + collar + rim
  -- blossoms over the skirt and the sleeves
  local spots = {}
  local places = {{-120, 260}, {60, 180}, {150, 430}, {-40, 560}, {-150, 760}, {100, 840}, {-90, 1300},
                  {140, 1330}, {-10, 120}, {40, 640}}
  for i, p in ipairs(places) do spots[#spots + 1] = blossom(p[1], p[2], 30 + (i % 3) * 8, i * 29) end
  for _, s in ipairs({-1, 1}) do
    local ez = rz_s - 50 + L * math.cos(theta)
    for j, q in ipairs({{-170, 0.62}, {-330, 0.8}, {-250, 0.35}}) do
      spots[#spots + 1] = blossom(s * (ez * q[2] + 70), G.SHOULDER + q[1], 34, j * 41)
    end
  end
  local flowers = subtract(G.band(body, intersect(union(spots), front), 3), G.slab(obi_lo - 10, obi_hi + 10), hole)
  -- the obi: a wide band round the waist, a cord across its middle, and a
  -- square knot on the back
  local waistline = box(3000, 3000, 2 * (select(2, G.radii(o, G.WAIST)) + 60))
  local obi = G.band(plain, intersect(G.slab(obi_lo, obi_hi), waistline), 18)
  local brx = G.radii(o, G.WAIST)
  local knot = box(90, 300, 340, 34):move(-brx - 40, G.WAIST + 40, 0)
  knot = knot + box(70, 120, 420, 30):move(-brx - 30, G.WAIST - 60, 0)
  obi = obi + knot
  local cord = G.band(plain, intersect(G.slab(G.WAIST + 4, G.WAIST + 22), waistline), 25)
  cord = cord + sphere(20):move(G.front(o, G.WAIST + 12, 40) + 22, G.WAIST + 12, 40)
  local out = body:part("robe") + flowers:part("flowers") + under:part("collar") + obi:part("obi") + cord:part("cord")
  return out:roty(-20)
end

return {
  id = "kimono",
  names = {"kimono", "yukata", "japanese robe", "kimono robe", "furisode", "japanese kimono", "silk kimono",
           "geisha robe", "geisha kimono", "kimona", "kimomo", "komono"},
  lvis = {"kimono"},
  family = "accessories",
  -- Worn on a body no rig builds a place for: named with another subject
  -- it is left out, never stood on its head.
  attach_to = {"torso"},
  size_mm = 1500,
  description = "A kimono with wide hanging sleeves and an obi sash",
  params = {slope = {16, 22}, drop = {430, 470}},
  parts = {
    {"robe", "fabric", color = "#b3263a", role = "primary",
     names = {"robe", "kimono", "body", "fabric", "cloth", "silk", "sleeves", "sleeve", "yukata", "lapel", "lapels"}},
    {"obi", "fabric", color = "#e0b850", role = "secondary",
     names = {"obi", "sash", "belt", "waistband", "bow", "knot", "obi sash"}},
    {"flowers", "fabric", color = "#f6e2e6", role = "detail",
     names = {"flowers", "flower", "blossoms", "blossom", "cherry blossoms", "motifs", "print", "flower print"}},
    {"collar", "fabric", color = "#f4f0e6", role = "detail", names = {"collar", "under collar", "neckline", "han eri", "eri"}},
    {"cord", "fabric", color = "#3a8a86", role = "detail", names = {"cord", "obijime", "string", "tie"}},
  },
  build = build,
}
