-- A sweater as a shop shows it: worn by an invisible body on a dress-form
-- stand, long sleeves, ribbed cuffs, hem and crew neck, and cable-knit
-- braids down the front. Variants: a hoodie (the hood up round an invisible
-- head, a kangaroo pocket, drawstrings), a plain sweatshirt, a cardigan (a
-- V front with a buttoned band and two pockets) and a turtleneck (a tall
-- folded collar).
local G = use("garment")

-- Cable-knit braids: twisted lobes in columns down the front.
local function cables(o, y0, y1, cols)
  local out = {}
  for _, z in ipairs(cols) do
    local n = math.floor((y1 - y0) / 46)
    for i = 0, n - 1 do
      local y = y0 + i * 46 + 23
      local x = G.front(o, y, z)
      local lobe = ellipsoid(14, 32, 19):rotx(i % 2 == 0 and 35 or -35)
      out[#out + 1] = lobe:move(x - 1, y, z)
    end
    -- the purl ridges either side of a cable
    for _, dz in ipairs({-26, 26}) do
      local pts = {}
      for j = 0, 6 do
        local y = y0 + (y1 - y0) * j / 6
        pts[#pts + 1] = {G.front(o, y, z + dz) - 1, y, z + dz}
      end
      out[#out + 1] = tube(pts, 8)
    end
  end
  return union(out)
end

local function build(k)
  local v = k.variant
  local o = {hem = 800, ease = 26, straight = 0.8, tilt = 10}
  if v == "cardigan" then o.ease = 22 end
  local body = G.torso(o)
  local rib = empty()
  local extra = empty()
  local buttons = empty()
  local strings = empty()
  local cuffs
  body, cuffs = G.with_sleeves(o, body, 1.0, 68, 48, 13, 60)
  rib = rib + cuffs
  -- ribbed hem band
  local hemband = G.band(body, G.slab(o.hem - 2, o.hem + 64), 6)
  rib = rib + hemband
  if v == "hoodie" then
    local hood = G.hood_up(o, false)
    local hole = G.neck(o, "crew")
    body = subtract(body, hole)
    body = smooth(12, body, hood)
    -- kangaroo pocket: a raised panel over the belly, open at its slanted sides
    local y0, y1 = o.hem + 70, o.hem + 250
    local poly = {{-120, y0}, {120, y0}, {85, y1}, {-85, y1}}
    local region = extrude(poly, 600):roty(90)
    region = intersect(region, box(300, 400, 600):move(150, (y0 + y1) / 2, 0))
    extra = G.band(body, region, 12)
    -- drawstrings hanging from the hood's mouth
    for _, s in ipairs({-1, 1}) do
      local x0 = G.front(o, G.NECK - 20, s * 40)
      local pts = {{x0 + 40, G.NECK + 20, s * 46}, {x0 + 14, G.NECK - 40, s * 44},
                   {G.front(o, G.NECK - 150, s * 44) + 10, G.NECK - 150, s * 44}}
      strings = strings + tube(pts, 8) + capsule(pts[3], {pts[3][1] - 2, pts[3][2] - 28, pts[3][3]}, 10)
    end
  else
    local kind = v == "cardigan" and "v" or "crew"
    if v == "cardigan" then o.v_depth = 300 end
    o.body = body
    local hole, band = G.neck(o, kind, v == "turtleneck" and 0 or 18)
    body = subtract(body, hole)
    rib = rib + subtract(band, hole)
    if v == "turtleneck" then
      -- a tall collar folded over on itself
      local top = G.NECK
      local collar = cylinder(80, 96, 14):move(-6, top - 20, 0) + cylinder(86, 60, 16):move(-6, top - 14, 0)
      collar = subtract(collar, cylinder(54, 300):move(-6, top - 80, 0))
      rib = rib + collar
    end
    if v == "cardigan" then
      -- the buttoned front band down from the V, and two hip pockets
      local ybot = G.NECK - 300
      local fb = G.band(body, box(300, ybot - o.hem + 20, 44):move(150, (ybot + o.hem) / 2, 0), 6)
      rib = rib + fb
      for _, s in ipairs({-1, 1}) do
        extra = extra + G.band(body, box(300, 130, 110, 10):move(150, o.hem + 150, s * 100), 8)
        rib = rib + G.band(body, box(300, 22, 112):move(150, o.hem + 215, s * 100), 11)
      end
      buttons = G.buttons(o, ybot - 10, o.hem + 60, 6, 12):move(11, 0, 0)
    elseif v == "" then
      extra = cables(o, o.hem + 80, G.CHEST + 60, {-95, 0, 95})
    end
  end
  local top = body:part("body") + extra:part("body") + rib:part("ribbing")
  if v == "cardigan" then top = top + buttons:part("buttons") end
  if v == "hoodie" then top = top + strings:part("drawstrings") end
  local lift = 430 - o.hem
  top = top:move(0, lift, 0)
  local stand = G.stand(o.hem + lift + 140)
  return (top + stand:part("stand")):roty(-18)
end

return {
  id = "sweater",
  names = {"sweater", "jumper", "pullover", "knitted sweater", "knit sweater", "knitted jumper", "wool sweater",
           "woolen sweater", "woollen sweater", "woollen jumper", "wool jumper", "cable knit sweater", "cable sweater",
           "aran sweater", "fisherman sweater", "christmas sweater", "ugly sweater", "crew neck sweater",
           "crewneck sweater", "sweter", "sweatter", "jumper sweater", "knitwear"},
  lvis = {"sweater", "sweatshirt", "cardigan"},
  family = "accessories",
  -- Worn on a body no rig builds a place for: named with another subject
  -- ("a frog in a dress") it is left out, never stood on its head.
  attach_to = {"torso"},
  size_mm = 1200,
  description = "A cable-knit sweater on a dress-form stand",
  parts = {
    {"body", "fabric", color = "#b8322c", role = "primary", names = {"body", "sweater", "knit", "wool", "sleeves", "sleeve",
                                                                   "hood", "pocket", "cables"}},
    {"ribbing", "fabric", color = "#a02a26", role = "primary",
     names = {"ribbing", "cuffs", "cuff", "collar", "neckline", "hem", "band", "trim", "waistband"}},
    {"buttons", "wood", color = "#6a4a2c", role = "detail", names = {"buttons", "button"}},
    {"drawstrings", "fabric", color = "#f2f0ea", role = "detail", names = {"drawstrings", "drawstring", "strings", "cords"}},
    {"stand", "iron", color = "#2c2c30", role = "detail", names = {"stand", "dress form", "mannequin stand", "pole", "base"}},
  },
  variants = {
    hoodie = {names = {"hoodie", "hoody", "hooded sweatshirt", "hooded sweater", "hooded jumper", "hooded top",
                       "zip hoodie", "pullover hoodie", "hoodie sweatshirt", "hoddie", "hoodie jacket"},
              colors = {body = "#6e7680", ribbing = "#636a74", drawstrings = "#f2f0ea"}},
    sweatshirt = {names = {"sweatshirt", "sweat shirt", "crewneck sweatshirt", "crew neck sweatshirt", "fleece sweatshirt",
                           "college sweatshirt", "sweatshirt top"},
                  colors = {body = "#8a98a8", ribbing = "#7a8898"}},
    cardigan = {names = {"cardigan", "cardigan sweater", "knitted cardigan", "button up sweater", "button cardigan",
                         "wool cardigan", "cardi", "cardigun"},
                colors = {body = "#c8b48c", ribbing = "#b8a47c", buttons = "#5a3c22"}},
    turtleneck = {names = {"turtleneck", "turtleneck sweater", "turtle neck", "turtle neck sweater", "polo neck",
                           "polo neck sweater", "roll neck", "roll neck sweater", "rollneck", "mock neck sweater"},
                  colors = {body = "#2a2a2e", ribbing = "#2a2a2e"}},
  },
  build = build,
}
