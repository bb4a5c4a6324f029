-- A dress as a shop shows it: worn by an invisible body. The default is a
-- knee-length dress on a dress-form stand: a fitted bodice with short
-- sleeves and a round neck, a sash at the waist and a softly folded A-line
-- skirt. Variants: a sundress (spaghetti straps, a straight neckline, a
-- flared skirt), an evening gown (sleeveless, a V neck, a slim skirt to the
-- floor), a bridal gown (strapless, a full skirt with a train) and a ball
-- gown (off the shoulder, a wide bell skirt to the floor). The long ones
-- stand on their hems.
local G = use("garment")

-- A bodice cut straight across above the bust at y, hollow inside so the
-- opening shows, with a dip at the front centre when `sweet`.
local function strapless(body, y, sweet)
  local cut = G.slab(y, 3000)
  if sweet then cut = union(cut, ellipsoid(160, 50, 44):move(200, y, 0)) end
  -- hollowed from the uncut body, so the hollow opens at the cut
  local inner = intersect(subtract(body, body:shell(64)), G.slab(y - 130, y + 100))
  return subtract(body, cut, inner)
end

local function build(k)
  local v = k.variant
  local long = v == "evening" or v == "bridal" or v == "ball"
  local o = {hem = G.WAIST - 60, ease = 12, fitted = 26, tilt = 10, hollow = false}
  local bodice = G.torso(o)
  local trim, straps, puffs = empty(), empty(), empty()
  o.body = bodice
  -- the top of the dress
  if v == "" then
    local cuffs
    bodice, cuffs = G.with_sleeves(o, bodice, 0.3, 62, 56, 26, 0)
    o.body = bodice
    bodice = subtract(bodice, (G.neck(o, "scoop")))
  elseif v == "evening" then
    o.v_depth = 230
    o.v_recess = 40
    for _, s in ipairs({-1, 1}) do
      local rx, rz = G.radii(o, G.SHOULDER)
      bodice = smooth_sub(bodice, ellipsoid(400, 150, 125):move(0, G.SHOULDER - 48, s * (rz + 36)), 10)
    end
    local inner = subtract(bodice, bodice:shell(40))
    bodice = subtract(bodice, intersect(inner, G.slab(G.CHEST - 40, G.NECK + 100)))
    o.body = bodice
    local hole = G.neck(o, "v")
    bodice = subtract(bodice, hole)
  elseif v == "ball" then
    -- off the shoulder: cut across the upper chest, with puffed bands
    -- round the tops of the arms
    bodice = strapless(bodice, G.CHEST + 50, true)
    for _, s in ipairs({-1, 1}) do
      local sh = G.arm(o, s, 16)
      local puff = ellipsoid(64, 50, 64):move(sh[1], G.CHEST + 46, sh[3] + s * 40)
      puffs = puffs + smooth(20, puff, limb({40, G.CHEST + 60, s * 70}, {sh[1] + 30, G.CHEST + 50, sh[3] + s * 30}, 14, 20))
    end
  else
    bodice = strapless(bodice, G.CHEST + 40, v == "bridal")
    if v == "sundress" then
      for _, s in ipairs({-1, 1}) do
        local y0 = G.CHEST + 30
        local pts = {{G.front(o, y0, s * 80) - 8, y0, s * 80}, {70, G.NECK - 30, s * 92}, {0, G.NECK - 6, s * 96},
                     {-70, G.NECK - 30, s * 92}, {-G.front(o, y0, s * 80) + 8, y0, s * 80}}
        straps = straps + tube(pts, 11)
      end
    end
  end
  -- the skirt
  local wrx, wrz = G.radii(o, G.WAIST)
  local sk
  if v == "ball" then
    sk = {waist = G.WAIST + 10, hem = 0, wrx = wrx, wrz = wrz, hr = 560, shape = "bell", folds = 10, fold_r = 0.1, fold_k = 24}
  elseif v == "bridal" then
    sk = {waist = G.WAIST + 10, hem = 0, wrx = wrx, wrz = wrz, hr = 430, shape = "a", folds = 9, fold_r = 0.09, fold_k = 24}
  elseif v == "evening" then
    sk = {waist = G.WAIST + 10, hem = 0, wrx = wrx, wrz = wrz, hr = 250, shape = "straight", folds = 8, fold_r = 0.08}
  elseif v == "sundress" then
    sk = {waist = G.WAIST + 10, hem = G.KNEE + 40, wrx = wrx, wrz = wrz, hr = 330, shape = "bell", folds = 11, fold_r = 0.1}
  else
    sk = {waist = G.WAIST + 10, hem = G.KNEE, wrx = wrx, wrz = wrz, hr = 300, shape = "a", folds = 9, fold_r = 0.09}
  end
  sk.hem_depth = 90
  sk.hollow = not long
  local skirt = G.skirt(sk)
  if v == "bridal" then
    -- a train spreading out behind on the floor
    local train = intersect(ellipsoid(620, 200, 330):move(-260, 0, 0), G.slab(0, 400))
    skirt = smooth(120, skirt, train)
  elseif v == "evening" then
    local train = intersect(ellipsoid(380, 120, 250):move(-120, 0, 0), G.slab(0, 400))
    skirt = smooth(100, skirt, train)
  end
  local dress = smooth(20, bodice, skirt)
  -- the waist: a sash (a bow at the back) or a band
  if v ~= "evening" then
    local sash = G.band(dress, G.slab(G.WAIST - 26, G.WAIST + 26), 8)
    local bx = -G.radii(o, G.WAIST) - 14
    local bow = union(ellipsoid(26, 40, 62):rotx(-30):move(bx, G.WAIST + 10, 50), ellipsoid(26, 40, 62):rotx(30):move(bx, G.WAIST + 10, -50),
                      sphere(28):move(bx, G.WAIST, 0),
                      limb({bx, G.WAIST - 10, 20}, {bx - 20, G.WAIST - 180, 60}, 16, 12),
                      limb({bx, G.WAIST - 10, -20}, {bx - 20, G.WAIST - 170, -50}, 16, 12))
    trim = trim + sash + bow
  end
  if v == "bridal" then
    -- lace edging round the neckline
    trim = trim + G.band(dress, G.slab(G.CHEST + 10, G.CHEST + 40), 6)
  end
  local out = dress:part("body") + puffs:part("body") + trim:part("trim")
  if v == "sundress" then out = out + straps:part("body") end
  if long then return out:roty(-18) end
  local lift = 400 - sk.hem
  out = out:move(0, lift, 0)
  local stand = G.stand(sk.hem + lift + 200)
  return (out + stand:part("stand")):roty(-18)
