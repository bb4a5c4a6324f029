-- A shirt as a shop shows it: worn by an invisible body on a dress-form
-- stand. The default is a T-shirt: short sleeves swung out into the T, a
-- ribbed crew neck. Variants: a polo (knit collar, a buttoned placket), a
-- collared button-up shirt with long sleeves and cuffs, a blouse (scoop
-- neck, puffed sleeves, a ruffle), a sports jersey (a V collar, trimmed
-- sleeves and a big number on the chest) and a tank top (no sleeves, deep
-- arm holes).
local G = use("garment")

local function build(k)
  local v = k.variant
  local o = {hem = 830, ease = 24, straight = 0.85, tilt = 10}
  if v == "blouse" then o.ease, o.straight, o.hem = 18, 0.4, 860 end
  if v == "tank" then o.ease = 16 end
  if v == "button" then o.hem = 800 end
  local body = G.torso(o)
  local trim = empty()
  local buttons = empty()
  local number = empty()
  -- sleeves
  if v == "tank" then
    -- deep arm holes instead of sleeves, and narrow straps over the
    -- shoulders; hollow above the chest so the holes show the inside
    local inner = subtract(body, body:shell(44))
    body = subtract(body, intersect(inner, G.slab(G.CHEST - 60, G.NECK + 100)))
    for _, s in ipairs({-1, 1}) do
      local rx, rz = G.radii(o, G.SHOULDER)
      body = smooth_sub(body, ellipsoid(400, 150, 125):move(0, G.SHOULDER - 48, s * (rz + 41)), 10)
    end
  elseif v == "button" then
    local cuffs
    body, cuffs = G.with_sleeves(o, body, 1.0, 64, 46, 13, 55)
    trim = trim + cuffs
  elseif v == "blouse" then
    local cuffs
    -- puffed short sleeves gathered into a band
    for _, s in ipairs({-1, 1}) do
      local sh = G.arm(o, s, 26)
      body = smooth(20, body, ellipsoid(76, 96, 76):move(sh[1], sh[2] - 60, sh[3] + s * 22))
    end
    body, cuffs = G.with_sleeves(o, body, 0.42, 64, 52, 26, 16)
    trim = trim + cuffs
  else
    local cuffs
    local len = v == "polo" and 0.32 or 0.36
    body, cuffs = G.with_sleeves(o, body, len, 72, 66, v == "jersey" and 34 or 38, v == "tee" and 0 or 20)
    if v ~= "" then trim = trim + cuffs end
  end
  -- neck
  local kind = ({blouse = "scoop", tank = "scoop", jersey = "v"})[v] or "crew"
  if v == "jersey" then o.v_depth = 120 end
  o.body = body
  local hole, band = G.neck(o, kind, (v == "blouse" and 0) or (v == "jersey" and 9) or 16)
  body = subtract(body, hole)
  trim = trim + subtract(band, hole)
  if v == "polo" or v == "button" then
    -- a collar and a buttoned placket down the front
    local collar = G.collar(o, v == "polo" and 34 or 40, v == "polo" and 90 or 78)
    trim = subtract(trim, box(200, 200, 200):move(100, G.NECK, 0))
    local y0 = v == "polo" and G.NECK - 190 or o.hem + 40
    local placket = G.band(body, box(300, G.NECK - y0, 36):move(150, (G.NECK + y0) / 2, 0), 4)
    trim = trim + collar
    body = body + placket
    buttons = G.buttons(o, G.NECK - 50, y0 + 30, v == "polo" and 3 or 7, 9)
    buttons = buttons:move(5, 0, 0)
    if v == "button" then
      -- a breast pocket
      body = body + G.band(o.body, box(300, 120, 100, 6):move(150, G.CHEST + 30, 80), 4)
    end
  end
  if v == "blouse" then
    -- a soft ruffle round the scoop neck and a bow at the front
    local top = o.neck or G.NECK
    local ruffle = torus(90, 16):stretch(1, 1, 1.05):rotz(-22):move(8, top - 28, 0):noise(6, 26)
    ruffle = subtract(ruffle, hole)
    trim = trim + ruffle + sphere(20):move(G.front(o, top - 90, 0) + 8, top - 88, 0)
  end
  if v == "jersey" then
    -- the number on the chest, contrasting side panels
    local digits = intersect(G.digits("10", G.CHEST - 70, 210), box(300, 400, 500):move(150, G.CHEST - 70, 0))
    number = G.band(body, digits, 4)
    for _, s in ipairs({-1, 1}) do
      trim = trim + G.band(body, box(40, 340, 300):move(0, o.hem + 170, s * 220), 4)
    end
  end
  -- collars, cuffs and neckbands are of the shirt's own cloth; a jersey's
  -- contrasting collar and side panels are its trim
  local shirt = body:part("body") + trim:part(v == "jersey" and "trim" or "collar")
  if v == "polo" or v == "button" then shirt = shirt + buttons:part("buttons") end
  if v == "jersey" then shirt = shirt + number:part("number") end
  local lift = 430 - o.hem
  shirt = shirt:move(0, lift, 0)
  local stand = G.stand(o.hem + lift + 140)
  return (shirt + stand:part("stand")):roty(-18)
