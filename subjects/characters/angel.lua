-- An angel: a white robe, feathered wings spread behind, a golden halo
-- floating over long hair.
local H = setmetatable({}, {__index = function(_, key) return use("humanoid")[key] end})
local O = setmetatable({}, {__index = function(_, key) return use("outfits")[key] end})

return {
  id = "angel",
  names = {"angel", "guardian angel", "archangel", "seraph", "angel with wings", "christmas angel"},
  lvis = {},
  family = "characters",
  size_mm = 1750,
  description = "An angel with wings and a halo",
  parts = {
    {"robe", "fabric", color = "#f6f4ee", role = "primary", names = {"robe", "gown", "dress"}},
    {"wings", "feather", color = "#fbfaf6", role = "secondary", names = {"wings", "feathers"}},
    {"halo", "gold", color = "#f0c840", role = "detail", names = {"halo", "sash", "belt"}},
    {"hair", "fabric", color = "#e6bc60", role = "detail", names = {"hair"}},
    {"skin", "skin", color = "#f0c8a8", role = "detail", names = {"skin", "face"}},
    {"eyes", "plastic", color = "#141416", role = "fixed"},
  },
  variants = {
    cherub = {names = {"cherub"}, size_mm = 800},
  },
  poses = {"sitting", "flying"},
  points = {"head", "neck", "scarf", "face", "hand", "hand_wide", "shield", "tie", "back", "seat"},
  build = function(k)
    local cherub = k.variant == "cherub"
    local spec = {
      build = cherub and "toddler" or "female", hair = cherub and "curly" or "long", arms = cherub and "out" or "hold",
      map = {torso = "robe", upper_arm = "robe", forearm = "robe", thigh = "robe", shin = "robe", foot = "skin"},
      robe = (not cherub) and {part = "robe", flare = 1.8} or nil, shorts = cherub, hat_lift = 1.7,
    }
    if cherub then spec.map = {torso = "robe", upper_arm = "skin", forearm = "skin", thigh = "robe", shin = "skin", foot = "skin"} end
    spec.extras = function(kk, f)
      local u = f.u
      local c, hr = f.head_c, f.head_r
      local s = O.halo(hr * 0.75, {halo = "halo"}):rotz(30):move(c[1] - hr * 0.1, c[2] + hr * 1.3, c[3])  -- tilted, resting on the back of the hair
      local span = cherub and f.Hh * 0.35 or f.Hh * 0.55
      local wings = O.wings(span, {wings = "wings"}, "feather")
      s = s + wings:roty(0):move(-f.depth - 1 * u, f.y_chest + 2 * u, 0)
      return s
    end
    return H.build(k, spec)
  end,
}
