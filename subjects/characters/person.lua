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
  suit = {build = "male", hair = "short", suit = true},
}

return {
  id = "person",
  names = {"person", "human", "human being", "figure", "human figure", "people", "character", "student", "pedestrian",
           "tourist", "someone", "individual"},
  lvis = {"person"},
  family = "characters",
  size_mm = 1750,
  description = "A standing person in everyday clothes",
  params = {},
  parts = {
    {"top", "fabric", color = "#3f6fb0", role = "primary", names = {"shirt", "top", "t-shirt", "sweater", "jacket", "dress", "clothes",
                                                                   "coat", "raincoat", "hoodie", "parka", "poncho", "jumper", "cardigan"}},
    {"bottom", "fabric", color = "#2e3440", role = "secondary", names = {"trousers", "pants", "jeans", "shorts", "skirt", "legs"}},
    {"skin", "skin", color = "#e2b08e", role = "detail", names = {"skin", "face", "hands", "arms"}},
    {"shoes", "leather", color = "#3a2a20", role = "detail", names = {"shoes", "boots", "sneakers", "feet"}},
    {"hair", "fabric", color = "#4a3222", role = "detail", names = {"hair", "beard"}},
    {"eyes", "plastic", color = "#1a1a1e", role = "fixed"},
    {"shirt", "fabric", color = "#f4f4f2", role = "detail", names = {"collar", "white shirt"}},
    {"tie", "fabric", color = "#b0202c", role = "detail", names = {"tie", "necktie"}},
  },
  variants = {
    man = {names = {"man", "guy", "gentleman", "adult"}},
    woman = {names = {"woman", "lady"}, colors = {top = "#c0455a", bottom = "#2e3a5a"}},
    boy = {names = {"boy", "child", "kid", "teenager", "teen"}, size_mm = 1300, colors = {top = "#e0a030", bottom = "#3a5a8a"}},
    girl = {names = {"girl"}, size_mm = 1250, colors = {top = "#d0507a", hair = "#6a4020"}},
    baby = {names = {"baby", "toddler", "infant"}, size_mm = 750, colors = {top = "#a8d0f0", bottom = "#a8d0f0", shoes = "#f0f0f0"}},
    old_man = {names = {"old man", "grandpa", "grandfather"}, colors = {top = "#8a7a60", hair = "#d8d8d8", bottom = "#555a60"}},
    old_woman = {names = {"old woman", "grandma", "grandmother"}, colors = {top = "#8a6a9a", hair = "#dcdcdc", bottom = "#5a5060"}},
    suit = {names = {"businessman", "business man", "man in a suit", "office worker", "salesman", "lawyer", "banker", "groom",
                     "bridegroom", "gentleman in a suit"},
            colors = {top = "#2a2e3a", bottom = "#2a2e3a", shoes = "#141414"}},
  },
  poses = {"sitting", "running", "waving"},
  points = {"head", "neck", "scarf", "face", "hand", "hand_wide", "shield", "tie", "back", "seat"},
  build = function(k)
    local o = outfits[k.variant] or outfits[""]
    local spec = {
      build = o.build, hair = o.hair, beard = o.beard, shorts = o.shorts, dress = o.dress, arms = o.arms,
      girth = o.girth, head_scale = o.head_scale, face = {},
      map = o.dress and {thigh = "top", shin = "skin"} or nil,
    }
    if o.dress then spec.skirt = {to = 0.62, flare = 1.6} end
    if o.suit then
      spec.extras = function(kk, f)
        local u = f.u
        -- Shirt front in the open jacket, a tie, and the jacket's lapels.
        local front = intersect(H.torso(f, 1.01), box(f.Hh, f.y_s - f.y_chest + 10 * u, 8 * u):move(f.Hh * 0.5, f.y_chest + 3 * u, 0))
        local tie = extrude({{-1.6 * u, 0}, {1.6 * u, 0}, {2.6 * u, -22 * u}, {0, -25 * u}, {-2.6 * u, -22 * u}}, 1 * u, 0.3 * u)
        local s = front:part("shirt") + tie:roty(90):move(f.depth * 0.95 + 0.8 * u, f.y_s - 1 * u, 0):part("tie")
        for _, z in ipairs({-1, 1}) do
          s = s + box(1 * u, 16 * u, 3 * u, 0.4 * u):rotx(z * 16):move(f.depth * 0.98, f.y_s - 9 * u, z * 4.5 * u):part("top")
        end
        return s
      end
    end
    if k.variant == "woman" then spec.buttons = nil end
    return H.build(k, spec)
  end,
}
