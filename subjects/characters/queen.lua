-- A queen: a tall crown, a floor-length gown with a fitted bodice, a cape
-- with an ermine collar, long hair and a necklace.
local H = setmetatable({}, {__index = function(_, key) return use("humanoid")[key] end})
local O = setmetatable({}, {__index = function(_, key) return use("outfits")[key] end})

return {
  id = "queen",
  names = {"queen", "empress", "queen with a crown", "royal lady"},
  lvis = {},
  family = "characters",
  size_mm = 1750,
  description = "A queen in a long gown with a crown and cape",
  parts = {
    {"gown", "fabric", color = "#6a2a8a", role = "primary", names = {"gown", "dress", "robe"}},
    {"crown", "gold", color = "#e6b838", role = "secondary", names = {"crown", "necklace", "gold"}},
    {"cape", "fabric", color = "#a81c2c", role = "detail", names = {"cape", "cloak"}},
    {"ermine", "fur", color = "#f4f2ec", role = "detail", names = {"ermine", "fur", "collar", "trim"}},
    {"jewels", "gloss", color = "#2a6ad0", role = "detail", names = {"jewels", "gems"}},
    {"hair", "fabric", color = "#5a3820", role = "detail", names = {"hair"}},
    {"skin", "skin", color = "#ecc0a0", role = "detail", names = {"skin", "face"}},
    {"shoes", "leather", color = "#3a2420", role = "detail", names = {"shoes"}},
    {"eyes", "plastic", color = "#141416", role = "fixed"},
  },
  variants = {
    ice = {names = {"ice queen", "snow queen"}, colors = {gown = "#a8d8f0", cape = "#d8f0fc", hair = "#f0f0f4", crown = "#e0e8f0"}},
    evil = {names = {"evil queen"}, colors = {gown = "#1e1a24", cape = "#6a1020", hair = "#141414"}},
  },
  poses = {"sitting", "running", "waving"},
  points = {"head", "neck", "scarf", "face", "hand", "hand_wide", "shield", "tie", "back", "seat"},
  build = function(k)
    local spec = {
      build = "female", hair = "long",
      map = {torso = "gown", upper_arm = "gown", forearm = "gown", thigh = "gown", shin = "gown"},
      robe = {part = "gown", flare = 2.1, sleeves = false}, hat_lift = 1.4,
    }
    spec.extras = function(kk, f)
      local u = f.u
      local R = f.head_r * 0.9
      local s = O.on_head(f, O.crown(R, {crown = "crown", jewels = "jewels"}, {points = 9, height = 1.0}), 0.55)
      s = s + H.cape(f, 0.5 * u, 2.4):part("cape")
      local collar = intersect(torus(f.sw * 0.62, 3 * u):stretch(1, 1, 1.15), box(f.Hh, f.Hh, f.Hh):move(-f.Hh * 0.5 + f.depth * 0.5, 0, 0))
      s = s + collar:move(-1 * u, f.y_s, 0):part("ermine")
      s = s + intersect(torus(f.head_r * 0.5, 0.6 * u):rotz(-30), box(f.Hh, f.Hh, f.Hh):move(f.Hh * 0.5, 0, 0)):move(f.depth * 0.3, f.y_s - 1 * u, 0):part("crown")
      return s
    end
    return H.build(k, spec)
  end,
}
