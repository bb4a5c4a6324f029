-- A king: a jewelled crown, a red robe with an ermine cape, a beard and a
-- golden sceptre. The prince variant is young and beardless.
local H = setmetatable({}, {__index = function(_, key) return use("humanoid")[key] end})
local O = setmetatable({}, {__index = function(_, key) return use("outfits")[key] end})

local function ermine(f, k)
  local u = f.u
  local cape = H.cape(f, 1 * u, 1.9)
  local collar = intersect(torus(f.sw * 0.62, 4 * u):stretch(1, 1, 1.15), box(f.Hh, f.Hh, f.Hh):move(-f.Hh * 0.5 + f.depth * 0.7, 0, 0))
  collar = collar:move(-1 * u, f.y_s, 0)
  local spots = empty()
  for i = 0, 6 do
    local a = math.rad(110 + i * 23)
    spots = spots + sphere(1 * u):stretch(1, 2, 1):move(math.cos(a) * f.sw * 0.62 * 1.0 - 1 * u, f.y_s + 3 * u, math.sin(a) * f.sw * 0.7)
  end
  return cape, collar, spots
end

return {
  id = "king",
  names = {"king", "emperor", "ruler", "sovereign", "royal", "king with a crown"},
  lvis = {},
  family = "characters",
  size_mm = 1800,
  description = "A king with a crown, robe, ermine cape and sceptre",
  parts = {
    {"robe", "fabric", color = "#a81c2c", role = "primary", names = {"robe", "cape", "cloak", "gown"}},
    {"crown", "gold", color = "#e6b838", role = "secondary", names = {"crown", "sceptre", "scepter", "gold"}},
    {"ermine", "fur", color = "#f4f2ec", role = "detail", names = {"ermine", "fur", "collar", "trim"}},
    {"spots", "fur", color = "#141414", role = "detail", names = {"spots"}},
    {"tunic", "fabric", color = "#e8c050", role = "detail", names = {"tunic", "shirt"}},
    {"jewels", "gloss", color = "#c0182c", role = "detail", names = {"jewels", "gems", "orb"}},
    {"beard", "fabric", color = "#6a4a30", role = "detail", names = {"beard", "hair"}},
    {"skin", "skin", color = "#e2b08e", role = "detail", names = {"skin", "face"}},
    {"shoes", "leather", color = "#3a2420", role = "detail", names = {"shoes", "boots"}},
    {"eyes", "plastic", color = "#141416", role = "fixed"},
  },
  variants = {
    prince = {names = {"prince", "young prince", "prince charming"}, colors = {robe = "#2a4aa0", tunic = "#f0f0f0", beard = "#c89a50"}},
  },
  poses = {"sitting", "running", "waving"},
  points = {"head", "neck", "scarf", "face", "hand", "hand_wide", "shield", "tie", "back", "seat"},
  build = function(k)
    local prince = k.variant == "prince"
    local spec = {
      build = prince and "slim" or "heavy", hair = "short", beard = (not prince) and "full" or nil, beard_part = "beard",
      map = {torso = "tunic", upper_arm = "robe", forearm = "robe", thigh = prince and "tunic" or "robe", shin = prince and "tunic" or "robe", hair = "beard"},
      robe = (not prince) and {part = "robe", flare = 1.7, sleeves = false} or nil,
      boots = prince, belt = "crown", cuffs = "ermine", hat_lift = 1.3,
    }
    spec.extras = function(kk, f)
      local u = f.u
      local R = f.head_r * 0.95
      local s = O.on_head(f, O.crown(R, {crown = "crown", jewels = "jewels"}, {points = prince and 6 or 8, height = prince and 0.5 or 0.8, cap = (not prince) and "robe" or nil}), 0.52)
      local cape, collar, spots = ermine(f, kk)
      s = s + cape:part("robe") + collar:part("ermine") + spots:part("spots")
      if not prince then
        -- Ermine trim down the front of the robe.
        s = s + box(2 * u, f.y_chest - 1 * u, 7 * u, 1 * u):move(f.depth * 1.6, (f.y_chest + 1 * u) * 0.5, 0):part("ermine")
      end
      -- Sceptre in the left hand.
      local fl = f.fistL
      local base = H.add(fl, {0, -10 * u, 0})
      local top = H.add(fl, {1 * u, 20 * u, 0})
      s = s + limb(base, top, 1.1 * u, 1.1 * u):part("crown") + sphere(2.6 * u):move(top[1], top[2] + 2 * u, top[3]):part("jewels")
      return s
    end
    return H.build(k, spec)
  end,
}
