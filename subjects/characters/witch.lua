-- A witch: a wide-brimmed pointed black hat, long hair, a long dark dress
-- with a purple sash, and a broomstick at her side.
local H = setmetatable({}, {__index = function(_, key) return use("humanoid")[key] end})
local O = setmetatable({}, {__index = function(_, key) return use("outfits")[key] end})

return {
  id = "witch",
  names = {"witch", "wicked witch", "halloween witch", "old witch", "sorceress", "enchantress", "hag", "witch with a broom"},
  lvis = {},
  family = "characters",
  size_mm = 1750,
  description = "A witch with a pointed hat and a broomstick",
  parts = {
    {"dress", "fabric", color = "#1e1a26", role = "primary", names = {"dress", "robe", "gown", "cloak"}},
    {"hat", "fabric", color = "#1e1a26", role = "secondary", names = {"hat", "pointy hat", "witch hat"}},
    {"band", "fabric", color = "#7a30a0", role = "detail", names = {"band", "sash", "belt"}},
    {"hair", "fabric", color = "#d0501e", role = "detail", names = {"hair"}},
    {"skin", "skin", color = "#b8d098", role = "detail", names = {"skin", "face"}},
    {"broom", "wood", color = "#6a4a2e", role = "detail", names = {"broom", "broomstick", "handle"}},
    {"bristles", "plant", color = "#c8a85a", role = "detail", names = {"bristles", "straw"}},
    {"shoes", "leather", color = "#1a1414", role = "detail", names = {"shoes", "boots"}},
    {"eyes", "plastic", color = "#141416", role = "fixed"},
  },
  variants = {
    good = {names = {"good witch", "pretty witch"}, colors = {skin = "#ecc0a0", hair = "#e0b050"}},
  },
  poses = {"sitting", "running", "waving"},
  points = {"head", "neck", "scarf", "face", "hand", "hand_wide", "shield", "tie", "back", "seat"},
  build = function(k)
    local spec = {
      build = "female", hair = "long", face = {nose_size = 0.24},
      map = {torso = "dress", upper_arm = "dress", forearm = "dress", thigh = "dress", shin = "dress"},
      robe = {part = "dress", flare = 1.9, flare_sleeve = 2.8}, belt = "band", hat_lift = 3.2,
    }
    spec.extras = function(kk, f)
      local u = f.u
      local hat = O.wizard_hat(f.head_r * 1.05, {hat = "hat", band = "band"}, {height = 3.2, bend = 1.0, brim = 2.1, thick = 2.5})
      local s = O.on_head(f, hat, 0.45, 6)
      -- Broom held upright in the left hand, bristles on the ground.
      local fl = f.fistL
      local base = {fl[1] + 2 * u, 16 * u, fl[3] - 1 * u}
      local top = {fl[1] + 2.5 * u, f.y_s + 10 * u, fl[3] - 1 * u}
      s = s + limb(base, top, 1.3 * u, 1.3 * u):part("broom")
      local bristles = cone(7 * u, 2 * u, 17 * u):rotx(180):move(base[1], 17 * u, base[3]):noise(0.4 * u, 1.5 * u)
      s = s + bristles:part("bristles") + cylinder(2.3 * u, 2 * u):move(base[1], 15.5 * u, base[3]):part("band")
      return s
    end
    return H.build(k, spec)
  end,
}
