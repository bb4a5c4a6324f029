-- A dwarf: a short, broad warrior with a huge braided beard down to the
-- belt, a round iron helmet, chain mail, a wide belt and a battle axe.
local H = setmetatable({}, {__index = function(_, key) return use("humanoid")[key] end})
local O = setmetatable({}, {__index = function(_, key) return use("outfits")[key] end})

return {
  id = "dwarf",
  names = {"dwarf", "dwarf warrior", "dwarven warrior", "dwarven", "bearded dwarf", "dwarf miner", "gimli"},
  lvis = {},
  family = "characters",
  size_mm = 1300,
  description = "A bearded dwarf with a helmet and an axe",
  parts = {
    {"tunic", "fabric", color = "#7a3a2a", role = "primary", names = {"tunic", "clothes", "coat"}},
    {"mail", "iron", color = "#8a8e94", role = "secondary", names = {"mail", "chain mail", "armour", "armor", "helmet", "axe"}},
    {"beard", "fabric", color = "#a8582a", role = "detail", names = {"beard", "hair"}},
    {"leather", "leather", color = "#4a3020", role = "detail", names = {"belt", "boots", "handle"}},
    {"gold", "gold", color = "#d8aa3a", role = "detail", names = {"buckle", "trim"}},
    {"skin", "skin", color = "#e0a888", role = "detail", names = {"skin", "face", "nose"}},
    {"eyes", "plastic", color = "#141416", role = "fixed"},
  },
  poses = {"sitting", "running", "waving"},
  points = {"head", "neck", "scarf", "face", "hand", "hand_wide", "shield", "tie", "back", "seat"},
  build = function(k)
    local spec = {
      build = "stocky", girth = 1.1, hair = "long", beard = "long", beard_part = "beard", boots = true,
      map = {torso = "mail", upper_arm = "tunic", forearm = "skin", thigh = "tunic", shin = "leather", foot = "leather", hair = "beard"},
      face = {nose_size = 0.24}, belt = "leather", buckle = "gold", skirt = {to = 0.62, flare = 1.3, part = "tunic"},
      hat_lift = 1.0,
    }
    spec.extras = function(kk, f)
      local u = f.u
      local s = O.on_head(f, O.round_helmet(f.head_r * 0.98, {hat = "mail"}), 0.2)
      s = s + O.on_head(f, box(f.head_r * 0.15, f.head_r * 0.7, f.head_r * 0.12):move(f.head_r * 1.08, -f.head_r * 0.25, 0), 0.2):part("mail")
      -- Axe in the right hand: a haft with a double blade (unless the
      -- prompt gives the hand something else to hold).
      if kk.holds then return s end
      local fr = f.fistR
      local base = H.add(fr, {0, -10 * u, 0})
      local top = H.add(fr, {2 * u, 28 * u, 0})
      s = s + limb(base, top, 1.3 * u):part("leather")
      for _, z in ipairs({-1, 1}) do
        local blade = extrude({{0, -2 * u}, {10 * u, -8 * u}, {12 * u, 0}, {10 * u, 8 * u}, {0, 2 * u}}, 1 * u, 0.3 * u)
        s = s + blade:roty(z > 0 and 0 or 180):move(top[1], top[2] - 3 * u, top[3]):part("mail")
      end
      return s
    end
    return H.build(k, spec)
  end,
}
