-- A bathrobe as a shop shows it: worn by an invisible body on a dress-form
-- stand. A loose terry robe to below the knee, wrapped left over right:
-- a wide rolled shawl collar runs from the back of the neck down both
-- edges of the deep V front and on down the overlapping edge to the hem;
-- wide sleeves with turned-back cuffs, two patch pockets at the hips, and
-- a belt of the same cloth round the waist, tied in a knot at the front
-- with its two ends hanging.
local G = use("garment")

local function build(k)
  local o = {hem = k.p.hem, ease = 42, straight = 0.95, tilt = 8, flare = 36}
  local body, surface = G.torso(o)
  local plain = surface
  local cuffs
  body, cuffs = G.with_sleeves(o, body, 0.86, 82, 84, 15, 70)
  local top = G.NECK
  local front = G.front_half()
  -- the deep V opening at the neck, down to the chest
  local depth = k.p.v
  local vp = extrude({{-80, top + 90}, {-80, top + 20}, {-8, top - depth}, {8, top - depth}, {80, top + 20}, {80, top + 90}},
                     600):roty(-90)
  vp = intersect(vp, box(300, 3000, 3000):move(170, 0, 0))
  local hole = intersect(vp, plain:shell(60)) + ellipsoid(68, 80, 72):move(-10, top + 12, 0)
  body = subtract(body, hole)
  -- the wrap: the wearer's left panel over the right, its edge from the
  -- V's foot down to the hem a little right of centre
  local edge = {{-10, top - depth}, {30, G.WAIST}, {50, 300}, {56, -200}}
  local panel = {{-600, top + 100}, {-80, top + 100}}
  for _, p in ipairs(edge) do panel[#panel + 1] = p end
  panel[#panel + 1] = {-600, -200}
  local over = intersect(extrude(panel, 600):roty(-90), front, body)
  local lap = G.band(plain, subtract(over, hole), 8)
  -- the shawl collar: a wide rolled band up both sides of the V and round
  -- the back of the neck, continuing down the overlapping edge
  local w = k.p.collar
  local sides = {}
  for _, s in ipairs({-1, 1}) do
    sides[#sides + 1] = G.stroke({{s * (84 + w * 0.3), top + 40}, {s * (6 + w * 0.45), top - depth + 10}}, w)
  end
  local shawl = intersect(union(sides), front)
  local collar = G.band(plain, subtract(shawl, hole), 22)
  collar = collar + G.band(plain, subtract(intersect(G.stroke({edge[1], edge[2], edge[3], {52, o.hem - 20}}, 46), front), hole), 14)
  local back = torus(86, 26):stretch(0.92, 1, 1.1):rotz(-8):move(-10, top + 6, 0)
  collar = collar + subtract(back, ellipsoid(64, 70, 70):move(-10, top + 26, 0))
  -- two patch pockets on the hips
  local pockets = empty()
  for _, s in ipairs({-1, 1}) do
    pockets = pockets + G.band(plain, box(300, 160, 150, 12):move(150, G.HIP - 60, s * 128), 9)
  end
  -- the belt: a band round the waist, a knot at the front and two ends
  local brx = G.radii(o, G.WAIST)
  local waist = G.slab(G.WAIST - 26, G.WAIST + 26)
  local belt = G.band(plain, waist, 14)
  local fx = G.front(o, G.WAIST, 40)
  local knot = ellipsoid(30, 34, 40):move(fx + 16, G.WAIST, 40)
  local ends = {}
  for i, s in ipairs({-1, 1}) do
    local len = k.p.tail + i * 40
    local z0 = 40 + s * 18
    local pts = {{fx + 18, G.WAIST - 10, z0}, {fx + 26, G.WAIST - len * 0.5, z0 + s * 22},
                 {fx + 22, G.WAIST - len, z0 + s * 32}}
    ends[#ends + 1] = tube(pts, 15, 17):stretch(1, 1, 1)
    ends[#ends + 1] = ellipsoid(14, 22, 26):move(pts[3][1], pts[3][2], pts[3][3])
  end
  belt = belt + knot + union(ends)
  local robe = (body + lap):part("robe") + collar:part("collar") + cuffs:part("collar") + pockets:part("robe")
    + belt:part("belt")
  local lift = 320 - o.hem
  robe = robe:move(0, lift, 0)
  local stand = G.stand(o.hem + lift + 160)
  return (robe + stand:part("stand")):roty(-20)
end

return {
  id = "bathrobe",
  names = {"bathrobe", "bath robe", "robe", "dressing gown", "housecoat", "house coat", "terry robe", "towel robe",
           "terrycloth robe", "terry cloth robe", "spa robe", "hotel robe", "lounge robe", "morning robe", "night robe",
           "nightrobe", "bathrobe gown", "bathrope", "bath gown", "robe de chambre", "fluffy robe"},
  family = "accessories",
  -- Worn on a body no rig builds a place for: named with another subject
  -- it is left out, never stood on its head.
  attach_to = {"torso"},
  size_mm = 1350,
  description = "A terry bathrobe with a shawl collar and a tied belt, on a dress-form stand",
  params = {hem = {340, 400}, v = {330, 380}, collar = {70, 84}, tail = {170, 230}},
  parts = {
    {"robe", "fabric", color = "#9ec2e0", role = "primary",
     names = {"robe", "bathrobe", "body", "terry", "terrycloth", "towelling", "toweling", "fabric", "cloth", "sleeves",
              "sleeve", "pockets", "pocket", "gown"}},
    {"belt", "fabric", color = "#86acd0", role = "secondary", names = {"belt", "sash", "tie", "cord", "waist tie", "knot"}},
    {"collar", "fabric", color = "#b2d0ea", role = "detail", names = {"collar", "shawl collar", "lapel", "lapels", "cuffs",
                                                                     "cuff", "trim", "piping"}},
    {"stand", "iron", color = "#2c2c30", role = "detail", names = {"stand", "dress form", "mannequin stand", "pole", "base"}},
  },
  build = build,
}
