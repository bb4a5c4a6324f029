-- A skirt as a shop shows it: on a dress form (a padded torso in linen on a
-- short pole and a round base), so it reads as worn. The default is a
-- knee-length A-line skirt with soft folds, a waistband and a button.
-- Variants: a miniskirt (short and flared), a pleated skirt (knife pleats
-- all round) and a tutu (stiff layers of net standing out at the hips over
-- a fitted bodice).
local G = use("garment")

local function build(k)
  local v = k.variant
  local waist = G.WAIST + 10
  local o = {ease = 10}
  local wrx, wrz = G.radii(o, waist)
  local skirt, band, trim = empty(), empty(), empty()
  local hem
  if v == "tutu" then
    -- layers of net: flat ruffled discs stacked at the hips
    hem = G.HIP - 60
    local layers = {}
    for i = 0, 3 do
      local y = G.HIP - 40 + i * 18
      local r = 400 - i * 40
      layers[#layers + 1] = cylinder(r, 30, 10):move(0, y, 0)
    end
    skirt = union(layers):noise(5, 60)
    skirt = smooth(30, skirt, loft({{y = G.HIP - 60, rx = wrx + 20, rz = wrz + 30}, {y = waist, rx = wrx, rz = wrz}}))
    -- a fitted bodice above it
    local bod = G.torso({hem = waist - 20, ease = 6, fitted = 20, tilt = 10, hollow = false})
    bod = intersect(bod, G.slab(0, G.CHEST + 40))
    trim = bod
  else
    local sk = {waist = waist, wrx = wrx, wrz = wrz}
    if v == "mini" then
      sk.hem, sk.hr, sk.shape, sk.folds, sk.fold_r = G.HIP - 150, 290, "bell", 10, 0.1
    elseif v == "pleated" then
      sk.hem, sk.hr, sk.shape, sk.pleats, sk.pleat_depth = G.KNEE + 60, 290, "a", 20, 24
    else
      sk.hem, sk.hr, sk.shape, sk.folds, sk.fold_r = G.KNEE + 20, 280, "a", 8, 0.1
    end
    sk.hem_depth = 100
    hem = sk.hem
    skirt = G.skirt(sk)
    band = G.band(skirt, G.slab(waist - 60, waist + 1), 8)
    trim = G.button({G.front(o, waist - 30, 0) + 10, waist - 30, 0}, 14)
  end
  local form, cap = G.form(hem + 40)
  local pole_top = hem + 200
  local stand = G.stand(pole_top) + cap
  local out = skirt:part("body") + band:part("waistband")
  out = out + trim:part(v == "tutu" and "bodice" or "buttons")
  out = out + form:part("form") + stand:part("stand")
  local lift = 420 - hem
  if v == "tutu" then lift = 620 - hem end
  return out:move(0, lift, 0):roty(-18)
end

return {
  id = "skirt",
  names = {"skirt", "a line skirt", "midi skirt", "knee length skirt", "flared skirt", "circle skirt",
           "denim skirt", "skater skirt", "womens skirt", "girls skirt", "skirt on a mannequin", "skrit"},
  lvis = {"skirt", "kilt"},
  family = "accessories",
  -- Worn on a body no rig builds a place for: named with another subject
  -- ("a frog in a dress") it is left out, never stood on its head.
  attach_to = {"torso"},
  size_mm = 1300,
  description = "A knee-length skirt on a dress form",
  parts = {
    {"body", "fabric", color = "#b8283a", role = "primary", names = {"body", "skirt", "fabric", "net", "tulle", "pleats"}},
    {"waistband", "fabric", color = "#a0202e", role = "primary", names = {"waistband", "waist", "band", "belt"}},
    {"bodice", "fabric", color = "#f2b6c8", role = "primary", names = {"bodice", "leotard"}},
    {"buttons", "plastic", color = "#2a2422", role = "detail", names = {"button", "buttons"}},
    {"form", "fabric", color = "#e6dac4", role = "detail", names = {"form", "dress form", "mannequin", "torso", "bust"}},
    {"stand", "wood", color = "#4a3424", role = "detail", names = {"stand", "pole", "base"}},
  },
  variants = {
    mini = {names = {"miniskirt", "mini skirt", "short skirt", "ra ra skirt", "rara skirt", "cheerleader skirt"},
            colors = {body = "#2a2a30", waistband = "#222228", buttons = "#c8ccd2"}},
    pleated = {names = {"pleated skirt", "kilt", "school skirt", "schoolgirl skirt", "tennis skirt", "plaid skirt",
                        "tartan skirt", "pleat skirt", "accordion skirt"},
               colors = {body = "#23305a", waistband = "#1e2a50"}},
    tutu = {names = {"tutu", "ballet tutu", "tutu skirt", "tulle skirt", "ballerina tutu", "ballet skirt"},
            colors = {body = "#f4b8cc", bodice = "#f4b8cc"}},
  },
  build = build,
}
