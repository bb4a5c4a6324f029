-- A life jacket as a shop shows it: worn by an invisible body on a
-- dress-form stand. A bright orange buoyancy vest, thick and boxy: no
-- sleeves, wide arm holes, a V front closed by a zip between two padded
-- foam panels, a fat pillow collar standing up round the back of the neck,
-- three black webbing straps round the body clipped with buckles at the
-- front, and silver reflective strips on the shoulder panels and the chest.
local G = use("garment")

local function build(k)
  local o = {hem = 960, ease = 46, straight = 0.95, tilt = 8, hem_depth = 30}
  local body, surface = G.torso(o)
  local top = G.NECK
  -- Thick walls: hollow above the chest so the arm holes show the inside.
  local inner = subtract(body, body:shell(84))
  body = subtract(body, intersect(inner, G.slab(G.CHEST - 60, G.NECK + 100)))
  local rx, rz = G.radii(o, G.SHOULDER)
  local arms = {}
  for _, s in ipairs({-1, 1}) do
    arms[#arms + 1] = ellipsoid(420, 190, 128):move(-6, G.SHOULDER - 70, s * (rz + 50))
  end
  arms = union(arms)
  body = smooth_sub(body, arms, 12)
  o.v_depth, o.v_r, o.v_recess = 170, 80, 40
  o.body = body
  local hole = G.neck(o, "v")
  body = subtract(body, hole)
  o.body = body
  local vb = top - o.v_depth -- the bottom of the V
  -- Two padded foam panels down the front, either side of the zip, each
  -- split by a quilting groove.
  local panels = {}
  local grooves = {}
  for _, s in ipairs({-1, 1}) do
    local h = vb - 10 - (o.hem + 20)
    panels[#panels + 1] = G.band(surface, box(300, h, 150, 36):move(150, o.hem + 20 + h / 2, s * 100), 13)
    grooves[#grooves + 1] = box(300, h - 40, 10):move(150, o.hem + 20 + h / 2, s * 100)
    -- the panels run up over the shoulders either side of the V
    panels[#panels + 1] = G.band(surface, box(300, 180, 100, 30):move(150, vb + 60, s * 140), 13)
  end
  local pad = subtract(union(panels), union(grooves), hole)
  -- The pillow collar round the back of the neck, open at the front.
  local collar = torus(92, 34):stretch(1, 1.35, 1.08):rotz(-8):move(-10, top + 8, 0)
  collar = subtract(collar, box(200, 300, 300):move(130, top, 0))
  collar = smooth(10, collar, ellipsoid(40, 60, 90):move(-80, top - 10, 0))
  -- The zip down the middle.
  local zip = G.band(surface, box(300, vb - o.hem - 20, 16):move(150, (vb + o.hem + 20) / 2, 0), 6)
  -- Three webbing straps round the body, over the panels, each clipped at
  -- the front with a buckle.
  local straps, buckles = {}, {}
  local ys = {G.CHEST - 60, G.CHEST - 155, o.hem + 45}
  for _, y in ipairs(ys) do
    straps[#straps + 1] = G.band(surface, G.slab(y - 15, y + 15), 18)
    local fx = G.front(o, y, 0)
    local b = subtract(box(22, 50, 84, 6), box(40, 22, 26):move(0, 0, 20), box(40, 22, 26):move(0, 0, -20))
    buckles[#buckles + 1] = b:move(fx + 24, y, 0)
  end
  -- Reflective strips across the shoulder panels and the chest panels.
  local refl = {}
  for _, s in ipairs({-1, 1}) do
    refl[#refl + 1] = G.band(surface, box(300, 30, 84, 4):move(150, vb + 100, s * 140), 16)
    refl[#refl + 1] = G.band(surface, box(300, 34, 110, 4):move(150, ys[1] + 80, s * 100), 17)
  end
  local reflect = subtract(intersect(union(refl), G.slab(o.hem, top - 20)), arms:round(4), hole)
  local jacket = body:part("body") + pad:part("body") + collar:part("collar") + zip:part("zipper")
                 + subtract(union(straps), arms:round(14)):part("straps") + union(buckles):part("buckles") + reflect:part("reflectors")
  jacket = jacket:move(0, 400 - o.hem, 0)
  return (jacket + G.stand(540):part("stand")):roty(-18)
end

return {
  id = "life_jacket",
  names = {"life jacket", "life vest", "lifejacket", "lifevest", "buoyancy aid", "buoyancy vest", "buoyancy jacket",
           "personal flotation device", "pfd", "flotation vest", "float vest", "floatation vest", "life preserver vest",
           "boating vest", "life jaket", "lifejaket"},
  lvis = {"life_jacket"},
  family = "accessories",
  -- Worn on a body no rig builds a place for: named with another subject
  -- it is left out, never stood on its head.
  attach_to = {"torso"},
  size_mm = 1000,
  description = "An orange life jacket with padded panels, a collar and black buckle straps, on a dress-form stand",
  parts = {
    {"body", "fabric", color = "#ff6a12", role = "primary",
     names = {"body", "vest", "jacket", "life jacket", "fabric", "foam", "padding", "panels", "panel", "shell"}},
    {"straps", "fabric", color = "#1c1c1e", role = "secondary", names = {"straps", "strap", "webbing", "belts", "belt", "bands"}},
    {"collar", "fabric", color = "#ff6a12", role = "primary", names = {"collar", "neck", "pillow", "headrest"}},
    {"buckles", "plastic", color = "#18181a", role = "detail", names = {"buckles", "buckle", "clips", "clip", "clasps"}},
    {"reflectors", "gloss", color = "#d6dadf", role = "detail",
     names = {"reflectors", "reflective strips", "reflective strip", "reflective tape", "reflector", "reflective patches",
              "hi vis strips"}},
    {"zipper", "plastic", color = "#2a2a2c", role = "detail", names = {"zipper", "zip"}},
    {"stand", "iron", color = "#2c2c30", role = "detail", names = {"stand", "dress form", "mannequin stand", "pole"}},
  },
  build = build,
}
