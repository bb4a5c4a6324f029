-- A fairy: a tiny winged girl in a petal dress, hovering with her feet
-- pointed, two pairs of translucent wings and a star wand.
local H = setmetatable({}, {__index = function(_, key) return use("humanoid")[key] end})
local O = setmetatable({}, {__index = function(_, key) return use("outfits")[key] end})

return {
  id = "fairy",
  names = {"fairy", "pixie", "sprite", "tooth fairy", "fairy princess", "fae", "tinkerbell", "tinker bell", "faerie",
           "flower fairy", "winged fairy"},
  lvis = {},
  family = "creatures",
  size_mm = 300,
  description = "A little fairy with wings and a wand",
  parts = {
    {"dress", "plant", color = "#7ac860", role = "primary", names = {"dress", "petals", "skirt"}},
    {"wings", "gloss", color = "#c8e8f8", role = "secondary", names = {"wings"}},
    {"hair", "fabric", color = "#f0d070", role = "detail", names = {"hair"}},
    {"skin", "skin", color = "#f4d0b4", role = "detail", names = {"skin", "face"}},
    {"wand", "gold", color = "#f0c838", role = "detail", names = {"wand", "star"}},
    {"shoes", "plant", color = "#5aa048", role = "detail", names = {"shoes", "slippers"}},
    {"eyes", "plastic", color = "#141416", role = "fixed"},
  },
  poses = {"flying", "sitting"},
  points = {"head", "neck", "scarf", "face", "hand", "hand_wide", "shield", "tie", "back", "seat"},
  build = function(k)
    local spec = {
      build = "slim", head_scale = 1.35, hair = "bun", arms = "hold",
      map = {torso = "dress", upper_arm = "skin", forearm = "skin", thigh = "skin", shin = "skin"},
      hat_lift = 1.1,
    }
    spec.extras = function(kk, f)
      local u = f.u
      -- Petal skirt: leaves pointing down and out.
      local s = empty()
      for i = 0, 7 do
        local a = i * 45
        local petal = leaf(22 * u, 12 * u, 2 * u, 0.9):rotx(180):rotz(-28):move(f.waist * 0.6, 0, 0):roty(a)
        s = s + petal:move(0, f.y_waist + 2 * u, 0):part("dress")
      end
      local wings = O.wings(f.Hh * 0.55, {wings = "wings", min_t = f.Hh * 0.022}, "fairy")
      s = s + wings:move(-f.depth - 1 * u, f.y_chest, 0)
      -- Star wand in the right hand.
      local fr = f.fistR
      s = s + limb(H.add(fr, {0, -4 * u, 0}), H.add(fr, {1 * u, 17 * u, 0}), 1.0 * u):part("wand")
      s = s + star(5, 4.5 * u, 2 * u, 1.8 * u):move(fr[1] + 1 * u, fr[2] + 19 * u, fr[3]):part("wand")
      return s
    end
    local shape = H.build(k, spec)
    return shape
  end,
}
