-- An apron as a shop shows it: on a dress form (a padded linen torso on a
-- short pole and a round base). A bib apron: the bib on the chest held by a
-- loop round the neck, the long skirt hanging to the knee, waist ties
-- wrapped round and tied in a bow at the front, and a wide stitched pocket
-- across the front. The `waist` variant is a bistro apron: no bib, tied at
-- the waist.
local G = use("garment")

local function build(k)
  local v = k.variant
  local bottom = 780
  local form, cap = G.form(bottom)
  -- the surface the apron lies on: the body's front, hanging straight on
  -- below the form
  local o = {hem = 420, ease = -16, tilt = 6, hollow = false}
  local under = G.torso(o)
  local sheet = subtract(under:round(16), under)
  local hem = G.KNEE - 20
  local W = 180
  local top = v == "waist" and G.WAIST + 30 or G.CHEST + 70
  local outline
  if v == "waist" then
    outline = {{-W, hem}, {W, hem}, {W, top}, {-W, top}}
  else
    outline = {{-W, hem}, {W, hem}, {W, G.WAIST - 10}, {W - 20, G.WAIST + 40}, {100, G.CHEST - 40}, {92, top},
               {-92, top}, {-100, G.CHEST - 40}, {-(W - 20), G.WAIST + 40}, {-W, G.WAIST - 10}}
  end
  local region = intersect(extrude(outline, 600):roty(-90), G.front_half())
  local apron = intersect(sheet, region)
  -- the hem band and the pocket: a patch across the front in three parts
  local pocket = G.band(apron, box(300, 190, 2 * W - 70, 8):move(150, G.WAIST - 200, 0), 9)
  local seams = empty()
  for _, z in ipairs({-60, 60}) do
    seams = seams + G.band(pocket, box(300, 176, 14):move(150, G.WAIST - 200, z), 4)
  end
  local hem_band = G.band(apron, G.slab(hem - 2, hem + 30), 5)
  -- the waist ties: over the apron at the front, round the form behind, tied
  -- in a bow at the front; the neck loop from the bib's top corners
  local frx, frz = G.radii(o, G.WAIST)
  frx, frz = frx + 26, frz + 26
  local brx, brz = G.radii({ease = 0}, G.WAIST)
  brx, brz = brx - 6 + 8, brz - 10 + 8
  local ring = {}
  for i = 0, 24 do
    local a = math.rad(i / 24 * 360)
    local t = (math.cos(a) + 1) / 2
    ring[#ring + 1] = {(brx + (frx - brx) * t) * math.cos(a), G.WAIST + 6, (brz + (frz - brz) * t) * math.sin(a)}
  end
  local ties = tube(ring, 17)
  local bx = G.front(o, G.WAIST, -110) + 26
  local bow = union(ellipsoid(20, 36, 48):rotx(-40):move(bx, G.WAIST + 14, -74), ellipsoid(20, 36, 48):rotx(40):move(bx, G.WAIST + 14, -146),
                    sphere(20):move(bx, G.WAIST + 6, -110),
                    tube({{bx, G.WAIST, -104}, {bx + 4, G.WAIST - 90, -96}, {bx + 2, G.WAIST - 190, -84}}, 15),
                    tube({{bx, G.WAIST, -116}, {bx + 4, G.WAIST - 80, -128}, {bx + 2, G.WAIST - 160, -142}}, 15))
  ties = ties + bow
  if v ~= "waist" then
    local fx = G.front({ease = 18}, top - 6, 84)
    local pts = {}
    for _, s in ipairs({1, -1}) do
      local seq = {{fx, top - 6, s * 84}, {70, G.NECK - 30, s * 66}, {10, G.NECK + 10, s * 58}}
      if s < 0 then
        for i = #seq, 1, -1 do pts[#pts + 1] = seq[i] end
      else
        for i = 1, #seq do pts[#pts + 1] = seq[i] end
        pts[#pts + 1] = {-50, G.NECK + 14, s * 30}
        pts[#pts + 1] = {-50, G.NECK + 14, -s * 30}
      end
    end
    ties = ties + tube(pts, 17)
  end
  local stand = G.stand(bottom + 40) + cap
  local out = apron:part("apron") + pocket:part("pocket") + seams:part("straps") + hem_band:part("apron")
  out = out + ties:part("straps") + form:part("form") + stand:part("stand")
  return out:move(0, 280 - hem, 0):roty(-55)
end

return {
  id = "apron",
  names = {"apron", "kitchen apron", "chef s apron", "chefs apron", "chef apron", "cooking apron", "bib apron",
           "baking apron", "bbq apron", "barbecue apron", "grill apron", "cook s apron", "cooks apron", "work apron",
           "bakers apron", "baker s apron", "pinafore", "craft apron", "aporn", "apon"},
  lvis = {"apron"},
  family = "accessories",
  -- Worn on a body no rig builds a place for: named with another subject
  -- ("a frog in a dress") it is left out, never stood on its head.
  attach_to = {"torso"},
  size_mm = 1350,
  description = "A bib apron with a pocket, on a dress form",
  parts = {
    {"apron", "fabric", color = "#b83636", role = "primary", names = {"apron", "body", "fabric", "bib", "cloth"}},
    {"straps", "fabric", color = "#f2ede2", role = "secondary",
     names = {"straps", "strap", "ties", "tie", "strings", "neck loop", "loop", "bow", "trim", "stitching"}},
    {"pocket", "fabric", color = "#b83636", role = "primary", names = {"pocket", "pockets"}},
    {"form", "fabric", color = "#e6dac4", role = "detail", names = {"form", "dress form", "mannequin", "torso", "bust"}},
    {"stand", "wood", color = "#4a3424", role = "detail", names = {"stand", "pole", "base"}},
  },
  variants = {
    waist = {names = {"waist apron", "bistro apron", "half apron", "server apron", "waiter apron", "waiters apron",
                      "waiter s apron", "barista apron", "cafe apron"},
             colors = {apron = "#2a2a2e", pocket = "#2a2a2e", straps = "#c89a64"}},
  },
  build = build,
}