end

return {
  id = "dress",
  names = {"dress", "frock", "cocktail dress", "party dress", "day dress", "midi dress", "a line dress", "tea dress",
           "skater dress", "short dress", "knee length dress", "womens dress", "girls dress", "dres", "dresss"},
  lvis = {"dress", "bridal_gown"},
  family = "accessories",
  -- Worn on a body no rig builds a place for: named with another subject
  -- ("a frog in a dress") it is left out, never stood on its head.
  attach_to = {"torso"},
  size_mm = 1400,
  description = "A knee-length dress on a dress-form stand",
  parts = {
    {"body", "fabric", color = "#3a5fb0", role = "primary", names = {"body", "dress", "fabric", "skirt", "bodice", "sleeves",
                                                                   "gown", "train"}},
    {"trim", "fabric", color = "#f2eee6", role = "secondary",
     names = {"trim", "sash", "belt", "bow", "ribbon", "straps", "strap", "collar", "neckline", "lace", "waistband"}},
    {"stand", "iron", color = "#2c2c30", role = "detail", names = {"stand", "dress form", "mannequin stand", "pole", "base"}},
  },
  variants = {
    sundress = {names = {"sundress", "sun dress", "summer dress", "strappy dress", "slip dress", "beach dress",
                         "spaghetti strap dress", "sleeveless dress", "sundres"},
                colors = {body = "#f2c64a", trim = "#f8f2e0"}},
    evening = {names = {"gown", "evening dress", "evening gown", "maxi dress", "long dress", "formal dress", "formal gown",
                        "red carpet dress", "cocktail gown", "floor length dress", "maxi gown", "silk gown"},
               size_mm = 1500, colors = {body = "#7a1028", trim = "#7a1028"}},
    bridal = {names = {"bridal gown", "bridal dress", "bride dress", "marriage dress"},
              size_mm = 1500, colors = {body = "#f8f6f0", trim = "#efe8da"}},
    ball = {names = {"ball gown", "ballgown", "ball dress", "prom dress", "prom gown", "princess gown", "quinceanera dress",
                     "victorian dress", "hoop skirt dress", "crinoline dress", "debutante gown"},
            size_mm = 1500, colors = {body = "#e8a0b8", trim = "#f4d0dc"}},
  },
  build = build,
}
