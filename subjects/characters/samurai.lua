-- A samurai: lacquered armour with layered shoulder guards and a skirt of
-- plates over wide trousers, a horned kabuto helmet with a face mask, and
-- two swords at the hip.
local H = setmetatable({}, {__index = function(_, key) return use("humanoid")[key] end})

return {
  id = "samurai",
  names = {"samurai", "samurai warrior", "ronin", "shogun", "japanese warrior", "bushi"},
  lvis = {},
  family = "characters",
  size_mm = 1750,
  description = "A samurai in armour with a horned helmet",
  parts = {
    {"armour", "paint", color = "#9a1e1e", role = "primary", names = {"armour", "armor", "plates"}},
    {"cloth", "fabric", color = "#1e1e28", role = "secondary", names = {"trousers", "hakama", "robe", "clothes"}},
    {"helmet", "iron", color = "#2a2a2e", role = "detail", names = {"helmet", "kabuto", "mask"}},
    {"gold", "gold", color = "#d8b040", role = "detail", names = {"crest", "horns", "trim"}},
    {"cord", "fabric", color = "#d8c8a0", role = "detail", names = {"cords", "lacing", "hilt"}},
    {"skin", "skin", color = "#e0b090", role = "detail", names = {"skin", "face"}},
    {"eyes", "plastic", color = "#141416", role = "fixed"},
  },
  poses = {"sitting", "running", "waving"},
  points = {"head", "neck", "scarf", "face", "hand", "hand_wide", "shield", "tie", "back", "seat"},
  build = function(k)
    local spec = {
      build = "male", girth = 1.1, hair = "none",
      map = {torso = "armour", upper_arm = "cloth", forearm = "armour", thigh = "cloth", shin = "cloth", foot = "cloth"},
      skirt = {to = 0.62, flare = 1.5, part = "cloth"}, belt = "cord", hat_lift = 1.3,
    }
    spec.extras = function(kk, f)
      local u = f.u
      local c, hr = f.head_c, f.head_r
      local s = empty()
      -- Kabuto: a ribbed dome, a flared neck guard and a golden crest of two horns.
      local dome = intersect(ellipsoid(hr * 1.08, hr * 1.0, hr * 1.05), box(hr * 3, hr * 2, hr * 3):move(0, hr, 0))
      local guard = subtract(cone(hr * 1.55, hr * 1.05, hr * 0.55), cone(hr * 1.4, hr * 0.95, hr * 0.6):move(0, -hr * 0.05, 0))
      guard = intersect(guard, box(hr * 4, hr, hr * 4):move(-hr * 1.7, 0, 0))
      local helm = union(dome:move(0, hr * 0.1, 0), guard:move(0, -hr * 0.45, 0)):move(c[1] - hr * 0.05, c[2] + hr * 0.1, 0)
      s = s + helm:part("helmet")
      for _, z in ipairs({-1, 1}) do
        s = s + tube({{c[1] + hr * 0.9, c[2] + hr * 0.55, z * hr * 0.15}, {c[1] + hr * 1.05, c[2] + hr * 1.0, z * hr * 0.45}, {c[1] + hr * 0.95, c[2] + hr * 1.6, z * hr * 0.75}}, hr * 0.09, hr * 0.03):part("gold")
      end
      -- Face mask over mouth and chin.
      s = s + intersect(ellipsoid(hr * 1.0, hr * 1.1, hr * 0.92):move(c[1], c[2], 0), box(hr * 2, hr * 0.6, hr * 2):move(c[1] + hr * 1.0, c[2] - hr * 0.62, 0)):part("helmet")
      -- Shoulder guards: stacked plates.
      for _, side in ipairs({"L", "R"}) do
        local sh = f["s" .. side]
        local z = sh[3] > 0 and 1 or -1
        for i = 0, 2 do
          s = s + box(f.depth * 1.5, 2.4 * u, 8 * u, 0.8 * u):rotx(z * -12):move(sh[1], sh[2] - 1 * u - i * 3 * u, sh[3] + z * (1.5 + i * 0.6) * u):part(i % 2 == 0 and "armour" or "gold")
        end
      end
      -- Plated skirt sections front and sides.
      for i = 0, 2 do
        s = s + intersect(H.skirt(f, f.y_hip - (12 + i * 0) * u, 1.45, f.y_waist - i * 4 * u, 1.25), box(f.Hh, 3.6 * u, f.Hh):move(0, f.y_hip - i * 4 * u - 2 * u, 0)):part(i % 2 == 0 and "armour" or "gold")
      end
      -- Two swords at the left hip.
      local hip = {f.depth * 0.6, f.y_waist - 1 * u, -f.waist - 3 * u}
      s = s + limb(hip, H.add(hip, {-34 * u, -10 * u, -2 * u}), 1.4 * u):part("cloth")
      s = s + limb(hip, H.add(hip, {9 * u, 3 * u, 0.5 * u}), 1.1 * u):part("cord")
      local hip2 = H.add(hip, {0, -3 * u, -1.5 * u})
      s = s + limb(hip2, H.add(hip2, {-24 * u, -8 * u, -1 * u}), 1.2 * u):part("cloth")
      return s
    end
    return H.build(k, spec)
  end,
}
