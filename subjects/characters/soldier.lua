-- A soldier: a round combat helmet, an olive uniform with a webbing belt and
-- chest pouches, a backpack and combat boots.
local H = setmetatable({}, {__index = function(_, key) return use("humanoid")[key] end})
local O = setmetatable({}, {__index = function(_, key) return use("outfits")[key] end})

return {
  id = "soldier",
  names = {"soldier", "army soldier", "infantryman", "marine", "trooper", "military man", "commando", "warrior",
           "guard", "sentry"},
  lvis = {},
  family = "characters",
  size_mm = 1800,
  description = "A soldier in a helmet and uniform",
  parts = {
    {"uniform", "fabric", color = "#5a6440", role = "primary", names = {"uniform", "clothes", "jacket", "coat", "tunic", "camo"}},
    {"gear", "fabric", color = "#4a4a32", role = "secondary", names = {"gear", "pouches", "vest", "belt", "backpack"}},
    {"helmet", "steel", color = "#545c3c", role = "detail", names = {"helmet"}},
    {"boots", "leather", color = "#2a2420", role = "detail", names = {"boots"}},
    {"skin", "skin", color = "#e2b08e", role = "detail", names = {"skin", "face"}},
    {"eyes", "plastic", color = "#141416", role = "fixed"},
  },
  variants = {
    toy = {names = {"green army man", "toy soldier", "army man"}, size_mm = 60, model = true,
           colors = {uniform = "#4c8a3a", gear = "#4c8a3a", helmet = "#4c8a3a", boots = "#4c8a3a", skin = "#4c8a3a"}},
  },
  poses = {"sitting", "running", "waving"},
  points = {"head", "neck", "scarf", "face", "hand", "hand_wide", "shield", "tie", "back", "seat"},
  build = function(k)
    local spec = {
      build = "male", girth = 1.05, hair = "short", boots = true,
      map = {torso = "uniform", upper_arm = "uniform", forearm = "uniform", thigh = "uniform", shin = "boots", foot = "boots",
             hair = "uniform"},
      belt = "gear", buckle = "gear", hat_lift = 1.0,
    }
    spec.extras = function(kk, f)
      local u = f.u
      local s = O.on_head(f, O.round_helmet(f.head_r * 0.98, {hat = "helmet", strap = "gear"}), 0.15, -5)
      -- Chest pouches and shoulder straps.
      for _, z in ipairs({-1, 1}) do
        s = s + box(3 * u, 5 * u, 5 * u, 0.8 * u):move(f.depth * 1.0, f.y_chest - 4 * u, z * 5 * u):part("gear")
        s = s + box(2 * u, 5 * u, 5 * u, 0.8 * u):move(f.depth * 0.95, f.y_waist - 1 * u, z * 9 * u):part("gear")
        s = s + limb({f.depth * 0.8, f.y_waist, z * 6 * u}, {0, f.y_s + 1 * u, z * 7 * u}, 1 * u, 1 * u):part("gear")
      end
      -- Backpack.
      s = s + box(9 * u, 20 * u, 19 * u, 3 * u):move(-f.depth - 4 * u, f.y_chest - 3 * u, 0):part("gear")
      s = s + cylinder(3 * u, 18 * u, 1 * u):rotx(90):move(-f.depth - 5 * u, f.y_s + 1 * u, -9 * u):part("uniform")
      return s
    end
    return H.build(k, spec)
  end,
}
