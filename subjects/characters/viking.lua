-- A viking: a horned helmet, a huge braided beard, a fur cloak over a tunic,
-- a broad belt, wrapped boots and a round shield on the left arm.
local H = setmetatable({}, {__index = function(_, key) return use("humanoid")[key] end})
local O = setmetatable({}, {__index = function(_, key) return use("outfits")[key] end})

return {
  id = "viking",
  names = {"viking", "viking warrior", "norseman", "norse warrior", "barbarian", "berserker", "raider", "viking chief"},
  lvis = {},
  family = "characters",
  size_mm = 1850,
  description = "A bearded viking with a horned helmet and a round shield",
  parts = {
    {"tunic", "fabric", color = "#3a6a8a", role = "primary", names = {"tunic", "shirt", "clothes"}},
    {"fur", "fur", color = "#7a5a3a", role = "secondary", names = {"fur", "cloak", "cape"}},
    {"helmet", "iron", color = "#8a8c90", role = "detail", names = {"helmet"}},
    {"horns", "bone", color = "#ece0c4", role = "detail", names = {"horns"}},
    {"beard", "fabric", color = "#c86a28", role = "detail", names = {"beard", "hair"}},
    {"leather", "leather", color = "#4a3020", role = "detail", names = {"belt", "boots", "trousers"}},
    {"shield", "wood", color = "#8a5a32", role = "detail", names = {"shield"}},
    {"paint", "paint", color = "#b8282d", role = "detail", names = {"stripes", "paint"}},
    {"skin", "skin", color = "#e8b898", role = "detail", names = {"skin", "face", "arms"}},
    {"eyes", "plastic", color = "#141416", role = "fixed"},
  },
  poses = {"sitting", "running", "waving"},
  points = {"head", "neck", "scarf", "face", "hand", "hand_wide", "shield", "tie", "back", "seat"},
  build = function(k)
    local spec = {
      build = "stocky", proportions = {legs = 0.52, head = 0.075}, hair = "long", beard = "long", beard_part = "beard",
      map = {torso = "tunic", upper_arm = "skin", forearm = "skin", thigh = "leather", shin = "leather", foot = "leather", hair = "beard"},
      belt = "leather", buckle = "helmet", cuffs = "leather", bare_arms = true, hat_lift = 1.2,
      skirt = {to = 0.55, flare = 1.3, part = "tunic"},
    }
    spec.extras = function(kk, f)
      local u = f.u
      local s = O.on_head(f, O.viking_helmet(f.head_r * 1.02, {hat = "helmet", horns = "horns"}), 0.05)
      -- Fur mantle over the shoulders and down the back.
      local mantle = H.cape(f, f.y_hip - 10 * u, 1.5):noise(0.6 * u, 4 * u)
      local collar = torus(f.sw * 0.62, 4.5 * u):stretch(0.9, 1, 1.15):move(-1.5 * u, f.y_s, 0):noise(0.6 * u, 3 * u)
      s = s + union(mantle, collar):part("fur")
      -- Round shield on the left arm, facing out and forward.
      local fl = f.fistL
      local R = 22 * u
      local disc = cylinder(R, 2 * u, 0.6 * u):rotz(-90)
      local rim = torus(R, 1.2 * u):rotz(90)
      local boss = sphere(4 * u):move(1.5 * u, 0, 0)
      local sh = disc:part("shield") + rim:part("helmet") + boss:part("helmet")
      for i = 0, 3 do sh = sh + box(0.5 * u, R * 1.95, 3.5 * u):rotx(i * 45):move(2.1 * u, 0, 0):part("paint") end
      s = s + sh:roty(-70):move(fl[1] + 1 * u, fl[2] + 6 * u, fl[3] - 5 * u)
      return s
    end
    return H.build(k, spec)
  end,
}
