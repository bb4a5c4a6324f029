-- Santa Claus: a red suit trimmed with white fur, a black belt with a gold
-- buckle, a floppy Santa hat, a big white beard, black boots and a sack.
local H = setmetatable({}, {__index = function(_, key) return use("humanoid")[key] end})
local O = setmetatable({}, {__index = function(_, key) return use("outfits")[key] end})

return {
  id = "santa",
  names = {"santa", "santa claus", "father christmas", "saint nick", "st nick", "kris kringle", "saint nicholas",
           "st. nick"},
  lvis = {},
  family = "characters",
  size_mm = 1750,
  description = "Santa Claus with his red suit, beard and sack",
  parts = {
    {"suit", "fabric", color = "#c81e24", role = "primary", names = {"suit", "coat", "hat", "clothes"}},
    {"fur", "fur", color = "#f6f6f4", role = "secondary", names = {"fur", "trim", "pompom"}},
    {"beard", "fur", color = "#f4f4f2", role = "detail", names = {"beard", "hair", "moustache"}},
    {"belt", "leather", color = "#18181a", role = "detail", names = {"belt", "boots", "gloves"}},
    {"gold", "gold", color = "#e0b840", role = "detail", names = {"buckle"}},
    {"sack", "fabric", color = "#8a6a40", role = "detail", names = {"sack", "bag"}},
    {"skin", "skin", color = "#ecbc9c", role = "detail", names = {"skin", "face", "cheeks"}},
    {"eyes", "plastic", color = "#141416", role = "fixed"},
  },
  poses = {"sitting", "running", "waving"},
  points = {"head", "neck", "scarf", "face", "hand", "hand_wide", "shield", "tie", "back", "seat"},
  build = function(k)
    local spec = {
      build = "heavy", proportions = {belly = 0.09, waist = 0.14}, hair = "short", beard = "long", beard_part = "beard",
      map = {torso = "suit", upper_arm = "suit", forearm = "suit", hand = "belt", thigh = "suit", shin = "belt", foot = "belt",
             hair = "beard"},
      gloves = false, boots = true, belt = "belt", buckle = "gold", cuffs = "fur", hat_lift = 1.3,
    }
    spec.extras = function(kk, f)
      local u = f.u
      local s = O.on_head(f, O.santa_hat(f.head_r * 1.02, {hat = "suit", trim = "fur"}), 0.2, 0)
      -- Fur trim down the coat front and round its hem.
      s = s + box(2 * u, f.y_s - f.y_hip - 6 * u, 4 * u, 1 * u):move(f.depth * 1.25 + 1 * u, (f.y_s + f.y_hip) * 0.5 - 4 * u, 0):part("fur")
      local hem = H.skirt(f, f.y_hip - 10 * u, 1.3, f.y_waist, 1.6)
      s = s + hem:part("suit")
      s = s + torus(f.hw * 1.25, 2 * u):stretch(1.25, 1, 1):move(0, f.y_hip - 9 * u, 0):part("fur")
      -- A sack over the left shoulder.
      local sack = sphere(20 * u):stretch(1, 1.2, 1):noise(1.2 * u, 8 * u):move(-f.depth - 14 * u, f.y_chest + 2 * u, -f.sw * 0.8)
      s = s + sack:part("sack")
      return s
    end
    return H.build(k, spec)
  end,
}
