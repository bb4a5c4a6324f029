-- A cowboy: a wide-brimmed hat, a neckerchief, a leather vest over a shirt,
-- jeans with a big belt buckle, boots and a holster.
local H = setmetatable({}, {__index = function(_, key) return use("humanoid")[key] end})
local O = setmetatable({}, {__index = function(_, key) return use("outfits")[key] end})

return {
  id = "cowboy",
  names = {"cowboy", "rancher", "gunslinger", "wrangler", "cowpoke", "outlaw"},
  lvis = {},
  family = "characters",
  size_mm = 1800,
  description = "A cowboy with a hat, vest, jeans and boots",
  parts = {
    {"shirt", "fabric", color = "#b8402a", role = "primary", names = {"shirt"}},
    {"vest", "leather", color = "#6a4428", role = "secondary", names = {"vest", "waistcoat"}},
    {"hat", "leather", color = "#a8784a", role = "detail", names = {"hat", "cowboy hat"}},
    {"jeans", "fabric", color = "#3a5078", role = "detail", names = {"jeans", "trousers", "pants"}},
    {"boots", "leather", color = "#4a2e1a", role = "detail", names = {"boots", "belt", "holster"}},
    {"scarf", "fabric", color = "#c8a040", role = "detail", names = {"neckerchief", "bandana", "scarf"}},
    {"metal", "silver", color = "#d0d0d4", role = "detail", names = {"buckle", "badge", "star"}},
    {"skin", "skin", color = "#dca482", role = "detail", names = {"skin", "face"}},
    {"hair", "fabric", color = "#5a3a20", role = "detail", names = {"hair", "moustache"}},
    {"eyes", "plastic", color = "#141416", role = "fixed"},
  },
  variants = {
    cowgirl = {names = {"cowgirl"}, colors = {shirt = "#d05a8a", hair = "#c8902a"}},
    sheriff = {names = {"sheriff", "deputy"}, colors = {shirt = "#e0d0a8", vest = "#3a2a1e"}},
  },
  poses = {"sitting", "running", "waving"},
  points = {"head", "neck", "scarf", "face", "hand", "hand_wide", "shield", "tie", "back", "seat"},
  build = function(k)
    local girl = k.variant == "cowgirl"
    local spec = {
      build = girl and "female" or "male", hair = girl and "long" or "short", beard = (not girl) and "moustache" or nil,
      map = {torso = "shirt", upper_arm = "shirt", forearm = "shirt", thigh = "jeans", shin = "boots", foot = "boots"},
      boots = true, belt = "boots", buckle = "metal", hat_lift = 1.0,
    }
    spec.extras = function(kk, f)
      local u = f.u
      local s = O.on_head(f, O.cowboy_hat(f.head_r * 0.98, {hat = "hat", band = "boots", thick = 2.5}), 0.4, -4)
      local vest = subtract(H.torso(f, 1.05, 0.4 * u), box(f.depth * 2, f.Hh, f.waist * 0.55):move(f.depth * 1.2, f.Hh * 0.5, 0))
      vest = intersect(vest, box(f.Hh, f.y_s - f.y_waist + 2 * u, f.Hh):move(0, (f.y_s + f.y_waist) * 0.5 - 2 * u, 0))
      s = s + vest:part("vest")
      s = s + torus(f.head_r * 0.45, 1.4 * u):move(0.5 * u, f.y_s + 1 * u, 0):part("scarf")
      s = s + extrude({{-3 * u, 0}, {3 * u, 0}, {0, -5 * u}}, 1 * u):roty(90):move(f.depth * 0.6 + 1 * u, f.y_s + 0.5 * u, 0):part("scarf")
      if kk.variant == "sheriff" then
        s = s + star(5, 2.2 * u, 1 * u, 0.6 * u):roty(90):move(f.depth * 1.0, f.y_chest, -5 * u):part("metal")
      end
      -- Holster on the right hip.
      s = s + box(4 * u, 10 * u, 2.5 * u, 1 * u):rotz(10):move(1 * u, f.y_hip - 2 * u, f.hw + 2 * u):part("boots")
      return s
    end
    return H.build(k, spec)
  end,
}
