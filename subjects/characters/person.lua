-- A person: the humanoid rig in everyday clothes; man, woman, boy, girl,
-- baby and old people are variants with their own builds, hair and outfits.
local H = setmetatable({}, {__index = function(_, key) return use("humanoid")[key] end})

local outfits = {
  [""] = {build = "male", hair = "short"},
  man = {build = "male", hair = "short"},
  woman = {build = "female", hair = "long", dress = false},
  boy = {build = "child", hair = "short", shorts = true},
  girl = {build = "child", hair = "pigtails", dress = true},
  baby = {build = "toddler", hair = "bald", shorts = true, arms = "out", head_scale = 1.05},
  old_man = {build = "male", hair = "bald", beard = "short", girth = 0.95},
  old_woman = {build = "female", hair = "bun"},
}

return {
  id = "person",
  names = {"person", "human", "human being", "figure", "human figure", "people", "character", "student", "mannequin",
           "pedestrian", "tourist", "someone", "individual"},
  lvis = {"person"},
  family = "characters",
  size_mm = 1750,
  description = "A standing person in everyday clothes",
  params = {},
  parts = {
    {"top", "fabric", color = "#3f6fb0", role = "primary", names = {"shirt", "top", "t-shirt", "sweater", "jacket", "dress", "clothes"}},
    {"bottom", "fabric", color = "#2e3440", role = "secondary", names = {"trousers", "pants", "jeans", "shorts", "skirt", "legs"}},
    {"skin", "skin", color = "#e2b08e", role = "detail", names = {"skin", "face", "hands", "arms"}},
    {"shoes", "leather", color = "#3a2a20", role = "detail", names = {"shoes", "boots", "sneakers", "feet"}},
    {"hair", "fabric", color = "#4a3222", role = "detail", names = {"hair", "beard"}},
    {"eyes", "plastic", color = "#1a1a1e", role = "fixed"},
  },
  variants = {
    man = {names = {"man", "guy", "gentleman", "adult"}},
    woman = {names = {"woman", "lady"}, colors = {top = "#c0455a", bottom = "#2e3a5a"}},
    boy = {names = {"boy", "child", "kid", "teenager", "teen"}, size_mm = 1300, colors = {top = "#e0a030", bottom = "#3a5a8a"}},
    girl = {names = {"girl"}, size_mm = 1250, colors = {top = "#d0507a", hair = "#6a4020"}},
    baby = {names = {"baby", "toddler", "infant"}, size_mm = 750, colors = {top = "#a8d0f0", bottom = "#a8d0f0", shoes = "#f0f0f0"}},
    old_man = {names = {"old man", "grandpa", "grandfather"}, colors = {top = "#8a7a60", hair = "#d8d8d8", bottom = "#555a60"}},
    old_woman = {names = {"old woman", "grandma", "grandmother"}, colors = {top = "#8a6a9a", hair = "#dcdcdc", bottom = "#5a5060"}},
  },
  poses = {"sitting", "running"},
  points = {"head", "neck", "face", "hand", "hand_wide", "shield", "tie", "back", "seat"},
  build = function(k)
    local o = outfits[k.variant] or outfits[""]
    local spec = {
      build = o.build, hair = o.hair, beard = o.beard, shorts = o.shorts, dress = o.dress, arms = o.arms,
      girth = o.girth, head_scale = o.head_scale, face = {},
      map = o.dress and {thigh = "top", shin = "skin"} or nil,
    }
    if o.dress then spec.skirt = {to = 0.62, flare = 1.6} end
    if k.variant == "woman" then spec.buttons = nil end
    return H.build(k, spec)
  end,
}
