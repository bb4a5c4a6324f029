-- An empty suit of plate armour standing on a small square stand, like a
-- display in a castle hall: a closed great helm with a visor slit, layered
-- pauldrons, a ridged breastplate, a skirt of faulds, elbow and knee cops,
-- flared gauntlets, greaves and sabatons, all polished steel, no skin
-- anywhere. It uses the figure rig with every part mapped to the armour.
local H = setmetatable({}, {__index = function(_, key) return use("humanoid")[key] end})
local O = setmetatable({}, {__index = function(_, key) return use("outfits")[key] end})

return {
  id = "plate_armour",
  names = {"plate armour", "plate armor", "full plate armour", "full plate armor", "full plate",
           "armour suit", "armor suit", "knight armour", "knight armor", "knights armour", "knights armor",
           "knight s armour", "knight s armor", "suit of plate armour", "suit of plate armor",
           "full suit of armour", "full suit of armor", "suit of knight armour", "suit of knight armor",
           "empty armour", "empty armor", "armour stand", "armor stand", "armour statue",
           "armor statue", "suit of armour on a stand", "suit of armor on a stand", "medieval armour",
           "medieval armor", "plate mail", "full plate mail", "suit of plate"},
  lvis = {"armor"},
  family = "characters",
  size_mm = 1900,
  description = "An empty suit of polished plate armour on a square stand",
  params = {},
  parts = {
    {"armour", "steel", color = "#a9aeb7", role = "primary", names = {"armour", "armor", "plate", "plates", "steel", "metal", "suit"}},
    {"stand", "wood", color = "#4a2e1a", role = "secondary", names = {"stand", "base", "plinth", "pedestal", "platform"}},
    {"helm", "steel", color = "#a9aeb7", role = "detail", names = {"helmet", "helm", "great helm", "visor"}},
    {"trim", "brass", color = "#c8a050", role = "detail", names = {"trim", "rivets", "gold trim", "brass"}},
    {"leather", "leather", color = "#4a3020", role = "detail", names = {"belt", "straps", "strap"}},
    {"plume", "feather", color = "#c8282d", role = "detail", names = {"plume", "feather", "feathers"}},
  },
  variants = {
    black = {names = {"black armour", "black armor", "black plate armour", "black plate armor", "dark armour", "dark armor"},
             colors = {armour = "#2c2c30", helm = "#2c2c30"}},
  },
  points = {"head", "neck", "scarf", "face", "hand", "hand_wide", "shield", "tie", "back", "seat"},
  build = function(k)
    local lift = 70
    -- the rig's points are raised onto the stand
    local raw = k.attach
    k.attach = function(name, p, w, d)
      local q = {p[1], p[2] + lift, p[3]}
      if d then raw(name, q, w, d) else raw(name, q, w) end
    end
    local spec = {
      build = "male", girth = 1.25, proportions = {shoulders = 0.15, waist = 0.1, depth = 0.09},
      map = {head = "helm", neck = "armour", torso = "armour", upper_arm = "armour", forearm = "armour", hand = "armour",
             thigh = "armour", shin = "armour", foot = "armour", ears = "helm", eyes = "helm", hair = "helm"},
      face = {nose = false, ears = false, eyes = false},
      belt = "leather", buckle = "trim", hat_lift = 1.15,
    }
    spec.head_cover = function(kk, f)
      local plume = (k.asked and (k.asked.plume or k.asked.feather or k.asked.feathers)) and "plume" or nil
      return O.on_head(f, O.great_helm(f.head_r, {hat = "helm"}, plume), -1.15)
    end
    spec.extras = function(kk, f)
      local u = f.u
      local s = empty()
      for _, side in ipairs({"L", "R"}) do
        local sh = f["s" .. side]
        local sz = sh[3] > 0 and 1 or -1
        -- pauldrons: three layered domes over each shoulder
        for i = 0, 2 do
          local r = f.r_upper * (1.85 - i * 0.22)
          local dome = intersect(sphere(r), box(f.Hh, f.Hh, f.Hh):move(0, f.Hh * 0.5 - f.r_upper * 0.35, 0))
          s = s + dome:stretch(1.1, 0.85, 1):move(sh[1], sh[2] + 1.5 * u - i * 2.6 * u, sh[3] + sz * (0.6 + i * 0.9) * u)
        end
        -- elbow and knee cops with a little fan
        local kn, el = f["k" .. side], f["e" .. side]
        s = s + sphere(f.r_knee * 1.4):move(kn[1] + 1 * u, kn[2], kn[3])
        s = s + ellipsoid(0.9 * u, f.r_knee * 1.1, f.r_knee * 1.15):move(kn[1] + f.r_knee * 1.2, kn[2], kn[3])
        s = s + sphere(f.r_elbow * 1.4):move(el)
        -- flared gauntlet cuffs over the wrists
        local w, e = f["w" .. side], f["e" .. side]
        local dx, dy, dz = w[1] - e[1], w[2] - e[2], w[3] - e[3]
        local l = math.sqrt(dx * dx + dy * dy + dz * dz)
        local a = {w[1] - dx / l * 5 * u, w[2] - dy / l * 5 * u, w[3] - dz / l * 5 * u}
        s = s + limb(a, w, f.r_wrist * 1.75, f.r_wrist * 1.15)
        -- greave tops: a flared rim under each knee
        local an = f["a" .. side]
        s = s + limb({an[1], an[2] + 3 * u, an[3]}, {an[1], an[2] - 0.5 * u, an[3]}, f.r_ankle * 1.35, f.r_ankle * 1.55)
      end
      -- a breastplate a little proud of the torso, with a centre ridge
      local chest = intersect(H.torso(f, 1, 1.4 * u), box(f.Hh, f.y_s - f.y_waist + 4 * u, f.Hh):move(0, (f.y_s + f.y_waist - 4 * u) * 0.5, 0))
      chest = intersect(chest, box(f.Hh, f.Hh, f.Hh):move(f.Hh * 0.5 - f.depth * 0.2, f.Hh * 0.5, 0))
      s = s + chest
      local ridge = limb({f.depth * 1.05, f.y_waist + 3 * u, 0}, {f.depth * 1.02, f.y_s - 3 * u, 0}, 1.1 * u, 0.8 * u)
      s = s + ridge
      -- a gorget round the neck
      s = s + limb({0, f.y_s - 1 * u, 0}, {0, f.y_s + 3 * u, 0}, f.head_r * 0.75, f.head_r * 0.62)
      -- faulds: a short skirt of steel lames from the waist over the hips
      local fa = H.skirt(f, f.y_hip - 3 * u, 1.12, f.y_waist - 1 * u, 1.05)
      s = s + fa
      -- a brass edge along the bottom of the faulds
      local y = f.y_hip - 2 * u
      local rims = intersect(H.skirt(f, f.y_hip - 3 * u, 1.16, f.y_waist - 1 * u, 1.09), box(f.Hh, 1.6 * u, f.Hh):move(0, y, 0))
      return s:part("armour") + rims:part("trim")
    end
    local suit = H.build(k, spec)
    k.attach = raw
    -- the square stand: a plinth under the feet
    local b = suit:bounds()
    local side = math.max(b.size[1], b.size[3] * 0.6) * 1.0
    local stand = box(side, lift + 4, side, 6):move(0, (lift + 4) / 2, 0)
      + box(side * 1.08, 16, side * 1.08, 5):move(0, 8, 0)
    return union(suit:move(0, lift, 0), stand:roty(-22):part("stand"))
  end,
}
