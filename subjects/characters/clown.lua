-- A clown: a white face with a red nose and a big smile, puffs of bright
-- hair, a baggy polka-dot suit with pompom buttons, a ruff collar, a tiny hat
-- and huge shoes.
local H = setmetatable({}, {__index = function(_, key) return use("humanoid")[key] end})

return {
  id = "clown",
  names = {"clown", "circus clown", "joker", "creepy clown", "birthday clown"},
  lvis = {},
  family = "characters",
  size_mm = 1750,
  description = "A circus clown with a red nose and a polka-dot suit",
  parts = {
    {"suit", "fabric", color = "#f0c020", role = "primary", names = {"suit", "costume", "clothes", "overalls"}},
    {"dots", "fabric", color = "#d82a30", role = "secondary", names = {"dots", "polka dots", "spots", "buttons"}},
    {"hair", "fur", color = "#f05a1a", role = "detail", names = {"hair", "wig"}},
    {"nose", "rubber", color = "#e01820", role = "detail", names = {"nose"}},
    {"face", "skin", color = "#f6f2ee", role = "detail", names = {"face", "makeup", "skin"}},
    {"ruff", "fabric", color = "#f4f4f4", role = "detail", names = {"ruff", "collar", "gloves"}},
    {"shoes", "leather", color = "#d82a30", role = "detail", names = {"shoes"}},
    {"hat", "fabric", color = "#2a5ad0", role = "detail", names = {"hat"}},
    {"mouth", "paint", color = "#d02030", role = "detail", names = {"mouth", "smile", "lips"}},
    {"eyes", "plastic", color = "#141416", role = "fixed"},
  },
  poses = {"sitting", "running", "waving"},
  points = {"head", "neck", "scarf", "face", "hand", "hand_wide", "shield", "tie", "back", "seat"},
  build = function(k)
    local spec = {
      build = "heavy", head_scale = 1.15, girth = 1.15, hair = "bald", arms = "wave",
      map = {head = "face", neck = "face", ears = "face", torso = "suit", upper_arm = "suit", forearm = "suit", hand = "ruff",
             thigh = "suit", shin = "suit", foot = "shoes", hair = "hair"},
      face = {nose = false, mouth = "mouth", eye_size = 0.15}, hat_lift = 1.1,
    }
    spec.extras = function(kk, f)
      local u = f.u
      local hr, c = f.head_r, f.head_c
      local s = sphere(hr * 0.26):move(c[1] + hr * 1.0, c[2] - hr * 0.08, 0):part("nose")
      -- Hair puffs at the sides.
      for _, z in ipairs({-1, 1}) do
        local puffs = {}
        for i = 0, 2 do puffs[#puffs + 1] = sphere(hr * 0.42):move(c[1] - hr * 0.25 - i * hr * 0.2, c[2] + hr * (0.35 - i * 0.3), z * hr * (0.95 + i * 0.08)) end
        s = s + smooth(hr * 0.1, table.unpack(puffs)):noise(hr * 0.04, hr * 0.2):part("hair")
      end
      -- A tiny hat tilted on top.
      s = s + union(cylinder(hr * 0.5, hr * 0.06), cylinder(hr * 0.32, hr * 0.45)):rotz(-15):move(c[1] - hr * 0.1, c[2] + hr * 0.95, 0):part("hat")
      -- Ruff collar.
      local ruff = {}
      for i = 0, 11 do
        local a = math.rad(i * 30)
        ruff[#ruff + 1] = sphere(3.6 * u):stretch(1, 0.6, 1):move(math.cos(a) * f.sw * 0.55, f.y_s + 1.5 * u, math.sin(a) * f.sw * 0.6)
      end
      s = s + union(table.unpack(ruff)):part("ruff")
      -- Polka dots and pompom buttons.
      for i = 0, 2 do
        s = s + sphere(2 * u):move(f.depth * 1.05 + 1 * u, f.y_waist + i * 7 * u, 0):part("dots")
      end
      local dots = {}
      for i = 0, 7 do
        local a = math.rad(i * 47 + 20)
        local y = f.y_hip + (i % 4) * 6 * u + 3 * u
        dots[#dots + 1] = sphere(1.6 * u):move(math.cos(a) * f.waist * 1.08, y, math.sin(a) * f.waist * 1.1)
      end
      s = s + union(table.unpack(dots)):part("dots")
      -- Huge shoes.
      for _, side in ipairs({"L", "R"}) do
        local a = f["a" .. side]
        s = s + ellipsoid(9 * u, 4 * u, 5 * u):move(a[1] + 5 * u, 3.5 * u, a[3]):part("shoes")
      end
      return s
    end
    return H.build(k, spec)
  end,
}
