-- A knight in plate armour: a great helm with a plume, pauldrons, a tabard
-- with a cross, a sword at the hip and a shield on the left arm.
local function add3(a, b) return {a[1] + b[1], a[2] + b[2], a[3] + b[3]} end
local H = setmetatable({}, {__index = function(_, key) return use("humanoid")[key] end})
local O = setmetatable({}, {__index = function(_, key) return use("outfits")[key] end})

return {
  id = "knight",
  names = {"knight", "armored knight", "armoured knight", "knight in armor", "knight in armour", "medieval knight",
           "crusader", "paladin", "templar", "knight in shining armor", "suit of armor", "suit of armour", "armor", "armour"},
  lvis = {},
  family = "characters",
  size_mm = 1800,
  description = "A knight in plate armour with a helm, shield and sword",
  params = {},
  parts = {
    {"armour", "steel", color = "#b8bcc4", role = "primary", names = {"armour", "armor", "plate", "helmet", "helm"}},
    {"tabard", "fabric", color = "#2a4aa0", role = "secondary", names = {"tabard", "surcoat", "tunic", "cape"}},
    {"emblem", "fabric", color = "#e8c040", role = "detail", names = {"cross", "emblem", "crest"}},
    {"plume", "feather", color = "#c8282d", role = "detail", names = {"plume", "feather", "feathers"}},
    {"leather", "leather", color = "#4a3020", role = "detail", names = {"belt", "scabbard", "sheath", "grip"}},
    {"shield", "paint", color = "#2a4aa0", role = "detail", names = {"shield"}},
    {"gold", "gold", color = "#d0a840", role = "detail", names = {"trim", "hilt", "pommel"}},
    {"eyes", "plastic", color = "#141416", role = "fixed"},
  },
  variants = {
    black = {names = {"black knight", "dark knight"}, colors = {armour = "#2a2a2e", tabard = "#1a1a1c", plume = "#1a1a1c", shield = "#1a1a1c"}},
  },
  poses = {"sitting", "running", "waving"},
  points = {"head", "neck", "scarf", "face", "hand", "hand_wide", "shield", "tie", "back", "seat"},
  build = function(k)
    local spec = {
      build = "male", girth = 1.2, proportions = {shoulders = 0.14, waist = 0.1, depth = 0.08},
      map = {head = "armour", neck = "armour", torso = "armour", upper_arm = "armour", forearm = "armour", hand = "armour",
             thigh = "armour", shin = "armour", foot = "armour", ears = "armour", eyes = "eyes"},
      face = {nose = false, ears = false, eyes = false},
      belt = "leather", buckle = "gold", hat_lift = 1.15,
    }
    spec.head_cover = function(kk, f)
      local R = f.head_r * 1.0
      return O.on_head(f, O.great_helm(R, {hat = "armour"}, "plume"), -1.15)
    end
    spec.extras = function(kk, f)
      local u = f.u
      local s = empty()
      -- Pauldrons: layered domes over the shoulders.
      for _, side in ipairs({"L", "R"}) do
        local sh = f["s" .. side]
        local sz = sh[3] > 0 and 1 or -1
        for i = 0, 1 do
          local dome = intersect(sphere(f.r_upper * (1.75 - i * 0.25)), box(f.Hh, f.Hh, f.Hh):move(0, f.Hh * 0.5 - f.r_upper * 0.3, 0))
          s = s + dome:stretch(1.1, 0.9, 1):move(sh[1], sh[2] + 1 * u - i * 2.2 * u, sh[3] + sz * (0.5 + i) * u):part("armour")
        end
        -- Knee and elbow cops.
        s = s + sphere(f.r_knee * 1.35):move(f["k" .. side][1] + 1 * u, f["k" .. side][2], f["k" .. side][3]):part("armour")
        s = s + sphere(f.r_elbow * 1.35):move(f["e" .. side]):part("armour")
      end
      -- Tabard: front and back panels from the chest to the thighs.
      local tab = intersect(H.torso(f, 1, 1.2 * u), box(f.Hh, f.y_s - f.y_hip, f.Hh):move(0, (f.y_s + f.y_hip) * 0.5 - 4 * u, 0))
      tab = intersect(tab, box(f.Hh, f.Hh, f.sw * 1.15):move(0, f.Hh * 0.5, 0))
      local skirt = H.skirt(f, f.y_hip - 16 * u, 1.15, f.y_waist, 1.1)
      skirt = intersect(skirt, box(f.Hh, f.Hh, f.hw * 1.3):move(0, f.Hh * 0.5, 0))
      s = s + union(tab, skirt):part("tabard")
      local cy = f.y_chest - 2 * u
      local cx = f.depth * 1.02 + 1.3 * u
      local cross = union(box(0.8 * u, 13 * u, 3 * u):move(cx, cy, 0), box(0.8 * u, 3 * u, 10 * u):move(cx, cy + 2 * u, 0))
      s = s + cross:part("emblem")
      -- Sword in its scabbard at the left hip.
      local hip = {f.depth * 0.2, f.y_waist - 2 * u, -f.waist - 3 * u}
      local tip = add3(hip, {-10 * u, -44 * u, -2 * u})
      s = s + limb(hip, tip, 1.8 * u, 1.3 * u):part("leather")
      s = s + limb(hip, add3(hip, {3 * u, 11 * u, 0.5 * u}), 1 * u, 1 * u):part("leather")
      s = s + box(1.5 * u, 1.5 * u, 9 * u, 0.5 * u):move(hip[1], hip[2] + 0.5 * u, hip[3]):part("gold")
      s = s + sphere(1.4 * u):move(hip[1] + 3.2 * u, hip[2] + 11.5 * u, hip[3] + 0.5 * u):part("gold")
      -- Shield on the left arm.
      local fl = f.fistL
      local W = 34 * u
      local outline = {}
      for i = 0, 12 do
        local t = i / 12
        outline[#outline + 1] = {W * 0.5 * math.cos(t * math.pi * 0.5) ^ 0.7, 1.25 * W * (1 - t)}
      end
      local poly = {}
      for i = 1, #outline do poly[#poly + 1] = outline[i] end
      for i = #outline - 1, 2, -1 do poly[#poly + 1] = {-outline[i][1], outline[i][2]} end
      local plate = extrude(poly, 2 * u, 0.6 * u):roty(90)
      local rim = subtract(extrude(poly, 2.6 * u, 0.6 * u), extrude((function()
        local q = {}
        for _, p in ipairs(poly) do q[#q + 1] = {p[1] * 0.86, W * 0.1 + p[2] * 0.86} end
        return q
      end)(), 8 * u, 0)):roty(90)
      local crossS = union(box(0.6 * u, W * 0.85, W * 0.13), box(0.6 * u, W * 0.13, W * 0.62):move(0, W * 0.2, 0)):move(1.4 * u, W * 0.68, 0)
      local shield = union(plate:part("shield"), rim:part("gold"), crossS:part("emblem"))
      s = s + shield:roty(-25):move(fl[1] + 6 * u, fl[2] - W * 0.45, fl[3] - 6 * u)
      return s
    end
    return H.build(k, spec)
  end,
}
