-- A princess: a tiara, long hair and a full-skirted ball gown to the floor
-- with puffed sleeves.
local H = setmetatable({}, {__index = function(_, key) return use("humanoid")[key] end})
local O = setmetatable({}, {__index = function(_, key) return use("outfits")[key] end})

return {
  id = "princess",
  names = {"princess", "fairy tale princess", "disney princess", "little princess", "sleeping beauty",
           "princess in a gown"},
  lvis = {},
  family = "characters",
  size_mm = 1650,
  description = "A princess in a ball gown with a tiara",
  parts = {
    {"gown", "fabric", color = "#f08ab8", role = "primary", names = {"gown", "dress", "ball gown", "skirt"}},
    {"trim", "fabric", color = "#fcd8ea", role = "secondary", names = {"trim", "sleeves", "bodice"}},
    {"crown", "gold", color = "#e8c040", role = "detail", names = {"tiara", "crown"}},
    {"jewels", "gloss", color = "#60b8f0", role = "detail", names = {"jewels", "gems"}},
    {"hair", "fabric", color = "#e0b050", role = "detail", names = {"hair"}},
    {"skin", "skin", color = "#f0c8a8", role = "detail", names = {"skin", "face"}},
    {"shoes", "gloss", color = "#d8e8f8", role = "detail", names = {"shoes", "slippers"}},
    {"eyes", "plastic", color = "#141416", role = "fixed"},
  },
  variants = {
    cinderella = {names = {"cinderella"}, colors = {gown = "#8ac0f0", trim = "#e0f0fc"}},
    snow_white = {names = {"snow white"}, colors = {gown = "#f0d040", trim = "#2a50b0", hair = "#141414"}},
  },
  poses = {"sitting", "running", "waving"},
  points = {"head", "neck", "scarf", "face", "hand", "hand_wide", "shield", "tie", "back", "seat"},
  build = function(k)
    local spec = {
      build = "female", hair = "long", head_scale = 1.08,
      map = {torso = "gown", upper_arm = "trim", forearm = "skin", thigh = "gown", shin = "gown"},
      skirt = {to = 0.0, flare = 2.6, part = "gown"}, hat_lift = 1.0,
    }
    spec.extras = function(kk, f)
      local u = f.u
      local s = O.on_head(f, O.crown(f.head_r * 0.72, {crown = "crown", jewels = "jewels"}, {points = 5, height = 0.55}), 0.62, -12)
      for _, side in ipairs({"L", "R"}) do
        s = s + sphere(f.r_upper * 1.9):move(H.lerp(f["s" .. side], f["e" .. side], 0.25)):part("trim")
      end
      -- A ruffle at the hem and one at the waist.
      s = s + torus(f.hw * 2.45, 2.2 * u):stretch(1.05, 1, 1):move(0, 2.5 * u, 0):part("trim")
      s = s + torus(f.waist * 1.1, 1.5 * u):stretch(f.depth * 1.1 / (f.waist * 1.1), 1, 1):move(0, f.y_waist, 0):part("trim")
      return s
    end
    return H.build(k, spec)
  end,
}
