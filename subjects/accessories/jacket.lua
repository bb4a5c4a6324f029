-- A jacket as a shop shows it: worn by an invisible body on a dress-form
-- stand. The default is a denim jacket: a pointed shirt collar, a buttoned
-- placket, two flapped chest pockets, a buttoned waistband and cuffs, and
-- contrast stitching along its seams. Variants: a black leather biker jacket
-- (an off-centre zip, wide lapels, a belted hem), a blazer (notched lapels
-- open over a shirt and tie, two buttons, flap pockets), a long coat
-- (double-breasted, lapels, a belt), a parka (the hood up with a fur ruff, a
-- zip, four pockets), a raincoat (a glossy hooded slicker with snaps) and a
-- waistcoat (no sleeves, a V front, five buttons).
local G = use("garment")

local function build(k)
  local v = k.variant
  local o = {hem = 880, ease = 30, straight = 0.7, tilt = 10}
  if v == "blazer" then o.hem, o.ease, o.straight, o.fitted = 800, 26, 0.3, 16 end
  if v == "coat" then o.hem, o.ease, o.straight, o.flare = 500, 30, 0.45, 40 end
  if v == "leather" then o.hem, o.ease, o.straight = 860, 28, 0.6 end
  if v == "vest" then o.hem, o.ease, o.straight, o.fitted = 860, 14, 0.3, 10 end
  if v == "parka" then o.hem, o.ease, o.straight, o.flare = 700, 40, 0.9, 10 end
  if v == "raincoat" then o.hem, o.ease, o.straight, o.flare = 560, 34, 0.7, 70 end
  local body, surface = G.torso(o)
  local trim, stitch, buttons, lining, fur, zip = empty(), empty(), empty(), empty(), empty(), empty()
  local top = G.NECK
  if v == "vest" then
    -- no sleeves: deep arm holes, hollow above the chest so they show the
    -- inside, a V front buttoned below it and two welt pockets
    local inner = subtract(body, body:shell(52))
    body = subtract(body, intersect(inner, G.slab(G.CHEST - 60, G.NECK + 100)))
    local rx, rz = G.radii(o, G.SHOULDER)
    for _, s in ipairs({-1, 1}) do
      body = smooth_sub(body, ellipsoid(400, 170, 120):move(0, G.SHOULDER - 40, s * (rz + 56)), 10)
    end
    o.v_depth, o.v_r, o.v_recess = 300, 70, 40
    o.body = body
    local hole = G.neck(o, "v")
    -- a shirt and tie showing in the V
    local shirt = intersect(hole, subtract(body, body:shell(26)))
    local tie = extrude({{-12, 0}, {12, 0}, {20, -50}, {0, -80 - o.v_depth}, {-20, -50}}, 600):roty(-90):move(0, top - 40, 0)
    tie = intersect(G.band(shirt, tie, 5), box(300, 600, 200):move(150, top - 200, 0))
    body = subtract(body, hole)
    buttons = G.buttons(o, top - 320, o.hem + 50, 5, 11):move(4, 0, 0)
    for _, s in ipairs({-1, 1}) do
      trim = trim + G.band(body, box(300, 20, 110, 3):move(150, o.hem + 130, s * 105), 7)
    end
    trim = trim + G.band(body, box(300, top - 300 - o.hem, 24):move(150, (top - 300 + o.hem) / 2, 0), 4)
    local vest = body:part("body") + trim:part("trim") + buttons:part("buttons") + shirt:part("shirt") + tie:part("tie")
    vest = vest:move(0, 400 - o.hem, 0)
    return (vest + G.stand(540):part("stand")):roty(-18)
  end
  local cuffs
  body, cuffs = G.with_sleeves(o, body, 1.0, v == "parka" and 80 or 72, v == "parka" and 58 or 50, 14,
                               (v == "" or v == "parka") and 50 or 0)
  trim = trim + cuffs
  o.body = body
  if v == "" then
    -- denim jacket: every band is laid on the same skin
    local hole = G.neck(o, "crew")
    body = subtract(body, hole)
    o.body = body
    local skin = surface
    trim = trim + G.collar(o, 40, 100, 12)
    trim = trim + G.band(body, G.slab(o.hem - 2, o.hem + 60), 7)
    local extra = {G.band(skin, box(300, top - o.hem - 10, 40):move(150, (top + o.hem + 10) / 2, 0), 5)}
    for _, s in ipairs({-1, 1}) do
      -- chest pocket with a pointed flap and a button
      extra[#extra + 1] = G.band(skin, box(300, 120, 110, 8):move(150, G.CHEST - 40, s * 88), 6)
      local flap = extrude({{-55, 0}, {55, 0}, {55, -36}, {0, -52}, {-55, -36}}, 600):roty(-90):move(0, G.CHEST + 34, s * 88)
      flap = intersect(flap, box(300, 200, 400):move(150, G.CHEST, 0))
      trim = trim + G.band(skin, flap, 11)
      buttons = buttons + G.button({G.front(o, G.CHEST - 8, s * 88) + 12, G.CHEST - 8, s * 88}, 10)
      -- the seams: a yoke across the chest and pleat seams down to the waistband
      stitch = stitch + G.band(skin, box(300, G.CHEST - 110 - o.hem - 60, 8):move(150, (G.CHEST - 110 + o.hem + 60) / 2, s * 88), 3)
      stitch = stitch + G.band(skin, box(300, 8, 400):move(150, G.CHEST + 50, s * 220), 3)
      stitch = stitch + G.band(skin, box(300, top - o.hem - 10, 6):move(150, (top + o.hem + 10) / 2, s * 28), 6)
      buttons = buttons + G.button({G.front(o, o.hem + 30, s * 110) + 8, o.hem + 30, s * 110}, 10)
    end
    body = body + union(extra)
    buttons = buttons + G.buttons(o, G.CHEST + 60, o.hem + 30, 5, 11):move(6, 0, 0)
  elseif v == "leather" then
    -- biker jacket: wide lapels folded back, an off-centre zip, a belted hem
    o.v_depth = 200
    local hole = G.neck(o, "v")
    body = subtract(body, hole)
    o.body = body
    trim = trim + G.lapels(o, body, top - 230, 70, hole)
    local zline = {}
    for i = 0, 8 do
      local y = o.hem + (top - 200 - o.hem) * i / 8
      local zz = -30 - 60 * (i / 8)
      zline[#zline + 1] = {G.front(o, y, zz) + 3, y, zz}
    end
    zip = tube(zline, 7)
    trim = trim + G.band(body, G.slab(o.hem - 2, o.hem + 50), 7)
    zip = zip + box(18, 30, 24, 3):move(G.front(o, o.hem + 30, -60) + 14, o.hem + 30, -50)
    for _, s in ipairs({-1, 1}) do
      zip = zip + tube({{G.front(o, G.CHEST - 100, s * 60) + 3, G.CHEST - 60, s * 40},
                        {G.front(o, G.CHEST - 160, s * 110) + 3, G.CHEST - 150, s * 120}}, 6)
    end
  elseif v == "blazer" or v == "coat" then
    o.v_depth = v == "blazer" and 330 or 290
    o.v_recess = 40
    o.v_r = v == "blazer" and 76 or 70
    local hole = G.neck(o, "v")
    -- the shirt inside the V (a little behind the lapels), and its tie
    local deep = subtract(body, body:shell(26))
    lining = intersect(hole, deep)
    body = subtract(body, hole)
    o.body = body
    trim = trim + G.lapels(o, body, top - o.v_depth - 10, v == "blazer" and 56 or 78, hole)
    if v == "blazer" then
      local tie = extrude({{-13, 0}, {13, 0}, {22, -60}, {0, -90 - o.v_depth}, {-22, -60}}, 600):roty(-90):move(0, top - 40, 0)
      tie = intersect(G.band(lining, tie, 5), box(300, 600, 200):move(150, top - 200, 0))
      lining = lining:part("shirt") + tie:part("tie")
      buttons = G.buttons(o, top - o.v_depth - 40, top - o.v_depth - 130, 2, 13)
      for _, s in ipairs({-1, 1}) do
        trim = trim + G.band(body, box(300, 34, 130, 4):move(150, o.hem + 110, s * 120), 8)
      end
      trim = trim + G.band(body, box(300, 22, 90, 3):move(150, G.CHEST - 30, 90), 6)
    else
      lining = lining:part("lining")
      for _, s in ipairs({-1, 1}) do
        buttons = buttons + G.buttons(o, G.WAIST + 140, G.WAIST - 110, 3, 14, s * 62)
        trim = trim + G.band(body, box(300, 30, 150, 4):move(150, G.HIP - 40, s * 130), 8)
      end
      -- the belt, buckled at the front
      trim = trim + G.band(body, G.slab(G.WAIST - 22, G.WAIST + 22), 9)
      buttons = buttons + subtract(box(20, 62, 74, 6), box(40, 40, 50)):move(G.front(o, G.WAIST, 0) + 12, G.WAIST, 0)
    end
  else
    -- parka and raincoat: hood up, a zip or snaps down the front
    local hood, ruff = G.hood_up(o, v == "parka")
    local hole = G.neck(o, "crew")
    body = smooth(12, subtract(body, hole), hood)
    o.body = body
    fur = ruff
    local zl = {}
    for i = 0, 6 do
      local y = o.hem + (top - 30 - o.hem) * i / 6
      zl[#zl + 1] = {G.front(o, y, 0) + 2, y, 0}
    end
    if v == "parka" then
      zip = tube(zl, 8)
      trim = trim + G.band(body, box(300, top - 30 - o.hem, 46):move(150, (top - 30 + o.hem) / 2, 0), 5)
      for _, s in ipairs({-1, 1}) do
        trim = trim + G.band(body, box(300, 150, 120, 10):move(150, o.hem + 120, s * 110), 10)
        trim = trim + G.band(body, box(300, 50, 130, 8):move(150, o.hem + 200, s * 110), 16)
        trim = trim + G.band(body, box(300, 110, 90, 8):move(150, G.CHEST - 40, s * 100), 9)
        trim = trim + G.band(body, box(300, 40, 100, 6):move(150, G.CHEST + 20, s * 100), 14)
      end
      -- a drawcord channel at the waist
      stitch = stitch + G.band(body, G.slab(G.WAIST - 10, G.WAIST + 10), 4)
    else
      trim = trim + G.band(body, box(300, top - 30 - o.hem, 40):move(150, (top - 30 + o.hem) / 2, 0), 6)
      buttons = G.buttons(o, top - 80, o.hem + 80, 6, 12):move(8, 0, 0)
      for _, s in ipairs({-1, 1}) do
        trim = trim + G.band(body, box(300, 40, 140, 8):move(150, G.HIP - 60, s * 130), 10)
      end
    end
  end
  local main = v == "leather" and "leather" or (v == "raincoat" and "slicker" or "body")
  local jacket = body:part(main) + trim:part(v == "leather" and "leather" or (v == "raincoat" and "slicker" or "trim"))
  if v == "" then jacket = jacket + stitch:part("stitching") + buttons:part("buttons") end
  if v == "leather" then jacket = jacket + zip:part("zipper") end
  if v == "blazer" or v == "coat" then jacket = jacket + lining + buttons:part("buttons") end
  if v == "parka" then jacket = jacket + zip:part("zipper") + fur:part("fur") + stitch:part("trim") end
  if v == "raincoat" then jacket = jacket + buttons:part("buttons") end
  local lift = 400 - o.hem
  if v == "coat" or v == "raincoat" then lift = 300 - o.hem end
  jacket = jacket:move(0, lift, 0)
  local stand = G.stand(o.hem + lift + 140)
  return (jacket + stand:part("stand")):roty(-18)
end

return {
  id = "jacket",
  names = {"jacket", "denim jacket", "jean jacket", "jeans jacket", "trucker jacket", "blue jean jacket", "jaket",
           "jackett", "casual jacket", "mens jacket", "womens jacket"},
  lvis = {"jacket", "coat", "blazer", "parka", "raincoat", "vest"},
  family = "accessories",
  -- Worn on a body no rig builds a place for: named with another subject
  -- ("a frog in a dress") it is left out, never stood on its head.
  attach_to = {"torso"},
  size_mm = 1250,
  description = "A denim jacket on a dress-form stand",
  parts = {
    {"body", "fabric", color = "#4f74a8", role = "primary", names = {"body", "jacket", "denim", "fabric", "sleeves", "sleeve",
                                                                   "coat", "hood"}},
    {"trim", "fabric", color = "#46689a", role = "primary",
     names = {"trim", "collar", "lapels", "lapel", "cuffs", "cuff", "pockets", "pocket", "waistband", "belt", "flaps"}},
    {"leather", "leather", color = "#1e1c1c", role = "primary", names = {"leather"}},
    {"slicker", "gloss", color = "#f2c41a", role = "primary", names = {"vinyl", "pvc"}},
    {"buttons", "brass", color = "#b8864a", role = "detail", names = {"buttons", "button", "snaps", "buckle", "rivets"}},
    {"stitching", "fabric", color = "#d09a48", role = "detail", names = {"stitching", "stitches", "seams", "thread"}},
    {"zipper", "silver", color = "#c8ccd2", role = "detail", names = {"zipper", "zip", "zips", "zippers"}},
    {"fur", "fur", color = "#d8ccb8", role = "detail", names = {"fur", "fur trim", "ruff", "faux fur"}},
    {"shirt", "fabric", color = "#f4f4f2", role = "detail", names = {"shirt", "white shirt"}},
    {"tie", "fabric", color = "#a02030", role = "detail", names = {"tie", "necktie"}},
    {"lining", "fabric", color = "#5a3a30", role = "detail", names = {"lining", "inside"}},
    {"stand", "iron", color = "#2c2c30", role = "detail", names = {"stand", "dress form", "mannequin stand", "pole", "base"}},
  },
  variants = {
    leather = {names = {"leather jacket", "biker jacket", "motorcycle jacket", "moto jacket", "perfecto",
                        "biker leather jacket", "rocker jacket", "leather coat"},
               colors = {leather = "#1e1c1c", zipper = "#c8ccd2"}},
    blazer = {names = {"blazer", "suit jacket", "sport coat", "sports jacket", "sport jacket", "dinner jacket", "tuxedo jacket",
                       "tux jacket", "suit coat", "tailored jacket", "blazer jacket", "blaser"},
              size_mm = 1250, colors = {body = "#263456", trim = "#1f2b48", buttons = "#1a1a1c"}},
    coat = {names = {"coat", "overcoat", "trench coat", "trenchcoat", "long coat", "wool coat", "woolen coat",
                     "greatcoat", "great coat", "top coat", "topcoat", "camel coat", "duster coat", "mac coat"},
            size_mm = 1500, colors = {body = "#b8936a", trim = "#a8835c", buttons = "#3a2a1e", lining = "#6a4a3a"}},
    parka = {names = {"parka", "winter coat", "winter jacket", "anorak", "hooded coat", "hooded jacket", "ski jacket",
                      "snow jacket", "parka coat", "eskimo coat"},
             size_mm = 1450, colors = {body = "#5a6a44", trim = "#52603e", zipper = "#c8ccd2", fur = "#d8ccb8"}},
    vest = {names = {"vest", "waistcoat", "suit vest", "gilet", "dress vest", "mens vest", "tailored vest", "weskit",
                     "westcoat", "vestcoat"},
            size_mm = 1150, colors = {body = "#5c606a", trim = "#555963", buttons = "#c8b070", tie = "#1e3a6a"}},
    raincoat = {names = {"raincoat", "rain coat", "rain jacket", "slicker", "rain slicker", "mackintosh", "rain mac",
                         "waterproof jacket", "oilskin", "fishermans raincoat"},
                size_mm = 1550, colors = {slicker = "#f2c41a", buttons = "#d8dadc"}},
  },
  build = build,
}
