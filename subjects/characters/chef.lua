-- A chef: a tall white toque, a double-breasted white jacket with two rows
-- of buttons, a neckerchief, an apron and checked trousers.
local H = setmetatable({}, {__index = function(_, key) return use("humanoid")[key] end})
local O = setmetatable({}, {__index = function(_, key) return use("outfits")[key] end})

return {
  id = "chef",
  names = {"chef", "cook", "baker", "head chef", "pastry chef", "italian chef", "french chef", "sous chef"},
  lvis = {},
  family = "characters",
  size_mm = 1750,
  description = "A chef in a white toque and jacket",
  parts = {
    {"jacket", "fabric", color = "#f4f4f2", role = "primary", names = {"jacket", "coat", "uniform"}},
    {"apron", "fabric", color = "#f0f0ee", role = "secondary", names = {"apron"}},
    {"hat", "fabric", color = "#fafafa", role = "detail", names = {"hat", "toque"}},
    {"trousers", "fabric", color = "#3a3a40", role = "detail", names = {"trousers", "pants"}},
    {"scarf", "fabric", color = "#c8282d", role = "detail", names = {"neckerchief", "scarf", "kerchief"}},
    {"buttons", "plastic", color = "#2a2a2e", role = "detail", names = {"buttons"}},
    {"skin", "skin", color = "#e2b08e", role = "detail", names = {"skin", "face"}},
    {"hair", "fabric", color = "#3a2a1e", role = "detail", names = {"hair", "moustache", "mustache"}},
    {"shoes", "leather", color = "#1e1e20", role = "detail", names = {"shoes"}},
    {"eyes", "plastic", color = "#141416", role = "fixed"},
  },
  poses = {"sitting", "running", "waving"},
  points = {"head", "neck", "scarf", "face", "hand", "hand_wide", "shield", "tie", "back", "seat"},
  build = function(k)
    local spec = {
      build = "heavy", hair = "short", beard = "moustache",
      map = {torso = "jacket", upper_arm = "jacket", forearm = "jacket", thigh = "trousers", shin = "trousers"},
      hat_lift = 2.7,
    }
    spec.extras = function(kk, f)
      local u = f.u
      local s = O.on_head(f, O.chef_hat(f.head_r * 1.0, {hat = "hat"}), 0.35)
      -- Apron from the chest to the knees.
      local apron = H.skirt(f, f.kR[2] + 2 * u, 1.15, f.y_chest, 1.08)
      apron = intersect(apron, box(f.Hh, f.Hh, f.hw * 1.6):move(f.Hh * 0.5 - f.depth * 0.3, 0, 0))
      s = s + apron:part("apron")
      -- Double row of buttons.
      for i = 0, 2 do
        for _, z in ipairs({-1, 1}) do
          s = s + sphere(1 * u):move(f.depth * 0.95, f.y_chest + 4 * u - i * 5 * u, z * 4 * u):part("buttons")
        end
      end
      -- Neckerchief.
      s = s + torus(f.head_r * 0.45, 1.6 * u):move(0.5 * u, f.y_s + 1 * u, 0):part("scarf")
      s = s + ellipsoid(2 * u, 3 * u, 3 * u):move(f.depth * 0.65 + 1 * u, f.y_s - 1.5 * u, 0):part("scarf")
      return s
    end
    return H.build(k, spec)
  end,
}
