-- Trousers standing on their own legs as if worn by an invisible body, the
-- waist open on top: a waistband with belt loops and a button, slanted
-- front pockets, a fly and a pressed crease down each leg. Variants: jeans
-- (denim blue, contrast stitching along the pockets, fly, side seams and
-- hems, copper rivets), shorts (wide legs ending above the knee, turned-up
-- cuffs), sweatpants (baggy, a thick elastic waist with a drawstring,
-- ribbed ankle cuffs) and leggings (skin tight, a wide waistband).
local G = use("garment")

local function build(k)
  local v = k.variant
  local waist = 1010
  local o = {waist = waist, hem = 20, ease = 16, hem_r = 64, knee_r = 68, thigh_r = 88}
  if v == "jeans" then o.hem_r, o.knee_r, o.thigh_r = 60, 64, 86 end
  if v == "shorts" then o.hem, o.hem_r, o.hem_z, o.thigh_r = G.CROTCH - 230, 92, 130, 94 end
  if v == "sweatpants" then o.ease, o.hem_r, o.knee_r, o.thigh_r, o.hem = 22, 46, 76, 96, 40 end
  if v == "leggings" then o.ease, o.hem_r, o.knee_r, o.thigh_r, o.hem, o.wall = 4, 38, 50, 76, 60, 16 end
  local body, _, seat, legs = G.trousers(o)
  -- grooves are cut 12 mm into the surface
  local seat_in = seat:shell(24)
  local grooves = {}
  local e = o.ease
  -- the waist's radii
  local rxw, rzw = G.radii({ease = e}, waist)
  local band_h = (v == "sweatpants" or v == "leggings") and 80 or 52
  local band = G.band(seat, G.slab(waist - band_h, waist), v == "leggings" and 4 or 7)
  local trim, stitch, metal = band, empty(), empty()
  local front = G.front_half()
  if v ~= "sweatpants" and v ~= "leggings" then
    trim = trim + G.belt_loops(rxw + 8, rzw + 8, waist - band_h / 2, band_h + 8)
    metal = metal + G.button({G.front({ease = e}, waist - band_h / 2, 0) + 8, waist - band_h / 2, 0}, 13)
    -- slanted front pockets: a groove with the stitching beside it
    for _, s in ipairs({-1, 1}) do
      local line = {{s * 72, waist - band_h + 6}, {s * 90, waist - 105}, {s * 120, waist - 140}, {s * (rzw - 4), waist - 156}}
      grooves[#grooves + 1] = intersect(G.stroke(line, 14), front, seat_in)
      if v == "jeans" then
        local l2 = {}
        for i, p in ipairs(line) do l2[i] = {p[1] - s * 10, p[2] - 8} end
        stitch = stitch + G.band(seat, intersect(G.stroke(l2, 6), front), 3)
        metal = metal + sphere(8):move(G.front({ease = e}, waist - band_h, s * 74) + 4, waist - band_h - 2, s * 76)
      end
    end
    -- the fly: a J seam down the front
    local fly = {{-30, waist - band_h}, {-30, G.CROTCH + 110}, {-20, G.CROTCH + 80}, {0, G.CROTCH + 66}}
    if v == "jeans" then
      stitch = stitch + G.band(seat, intersect(G.stroke(fly, 7), front), 3)
    else
      grooves[#grooves + 1] = intersect(G.stroke(fly, 12), front, seat_in)
    end
    body = subtract(body, union(grooves))
  end
  if v == "jeans" then
    for _, s in ipairs({-1, 1}) do
      -- side seams and hem stitching
      local side = intersect(box(10, G.CROTCH + 60, 400):move(0, G.CROTCH / 2 + 20, s * 200), box(2000, 4000, 400):move(0, 0, s * 300))
      stitch = stitch + G.band(legs, side, 3)
    end
    stitch = stitch + G.band(legs, G.slab(o.hem + 30, o.hem + 37), 3)
    stitch = stitch + G.band(seat, G.slab(waist - band_h - 6, waist - band_h), 3)
    -- the coin pocket
    stitch = stitch + G.band(seat, intersect(G.stroke({{-82, waist - band_h - 4}, {-82, waist - band_h - 70},
                                                       {-132, waist - band_h - 70}, {-132, waist - band_h - 4}}, 6), front), 3)
  elseif v == "shorts" then
    -- turned-up cuffs
    trim = trim + G.band(legs, G.slab(o.hem - 2, o.hem + 50), 9)
  elseif v == "sweatpants" then
    -- ribbed ankle cuffs and a drawstring tied at the front
    trim = trim + G.band(legs, G.slab(o.hem - 2, o.hem + 90), 7)
    local x0 = G.front({ease = e}, waist - 40, 0) + 8
    stitch = union(
      tube({{x0, waist - 30, -14}, {x0 + 6, waist - 80, -26}, {x0 + 2, waist - 170, -34}}, 8),
      tube({{x0, waist - 30, 14}, {x0 + 6, waist - 80, 22}, {x0 + 2, waist - 160, 40}}, 8),
      sphere(14):move(x0 + 2, waist - 40, 0))
  end
  local out = body:part("body") + trim:part("waistband")
  if v == "jeans" then out = out + stitch:part("stitching") end
  if v == "sweatpants" then out = out + stitch:part("drawstring") end
  if v ~= "sweatpants" and v ~= "leggings" then out = out + metal:part("buttons") end
  return out:move(0, -o.hem, 0):roty(-22)
end

return {
  id = "trousers",
  names = {"trousers", "pants", "slacks", "chinos", "khakis", "khaki pants", "khaki trousers", "dress pants",
           "suit trousers", "pair of trousers", "pair of pants", "chino pants", "work trousers",
           "trouser", "trowsers", "pant", "corduroys", "corduroy trousers"},
  lvis = {"trousers", "jean", "short_pants", "legging_(clothing)"},
  family = "accessories",
  -- Worn on a body no rig builds a place for: named with another subject
  -- ("a frog in a dress") it is left out, never stood on its head.
  attach_to = {"torso"},
  size_mm = 1000,
  description = "A pair of trousers standing on their own legs",
  parts = {
    {"body", "fabric", color = "#a88e62", role = "primary", names = {"body", "trousers", "pants", "legs", "leg", "fabric",
                                                                   "denim", "cloth"}},
    {"waistband", "fabric", color = "#9a8258", role = "primary",
     names = {"waistband", "waist", "belt loops", "cuffs", "cuff", "crease", "hem", "band"}},
    {"stitching", "fabric", color = "#d09a48", role = "detail", names = {"stitching", "stitches", "seams", "thread"}},
    {"drawstring", "fabric", color = "#f2f0ea", role = "detail", names = {"drawstring", "drawstrings", "cord", "strings"}},
    {"buttons", "copper", color = "#b87a48", role = "detail", names = {"button", "buttons", "rivets", "rivet", "studs"}},
  },
  variants = {
    jeans = {names = {"jeans", "blue jeans", "denim jeans", "pair of jeans", "denim pants", "denim trousers", "denims",
                      "skinny jeans", "bootcut jeans", "jean pants", "jeans pants"},
             colors = {body = "#3d5d8e", waistband = "#37557f", stitching = "#d09a48", buttons = "#b87a48"}},
    shorts = {names = {"shorts", "pair of shorts", "short pants", "denim shorts", "bermuda shorts", "bermudas", "cargo shorts",
                       "chino shorts", "board shorts", "boardshorts", "walking shorts", "swim shorts"},
              size_mm = 520, colors = {body = "#c8b088", waistband = "#b8a078", buttons = "#8a6a48"}},
    sweatpants = {names = {"sweatpants", "sweat pants", "joggers", "jogging pants", "jogging bottoms", "track pants",
                           "trackpants", "tracksuit bottoms", "tracksuit pants", "sweats", "jogger pants", "trackies"},
                  colors = {body = "#8c9098", waistband = "#7c8088", drawstring = "#f2f0ea"}},
    leggings = {names = {"leggings", "yoga pants", "tights", "jeggings", "pair of leggings", "exercise leggings",
                         "gym leggings", "legging"},
                colors = {body = "#26262a", waistband = "#202024"}},
  },
  build = build,
}