end

return {
  id = "shirt",
  names = {"shirt", "t-shirt", "tshirt", "t shirt", "tee", "tee shirt", "teeshirt",
           "short sleeved shirt", "short sleeve shirt", "graphic tee", "crew neck shirt", "crewneck t-shirt", "undershirt",
           "shrit", "tshrit"},
  lvis = {"shirt", "polo_shirt", "jersey", "tank_top_(clothing)", "blouse"},
  family = "accessories",
  -- Worn on a body no rig builds a place for: named with another subject
  -- ("a frog in a dress") it is left out, never stood on its head.
  attach_to = {"torso"},
  size_mm = 1200,
  description = "A T-shirt on a dress-form stand",
  parts = {
    {"body", "fabric", color = "#2f6fb8", role = "primary", names = {"body", "shirt", "fabric", "sleeves", "sleeve", "cloth"}},
    {"collar", "fabric", color = "#2a64a8", role = "primary",
     names = {"collar", "cuffs", "cuff", "neckline", "neckband", "ruffle", "ribbing", "placket"}},
    {"trim", "fabric", color = "#f4f4f0", role = "secondary", names = {"trim", "panels", "side panels"}},
    {"buttons", "plastic", color = "#f4f2ea", role = "detail", names = {"buttons", "button"}},
    {"number", "fabric", color = "#f8f8f4", role = "detail", names = {"number", "numbers", "digits", "lettering"}},
    {"stand", "iron", color = "#2c2c30", role = "detail", names = {"stand", "dress form", "mannequin stand", "pole", "base"}},
  },
  variants = {
    tee = {names = {"plain t-shirt", "plain tee", "basic tee"}, colors = {body = "#f2f2ee", collar = "#e8e8e4"}},
    polo = {names = {"polo shirt", "polo", "polo tee", "golf shirt", "tennis shirt", "pique shirt"},
            colors = {body = "#1e7a4a", collar = "#1e7a4a", buttons = "#f4f2ea"}},
    button = {names = {"dress shirt", "button up shirt", "button down shirt", "buttoned shirt", "collared shirt",
                       "oxford shirt", "flannel shirt", "business shirt", "long sleeved shirt", "long sleeve shirt",
                       "office shirt", "formal shirt", "button-up shirt", "button-down shirt"},
               colors = {body = "#dfe8f4", collar = "#dfe8f4", buttons = "#f4f2ea"}},
    blouse = {names = {"blouse", "ruffled blouse", "ruffle blouse", "peasant blouse", "womens blouse", "silk blouse"},
              colors = {body = "#f2d6dc", collar = "#f6eef0"}},
    jersey = {names = {"jersey", "football shirt", "soccer shirt", "football jersey", "soccer jersey", "sports jersey",
                       "basketball jersey", "hockey jersey", "team shirt", "sports shirt", "baseball jersey", "rugby shirt",
                       "kit shirt", "numbered shirt"},
              colors = {body = "#c8202c", trim = "#f4f4f0", number = "#f8f8f4"}},
    tank = {names = {"tank top", "tanktop", "vest top", "singlet", "sleeveless shirt", "sleeveless top", "muscle shirt",
                     "camisole", "cami top"},
            colors = {body = "#f2f2ee", collar = "#f2f2ee"}},
  },
  build = build,
}
