-- A poncho as a shop shows it: a woven blanket worn by an invisible body on
-- a dress-form stand, its head through the hole in the middle with a
-- rolled collar round it, draped over the shoulders and falling wide over
-- the arms in a broad bell to the hip. Bold woven stripes run round it and
-- a fringe of tassels hangs from its hem.
local G = use("garment")

-- Everything above the hem line raised by `up`: the hem runs down to a
-- point at the front and the back and rises towards the arms.
local function above(hem, up, slope)
  local a = box(3000, 3000, 3000):move(0, 1500, 0):rotx(slope):move(0, hem + up, 0)
  local b = box(3000, 3000, 3000):move(0, 1500, 0):rotx(-slope):move(0, hem + up, 0)
  return intersect(a, b)
end

local function build(k)
  local hem = k.p.hem
  local sl = k.p.slope
  local fl = 84
  -- the drape: from the neck out over the shoulders and down wide
  local secs = {
    {y = hem - fl - 20, rx = 214, rz = 364},
    {y = hem + 120, rx = 206, rz = 352},
    {y = 1080, rx = 194, rz = 338},
    {y = 1250, rx = 176, rz = 314},
    {y = 1330, rx = 156, rz = 270},
    {y = 1385, rx = 120, rz = 190},
    {y = 1425, rx = 86, rz = 116},
    {y = 1460, rx = 72, rz = 82},
  }
  local surface = loft(secs)
  local body = intersect(surface, above(hem, 0, sl))
  -- a shallow recess up into the hem
  local inner = loft({{y = hem - fl - 40, rx = 190, rz = 336}, {y = 1000, rx = 168, rz = 310}})
  body = subtract(body, subtract(inner, above(hem, 70, sl)))
  -- the head hole and a rolled collar round it
  local hole = ellipsoid(62, 70, 66):move(0, 1468, 0)
  body = subtract(body, hole)
  local collar = torus(72, 16):stretch(0.95, 1, 1):move(0, 1448, 0)
  -- woven stripes following the hem: a wide middle band between pairs of
  -- narrow ones
  local wide = k.p.band
  local ys = {{70, 92}, {110, 128}, {250 - wide / 2, 250 + wide / 2}, {372, 390}, {408, 426}}
  local bands = {}
  for _, b in ipairs(ys) do bands[#bands + 1] = subtract(above(hem, b[1], sl), above(hem, b[2], sl)) end
  local stripes = subtract(G.band(surface, union(bands), 4), subtract(inner, above(hem, 70, sl)))
  -- the fringe: tassels hanging below the hem
  local ring = subtract(intersect(surface:shell(14), above(hem, -fl, sl)), above(hem, 2, sl))
  local slots = radial(box(700, 900, 8):move(350, hem, 0), 110)
  local fringe = subtract(ring, slots)
  local out
  if k.variant == "rain" then
    -- a rain poncho: plain glossy sheeting with its hood up, a hem without
    -- a fringe, and snaps down the sides
    local hood = G.hood_up({neck = 1450})
    local snaps = empty()
    for _, s in ipairs({-1, 1}) do
      for i = 0, 2 do
        local y = hem + 330 + i * 110
        snaps = snaps + G.button({0, y, s * 330}, 11, {0, 0, s})
      end
    end
    body = intersect(surface, above(hem, -fl * 0.6, sl))
    body = subtract(body, subtract(inner, above(hem, 10, sl)), hole)
    out = smooth(20, body, hood):part("slicker") + snaps:part("collar")
  else
    out = body:part("poncho") + stripes:part("stripes") + collar:part("collar") + fringe:part("fringe")
  end
  local lift = 480 - hem
  out = out:move(0, lift, 0)
  local stand = G.stand(hem + lift + 200)
  return (out + stand:part("stand")):roty(-18)
end

return {
  id = "poncho",
  variants = {
    rain = {names = {"rain poncho", "plastic poncho", "waterproof poncho", "rain cape", "emergency poncho",
                     "hooded poncho"}, size_mm = 1450, colors = {slicker = "#f0c020", collar = "#d8d8dc"}},
  },
  names = {"poncho", "mexican poncho", "serape", "sarape", "blanket poncho", "woven poncho",
           "wool poncho", "knitted poncho", "knit poncho", "ponchu", "ponch", "cowboy poncho", "alpaca poncho",
           "ruana", "striped poncho"},
  family = "accessories",
  attach_to = {"torso"},
  size_mm = 1300,
  description = "A striped woven poncho with a fringe, on a dress-form stand",
  params = {hem = {780, 820}, band = {60, 90}, slope = {26, 32}},
  parts = {
    {"poncho", "fabric", color = "#c83a2c", role = "primary", names = {"poncho", "blanket", "body", "cloth", "fabric",
                                                                     "wool", "serape"}},
    {"stripes", "fabric", color = "#f2c440", role = "secondary", names = {"stripes", "stripe", "bands", "band", "pattern"}},
    {"fringe", "fabric", color = "#f0e4c8", role = "detail", names = {"fringe", "fringes", "tassels", "tassel", "hem"}},
    {"collar", "fabric", color = "#2a5a8a", role = "detail", names = {"collar", "neck", "neckline", "hood"}},
    {"slicker", "gloss", color = "#f0c020", role = "primary", names = {"plastic", "vinyl", "pvc"}},
    {"stand", "iron", color = "#2c2c30", role = "detail", names = {"stand", "dress form", "mannequin stand", "pole", "base"}},
  },
  build = build,
}
