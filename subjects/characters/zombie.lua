-- A zombie: green-grey skin, arms stretched forward, a torn shirt and ragged
-- trousers, a lopsided head and messy hair.
local H = setmetatable({}, {__index = function(_, key) return use("humanoid")[key] end})

return {
  id = "zombie",
  names = {"zombie", "undead", "walking dead", "ghoul", "zombie man", "the undead", "walker"},
  lvis = {},
  family = "characters",
  size_mm = 1750,
  description = "A zombie with outstretched arms and torn clothes",
  parts = {
    {"skin", "skin", color = "#8aa870", role = "primary", names = {"skin", "face", "body"}},
    {"shirt", "fabric", color = "#7a6a5a", role = "secondary", names = {"shirt", "clothes", "rags"}},
    {"trousers", "fabric", color = "#3a4050", role = "detail", names = {"trousers", "pants", "jeans"}},
    {"hair", "fabric", color = "#2a2420", role = "detail", names = {"hair"}},
    {"shoes", "leather", color = "#2a2420", role = "detail", names = {"shoes"}},
    {"wounds", "paint", color = "#6a1a1a", role = "detail", names = {"blood", "wounds", "mouth"}},
    {"eyes", "plastic", color = "#e8e0a0", role = "fixed"},
  },
  poses = {"running"},
  points = {"head", "neck", "scarf", "face", "hand", "hand_wide", "shield", "tie", "back", "seat"},
  build = function(k)
    local spec = {
      build = "slim", girth = 0.95, hair = "spiky", arms = "forward", face = {eye_size = 0.15, mouth = "wounds"},
      map = {torso = "shirt", upper_arm = "shirt", forearm = "skin", thigh = "trousers", shin = "trousers"},
    }
    spec.extras = function(kk, f)
      local u = f.u
      local s = empty()
      -- Torn hems: ragged bites out of the shirt and trousers.
      for i = 0, 4 do
        local a = math.rad(i * 72 + 15)
        s = s + sphere(2.2 * u):move(math.cos(a) * f.waist * 1.0, f.y_hip + 2 * u, math.sin(a) * f.waist * 1.0):part("shirt")
      end
      s = s + sphere(1.5 * u):move(f.depth * 0.95, f.y_chest - 3 * u, 3 * u):part("wounds")
      return s
    end
    local shape = H.build(k, spec)
    return shape:noise(0.25 * 17.5, 6 * 17.5):rotz(4)
  end,
}
